#include "staff/risk_flags.h"

#include "money/currency.h"
#include "money/fx.h"
#include "money/money.h"
#include "store/risk_queries.h"
#include "trade/rules.h"

#include <map>

namespace caravan::staff {

namespace {

constexpr std::int64_t kDay = 86400;

money::Date dayOf(std::int64_t now)
{
    return money::Date::fromYmd(1970, 1, 1).addDays(static_cast<int>(now / kDay));
}

std::string euros(std::int64_t cents)
{
    return money::Money::ofMinor(cents, "EUR").toString();
}

// An order's total in euro cents, by the rate of the day it was paid; nullopt without a rate.
std::optional<std::int64_t> inEuroCents(const trade::RuleSet &rules, const store::RiskOrder &o)
{
    if (o.currency == "EUR")
        return o.totalMinor;
    const auto conversion = rules.fx().find(o.currency, "EUR", dayOf(o.paidAt));
    if (!conversion)
        return std::nullopt;
    return conversion->apply(money::Money::ofMinor(o.totalMinor, o.currency), 2).minor();
}

void newAccounts(store::Database &db, const trade::RuleSet &rules, const RiskSettings &s, std::int64_t now,
                 std::vector<RiskFlag> &out)
{
    std::map<std::string, RiskFlag> flags;
    std::vector<std::string> order;
    for (const auto &o : store::RiskQueries::ordersOfNewAccounts(db, now - s.newAccountDays * kDay)) {
        const auto eur = inEuroCents(rules, o);
        if (!eur || *eur < s.highValueMinorEur)
            continue;
        auto [it, fresh] = flags.try_emplace(o.buyerId);
        auto &f = it->second;
        if (fresh) {
            order.push_back(o.buyerId);
            f.kind = "new_account_high_value";
            f.userId = o.buyerId;
            f.email = o.email;
            f.displayName = o.displayName;
            f.accountCreatedAt = o.accountCreatedAt;
            f.since = o.paidAt;
            f.figures = {{"orders", 0},
                         {"account_age_days", (now - o.accountCreatedAt) / kDay},
                         {"threshold_minor", s.highValueMinorEur},
                         {"currency", "EUR"},
                         {"window_days", s.newAccountDays}};
        }
        f.figures["orders"] = f.figures["orders"].get<std::int64_t>() + 1;
    }
    for (const auto &id : order) {
        auto &f = flags.at(id);
        const auto n = f.figures["orders"].get<std::int64_t>();
        if (n < s.highValueOrders)
            continue;
        f.explanation = "An account created " + std::to_string(f.figures["account_age_days"].get<std::int64_t>()) +
                        " days ago has paid for " + std::to_string(n) + " orders worth " +
                        euros(s.highValueMinorEur) + " or more each (flagged from " +
                        std::to_string(s.highValueOrders) + " within an account's first " +
                        std::to_string(s.newAccountDays) + " days).";
        out.push_back(std::move(f));
    }
}

void failedPayments(store::Database &db, const RiskSettings &s, std::int64_t now, std::vector<RiskFlag> &out)
{
    for (const auto &a : store::RiskQueries::failedPayments(db, now - s.failedPaymentHours * 3600, s.failedPayments)) {
        RiskFlag f{"failed_payments", a.userId, a.email, a.displayName, a.accountCreatedAt, a.first,
                   {{"failed", a.count}, {"window_hours", s.failedPaymentHours}},
                   std::to_string(a.count) + " payments of this buyer failed in the last " +
                       std::to_string(s.failedPaymentHours) + " hours (flagged from " +
                       std::to_string(s.failedPayments) + ")."};
        out.push_back(std::move(f));
    }
}

void sellersShippingNothing(store::Database &db, const RiskSettings &s, std::int64_t now, std::vector<RiskFlag> &out)
{
    const auto since = now - s.unshippedDays * kDay;
    for (const auto &a : store::RiskQueries::missedShipBy(db, since, s.unshippedOrders)) {
        const auto shipped = store::RiskQueries::shippedSince(db, a.userId, since);
        if (shipped > 0)
            continue;
        RiskFlag f{"seller_ships_nothing", a.userId, a.email, a.displayName, a.accountCreatedAt, a.first,
                   {{"unshipped", a.count}, {"shipped", shipped}, {"window_days", s.unshippedDays}},
                   "This seller let the ship-by date of " + std::to_string(a.count) +
                       " orders pass in the last " + std::to_string(s.unshippedDays) +
                       " days (each refunded to its buyer) and shipped none."};
        out.push_back(std::move(f));
    }
}

} // namespace

std::vector<RiskFlag> riskFlags(store::Database &db, const trade::RuleSet &rules, const RiskSettings &settings,
                                std::int64_t now)
{
    std::vector<RiskFlag> out;
    newAccounts(db, rules, settings, now, out);
    failedPayments(db, settings, now, out);
    sellersShippingNothing(db, settings, now, out);
    return out;
}

} // namespace caravan::staff
