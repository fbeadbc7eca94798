#pragma once

#include "data/dispute.h"

#include <QCoreApplication>
#include <QString>

namespace caravan::ui {

// The parts of a dispute as HTML for a QTextBrowser: shared by the staff case view and the seller's
// dispute pane. Every text from a party is escaped.
class DisputeHtml final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::ui::DisputeHtml)

public:
    static QString section(const QString &title);
    // Status, reason, what it waits for, the offer and the result.
    static QString summary(const data::Dispute &dispute, const QString &buyerCurrency);
    // Every event, oldest first: time, who, what, the text and each photo with its SHA-256 and the time the
    // server received it.
    static QString events(const QVector<data::DisputeEvent> &events, const QString &buyerCurrency);
    // The order's timeline.
    static QString orderTimeline(const data::Order &order);
};

} // namespace caravan::ui
