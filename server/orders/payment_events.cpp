#include "orders/payment_events.h"

#include "escrow/clock.h"
#include "escrow/postings.h"
#include "money/money.h"
#include "payments/payment_provider.h"
#include "payments/tracking_provider.h"
#include "store/ledger.h"
#include "store/money_movements.h"
#include "store/orders.h"

namespace caravan::orders {

using escrow::OrderState;
using nlohmann::json;
using payments::PaymentEvent;
using Result = PaymentEvents::Result;

namespace {
constexpr const char *kStripe = "payments";
constexpr const char *kTracking = "tracking";

std::string metadata(const PaymentEvent &e, const std::string &key)
{
    const auto it = e.metadata.find(key);
    return it == e.metadata.end() ? std::string() : it->second;
}
} // namespace

std::string PaymentEvents::orderOf(const PaymentEvent &e)
{
    if (!e.orderId.empty())
        return e.orderId;
    if (e.type.rfind("checkout.session.", 0) == 0)
        if (auto id = store::OrderStore::byCheckoutSession(m_db, e.objectId))
            return *id;
    if (!e.paymentIntentId.empty())
        if (auto id = store::OrderStore::byPaymentIntent(m_db, e.paymentIntentId))
            return *id;
    return {};
}

Result PaymentEvents::handle(const PaymentEvent &e, std::int64_t now)
{
    if (e.type == "checkout.session.completed" || e.type == "checkout.session.async_payment_succeeded" ||
        e.type == "payment_intent.succeeded") {
        // A completed session whose payment is still processing (delayed methods) is not money yet.
        if (e.type == "checkout.session.completed" && e.status != "complete" && e.status != "paid" &&
            !e.status.empty())
            return recordOnly(e, now);
        return paymentSucceeded(e.id, e.type, orderOf(e), e.paymentIntentId, e.amountMinor, e.currency, now);
    }
    if (e.type == "payment_intent.payment_failed")
        return paymentFailed(e, now);
    if (e.type == "checkout.session.expired")
        return sessionExpired(e, now);
    if (e.type == "refund.updated" || e.type == "refund.created")
        return refundUpdated(e, now);
    if (e.type == "transfer.created")
        return transferCreated(e, now);
    return recordOnly(e, now);
}

Result PaymentEvents::recordOnly(const PaymentEvent &e, std::int64_t now)
{
    store::Transaction tx(m_db);
    const bool fresh =
        store::MoneyMovementStore::recordEvent(tx, e.id, kStripe, e.type, e.objectId, e.orderId, now);
    tx.commit();
    return fresh ? Result::Ignored : Result::Duplicate;
}

Result PaymentEvents::paymentSucceeded(const std::string &eventId, const std::string &type,
                                       const std::string &orderId, const std::string &paymentIntentId,
                                       std::int64_t amount, const std::string &currency, std::int64_t now)
{
    store::Transaction tx(m_db);
    if (!store::MoneyMovementStore::recordEvent(tx, eventId, kStripe, type, paymentIntentId, orderId, now))
        return Result::Duplicate;
    auto order = orderId.empty() ? std::nullopt : OrderWorkflow::lock(tx, orderId);
    if (!order) {
        tx.commit();
        return Result::Ignored;
    }
    const Cause cause{
        escrow::Cause::Provider, {}, now, {{"event", eventId}, {"payment_intent", paymentIntentId}}};
    if (amount != order->buyer.total || currency != order->buyerCurrency) {
        // Money we did not ask for: recorded for staff, never booked as this order's payment.
        Cause noted = cause;
        noted.detail["amount"] = amount;
        noted.detail["currency"] = currency;
        m_workflow.note(tx, *order, "payment_amount_mismatch", noted);
        tx.commit();
        return Result::Ignored;
    }
    if (order->paymentIntentId.empty())
        order->paymentIntentId = paymentIntentId;
    Result result = Result::Applied;
    if (order->state == "awaiting_payment")
        m_workflow.transition(tx, *order, OrderState::Paid, "paid", cause);
    else if (order->state == "cancelled")
        m_workflow.fundAndRefundLate(tx, *order, cause);
    else
        result = Result::Ignored; // funded already: the other of the two success events, or a retry
    tx.commit();
    return result;
}

Result PaymentEvents::paymentFailed(const PaymentEvent &e, std::int64_t now)
{
    const auto orderId = orderOf(e);
    store::Transaction tx(m_db);
    if (!store::MoneyMovementStore::recordEvent(tx, e.id, kStripe, e.type, e.objectId, orderId, now))
        return Result::Duplicate;
    auto order = orderId.empty() ? std::nullopt : OrderWorkflow::lock(tx, orderId);
    if (order && order->state == "awaiting_payment")
        m_workflow.note(tx, *order, "payment_failed",
                        {escrow::Cause::Provider,
                         {},
                         now,
                         {{"event", e.id}, {"code", e.failureCode}, {"message", e.failureMessage}}});
    tx.commit();
    return order ? Result::Applied : Result::Ignored;
}

Result PaymentEvents::sessionExpired(const PaymentEvent &e, std::int64_t now)
{
    const auto orderId = orderOf(e);
    store::Transaction tx(m_db);
    if (!store::MoneyMovementStore::recordEvent(tx, e.id, kStripe, e.type, e.objectId, orderId, now))
        return Result::Duplicate;
    auto order = orderId.empty() ? std::nullopt : OrderWorkflow::lock(tx, orderId);
    Result result = Result::Ignored;
    if (order && order->state == "awaiting_payment" && order->checkoutSessionId == e.objectId) {
        m_workflow.transition(tx, *order, OrderState::Cancelled, "payment_expired",
                              {escrow::Cause::Provider, {}, now, {{"event", e.id}}});
        result = Result::Applied;
    }
    tx.commit();
    return result;
}

void PaymentEvents::settleRefund(store::Transaction &tx, const std::string &refundId,
                                 const std::string &providerRefundId, std::int64_t now)
{
    auto refund = store::MoneyMovementStore::refundForUpdate(tx, refundId);
    if (!refund || refund->status == "succeeded")
        return;
    refund->status = "succeeded";
    if (refund->providerRefundId.empty())
        refund->providerRefundId = providerRefundId;
    refund->lastError.clear();
    store::MoneyMovementStore::updateRefund(tx, *refund);
    store::LedgerStore::post(
        tx,
        escrow::refundSettledPosting(refund->id, refund->orderId,
                                     money::Money::ofMinor(refund->amountMinor, refund->currency)),
        now);
}

void PaymentEvents::settlePayout(store::Transaction &tx, const std::string &payoutId,
                                 const std::string &transferId, std::int64_t now)
{
    auto payout = store::MoneyMovementStore::payoutForUpdate(tx, payoutId);
    if (!payout || payout->status != "created")
        return;
    payout->status = "paid";
    payout->providerTransferId = transferId;
    payout->lastError.clear();
    store::MoneyMovementStore::updatePayout(tx, *payout);
    store::LedgerStore::post(
        tx,
        escrow::payoutPaidPosting(payout->id, payout->sellerId,
                                  money::Money::ofMinor(payout->amountMinor, payout->currency)),
        now);
}

Result PaymentEvents::refundUpdated(const PaymentEvent &e, std::int64_t now)
{
    std::string refundId = metadata(e, "refund_id");
    if (refundId.empty())
        if (auto r = store::MoneyMovementStore::refundByProviderId(m_db, e.objectId))
            refundId = r->id;
    store::Transaction tx(m_db);
    if (!store::MoneyMovementStore::recordEvent(tx, e.id, kStripe, e.type, e.objectId, e.orderId, now))
        return Result::Duplicate;
    Result result = Result::Ignored;
    if (!refundId.empty()) {
        if (e.status == "succeeded") {
            settleRefund(tx, refundId, e.objectId, now);
            result = Result::Applied;
        } else if (e.status == "failed" || e.status == "canceled") {
            if (auto r = store::MoneyMovementStore::refundForUpdate(tx, refundId);
                r && r->status != "succeeded") {
                r->status = "failed";
                r->providerRefundId = e.objectId;
                r->lastError = e.failureCode.empty() ? e.status : e.failureCode;
                store::MoneyMovementStore::updateRefund(tx, *r);
                result = Result::Applied;
            }
        }
    }
    tx.commit();
    return result;
}

Result PaymentEvents::transferCreated(const PaymentEvent &e, std::int64_t now)
{
    std::string payoutId = metadata(e, "payout_id");
    if (payoutId.empty())
        if (auto p = store::MoneyMovementStore::payoutByTransfer(m_db, e.objectId))
            payoutId = p->id;
    store::Transaction tx(m_db);
    if (!store::MoneyMovementStore::recordEvent(tx, e.id, kStripe, e.type, e.objectId, "", now))
        return Result::Duplicate;
    if (!payoutId.empty())
        settlePayout(tx, payoutId, e.objectId, now);
    tx.commit();
    return payoutId.empty() ? Result::Ignored : Result::Applied;
}

Result PaymentEvents::handleTracking(const payments::TrackingUpdate &u, std::int64_t now)
{
    const auto orderId = store::OrderStore::byTracker(m_db, u.trackerId);
    store::Transaction tx(m_db);
    if (!store::MoneyMovementStore::recordEvent(tx, u.eventId, kTracking, "tracker.updated", u.trackerId,
                                                orderId.value_or(""), now))
        return Result::Duplicate;
    auto order = orderId ? OrderWorkflow::lock(tx, *orderId) : std::nullopt;
    if (!order || order->state != "shipped") {
        tx.commit();
        return Result::Ignored;
    }
    const Cause cause{escrow::Cause::Carrier,
                      {},
                      now,
                      {{"event", u.eventId}, {"status", u.status}, {"status_detail", u.statusDetail}}};
    if (u.status == "delivered" || u.status == "available_for_pickup") {
        if (order->pausedAt)
            order->deliveryDue = escrow::resumeAfterPause(order->deliveryDue, order->pausedAt, now);
        m_workflow.transition(tx, *order, OrderState::Delivered, "delivered", cause);
    } else if (u.heldByCustoms && !order->pausedAt) {
        order->pausedAt = now;
        order->dueAt = 0;
        m_workflow.note(tx, *order, "customs_hold", cause);
    } else if (!u.heldByCustoms && order->pausedAt) {
        order->deliveryDue = escrow::resumeAfterPause(order->deliveryDue, order->pausedAt, now);
        order->pausedAt = 0;
        order->dueAt = order->deliveryDue;
        m_workflow.note(tx, *order, "customs_released", cause);
    } else {
        m_workflow.note(tx, *order, "tracking_update", cause);
    }
    tx.commit();
    return Result::Applied;
}

} // namespace caravan::orders
