#pragma once

#include "store/database.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caravan::trade {
class RuleSet;
}

// Risk flags for staff (docs/disputes.md, "Risk flags"): accounts whose recent behaviour is worth a look,
// each with the figures that raised it and a sentence saying why. A flag decides nothing and moves no
// money; it is computed when asked, from orders and their events, never entered by hand.
namespace caravan::staff {

struct RiskSettings
{
    std::int64_t newAccountDays = 30;       // risk.new_account_days: an account younger than this is new
    std::int64_t highValueMinorEur = 20000; // risk.high_value_eur_cents: an order worth this much (in EUR)
    std::int64_t highValueOrders = 3;       // risk.high_value_orders: that many of them flags a new account
    std::int64_t failedPayments = 3;        // risk.failed_payments: failures within the window flag a buyer
    std::int64_t failedPaymentHours = 24;   // risk.failed_payment_hours
    std::int64_t unshippedOrders = 2;       // risk.unshipped_orders: ship-by dates missed within the window
    std::int64_t unshippedDays = 30;        // risk.unshipped_days, with nothing shipped in the same window
};

struct RiskFlag
{
    std::string kind; // new_account_high_value, failed_payments, seller_ships_nothing
    std::string userId;
    std::string email;
    std::string displayName;
    std::int64_t accountCreatedAt = 0;
    std::int64_t since = 0; // the first event counted
    nlohmann::json figures = nlohmann::json::object();
    std::string explanation; // English; the app builds its own sentence from kind and figures
};

// Every flag that holds at `now`: new accounts first, then failed payments, then sellers.
std::vector<RiskFlag> riskFlags(store::Database &db, const trade::RuleSet &rules, const RiskSettings &settings,
                                std::int64_t now);

} // namespace caravan::staff
