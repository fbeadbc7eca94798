#pragma once

#include "data/dispute.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace caravan::models {

// How a dispute reads in the user's language: reasons, statuses, events, outcomes, offers. One place for
// the staff queue, the case view, the decision dialog and the seller's dispute pane.
class DisputeText final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::models::DisputeText)

public:
    // The codes, in the order the filters list them.
    static QStringList reasons();  // not_received, not_as_described, counterfeit, damaged
    static QStringList statuses(); // awaiting_seller, …, resolved
    static QStringList outcomes(); // release, refund, split, return

    static QString reasonText(const QString &reason);
    static QString statusText(const QString &status);
    static QString outcomeText(const QString &outcome);
    static QString eventText(const QString &kind);
    static QString actorText(const QString &role);
    // "Partial refund of 30.00 EUR", "Return to …", or "No offer".
    static QString offerText(const data::DisputeOffer &offer);
    // What the party waits for now, with the deadline ("The seller's answer, by 5 Dec 14:00").
    static QString waitingText(const data::Dispute &dispute);
    // How the dispute ended ("Split: 30.00 EUR refunded to the buyer").
    static QString resultText(const data::Dispute &dispute, const QString &buyerCurrency);
};

} // namespace caravan::models
