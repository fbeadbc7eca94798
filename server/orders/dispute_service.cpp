#include "orders/dispute_service.h"

#include "escrow/dispute.h"
#include "escrow/ledger.h"
#include "store/audit_log.h"
#include "store/evidence.h"

#include <algorithm>

namespace caravan::orders {

using escrow::DisputeStatus;
using escrow::OrderState;
using nlohmann::json;
using store::DisputeEvent;
using store::DisputeRecord;
using store::Transaction;

namespace {

constexpr std::int64_t kDay = 24 * 3600;
constexpr std::size_t kMaxText = 4000;
constexpr std::size_t kMaxPhotos = 6;

std::string statusName(DisputeStatus s)
{
    return std::string(escrow::toString(s));
}

bool is(const DisputeRecord &d, DisputeStatus s)
{
    return d.status == escrow::toString(s);
}

OrderError notFound()
{
    return OrderError(404, "not_found", "There is no such dispute.");
}

OrderError wrongStatus(const DisputeRecord &d, const std::string &what)
{
    return OrderError(409, "dispute_" + d.status, "The dispute is " + d.status + ": " + what + " is not possible now.");
}

void checkText(const std::string &text, std::size_t min, const std::string &field)
{
    if (text.size() < min)
        throw OrderError(422, "too_short", field + " must have at least " + std::to_string(min) + " characters.",
                         field);
    if (text.size() > kMaxText)
        throw OrderError(422, "too_long", field + " must have at most 4000 characters.", field);
}

void event(Transaction &tx, const DisputeRecord &d, const std::string &role, const std::string &actor,
           const std::string &kind, std::int64_t now, const std::string &text = {},
           const std::vector<std::string> &photos = {}, json detail = json::object())
{
    store::DisputeStore::appendEvent(tx, DisputeEvent{0, d.id, now, role, actor, kind, text, photos, std::move(detail)});
}

// Every staff action on a dispute is on the audit log, in the transaction of the action.
void audit(Transaction &tx, const store::User &staff, const std::string &action, const DisputeRecord &d,
           std::int64_t now, json detail = json::object())
{
    detail["order_id"] = d.orderId;
    store::AuditEntry e;
    e.at = now;
    e.actorId = staff.id;
    e.action = action;
    e.subjectType = "dispute";
    e.subjectId = d.id;
    e.detail = std::move(detail);
    store::AuditLog::append(tx, e);
}

std::string roleOf(const DisputeRecord &d, const store::User &u)
{
    if (u.id == d.buyerId)
        return "buyer";
    if (u.id == d.sellerId)
        return "seller";
    return u.hasRole("staff") ? "staff" : "";
}

void resolve(DisputeRecord &d, const std::string &outcome, std::int64_t refund, const std::string &by, std::int64_t now)
{
    d.status = statusName(DisputeStatus::Resolved);
    d.outcome = outcome;
    d.refundMinor = refund;
    d.decidedBy = by;
    d.resolvedAt = now;
    d.deadlineAt = 0;
    d.dueAt = 0;
    d.proposal = nullptr;
}

} // namespace

DisputeService::DisputeService(store::Database &db, const OrderSettings &settings, const OrderWorkflow &workflow)
    : m_db(db)
    , m_settings(settings)
    , m_workflow(workflow)
{}

void DisputeService::checkPhotos(Transaction &tx, const std::vector<std::string> &photos,
                                 const std::string &userId) const
{
    if (photos.size() > kMaxPhotos)
        throw OrderError(422, "too_many_photos", "At most 6 photos.", "photos");
    for (const auto &sha : photos)
        if (!store::EvidenceStore::photoSize(tx, sha, userId))
            throw OrderError(422, "unknown_photo", "Photo " + sha + " was not uploaded by you.", "photos");
}

DisputeRecord DisputeService::open(const store::User &buyer, const DisputeOpening &opening, std::int64_t now)
{
    const auto reason = escrow::parseDisputeReason(opening.reason);
    if (!reason)
        throw OrderError(422, "invalid", "reason must be not_received, not_as_described, counterfeit or damaged.",
                         "reason");
    checkText(opening.text, 10, "text");
    Transaction tx(m_db);
    auto order = OrderWorkflow::lock(tx, opening.orderId);
    if (!order || order->buyerId != buyer.id)
        throw OrderError(404, "not_found", "There is no such order.");
    if (store::DisputeStore::ofOrder(tx, order->id))
        throw OrderError(409, "already_disputed", "This order has a dispute already.");
    const auto state = OrderWorkflow::state(*order);
    const auto grace = std::int64_t{m_settings.policy.deliveryGraceDays} * kDay;
    if (const auto why = escrow::whyNotDisputable(*reason, state, now, order->deliveryDue, grace))
        throw OrderError(409, *why,
                         *why == "too_early"      ? "The parcel may still arrive: its latest estimated delivery has not passed."
                         : *why == "not_delivered" ? "This reason needs the parcel to have arrived."
                                                   : "Only a shipped or delivered order whose money is still held can be disputed.");
    checkPhotos(tx, opening.photos, buyer.id);
    DisputeRecord d;
    d.id = store::newUuid();
    d.orderId = order->id;
    d.buyerId = order->buyerId;
    d.sellerId = order->sellerId;
    d.reason = opening.reason;
    d.status = statusName(DisputeStatus::AwaitingSeller);
    d.openedAt = now;
    d.deadlineAt = now + m_settings.disputes.sellerResponseDays * kDay;
    d.dueAt = d.deadlineAt;
    d.updatedAt = now;
    store::DisputeStore::insert(tx, d);
    event(tx, d, "buyer", buyer.id, "opened", now, opening.text, opening.photos, {{"reason", opening.reason}});
    m_workflow.transition(tx, *order, OrderState::Disputed, "dispute_opened",
                          Cause{escrow::Cause::Buyer, buyer.id, now, {{"dispute_id", d.id}, {"reason", d.reason}}});
    tx.commit();
    return d;
}

DisputeRecord DisputeService::change(const std::string &id, std::int64_t now, const Change &fn,
                                     const DisputeInTransaction &also, bool fromTimer)
{
    const auto found = store::DisputeStore::load(m_db, id);
    if (!found)
        throw notFound();
    Transaction tx(m_db);
    auto order = OrderWorkflow::lock(tx, found->orderId, fromTimer);
    if (!order)
        throw OrderError(409, "busy", "The order is being changed by someone else; try again.");
    auto d = store::DisputeStore::loadForUpdate(tx, id);
    if (!d)
        throw notFound();
    const auto version = d->version;
    fn(tx, *order, *d);
    d->updatedAt = now;
    if (!store::DisputeStore::update(tx, *d, version))
        throw std::runtime_error("dispute " + id + " changed while it was being updated");
    if (also)
        also(tx, *d);
    tx.commit();
    return *d;
}

DisputeRecord DisputeService::answer(const store::User &seller, const std::string &id, const DisputeAnswer &a,
                                     std::int64_t now)
{
    checkText(a.text, 1, "text");
    return change(id, now, [&](Transaction &tx, store::OrderRecord &order, DisputeRecord &d) {
        if (d.sellerId != seller.id)
            throw notFound();
        if (!is(d, DisputeStatus::AwaitingSeller) && !is(d, DisputeStatus::AwaitingBuyer))
            throw wrongStatus(d, "an answer");
        checkPhotos(tx, a.photos, seller.id);
        json offer = nullptr;
        if (a.offer.is_object()) {
            const auto kind = a.offer.value("kind", "");
            if (kind == "partial_refund") {
                const auto amount = a.offer.value("amount_minor", json());
                const auto goods = order.buyer.item + order.buyer.postage;
                if (!amount.is_number_integer() || amount.get<std::int64_t>() <= 0 ||
                    amount.get<std::int64_t>() >= goods)
                    throw OrderError(422, "invalid_amount",
                                     "A partial refund must be more than 0 and less than item + postage (" +
                                         std::to_string(goods) + " minor units of " + order.buyerCurrency + ").",
                                     "offer.amount_minor");
                offer = {{"kind", kind}, {"amount_minor", amount}, {"currency", order.buyerCurrency}};
            } else if (kind == "return") {
                const auto address = a.offer.value("return_address", json());
                if (!address.is_object())
                    throw OrderError(422, "invalid", "A return needs return_address.", "offer.return_address");
                offer = {{"kind", kind}, {"return_address", checkAddress(address)}};
            } else {
                throw OrderError(422, "invalid", "offer.kind must be partial_refund or return.", "offer.kind");
            }
        } else if (!a.offer.is_null()) {
            throw OrderError(422, "invalid", "offer must be an object or null.", "offer");
        }
        d.offer = offer;
        d.status = statusName(DisputeStatus::AwaitingBuyer);
        d.deadlineAt = now + m_settings.disputes.buyerResponseDays * kDay;
        d.dueAt = d.deadlineAt;
        event(tx, d, "seller", seller.id, "answered", now, a.text, a.photos, {{"offer", offer}});
    });
}

DisputeRecord DisputeService::acceptOffer(const store::User &buyer, const std::string &id, std::int64_t now,
                                          const DisputeInTransaction &also)
{
    return change(
        id, now,
        [&](Transaction &tx, store::OrderRecord &order, DisputeRecord &d) {
            if (d.buyerId != buyer.id)
                throw notFound();
            if (!is(d, DisputeStatus::AwaitingBuyer) || !d.offer.is_object())
                throw wrongStatus(d, "accepting an offer");
            event(tx, d, "buyer", buyer.id, "offer_accepted", now, {}, {}, {{"offer", d.offer}});
            const Cause cause{escrow::Cause::Buyer, buyer.id, now, {{"dispute_id", d.id}}};
            if (d.offer.value("kind", "") == "partial_refund")
                settle(tx, order, d, {"split", d.offer.value("amount_minor", std::int64_t{0}), false, {}}, cause);
            else
                settle(tx, order, d, {"return", 0, false, {}}, cause);
        },
        also);
}

DisputeRecord DisputeService::escalate(const store::User &party, const std::string &id, const std::string &text,
                                       std::int64_t now)
{
    if (!text.empty())
        checkText(text, 1, "text");
    return change(id, now, [&](Transaction &tx, store::OrderRecord &, DisputeRecord &d) {
        const auto role = roleOf(d, party);
        if (role != "buyer" && role != "seller")
            throw notFound();
        const bool allowed = (is(d, DisputeStatus::AwaitingSeller) && role == "buyer") ||
                             is(d, DisputeStatus::AwaitingBuyer) || is(d, DisputeStatus::Returning);
        if (!allowed)
            throw wrongStatus(d, "escalating");
        d.status = statusName(DisputeStatus::Escalated);
        d.escalatedAt = now;
        d.deadlineAt = now + m_settings.disputes.staffTargetDays * kDay;
        d.dueAt = 0;
        event(tx, d, role, party.id, "escalated", now, text);
    });
}

DisputeRecord DisputeService::withdraw(const store::User &buyer, const std::string &id, std::int64_t now,
                                       const DisputeInTransaction &also)
{
    return change(
        id, now,
        [&](Transaction &tx, store::OrderRecord &order, DisputeRecord &d) {
            if (d.buyerId != buyer.id)
                throw notFound();
            if (is(d, DisputeStatus::Resolved))
                throw wrongStatus(d, "withdrawing");
            event(tx, d, "buyer", buyer.id, "withdrawn", now);
            settle(tx, order, d, {"release", 0, false, {}},
                   Cause{escrow::Cause::Buyer, buyer.id, now, {{"dispute_id", d.id}}});
        },
        also);
}

DisputeRecord DisputeService::addMessage(const store::User &user, const std::string &id, const std::string &text,
                                         const std::vector<std::string> &photos, std::int64_t now)
{
    checkText(text, 1, "text");
    return change(id, now, [&](Transaction &tx, store::OrderRecord &, DisputeRecord &d) {
        const auto role = roleOf(d, user);
        if (role.empty())
            throw notFound();
        if (is(d, DisputeStatus::Resolved))
            throw wrongStatus(d, "a message");
        checkPhotos(tx, photos, user.id);
        event(tx, d, role, user.id, "message", now, text, photos);
    });
}

DisputeRecord DisputeService::returnShipped(const store::User &buyer, const std::string &id,
                                            const std::string &carrier, const std::string &trackingNumber,
                                            std::int64_t now)
{
    const auto shipment = checkShipment(carrier, trackingNumber);
    return change(id, now, [&](Transaction &tx, store::OrderRecord &, DisputeRecord &d) {
        if (d.buyerId != buyer.id)
            throw notFound();
        if (!is(d, DisputeStatus::Returning))
            throw wrongStatus(d, "a return shipment");
        if (!d.returnTracking.empty())
            throw OrderError(409, "return_shipped", "The return has its tracking number already.");
        d.returnCarrier = shipment.carrier;
        d.returnTracking = shipment.trackingNumber;
        d.deadlineAt = now + m_settings.disputes.returnRefundDays * kDay;
        d.dueAt = d.deadlineAt;
        event(tx, d, "buyer", buyer.id, "return_shipped", now, {}, {},
              {{"carrier", shipment.carrier}, {"tracking_number", shipment.trackingNumber}});
    });
}

DisputeRecord DisputeService::returnReceived(const store::User &seller, const std::string &id, std::int64_t now,
                                             const DisputeInTransaction &also)
{
    return change(
        id, now,
        [&](Transaction &tx, store::OrderRecord &order, DisputeRecord &d) {
            if (d.sellerId != seller.id)
                throw notFound();
            if (!is(d, DisputeStatus::Returning))
                throw wrongStatus(d, "confirming a return");
            event(tx, d, "seller", seller.id, "return_received", now);
            settle(tx, order, d, {"refund", 0, false, {}},
                   Cause{escrow::Cause::Seller, seller.id, now, {{"dispute_id", d.id}}});
        },
        also);
}

DisputeRecord DisputeService::claim(const store::User &staff, const std::string &id, std::int64_t now)
{
    if (!staff.hasRole("staff"))
        throw notFound();
    return change(id, now, [&](Transaction &tx, store::OrderRecord &, DisputeRecord &d) {
        if (is(d, DisputeStatus::Resolved))
            throw wrongStatus(d, "claiming");
        if (d.assignedTo == staff.id)
            return;
        d.assignedTo = staff.id;
        event(tx, d, "staff", staff.id, "claimed", now);
        audit(tx, staff, "dispute.claimed", d, now);
    });
}

DisputeRecord DisputeService::decide(const store::User &staff, const std::string &id, const DisputeDecision &decision,
                                     std::int64_t now, const DisputeInTransaction &also)
{
    if (!staff.hasRole("staff"))
        throw notFound();
    const auto outcome = escrow::parseDisputeOutcome(decision.outcome);
    if (!outcome)
        throw OrderError(422, "invalid", "outcome must be release, refund, split or return.", "outcome");
    if (decision.note.size() > kMaxText)
        throw OrderError(422, "too_long", "note must have at most 4000 characters.", "note");
    return change(
        id, now,
        [&](Transaction &tx, store::OrderRecord &order, DisputeRecord &d) {
            if (is(d, DisputeStatus::Resolved) || is(d, DisputeStatus::AwaitingApproval))
                throw wrongStatus(d, "a decision");
            if (*outcome == escrow::DisputeOutcome::Split) // checks the amount before anything is kept
                escrow::splitParts(OrderWorkflow::money(order),
                                   money::Money::ofMinor(decision.refundMinor, order.buyerCurrency),
                                   decision.buyerFeeRefunded);
            const json detail{{"outcome", decision.outcome},
                              {"refund_minor", decision.refundMinor},
                              {"buyer_fee_refunded", decision.buyerFeeRefunded},
                              {"note", decision.note}};
            if (order.buyer.total > m_settings.disputes.secondApprovalMinor) {
                d.proposal = detail;
                d.proposal["proposed_by"] = staff.id;
                d.proposal["proposed_at"] = now;
                d.status = statusName(DisputeStatus::AwaitingApproval);
                event(tx, d, "staff", staff.id, "decision_proposed", now, decision.note, {}, detail);
                audit(tx, staff, "dispute.decision_proposed", d, now, detail);
                return;
            }
            event(tx, d, "staff", staff.id, "decided", now, decision.note, {}, detail);
            audit(tx, staff, "dispute.decided", d, now, detail);
            settle(tx, order, d, decision, Cause{escrow::Cause::Staff, staff.id, now, {{"dispute_id", d.id}}});
        },
        also);
}

DisputeRecord DisputeService::approve(const store::User &staff, const std::string &id, std::int64_t now,
                                      const DisputeInTransaction &also)
{
    if (!staff.hasRole("staff"))
        throw notFound();
    return change(
        id, now,
        [&](Transaction &tx, store::OrderRecord &order, DisputeRecord &d) {
            if (!is(d, DisputeStatus::AwaitingApproval) || !d.proposal.is_object())
                throw wrongStatus(d, "an approval");
            if (d.proposal.value("proposed_by", "") == staff.id)
                throw OrderError(403, "own_decision", "A second member of staff must approve this decision.");
            const DisputeDecision decision{d.proposal.value("outcome", ""), d.proposal.value("refund_minor", std::int64_t{0}),
                                           d.proposal.value("buyer_fee_refunded", false), d.proposal.value("note", "")};
            event(tx, d, "staff", staff.id, "decision_approved", now, {}, {}, d.proposal);
            audit(tx, staff, "dispute.decision_approved", d, now, d.proposal);
            settle(tx, order, d, decision,
                   Cause{escrow::Cause::Staff, staff.id, now,
                         {{"dispute_id", d.id}, {"proposed_by", d.proposal.value("proposed_by", "")}}});
        },
        also);
}

DisputeRecord DisputeService::reject(const store::User &staff, const std::string &id, const std::string &note,
                                     std::int64_t now)
{
    if (!staff.hasRole("staff"))
        throw notFound();
    checkText(note, 1, "note");
    return change(id, now, [&](Transaction &tx, store::OrderRecord &, DisputeRecord &d) {
        if (!is(d, DisputeStatus::AwaitingApproval))
            throw wrongStatus(d, "rejecting a decision");
        if (d.proposal.value("proposed_by", "") == staff.id)
            throw OrderError(403, "own_decision", "A second member of staff must review this decision.");
        event(tx, d, "staff", staff.id, "decision_rejected", now, note, {}, d.proposal);
        audit(tx, staff, "dispute.decision_rejected", d, now, {{"note", note}, {"proposal", d.proposal}});
        d.proposal = nullptr;
        d.status = statusName(DisputeStatus::Escalated);
    });
}

void DisputeService::settle(Transaction &tx, store::OrderRecord &order, DisputeRecord &d,
                            const DisputeDecision &decision, const Cause &cause) const
{
    const auto outcome = escrow::parseDisputeOutcome(decision.outcome);
    const auto by = cause.actorId.empty() ? std::string(escrow::toString(cause.cause)) : cause.actorId;
    switch (*outcome) {
    case escrow::DisputeOutcome::Release:
        m_workflow.transition(tx, order, OrderState::Released, "dispute_released", cause);
        resolve(d, "release", 0, by, cause.now);
        break;
    case escrow::DisputeOutcome::Refund:
        m_workflow.transition(tx, order, OrderState::Refunded, "dispute_refunded", cause, "dispute");
        resolve(d, "refund", order.buyer.total, by, cause.now);
        break;
    case escrow::DisputeOutcome::Split: {
        const auto refund = money::Money::ofMinor(decision.refundMinor, order.buyerCurrency);
        const auto parts = escrow::splitParts(OrderWorkflow::money(order), refund, decision.buyerFeeRefunded);
        m_workflow.releaseSplit(tx, order, refund, decision.buyerFeeRefunded, cause);
        resolve(d, "split", parts.refundBuyer.minor(), by, cause.now);
        break;
    }
    case escrow::DisputeOutcome::Return:
        d.status = statusName(DisputeStatus::Returning);
        d.deadlineAt = cause.now + m_settings.disputes.returnShipDays * kDay;
        d.dueAt = d.deadlineAt;
        d.proposal = nullptr;
        return;
    }
    event(tx, d, std::string(escrow::toString(cause.cause)), cause.actorId, "resolved", cause.now, {}, {}, {{"outcome", d.outcome}, {"refund_minor", d.refundMinor}});
}

std::optional<DisputeRecord> DisputeService::visibleTo(const store::User &user, const std::string &id)
{
    auto d = store::DisputeStore::load(m_db, id);
    if (!d || roleOf(*d, user).empty())
        return std::nullopt;
    return d;
}

} // namespace caravan::orders
