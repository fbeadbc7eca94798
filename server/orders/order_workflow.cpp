#include "orders/order_workflow.h"

#include "escrow/clock.h"
#include "escrow/dispute.h"
#include "listing/listing.h"
#include "money/money.h"
#include "orders/order_json.h"
#include "store/changelog.h"
#include "store/ledger.h"
#include "store/money_movements.h"
#include "store/sync_store.h"
#include "store/users.h"

namespace caravan::orders {

using escrow::OrderState;
using store::OrderRecord;
using store::Transaction;

namespace {

escrow::Amounts amountsOf(const store::OrderAmounts &a, const std::string &currency)
{
    const auto m = [&](std::int64_t v) { return money::Money::ofMinor(v, currency); };
    return {m(a.item),  m(a.postage),   m(a.importCheckout), m(a.buyerFee),
            m(a.total), m(a.sellerFee), m(a.sellerNet)};
}

} // namespace

escrow::OrderMoney OrderWorkflow::money(const OrderRecord &o)
{
    std::string fx;
    if (o.listingCurrency != o.buyerCurrency)
        fx = "1 " + o.listingCurrency + " = " + o.fxMultiply + "/" + o.fxDivide + " " + o.buyerCurrency +
             "; " + o.fxSource + " " + o.fxDate;
    return {o.id, o.sellerId, amountsOf(o.listing, o.listingCurrency), amountsOf(o.buyer, o.buyerCurrency),
            fx};
}

OrderState OrderWorkflow::state(const OrderRecord &o)
{
    const auto s = escrow::parseOrderState(o.state);
    if (!s)
        throw std::runtime_error("order " + o.id + " has an unknown state " + o.state);
    return *s;
}

std::optional<OrderRecord> OrderWorkflow::lock(Transaction &tx, const std::string &orderId, bool skipLocked)
{
    // The seller never changes, so it can be read before anything is locked.
    const auto seller = tx.query("SELECT seller_id FROM orders WHERE id = ?", {orderId});
    if (seller.empty())
        return std::nullopt;
    store::ChangeLog::lockOwner(tx, seller.front().text(0));
    return store::OrderStore::loadForUpdate(tx, orderId, skipLocked);
}

void OrderWorkflow::created(Transaction &tx, const OrderRecord &order, const Cause &cause) const
{
    store::OrderStore::appendEvent(tx, {0, order.id, "", order.state, "created",
                                        std::string(escrow::toString(cause.cause)), cause.actorId,
                                        cause.detail, cause.now});
    publish(tx, order);
}

void OrderWorkflow::transition(Transaction &tx, OrderRecord &o, OrderState to, const std::string &event,
                               const Cause &cause, const std::string &refundReasonKey,
                               const std::string &refundReason) const
{
    const OrderState from = state(o);
    if (!escrow::canTransition(from, to))
        throw InvalidTransition(o.state, std::string(escrow::toString(to)));
    const std::string fromName = o.state;
    const auto now = cause.now;
    o.state = std::string(escrow::toString(to));
    switch (to) {
    case OrderState::Paid:
        store::LedgerStore::post(tx, escrow::fundingPosting(money(o)), now);
        o.paidAt = now;
        o.shipBy = escrow::shipByDeadline(now, o.handlingDays, m_policy);
        o.dueAt = o.shipBy;
        adjustSold(tx, o, o.quantity);
        break;
    case OrderState::Shipped:
        o.shippedAt = now;
        o.deliveryDue = escrow::deliveryDueDeadline(now, static_cast<int>(o.serviceMaxDays), m_policy);
        o.dueAt = o.pausedAt ? 0 : o.deliveryDue;
        break;
    case OrderState::Delivered:
        o.deliveredAt = now;
        o.pausedAt = 0;
        o.releaseAt = escrow::releaseDeadline(now, o.category, m_policy);
        o.dueAt = o.releaseAt;
        break;
    case OrderState::Released:
        store::LedgerStore::post(tx, escrow::releasePosting(money(o)), now);
        o.closedAt = now;
        o.dueAt = 0;
        break;
    case OrderState::Cancelled:
        o.closedAt = now;
        o.dueAt = 0;
        break;
    case OrderState::Refunded:
        postRefund(tx, o, refundReasonKey.empty() ? event : refundReasonKey, refundReason, now);
        o.closedAt = now;
        o.dueAt = 0;
        if (from == OrderState::Paid)
            adjustSold(tx, o, -o.quantity);
        break;
    case OrderState::Disputed:
        o.dueAt = 0; // the release clock is frozen while the dispute holds the money
        break;
    case OrderState::AwaitingPayment:
        break;
    }
    if (escrow::givesBackUnits(from, to))
        store::OrderStore::releaseUnits(tx, o.listingId, o.quantity);
    save(tx, o, fromName, event, cause);
}

void OrderWorkflow::releaseSplit(Transaction &tx, OrderRecord &o, const money::Money &refundGoods,
                                 bool buyerFeeRefunded, const Cause &cause) const
{
    const OrderState from = state(o);
    if (!escrow::canTransition(from, OrderState::Released))
        throw InvalidTransition(o.state, "released");
    const auto orderMoney = money(o);
    const auto parts = escrow::splitParts(orderMoney, refundGoods, buyerFeeRefunded);
    store::RefundRecord r;
    r.id = store::newUuid();
    r.orderId = o.id;
    r.reasonKey = "dispute";
    r.reason = "requested_by_customer";
    r.amountMinor = parts.refundBuyer.minor();
    r.currency = o.buyerCurrency;
    r.nextAttemptAt = 0;
    r.createdAt = cause.now;
    const auto stored = store::MoneyMovementStore::insertRefund(tx, r);
    if (stored.id != r.id)
        throw std::runtime_error("order " + o.id + " already has a dispute refund");
    store::LedgerStore::post(tx, escrow::refundPosting(orderMoney, stored.id, parts.refundBuyer), cause.now);
    store::LedgerStore::post(tx, escrow::splitReleasePosting(orderMoney, parts), cause.now);
    const std::string fromName = o.state;
    o.state = std::string(escrow::toString(OrderState::Released));
    o.closedAt = cause.now;
    o.dueAt = 0;
    save(tx, o, fromName, "dispute_split", cause);
}

void OrderWorkflow::fundAndRefundLate(Transaction &tx, OrderRecord &o, const Cause &cause) const
{
    store::LedgerStore::post(tx, escrow::fundingPosting(money(o)), cause.now);
    if (!o.paidAt)
        o.paidAt = cause.now;
    transition(tx, o, OrderState::Refunded, "late_payment_refunded", cause, "late_payment", "duplicate");
}

void OrderWorkflow::note(Transaction &tx, OrderRecord &o, const std::string &event, const Cause &cause) const
{
    save(tx, o, o.state, event, cause);
}

void OrderWorkflow::save(Transaction &tx, OrderRecord &o, const std::string &fromState,
                         const std::string &event, const Cause &cause) const
{
    o.updatedAt = cause.now;
    if (!store::OrderStore::update(tx, o, o.version))
        throw std::runtime_error("order " + o.id + " changed while it was being updated");
    store::OrderStore::appendEvent(tx, {0, o.id, fromState, o.state, event,
                                        std::string(escrow::toString(cause.cause)), cause.actorId,
                                        cause.detail, cause.now});
    publish(tx, o);
}

void OrderWorkflow::postRefund(Transaction &tx, const OrderRecord &o, const std::string &reasonKey,
                               const std::string &reason, std::int64_t now) const
{
    // The whole amount held: what is in escrow now (a refund after a partial one gives back the rest).
    const auto held = -store::LedgerStore::balance(tx, escrow::account::escrow(o.id), o.buyerCurrency);
    if (held <= 0)
        return;
    store::RefundRecord r;
    r.id = store::newUuid();
    r.orderId = o.id;
    r.reasonKey = reasonKey;
    r.reason = reason;
    r.amountMinor = held;
    r.currency = o.buyerCurrency;
    r.nextAttemptAt = 0; // send at once (the clock of a transition may be ahead of or behind the real one)
    r.createdAt = now;
    const auto stored = store::MoneyMovementStore::insertRefund(tx, r);
    store::LedgerStore::post(
        tx,
        escrow::refundPosting(money(o), stored.id,
                              money::Money::ofMinor(stored.amountMinor, stored.currency)),
        now);
}

void OrderWorkflow::adjustSold(Transaction &tx, const OrderRecord &o, std::int64_t delta) const
{
    auto rec = store::SyncStore::loadRecord(tx, "listing", o.listingId);
    if (!rec || rec->deleted)
        return; // a listing known only from before sync (no record to count on)
    auto &d = rec->data;
    const std::int64_t sold = std::max<std::int64_t>(0, d.value("sold_quantity", std::int64_t{0}) + delta);
    d["sold_quantity"] = sold;
    const std::int64_t quantity = d.value("quantity", std::int64_t{1});
    const std::string status = d.value("status", "");
    // The platform marks a listing sold when every unit is paid for, and active again when a sale is undone.
    if (status == "active" && sold >= quantity)
        d["status"] = "sold";
    else if (status == "sold" && sold < quantity)
        d["status"] = "active";
    rec->revision += 1;
    store::SyncStore::saveRecord(tx, *rec);
    store::SyncStore::projectListing(tx, *rec);
    std::vector<store::Change> changes{{0, "listing", rec->entityId, "upsert", rec->revision, d.dump()}};
    store::ChangeLog::append(tx, rec->ownerId, changes);
}

void OrderWorkflow::publish(Transaction &tx, const OrderRecord &o) const
{
    // The order in the seller's sync feed (the seller app's Orders section reads it from there).
    store::SyncRecord rec;
    rec.entity = "order";
    rec.entityId = o.id;
    rec.ownerId = o.sellerId;
    rec.revision = o.version;
    rec.data = sellerRecordData(o, store::OrderStore::events(tx, o.id));
    store::SyncStore::saveRecord(tx, rec);
    std::vector<store::Change> changes{{0, "order", o.id, "upsert", rec.revision, rec.data.dump()}};
    store::ChangeLog::append(tx, o.sellerId, changes);
}

} // namespace caravan::orders
