#include "store/disputes.h"

namespace caravan::store {

using nlohmann::json;

namespace {

const char *kColumns = "id, order_id, buyer_id, seller_id, reason, status, version, opened_at, deadline_at, due_at, "
                       "escalated_at, assigned_to, offer, proposal, outcome, refund_minor, decided_by, resolved_at, "
                       "return_carrier, return_tracking, updated_at";

json parseOrNull(const std::string &text)
{
    return text.empty() ? json(nullptr) : json::parse(text);
}

std::string dumpOrEmpty(const json &j)
{
    return j.is_null() ? std::string() : j.dump();
}

DisputeRecord disputeOf(const Row &r, std::size_t at = 0)
{
    DisputeRecord d;
    d.id = r.text(at + 0);
    d.orderId = r.text(at + 1);
    d.buyerId = r.text(at + 2);
    d.sellerId = r.text(at + 3);
    d.reason = r.text(at + 4);
    d.status = r.text(at + 5);
    d.version = r.integer(at + 6);
    d.openedAt = r.integer(at + 7);
    d.deadlineAt = r.integer(at + 8);
    d.dueAt = r.integer(at + 9);
    d.escalatedAt = r.integer(at + 10);
    d.assignedTo = r.text(at + 11);
    d.offer = parseOrNull(r.text(at + 12));
    d.proposal = parseOrNull(r.text(at + 13));
    d.outcome = r.text(at + 14);
    d.refundMinor = r.integer(at + 15);
    d.decidedBy = r.text(at + 16);
    d.resolvedAt = r.integer(at + 17);
    d.returnCarrier = r.text(at + 18);
    d.returnTracking = r.text(at + 19);
    d.updatedAt = r.integer(at + 20);
    return d;
}

std::string prefixed(const std::string &alias)
{
    std::string out;
    std::string columns = kColumns;
    std::size_t start = 0;
    while (start < columns.size()) {
        auto end = columns.find(", ", start);
        if (end == std::string::npos)
            end = columns.size();
        out += (out.empty() ? "" : ", ") + alias + "." + columns.substr(start, end - start);
        start = end + 2;
    }
    return out;
}

} // namespace

void DisputeStore::insert(Transaction &tx, const DisputeRecord &d)
{
    tx.execute(std::string("INSERT INTO disputes (") + kColumns +
                   ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               {d.id, d.orderId, d.buyerId, d.sellerId, d.reason, d.status, d.version, d.openedAt, d.deadlineAt,
                d.dueAt, d.escalatedAt, d.assignedTo, dumpOrEmpty(d.offer), dumpOrEmpty(d.proposal), d.outcome,
                d.refundMinor, d.decidedBy, d.resolvedAt, d.returnCarrier, d.returnTracking, d.updatedAt});
}

std::optional<DisputeRecord> DisputeStore::ofOrder(Transaction &tx, const std::string &orderId)
{
    const auto rows = tx.query(std::string("SELECT ") + kColumns + " FROM disputes WHERE order_id = ?", {orderId});
    if (rows.empty())
        return std::nullopt;
    return disputeOf(rows.front());
}

std::optional<DisputeRecord> DisputeStore::load(Database &db, const std::string &id)
{
    const auto rows = db.query(std::string("SELECT ") + kColumns + " FROM disputes WHERE id = ?", {id});
    if (rows.empty())
        return std::nullopt;
    return disputeOf(rows.front());
}

std::optional<DisputeRecord> DisputeStore::loadForUpdate(Transaction &tx, const std::string &id)
{
    std::string sql = std::string("SELECT ") + kColumns + " FROM disputes WHERE id = ?";
    if (tx.backend() == Backend::PostgreSQL)
        sql += " FOR UPDATE";
    const auto rows = tx.query(sql, {id});
    if (rows.empty())
        return std::nullopt;
    return disputeOf(rows.front());
}

bool DisputeStore::update(Transaction &tx, DisputeRecord &d, std::int64_t expectedVersion)
{
    const std::int64_t next = expectedVersion + 1;
    const auto changed = tx.execute(
        "UPDATE disputes SET status = ?, version = ?, deadline_at = ?, due_at = ?, escalated_at = ?, "
        "assigned_to = ?, offer = ?, proposal = ?, outcome = ?, refund_minor = ?, decided_by = ?, resolved_at = ?, "
        "return_carrier = ?, return_tracking = ?, updated_at = ? WHERE id = ? AND version = ?",
        {d.status, next, d.deadlineAt, d.dueAt, d.escalatedAt, d.assignedTo, dumpOrEmpty(d.offer),
         dumpOrEmpty(d.proposal), d.outcome, d.refundMinor, d.decidedBy, d.resolvedAt, d.returnCarrier,
         d.returnTracking, d.updatedAt, d.id, expectedVersion});
    if (changed != 1)
        return false;
    d.version = next;
    return true;
}

void DisputeStore::appendEvent(Transaction &tx, const DisputeEvent &e)
{
    tx.execute("INSERT INTO dispute_events (dispute_id, at, actor_role, actor_id, kind, body, photos, detail) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               {e.disputeId, e.at, e.actorRole, e.actorId, e.kind, e.text, json(e.photos).dump(), e.detail.dump()});
}

std::vector<DisputeEvent> DisputeStore::events(Database &db, const std::string &disputeId)
{
    std::vector<DisputeEvent> out;
    for (const auto &r : db.query("SELECT id, dispute_id, at, actor_role, actor_id, kind, body, photos, detail "
                                  "FROM dispute_events WHERE dispute_id = ? ORDER BY id",
                                  {disputeId})) {
        DisputeEvent e;
        e.id = r.integer(0);
        e.disputeId = r.text(1);
        e.at = r.integer(2);
        e.actorRole = r.text(3);
        e.actorId = r.text(4);
        e.kind = r.text(5);
        e.text = r.text(6);
        e.photos = json::parse(r.text(7)).get<std::vector<std::string>>();
        e.detail = json::parse(r.text(8));
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<std::string> DisputeStore::due(Database &db, std::int64_t now, int limit)
{
    std::vector<std::string> ids;
    for (const auto &r : db.query("SELECT id FROM disputes WHERE due_at > 0 AND due_at <= ? ORDER BY due_at, id LIMIT ?",
                                  {now, static_cast<std::int64_t>(limit)}))
        ids.push_back(r.text(0));
    return ids;
}

std::vector<DisputeRecord> DisputeStore::ofUser(Database &db, const std::string &userId, int limit)
{
    std::vector<DisputeRecord> out;
    for (const auto &r : db.query(std::string("SELECT ") + kColumns +
                                      " FROM disputes WHERE buyer_id = ? OR seller_id = ? ORDER BY opened_at DESC, id "
                                      "LIMIT ?",
                                  {userId, userId, static_cast<std::int64_t>(limit)}))
        out.push_back(disputeOf(r));
    return out;
}

std::vector<DisputeQueueRow> DisputeStore::queue(Database &db, const DisputeQueueFilter &f)
{
    std::string sql = "SELECT " + prefixed("d") +
                      ", o.buyer_currency, o.total_b, u.country, o.destination, o.listing_snapshot "
                      "FROM disputes d JOIN orders o ON o.id = d.order_id JOIN users u ON u.id = d.seller_id WHERE ";
    std::vector<Param> params;
    if (f.status.empty()) {
        sql += "d.status <> 'resolved'";
    } else {
        sql += "d.status = ?";
        params.emplace_back(f.status);
    }
    const auto add = [&](const char *clause, Param value) {
        sql += clause;
        params.push_back(std::move(value));
    };
    if (!f.reason.empty())
        add(" AND d.reason = ?", f.reason);
    if (!f.assignedTo.empty())
        add(" AND d.assigned_to = ?", f.assignedTo);
    if (f.minTotal > 0)
        add(" AND o.total_b >= ?", f.minTotal);
    if (!f.from.empty())
        add(" AND u.country = ?", f.from);
    if (!f.to.empty())
        add(" AND o.destination = ?", f.to);
    if (f.openedBefore > 0)
        add(" AND d.opened_at < ?", f.openedBefore);
    // Deadline first: what must happen soonest; cases without one (resolved) last.
    sql += " ORDER BY CASE WHEN d.deadline_at = 0 THEN 1 ELSE 0 END, d.deadline_at, d.opened_at, d.id LIMIT ?";
    params.emplace_back(static_cast<std::int64_t>(f.limit));
    std::vector<DisputeQueueRow> out;
    for (const auto &r : db.query(sql, params)) {
        DisputeQueueRow row;
        row.dispute = disputeOf(r);
        row.buyerCurrency = r.text(21);
        row.totalMinor = r.integer(22);
        row.sellerCountry = r.text(23);
        row.destination = r.text(24);
        const auto snapshot = parseOrNull(r.text(25));
        if (snapshot.is_object())
            row.title = snapshot.value("title", "");
        out.push_back(std::move(row));
    }
    return out;
}

PartyHistory DisputeStore::history(Database &db, const std::string &userId)
{
    PartyHistory h;
    h.userId = userId;
    const auto user = db.query("SELECT display_name, country, created_at FROM users WHERE id = ?", {userId});
    if (!user.empty()) {
        h.displayName = user.front().text(0);
        h.country = user.front().text(1);
        h.createdAt = user.front().integer(2);
    }
    const auto count = [&](const char *sql) { return db.query(sql, {userId}).front().integer(0); };
    h.ordersAsBuyer = count("SELECT COUNT(*) FROM orders WHERE buyer_id = ? AND paid_at > 0");
    h.ordersAsSeller = count("SELECT COUNT(*) FROM orders WHERE seller_id = ? AND paid_at > 0");
    h.disputesAsBuyer = count("SELECT COUNT(*) FROM disputes WHERE buyer_id = ?");
    h.disputesAsSeller = count("SELECT COUNT(*) FROM disputes WHERE seller_id = ?");
    h.outcomesForBuyer =
        count("SELECT COUNT(*) FROM disputes WHERE buyer_id = ? AND outcome IN ('refund', 'split')");
    h.outcomesForSeller = count("SELECT COUNT(*) FROM disputes WHERE seller_id = ? AND outcome = 'release'");
    return h;
}

Migration disputesMigration(int version)
{
    return {version,
            "disputes and their events",
            {
                R"(CREATE TABLE disputes (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL UNIQUE REFERENCES orders(id),
    buyer_id TEXT NOT NULL,
    seller_id TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('not_received', 'not_as_described', 'counterfeit', 'damaged')),
    status TEXT NOT NULL CHECK (status IN ('awaiting_seller', 'awaiting_buyer', 'escalated', 'awaiting_approval',
                                           'returning', 'resolved')),
    version BIGINT NOT NULL,
    opened_at BIGINT NOT NULL,
    deadline_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    escalated_at BIGINT NOT NULL,
    assigned_to TEXT NOT NULL,
    offer TEXT NOT NULL,
    proposal TEXT NOT NULL,
    outcome TEXT NOT NULL,
    refund_minor BIGINT NOT NULL,
    decided_by TEXT NOT NULL,
    resolved_at BIGINT NOT NULL,
    return_carrier TEXT NOT NULL,
    return_tracking TEXT NOT NULL,
    updated_at BIGINT NOT NULL))",
                "CREATE INDEX disputes_due ON disputes(due_at)",
                "CREATE INDEX disputes_buyer ON disputes(buyer_id, opened_at)",
                "CREATE INDEX disputes_seller ON disputes(seller_id, opened_at)",
                "CREATE INDEX disputes_queue ON disputes(status, deadline_at)",
                R"(CREATE TABLE dispute_events (
    id {AUTO_ID},
    dispute_id TEXT NOT NULL REFERENCES disputes(id),
    at BIGINT NOT NULL,
    actor_role TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    photos TEXT NOT NULL,
    detail TEXT NOT NULL))",
                "CREATE INDEX dispute_events_dispute ON dispute_events(dispute_id, id)",
            },
            // What a party said and showed is part of the record: never changed or removed.
            {
                "CREATE TRIGGER dispute_events_no_update BEFORE UPDATE ON dispute_events "
                "BEGIN SELECT RAISE(ABORT, 'dispute events are append-only'); END",
                "CREATE TRIGGER dispute_events_no_delete BEFORE DELETE ON dispute_events "
                "BEGIN SELECT RAISE(ABORT, 'dispute events are append-only'); END",
            },
            {
                R"(CREATE FUNCTION caravan_dispute_events_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dispute events are append-only';
END $$)",
                "CREATE TRIGGER dispute_events_sealed BEFORE UPDATE OR DELETE ON dispute_events "
                "FOR EACH ROW EXECUTE FUNCTION caravan_dispute_events_sealed()",
            }};
}

} // namespace caravan::store
