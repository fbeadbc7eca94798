#include "orders/order_timers.h"

#include "orders/order_service.h"
#include "orders/payment_events.h"
#include "payments/payment_provider.h"
#include "runtime/log.h"
#include "store/orders.h"

namespace caravan::orders {

using escrow::OrderState;

namespace {
constexpr std::int64_t kBatch = 200;
constexpr int kMaxBatches = 50; // at most 10,000 orders a pass; the next pass takes the rest
} // namespace

OrderTimers::OrderTimers(store::Database &db, OrderService &service, PaymentEvents &events,
                         payments::PaymentProvider *provider)
    : m_db(db)
    , m_service(service)
    , m_events(events)
    , m_provider(provider)
{}

OrderTimers::Report OrderTimers::runOnce(std::int64_t now)
{
    Report report;
    std::string last;
    for (int batch = 0; batch < kMaxBatches; ++batch) {
        const auto due = store::OrderStore::due(m_db, now, kBatch);
        for (const auto &id : due) {
            try {
                handle(id, now, report);
            } catch (const std::exception &e) {
                ++report.failed;
                server::logEvent(server::LogLevel::Warn, "order_timer_failed",
                                 {{"order", id}, {"error", e.what()}});
            }
        }
        // Orders that could not be moved (held elsewhere, failing) stay due; do not spin on them.
        if (static_cast<std::int64_t>(due.size()) < kBatch || due.back() == last)
            break;
        last = due.back();
    }
    for (const auto &id : store::OrderStore::untracked(m_db, 20))
        if (m_service.registerTracker(id))
            ++report.trackers;
    return report;
}

bool OrderTimers::reconcilePayment(const store::OrderRecord &order, std::int64_t now, Report &report)
{
    // Before an unpaid order is cancelled, ask the provider: a lost webhook must not cancel a paid order.
    if (!m_provider || order.checkoutSessionId.empty())
        return false;
    try {
        const auto session = m_provider->retrieveCheckoutSession(order.checkoutSessionId);
        if (session.paymentStatus == "paid") {
            m_events.paymentSucceeded("reconcile:" + session.id, "checkout.session.completed", order.id,
                                      session.paymentIntentId, session.amountTotal, session.currency, now);
            ++report.paidLate;
            return true;
        }
    } catch (const std::exception &e) {
        // The provider is unreachable: cancel anyway; a payment that arrives later is refunded.
        server::logEvent(server::LogLevel::Warn, "order_reconcile_failed",
                         {{"order", order.id}, {"error", e.what()}});
    }
    return false;
}

void OrderTimers::handle(const std::string &orderId, std::int64_t now, Report &report)
{
    const auto peek = store::OrderStore::load(m_db, orderId);
    if (!peek)
        return;
    if (peek->state == "awaiting_payment" && reconcilePayment(*peek, now, report))
        return;

    std::string expireSession;
    store::Transaction tx(m_db);
    auto o = OrderWorkflow::lock(tx, orderId, true);
    if (!o || !o->dueAt || o->dueAt > now) {
        ++report.skipped;
        return;
    }
    const auto &wf = m_service.workflow();
    const Cause cause{escrow::Cause::Timer, {}, now, {{"deadline", o->dueAt}}};
    if (o->state == "awaiting_payment") {
        wf.transition(tx, *o, OrderState::Cancelled, "payment_expired", cause);
        ++report.expired;
        expireSession = o->checkoutSessionId;
    } else if (o->state == "paid") {
        wf.transition(tx, *o, OrderState::Refunded, "ship_by_missed", cause, "ship_by_missed",
                      "requested_by_customer");
        ++report.refunded;
    } else if (o->state == "shipped") {
        wf.transition(tx, *o, OrderState::Delivered, "delivery_assumed", cause);
        ++report.delivered;
    } else if (o->state == "delivered") {
        wf.transition(tx, *o, OrderState::Released, "inspection_ended", cause);
        ++report.released;
    } else {
        // A state without a clock should have no due time; clear it so it is not looked at again.
        o->dueAt = 0;
        wf.note(tx, *o, "clock_cleared", cause);
        ++report.skipped;
    }
    tx.commit();
    // After the cancel is committed, so the page cannot be paid any more; a payment that slipped in
    // between is refunded when its event arrives.
    if (!expireSession.empty() && m_provider) {
        try {
            m_provider->expireCheckoutSession(expireSession);
        } catch (const std::exception &e) {
            server::logEvent(server::LogLevel::Warn, "checkout_expire_failed",
                             {{"order", orderId}, {"error", e.what()}});
        }
    }
}

} // namespace caravan::orders
