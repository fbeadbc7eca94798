#include "models/disputetext.h"

#include "models/ordertext.h"

namespace caravan::models {

QStringList DisputeText::reasons()
{
    return {QStringLiteral("not_received"), QStringLiteral("not_as_described"), QStringLiteral("counterfeit"),
            QStringLiteral("damaged")};
}

QStringList DisputeText::statuses()
{
    return {QStringLiteral("awaiting_seller"),   QStringLiteral("awaiting_buyer"), QStringLiteral("escalated"),
            QStringLiteral("awaiting_approval"), QStringLiteral("returning"),      QStringLiteral("resolved")};
}

QStringList DisputeText::outcomes()
{
    return {QStringLiteral("release"), QStringLiteral("refund"), QStringLiteral("split"), QStringLiteral("return")};
}

QString DisputeText::reasonText(const QString &reason)
{
    if (reason == QLatin1String("not_received"))
        return tr("Not received");
    if (reason == QLatin1String("not_as_described"))
        return tr("Not as described");
    if (reason == QLatin1String("counterfeit"))
        return tr("Counterfeit");
    if (reason == QLatin1String("damaged"))
        return tr("Damaged");
    return reason;
}

QString DisputeText::statusText(const QString &status)
{
    if (status == QLatin1String("awaiting_seller"))
        return tr("Waiting for the seller");
    if (status == QLatin1String("awaiting_buyer"))
        return tr("Waiting for the buyer");
    if (status == QLatin1String("escalated"))
        return tr("Escalated to staff");
    if (status == QLatin1String("awaiting_approval"))
        return tr("Waiting for a second approver");
    if (status == QLatin1String("returning"))
        return tr("Item being returned");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    return status;
}

QString DisputeText::outcomeText(const QString &outcome)
{
    if (outcome == QLatin1String("release"))
        return tr("Release to the seller");
    if (outcome == QLatin1String("refund"))
        return tr("Full refund to the buyer");
    if (outcome == QLatin1String("split"))
        return tr("Split");
    if (outcome == QLatin1String("return"))
        return tr("Return, then refund");
    return outcome;
}

QString DisputeText::eventText(const QString &kind)
{
    if (kind == QLatin1String("opened"))
        return tr("Dispute opened");
    if (kind == QLatin1String("answered"))
        return tr("Seller answered");
    if (kind == QLatin1String("offer_accepted"))
        return tr("Offer accepted");
    if (kind == QLatin1String("offer_refused"))
        return tr("Offer refused");
    if (kind == QLatin1String("escalated"))
        return tr("Escalated to staff");
    if (kind == QLatin1String("withdrawn"))
        return tr("Withdrawn by the buyer");
    if (kind == QLatin1String("message"))
        return tr("Message");
    if (kind == QLatin1String("return_shipped"))
        return tr("Return sent");
    if (kind == QLatin1String("return_received"))
        return tr("Return received");
    if (kind == QLatin1String("claimed"))
        return tr("Claimed by staff");
    if (kind == QLatin1String("decided"))
        return tr("Decided");
    if (kind == QLatin1String("decision_proposed"))
        return tr("Decision proposed, waiting for a second approver");
    if (kind == QLatin1String("decision_approved"))
        return tr("Decision approved");
    if (kind == QLatin1String("decision_rejected"))
        return tr("Decision rejected");
    if (kind == QLatin1String("resolved"))
        return tr("Resolved");
    return kind;
}

QString DisputeText::actorText(const QString &role)
{
    if (role == QLatin1String("buyer"))
        return tr("Buyer");
    if (role == QLatin1String("seller"))
        return tr("Seller");
    if (role == QLatin1String("staff"))
        return tr("Staff");
    if (role == QLatin1String("timer"))
        return tr("Deadline");
    return role;
}

QString DisputeText::offerText(const data::DisputeOffer &offer)
{
    if (offer.kind == QLatin1String("partial_refund"))
        return tr("Partial refund of %1").arg(OrderText::money(offer.amountMinor, offer.currency));
    if (offer.kind == QLatin1String("return")) {
        const QStringList lines = OrderText::addressLines(offer.returnAddress, OrderText::AddressStyle::Screen);
        return tr("Return to %1, then a full refund").arg(lines.join(QStringLiteral(", ")));
    }
    return tr("No offer");
}

QString DisputeText::waitingText(const data::Dispute &d)
{
    const QString by = d.deadlineAt.isValid() ? OrderText::localTime(d.deadlineAt) : QString();
    QString what;
    if (d.status == QLatin1String("awaiting_seller"))
        what = tr("The seller's answer");
    else if (d.status == QLatin1String("awaiting_buyer"))
        what = tr("The buyer: accept the offer, escalate or withdraw");
    else if (d.status == QLatin1String("escalated"))
        what = tr("A staff decision");
    else if (d.status == QLatin1String("awaiting_approval"))
        what = tr("A second member of staff to approve the decision");
    else if (d.status == QLatin1String("returning"))
        what = d.returnTracking.isEmpty() ? tr("The buyer to send the item back")
                                          : tr("The returned item (%1 %2)").arg(d.returnCarrier, d.returnTracking);
    else
        return {};
    return by.isEmpty() ? what : tr("%1, by %2").arg(what, by);
}

QString DisputeText::resultText(const data::Dispute &d, const QString &buyerCurrency)
{
    if (!d.isResolved())
        return {};
    if (d.outcome == QLatin1String("release"))
        return tr("Released to the seller");
    if (d.outcome == QLatin1String("refund"))
        return tr("Refunded to the buyer: %1").arg(OrderText::money(d.refundMinor, buyerCurrency));
    if (d.outcome == QLatin1String("split"))
        return tr("Split: %1 refunded to the buyer, the rest released to the seller")
            .arg(OrderText::money(d.refundMinor, buyerCurrency));
    return outcomeText(d.outcome);
}

} // namespace caravan::models
