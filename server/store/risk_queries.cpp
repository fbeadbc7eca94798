#include "store/risk_queries.h"

namespace caravan::store {

namespace {

std::vector<RiskAccount> accountsOf(const std::vector<Row> &rows)
{
    std::vector<RiskAccount> out;
    for (const auto &r : rows)
        out.push_back({r.text(0), r.text(1), r.text(2), r.integer(3), r.integer(4), r.integer(5)});
    return out;
}

} // namespace

std::vector<RiskAccount> RiskQueries::failedPayments(Database &db, std::int64_t since, std::int64_t atLeast)
{
    return accountsOf(db.query(
        "SELECT u.id, u.email, u.display_name, u.created_at, COUNT(*), MIN(e.created_at) FROM order_events e "
        "JOIN orders o ON o.id = e.order_id JOIN users u ON u.id = o.buyer_id "
        "WHERE e.event = 'payment_failed' AND e.created_at >= ? "
        "GROUP BY u.id, u.email, u.display_name, u.created_at HAVING COUNT(*) >= ? "
        "ORDER BY COUNT(*) DESC, u.id",
        {since, atLeast}));
}

std::vector<RiskAccount> RiskQueries::missedShipBy(Database &db, std::int64_t since, std::int64_t atLeast)
{
    return accountsOf(db.query(
        "SELECT u.id, u.email, u.display_name, u.created_at, COUNT(*), MIN(e.created_at) FROM order_events e "
        "JOIN orders o ON o.id = e.order_id JOIN users u ON u.id = o.seller_id "
        "WHERE e.event = 'ship_by_missed' AND e.created_at >= ? "
        "GROUP BY u.id, u.email, u.display_name, u.created_at HAVING COUNT(*) >= ? "
        "ORDER BY COUNT(*) DESC, u.id",
        {since, atLeast}));
}

std::int64_t RiskQueries::shippedSince(Database &db, const std::string &sellerId, std::int64_t since)
{
    return db.query("SELECT COUNT(*) FROM orders WHERE seller_id = ? AND shipped_at >= ?", {sellerId, since})
        .front()
        .integer(0);
}

std::vector<RiskOrder> RiskQueries::ordersOfNewAccounts(Database &db, std::int64_t createdSince)
{
    std::vector<RiskOrder> out;
    for (const auto &r : db.query(
             "SELECT u.id, u.email, u.display_name, u.created_at, o.buyer_currency, o.total_b, o.paid_at "
             "FROM users u JOIN orders o ON o.buyer_id = u.id WHERE u.created_at >= ? AND o.paid_at IS NOT NULL "
             "ORDER BY u.created_at, u.id, o.paid_at",
             {createdSince}))
        out.push_back({r.text(0), r.text(1), r.text(2), r.integer(3), r.text(4), r.integer(5), r.integer(6)});
    return out;
}

} // namespace caravan::store
