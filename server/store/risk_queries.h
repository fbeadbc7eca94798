#pragma once

#include "store/database.h"

#include <string>
#include <vector>

// The reads behind staff's risk flags (docs/disputes.md, "Risk flags"). Each returns only the accounts
// over its threshold, through an index (order_events by kind and time, orders by buyer or seller), so the
// cost follows the flagged accounts, not the size of the marketplace.
namespace caravan::store {

struct RiskAccount
{
    std::string userId;
    std::string email;
    std::string displayName;
    std::int64_t accountCreatedAt = 0;
    std::int64_t count = 0;   // what the query counts
    std::int64_t first = 0;   // the first counted event's time
};

// A paid order of a recently created account.
struct RiskOrder
{
    std::string buyerId;
    std::string email;
    std::string displayName;
    std::int64_t accountCreatedAt = 0;
    std::string currency; // the buyer's
    std::int64_t totalMinor = 0;
    std::int64_t paidAt = 0;
};

class RiskQueries
{
public:
    // Buyers with at least `atLeast` failed payments (order event payment_failed) since `since`.
    static std::vector<RiskAccount> failedPayments(Database &db, std::int64_t since, std::int64_t atLeast);
    // Sellers with at least `atLeast` orders refunded because the ship-by date passed, since `since`.
    static std::vector<RiskAccount> missedShipBy(Database &db, std::int64_t since, std::int64_t atLeast);
    // How many orders `sellerId` shipped since `since`.
    static std::int64_t shippedSince(Database &db, const std::string &sellerId, std::int64_t since);
    // Paid orders of accounts created since `createdSince`, oldest account first.
    static std::vector<RiskOrder> ordersOfNewAccounts(Database &db, std::int64_t createdSince);
};

} // namespace caravan::store
