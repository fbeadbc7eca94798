#pragma once

#include "orders/order_service.h"
#include "orders/order_settings.h"
#include "store/database.h"
#include "store/money_movements.h"

#include <cstdint>
#include <optional>
#include <string>

namespace caravan::trade {
class RuleSet;
}
namespace caravan::payments {
class PaymentProvider;
}

namespace caravan::orders {

// The provider calls that move money out: refunds to buyers and payouts to sellers. Each is first
// written with its ledger posting (by the workflow or here), then sent with its own idempotency key
// outside any database transaction, and its answer recorded (docs/escrow.md, "Payments", "Payouts").
class MoneyJobs
{
public:
    MoneyJobs(store::Database &db, const OrderSettings &settings, const trade::RuleSet &rules,
              payments::PaymentProvider *provider);

    struct Report
    {
        int refundsSent = 0;
        int refundsSettled = 0;
        int payoutsCreated = 0;
        int payoutsPaid = 0;
        int failed = 0;
    };

    // Sends the refunds that are due (claimed, so one server sends each).
    Report sendRefunds(std::int64_t now);
    // Makes a payout for every verified seller whose payable balance reaches the minimum.
    Report createPayouts(std::int64_t now);
    // Transfers the payouts that are due.
    Report sendPayouts(std::int64_t now);

    // A seller asks for a payout of what is payable in `currency` now. Throws OrderError (403
    // identity_not_verified, 422 below_minimum / nothing_payable).
    store::PayoutRecord
    requestPayout(const store::User &seller, const std::string &currency, std::int64_t now,
                  const std::function<void(store::Transaction &, const store::PayoutRecord &)> &also);

    // payouts.require_identity: only sellers with a verified payout identity are paid.
    bool identityRequired() const { return m_settings.requireIdentity; }

    // payouts.minimum in `currency` at the day's rate; nothing when there is no rate.
    std::optional<std::int64_t> minimumIn(const std::string &currency, std::int64_t now) const;

private:
    std::optional<store::PayoutRecord>
    makePayout(const std::string &sellerId, const std::string &currency, std::int64_t amount,
               std::int64_t now,
               const std::function<void(store::Transaction &, const store::PayoutRecord &)> &also);
    void sendRefund(store::RefundRecord refund, std::int64_t now, Report &report);
    void sendPayout(store::PayoutRecord payout, std::int64_t now, Report &report);
    std::string connectedAccount(const std::string &sellerId);

    store::Database &m_db;
    const OrderSettings &m_settings;
    const trade::RuleSet &m_rules;
    payments::PaymentProvider *m_provider;
};

// Exponential backoff for provider retries: 30 s doubling, at most 6 h.
std::int64_t retryDelaySeconds(std::int64_t attempts);

} // namespace caravan::orders
