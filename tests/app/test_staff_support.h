#pragma once

#include <QByteArray>
#include <QColor>
#include <QJsonObject>
#include <QString>

namespace caravan::test {

// The staff queues as the JSON API answers them (reported listings, payout identities, risk flags).

// GET /api/v1/staff/reports: a leather bag reported 3 times and a phone case reported once.
QJsonObject reportQueueJson();
// GET /api/v1/staff/reports/{id}: the bag, its 2 photos and 3 reports, each with `reportStatus`.
QJsonObject reportedListingJson(const QString &id, const QString &reportStatus);
// GET /api/v1/staff/identities?status=pending: Hana Sato's identity.
QJsonObject identityQueueJson();
// GET /api/v1/staff/identities/{user}: Hana Sato's identity with `status` and a document of `mediaType`.
QJsonObject identityJson(const QString &status, const QString &mediaType, qint64 documentSize);
// GET /api/v1/staff/risk-flags: one flag of each known kind and one of a kind the app does not know.
QJsonObject riskFlagsJson();

// A small photo of one colour with a darker frame, encoded as `format` ("JPEG" or "PNG").
QByteArray imageBytes(const QColor &colour, int width, int height, const char *format);
// A PDF's bytes (enough for its magic and a size).
QByteArray pdfBytes();

// The photo hashes of reportedListingJson.
QString listingPhoto(int index);

} // namespace caravan::test
