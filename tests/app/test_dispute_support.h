#pragma once

#include "data/dispute.h"

#include <QDateTime>
#include <QJsonObject>

namespace caravan::test {

// A dispute case as GET /api/v1/staff/disputes/{id} answers it: Emma in Berlin (EUR) bought a Seiko watch
// from Mei in Japan (JPY) — buyer side item 113.00 + postage 25.00 + import 22.00 + fee 6.90 = 166.90 EUR;
// seller side item 18,500 + postage 4,100 JPY, seller fee 2,260 JPY. `status` of the dispute; a proposal
// by `proposedBy` when it is awaiting_approval.
QJsonObject disputeCaseJson(const QString &id, const QString &status, const QString &proposedBy = {});
// A queue row as GET /api/v1/staff/disputes lists it.
QJsonObject disputeRowJson(const QString &id, const QString &status, const QDateTime &deadline,
                           const QString &title, const QString &currency, qint64 total,
                           const QString &assignedTo = {});

} // namespace caravan::test
