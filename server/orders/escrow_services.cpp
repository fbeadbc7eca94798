#include "orders/escrow_services.h"

#include "payments/easypost_tracking.h"
#include "payments/stripe_provider.h"
#include "runtime/log.h"
#include "shipping/shipping.h"
#include "store/money_movements.h"
#include "trade/rules.h"

namespace caravan::orders {

namespace {

std::unique_ptr<payments::PaymentProvider> makeProvider(const OrderSettings &s)
{
    if (!s.paymentsConfigured())
        return nullptr;
    payments::StripeProvider::Config c;
    c.apiBase = s.paymentsApiBase;
    c.secretKey = s.paymentsSecretKey;
    c.webhookSecret = s.paymentsWebhookSecret;
    c.webhookToleranceSeconds = s.paymentsWebhookToleranceSeconds;
    c.timeoutSeconds = s.paymentsTimeoutSeconds;
    return std::make_unique<payments::StripeProvider>(c);
}

std::unique_ptr<payments::TrackingProvider> makeTracking(const OrderSettings &s)
{
    if (!s.trackingConfigured())
        return nullptr;
    payments::EasyPostTracking::Config c;
    c.apiBase = s.trackingApiBase;
    c.apiKey = s.trackingApiKey;
    c.webhookSecret = s.trackingWebhookSecret;
    return std::make_unique<payments::EasyPostTracking>(c);
}

} // namespace

EscrowServices::EscrowServices(store::Database &db, const OrderSettings &settings)
    : m_db(db)
    , m_settings(settings)
    , m_provider(makeProvider(settings))
    , m_tracking(makeTracking(settings))
    , m_orders(db, settings, trade::RuleSet::standard(), shipping::ServiceCatalog::standard(),
               m_provider.get(), m_tracking.get())
    , m_events(db, m_orders.workflow())
    , m_timers(db, m_orders, m_events, m_provider.get())
    , m_disputes(db, settings, m_orders.workflow())
    , m_money(db, settings, trade::RuleSet::standard(), m_provider.get())
    , m_idempotency(db, settings.idempotencyTtlSeconds, settings.idempotencyLockSeconds)
{}

EscrowServices::~EscrowServices() = default;

EscrowServices::Pass EscrowServices::runJobs(std::int64_t now, const std::string &holder)
{
    Pass pass;
    const auto guarded = [&](const char *what, auto &&fn) {
        try {
            fn();
        } catch (const std::exception &e) {
            server::logEvent(server::LogLevel::Warn, "escrow_job_failed",
                             {{"job", what}, {"error", e.what()}});
        }
    };
    guarded("order_timers", [&] { pass.timers = m_timers.runOnce(now); });
    guarded("dispute_timers", [&] { pass.disputes = m_disputes.runDue(now); });
    guarded("refunds", [&] { pass.refunds = m_money.sendRefunds(now); });
    guarded("payouts", [&] {
        if (store::MoneyMovementStore::takeJobLease(m_db, "payouts", holder, m_settings.payoutIntervalSeconds,
                                                    600, now)) {
            pass.payoutRun = true;
            pass.payoutsCreated = m_money.createPayouts(now);
        }
    });
    guarded("payout_transfers", [&] { pass.payoutsSent = m_money.sendPayouts(now); });
    guarded("idempotency_keys", [&] { m_idempotency.purgeExpired(now); });
    return pass;
}

void EscrowServices::sendMoney(std::int64_t now)
{
    try {
        m_money.sendRefunds(now);
        m_money.sendPayouts(now);
    } catch (const std::exception &e) {
        server::logEvent(server::LogLevel::Warn, "escrow_job_failed",
                         {{"job", "send_money"}, {"error", e.what()}});
    }
}

} // namespace caravan::orders
