#include "store/money_movements.h"

namespace caravan::store {

namespace {

const char *kRefundColumns =
    "id, order_id, reason_key, reason, amount_minor, currency, status, provider_refund_id, "
    "attempts, next_attempt_at, last_error, created_at";
const char *kPayoutColumns = "id, seller_id, currency, amount_minor, status, provider_transfer_id, attempts, "
                             "next_attempt_at, last_error, created_at, updated_at";

RefundRecord refundOf(const Row &r)
{
    return {r.text(0), r.text(1), r.text(2),    r.text(3),    r.integer(4), r.text(5),
            r.text(6), r.text(7), r.integer(8), r.integer(9), r.text(10),   r.integer(11)};
}

PayoutRecord payoutOf(const Row &r)
{
    return {r.text(0),    r.text(1),    r.text(2), r.integer(3), r.text(4),    r.text(5),
            r.integer(6), r.integer(7), r.text(8), r.integer(9), r.integer(10)};
}

Param optionalText(const std::string &s)
{
    return s.empty() ? Param{Null{}} : Param{s};
}

std::string forUpdate(const Transaction &tx)
{
    return tx.backend() == Backend::PostgreSQL ? " FOR UPDATE" : "";
}

} // namespace

RefundRecord MoneyMovementStore::insertRefund(Transaction &tx, const RefundRecord &r)
{
    tx.execute(std::string("INSERT INTO refunds (") + kRefundColumns +
                   ", claimed_until, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?) "
                   "ON CONFLICT (order_id, reason_key) DO NOTHING",
               {r.id, r.orderId, r.reasonKey, r.reason, r.amountMinor, r.currency, r.status,
                optionalText(r.providerRefundId), r.attempts, r.nextAttemptAt, r.lastError, r.createdAt,
                r.createdAt});
    const auto rows = tx.query(std::string("SELECT ") + kRefundColumns +
                                   " FROM refunds WHERE order_id = ? AND reason_key = ?",
                               {r.orderId, r.reasonKey});
    return refundOf(rows.front());
}

std::optional<RefundRecord> MoneyMovementStore::refund(Database &db, const std::string &id)
{
    const auto rows = db.query(std::string("SELECT ") + kRefundColumns + " FROM refunds WHERE id = ?", {id});
    if (rows.empty())
        return std::nullopt;
    return refundOf(rows.front());
}

std::optional<RefundRecord> MoneyMovementStore::refundForUpdate(Transaction &tx, const std::string &id)
{
    const auto rows = tx.query(
        std::string("SELECT ") + kRefundColumns + " FROM refunds WHERE id = ?" + forUpdate(tx), {id});
    if (rows.empty())
        return std::nullopt;
    return refundOf(rows.front());
}

std::optional<RefundRecord> MoneyMovementStore::refundByProviderId(Database &db,
                                                                   const std::string &providerId)
{
    const auto rows = db.query(
        std::string("SELECT ") + kRefundColumns + " FROM refunds WHERE provider_refund_id = ?", {providerId});
    if (rows.empty())
        return std::nullopt;
    return refundOf(rows.front());
}

std::vector<RefundRecord> MoneyMovementStore::refundsOfOrder(Database &db, const std::string &orderId)
{
    std::vector<RefundRecord> out;
    for (const auto &r : db.query(std::string("SELECT ") + kRefundColumns +
                                      " FROM refunds WHERE order_id = ? ORDER BY created_at, id",
                                  {orderId}))
        out.push_back(refundOf(r));
    return out;
}

void MoneyMovementStore::updateRefund(Transaction &tx, const RefundRecord &r)
{
    tx.execute("UPDATE refunds SET status = ?, provider_refund_id = ?, attempts = ?, next_attempt_at = ?, "
               "last_error = ?, claimed_until = 0, updated_at = ? WHERE id = ?",
               {r.status, optionalText(r.providerRefundId), r.attempts, r.nextAttemptAt, r.lastError,
                nowSeconds(), r.id});
}

std::vector<RefundRecord> MoneyMovementStore::claimRefunds(Database &db, std::int64_t now,
                                                           std::int64_t claimSeconds, std::int64_t limit)
{
    std::vector<RefundRecord> out;
    const auto rows =
        db.query(std::string("SELECT ") + kRefundColumns +
                     ", claimed_until FROM refunds WHERE status IN ('requested', 'pending') AND "
                     "next_attempt_at <= ? AND claimed_until <= ? ORDER BY next_attempt_at LIMIT ?",
                 {now, now, limit});
    for (const auto &r : rows) {
        // Compare-and-set on the claim: of several servers, one wins each refund.
        if (db.execute("UPDATE refunds SET claimed_until = ? WHERE id = ? AND claimed_until = ?",
                       {now + claimSeconds, r.text(0), r.integer(12)}) == 1)
            out.push_back(refundOf(r));
    }
    return out;
}

void MoneyMovementStore::insertPayout(Transaction &tx, const PayoutRecord &p)
{
    tx.execute(std::string("INSERT INTO payouts (") + kPayoutColumns +
                   ", claimed_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
               {p.id, p.sellerId, p.currency, p.amountMinor, p.status, optionalText(p.providerTransferId),
                p.attempts, p.nextAttemptAt, p.lastError, p.createdAt, p.updatedAt});
}

std::optional<PayoutRecord> MoneyMovementStore::payout(Database &db, const std::string &id)
{
    const auto rows = db.query(std::string("SELECT ") + kPayoutColumns + " FROM payouts WHERE id = ?", {id});
    if (rows.empty())
        return std::nullopt;
    return payoutOf(rows.front());
}

std::optional<PayoutRecord> MoneyMovementStore::payoutForUpdate(Transaction &tx, const std::string &id)
{
    const auto rows = tx.query(
        std::string("SELECT ") + kPayoutColumns + " FROM payouts WHERE id = ?" + forUpdate(tx), {id});
    if (rows.empty())
        return std::nullopt;
    return payoutOf(rows.front());
}

std::optional<PayoutRecord> MoneyMovementStore::payoutByTransfer(Database &db, const std::string &transferId)
{
    const auto rows =
        db.query(std::string("SELECT ") + kPayoutColumns + " FROM payouts WHERE provider_transfer_id = ?",
                 {transferId});
    if (rows.empty())
        return std::nullopt;
    return payoutOf(rows.front());
}

std::vector<PayoutRecord> MoneyMovementStore::payoutsOfSeller(Database &db, const std::string &sellerId,
                                                              std::int64_t limit)
{
    std::vector<PayoutRecord> out;
    for (const auto &r :
         db.query(std::string("SELECT ") + kPayoutColumns +
                      " FROM payouts WHERE seller_id = ? ORDER BY created_at DESC, id LIMIT ?",
                  {sellerId, limit}))
        out.push_back(payoutOf(r));
    return out;
}

void MoneyMovementStore::updatePayout(Transaction &tx, const PayoutRecord &p)
{
    tx.execute("UPDATE payouts SET status = ?, provider_transfer_id = ?, attempts = ?, next_attempt_at = ?, "
               "last_error = ?, claimed_until = 0, updated_at = ? WHERE id = ?",
               {p.status, optionalText(p.providerTransferId), p.attempts, p.nextAttemptAt, p.lastError,
                nowSeconds(), p.id});
}

std::vector<MoneyMovementStore::PayoutTotals> MoneyMovementStore::payoutTotals(Database &db,
                                                                               const std::string &sellerId)
{
    std::vector<PayoutTotals> out;
    for (const auto &r :
         db.query("SELECT currency, SUM(CASE WHEN status = 'created' THEN amount_minor ELSE 0 END), "
                  "SUM(CASE WHEN status = 'paid' THEN amount_minor ELSE 0 END) FROM payouts "
                  "WHERE seller_id = ? GROUP BY currency ORDER BY currency",
                  {sellerId}))
        out.push_back({r.text(0), r.integer(1), r.integer(2)});
    return out;
}

std::vector<PayoutRecord> MoneyMovementStore::claimPayouts(Database &db, std::int64_t now,
                                                           std::int64_t claimSeconds, std::int64_t limit)
{
    std::vector<PayoutRecord> out;
    const auto rows =
        db.query(std::string("SELECT ") + kPayoutColumns +
                     ", claimed_until FROM payouts WHERE status = 'created' AND next_attempt_at <= ? "
                     "AND claimed_until <= ? ORDER BY next_attempt_at LIMIT ?",
                 {now, now, limit});
    for (const auto &r : rows)
        if (db.execute("UPDATE payouts SET claimed_until = ? WHERE id = ? AND claimed_until = ?",
                       {now + claimSeconds, r.text(0), r.integer(11)}) == 1)
            out.push_back(payoutOf(r));
    return out;
}

PayoutAccount MoneyMovementStore::payoutAccount(Database &db, const std::string &userId)
{
    const auto rows = db.query("SELECT provider_account_id FROM payout_accounts WHERE user_id = ?", {userId});
    if (rows.empty())
        return {userId, {}};
    return {userId, rows.front().text(0)};
}

void MoneyMovementStore::setProviderAccount(Database &db, const std::string &userId,
                                            const std::string &accountId)
{
    db.execute("INSERT INTO payout_accounts (user_id, provider_account_id, updated_at) VALUES (?, ?, ?) "
               "ON CONFLICT (user_id) DO UPDATE SET provider_account_id = excluded.provider_account_id, "
               "updated_at = excluded.updated_at",
               {userId, accountId, nowSeconds()});
}

bool MoneyMovementStore::recordEvent(Transaction &tx, const std::string &eventId, const std::string &provider,
                                     const std::string &type, const std::string &objectId,
                                     const std::string &orderId, std::int64_t now)
{
    return tx.execute(
               "INSERT INTO provider_events (event_id, provider, type, object_id, order_id, received_at) "
               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING",
               {eventId, provider, type, objectId, orderId, now}) == 1;
}

bool MoneyMovementStore::takeJobLease(Database &db, const std::string &job, const std::string &holder,
                                      std::int64_t periodSeconds, std::int64_t leaseSeconds, std::int64_t now)
{
    db.execute("INSERT INTO job_leases (name, holder, lease_until, last_run_at) VALUES (?, '', 0, 0) "
               "ON CONFLICT (name) DO NOTHING",
               {job});
    return db.execute("UPDATE job_leases SET holder = ?, lease_until = ?, last_run_at = ? WHERE name = ? AND "
                      "lease_until <= ? AND last_run_at <= ?",
                      {holder, now + leaseSeconds, now, job, now, now - periodSeconds}) == 1;
}

} // namespace caravan::store
