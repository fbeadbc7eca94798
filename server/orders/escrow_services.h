#pragma once

#include "orders/dispute_service.h"
#include "orders/money_jobs.h"
#include "orders/order_service.h"
#include "orders/order_settings.h"
#include "orders/order_timers.h"
#include "orders/payment_events.h"
#include "store/idempotency.h"

#include <memory>

namespace caravan::payments {
class PaymentProvider;
class TrackingProvider;
} // namespace caravan::payments

namespace caravan::orders {

// Everything escrow needs in one server: the provider adapters (when configured), the order service,
// webhook handling, the clocks and the money jobs. The web pages, the API, the jobs and caravan-cli
// all use these same objects.
class EscrowServices
{
public:
    EscrowServices(store::Database &db, const OrderSettings &settings);
    ~EscrowServices();

    // One pass of every escrow job: the order clocks, refunds and payouts to send, and (at most once
    // per payouts.interval_s across every server) new payouts. Errors are logged, never thrown.
    struct Pass
    {
        OrderTimers::Report timers;
        DisputeService::Report disputes;
        MoneyJobs::Report refunds;
        MoneyJobs::Report payoutsCreated;
        MoneyJobs::Report payoutsSent;
        bool payoutRun = false;
    };
    Pass runJobs(std::int64_t now, const std::string &holder);
    // Only what sends money out (after a refund or a payout was written).
    void sendMoney(std::int64_t now);

    payments::PaymentProvider *provider() { return m_provider.get(); }
    payments::TrackingProvider *tracking() { return m_tracking.get(); }
    OrderService &orders() { return m_orders; }
    PaymentEvents &events() { return m_events; }
    OrderTimers &timers() { return m_timers; }
    DisputeService &disputes() { return m_disputes; }
    MoneyJobs &money() { return m_money; }
    store::IdempotencyStore &idempotency() { return m_idempotency; }
    const OrderSettings &settings() const { return m_settings; }

private:
    store::Database &m_db;
    const OrderSettings &m_settings;
    std::unique_ptr<payments::PaymentProvider> m_provider;
    std::unique_ptr<payments::TrackingProvider> m_tracking;
    OrderService m_orders;
    PaymentEvents m_events;
    OrderTimers m_timers;
    DisputeService m_disputes;
    MoneyJobs m_money;
    store::IdempotencyStore m_idempotency;
};

} // namespace caravan::orders
