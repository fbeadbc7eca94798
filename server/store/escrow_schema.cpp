#include "store/escrow_schema.h"

namespace caravan::store {

namespace {

// The ledger is append-only: the database refuses to change or remove a row, whoever asks. (Someone
// with the rights to drop these triggers can still edit rows; the hash chain is what finds that.)
const char *kLedgerTables[] = {"ledger_entries", "ledger_transactions"};

std::vector<std::string> sqliteAppendOnly()
{
    std::vector<std::string> out;
    for (const char *t : kLedgerTables)
        for (const char *op : {"UPDATE", "DELETE"})
            out.push_back(std::string("CREATE TRIGGER ") + t + "_no_" + (op[0] == 'U' ? "update" : "delete") +
                          " BEFORE " + op + " ON " + t +
                          " BEGIN SELECT RAISE(ABORT, 'the ledger is append-only'); END");
    return out;
}

std::vector<std::string> postgresAppendOnly()
{
    std::vector<std::string> out{
        "CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION 'the ledger is append-only'; END $$"};
    for (const char *t : kLedgerTables)
        out.push_back(std::string("CREATE TRIGGER ") + t + "_append_only BEFORE UPDATE OR DELETE ON " + t +
                      " FOR EACH ROW EXECUTE FUNCTION ledger_append_only()");
    return out;
}

} // namespace

Migration escrowMigration()
{
    Migration m{5,
                "escrow: orders, order events, ledger, idempotency keys, provider events, refunds, payouts",
                {
                    "ALTER TABLE listings ADD COLUMN reserved_quantity BIGINT NOT NULL DEFAULT 0",
                    // Amounts: *_l in the listing currency, *_b in the buyer's, integer minor units.
                    R"(CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    listing_id TEXT NOT NULL,
    seller_id TEXT NOT NULL REFERENCES users(id),
    buyer_id TEXT NOT NULL REFERENCES users(id),
    quantity BIGINT NOT NULL CHECK (quantity > 0),
    state TEXT NOT NULL CHECK (state IN ('awaiting_payment', 'paid', 'shipped', 'delivered', 'released',
                                         'cancelled', 'refunded', 'disputed')),
    version BIGINT NOT NULL,
    ship_to TEXT NOT NULL,
    destination TEXT NOT NULL,
    service_id TEXT NOT NULL,
    category TEXT NOT NULL,
    listing_currency TEXT NOT NULL,
    buyer_currency TEXT NOT NULL,
    item_l BIGINT NOT NULL, postage_l BIGINT NOT NULL, import_l BIGINT NOT NULL, buyer_fee_l BIGINT NOT NULL,
    total_l BIGINT NOT NULL, seller_fee_l BIGINT NOT NULL, seller_net_l BIGINT NOT NULL,
    item_b BIGINT NOT NULL, postage_b BIGINT NOT NULL, import_b BIGINT NOT NULL, buyer_fee_b BIGINT NOT NULL,
    total_b BIGINT NOT NULL CHECK (total_b > 0), seller_fee_b BIGINT NOT NULL, seller_net_b BIGINT NOT NULL,
    import_at_door_b BIGINT NOT NULL,
    collected_at TEXT NOT NULL,
    checkout_scheme TEXT NOT NULL,
    fx_multiply TEXT NOT NULL,
    fx_divide TEXT NOT NULL,
    fx_date TEXT NOT NULL,
    fx_source TEXT NOT NULL,
    handling_days BIGINT NOT NULL,
    service_min_days BIGINT NOT NULL,
    service_max_days BIGINT NOT NULL,
    pricing TEXT NOT NULL,
    listing_snapshot TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    paid_at BIGINT, shipped_at BIGINT, delivered_at BIGINT, closed_at BIGINT,
    expires_at BIGINT, ship_by BIGINT, delivery_due BIGINT, release_at BIGINT,
    due_at BIGINT,
    paused_at BIGINT,
    carrier TEXT NOT NULL DEFAULT '',
    tracking_number TEXT NOT NULL DEFAULT '',
    tracker_id TEXT,
    checkout_session_id TEXT UNIQUE,
    checkout_url TEXT NOT NULL DEFAULT '',
    payment_intent_id TEXT,
    updated_at BIGINT NOT NULL))",
                    "CREATE INDEX orders_due ON orders(due_at)",
                    "CREATE INDEX orders_buyer ON orders(buyer_id, created_at)",
                    "CREATE INDEX orders_seller ON orders(seller_id, created_at)",
                    "CREATE INDEX orders_listing ON orders(listing_id)",
                    "CREATE INDEX orders_payment_intent ON orders(payment_intent_id)",
                    "CREATE INDEX orders_tracker ON orders(tracker_id)",
                    R"(CREATE TABLE order_events (
    id {AUTO_ID},
    order_id TEXT NOT NULL REFERENCES orders(id),
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    event TEXT NOT NULL,
    cause TEXT NOT NULL CHECK (cause IN ('buyer', 'seller', 'staff', 'provider', 'carrier', 'timer', 'system')),
    actor_id TEXT,
    detail TEXT NOT NULL,
    created_at BIGINT NOT NULL))",
                    "CREATE INDEX order_events_order ON order_events(order_id, id)",
                    R"(CREATE TABLE ledger_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    last_seq BIGINT NOT NULL,
    last_hash TEXT NOT NULL))",
                    "INSERT INTO ledger_head (id, last_seq, last_hash) VALUES (1, 0, "
                    "'0000000000000000000000000000000000000000000000000000000000000000')",
                    R"(CREATE TABLE ledger_transactions (
    id TEXT PRIMARY KEY,
    business_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    order_id TEXT NOT NULL,
    payout_id TEXT NOT NULL,
    fx TEXT NOT NULL,
    memo TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    hash TEXT NOT NULL))",
                    "CREATE INDEX ledger_transactions_order ON ledger_transactions(order_id)",
                    "CREATE INDEX ledger_transactions_payout ON ledger_transactions(payout_id)",
                    R"(CREATE TABLE ledger_entries (
    seq BIGINT PRIMARY KEY,
    transaction_id TEXT NOT NULL REFERENCES ledger_transactions(id),
    account TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount <> 0),
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL))",
                    "CREATE INDEX ledger_entries_account ON ledger_entries(account, currency, seq)",
                    // Derived from the entries in the same transaction; verify recomputes it.
                    R"(CREATE TABLE ledger_balances (
    account TEXT NOT NULL,
    currency TEXT NOT NULL,
    balance BIGINT NOT NULL,
    PRIMARY KEY (account, currency)))",
                    R"(CREATE TABLE idempotency_keys (
    user_id TEXT NOT NULL,
    idem_key TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    recovery_point TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    locked_until BIGINT NOT NULL,
    response_status BIGINT,
    response_body TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, idem_key)))",
                    "CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at)",
                    R"(CREATE TABLE provider_events (
    event_id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    received_at BIGINT NOT NULL))",
                    R"(CREATE TABLE refunds (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders(id),
    reason_key TEXT NOT NULL,
    reason TEXT NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('requested', 'pending', 'succeeded', 'failed')),
    provider_refund_id TEXT UNIQUE,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT NOT NULL,
    last_error TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (order_id, reason_key)))",
                    "CREATE INDEX refunds_status ON refunds(status, next_attempt_at)",
                    R"(CREATE TABLE payout_accounts (
    user_id TEXT PRIMARY KEY REFERENCES users(id),
    provider_account_id TEXT,
    identity_status TEXT NOT NULL CHECK (identity_status IN ('unverified', 'pending', 'verified', 'refused')),
    updated_at BIGINT NOT NULL))",
                    R"(CREATE TABLE payouts (
    id TEXT PRIMARY KEY,
    seller_id TEXT NOT NULL REFERENCES users(id),
    currency TEXT NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor > 0),
    status TEXT NOT NULL CHECK (status IN ('created', 'paid', 'failed')),
    provider_transfer_id TEXT UNIQUE,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT NOT NULL,
    last_error TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL))",
                    "CREATE INDEX payouts_seller ON payouts(seller_id, created_at)",
                    "CREATE INDEX payouts_status ON payouts(status, next_attempt_at)",
                    // A job that must run once per period across every server takes its lease here.
                    R"(CREATE TABLE job_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    lease_until BIGINT NOT NULL,
    last_run_at BIGINT NOT NULL))",
                }};
    m.sqliteStatements = sqliteAppendOnly();
    m.postgresStatements = postgresAppendOnly();
    return m;
}

} // namespace caravan::store
