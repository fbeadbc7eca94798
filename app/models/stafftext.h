#pragma once

#include "data/staffqueues.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace caravan::models {

// How the staff queues read in the user's language: report reasons and statuses, identity statuses, and
// each risk flag's explanation built from its kind and figures (the server's English text only for a kind
// this version does not know).
class StaffText final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::models::StaffText)

public:
    static QStringList reportStatuses();   // open, removed, dismissed
    static QStringList identityStatuses(); // pending, verified, refused

    static QString reportReason(const QString &reason);
    static QString reportStatus(const QString &status);
    // "Counterfeit ×2, Spam ×1", most given first.
    static QString reasonsSummary(const QMap<QString, qint64> &reasons);
    static QString identityStatus(const QString &status);
    static QString listingStatus(const QString &status);

    static QString riskKind(const QString &kind);
    static QString riskExplanation(const data::RiskFlag &flag);

    // "1.2 MB", "340 KB".
    static QString byteSize(qint64 bytes);
};

} // namespace caravan::models
