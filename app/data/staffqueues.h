#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace caravan::data {

// The staff queues beside the disputes, as the JSON API describes them: reported listings, payout
// identities waiting for review and risk flags. Like disputes, they are read from the server when shown and
// never kept on this computer.

// A listing's moderation in the words of the sync API and the listing (published, pending, removed). The
// staff routes answer with the server's listing table's words (approved, rejected) for the same states.
QString moderationName(const QString &moderation);

// A row of GET /api/v1/staff/reports: one listing with the reports against it.
struct ReportedListingRow
{
    QString listingId;
    QString title;
    QString sellerId;
    QString sellerName;
    QString listingStatus;
    QString moderation; // published, pending, removed (moderationName)
    qint64 reports = 0;
    QMap<QString, qint64> reasons; // reason -> how many reports give it
    QDateTime firstReportedAt;
    QDateTime lastReportedAt;
    QString status; // open, removed, dismissed

    static ReportedListingRow fromJson(const QJsonObject &json);
};

// One buyer's report of a listing.
struct ListingReport
{
    QString id;
    QString reason; // counterfeit, prohibited, misleading, offensive, spam, other
    QString details;
    QString reporterId;
    QString reporterName;
    QDateTime createdAt;
    QString status;
    QString decidedBy;
    QDateTime decidedAt;
    QString note;
};

// GET /api/v1/staff/reports/{listing_id} (and the answer to a decision): the listing and every report.
struct ReportedListing
{
    QString id;
    QString title;
    QString description;
    qint64 priceMinor = 0;
    QString currency;
    QString category;
    QString condition;
    QString sellerId;
    QString sellerName;
    QString sellerCountry;
    QString status;
    QString moderation;       // published, pending, removed (moderationName)
    QString moderationReason; // the note the seller reads once the listing is removed
    QStringList photos;       // SHA-256 of each photo
    QVector<ListingReport> reports;

    [[nodiscard]] bool isEmpty() const { return id.isEmpty(); }
    // Whether any report still waits for a decision.
    [[nodiscard]] bool hasOpenReports() const;
    static ReportedListing fromJson(const QJsonObject &json);
};

// The identity document's description (never its bytes).
struct IdentityDocument
{
    QString mediaType; // image/jpeg, image/png, application/pdf
    qint64 size = 0;
    QString sha256;
    bool kept = false; // false once retention deleted the file (or none was ever kept)
    QDateTime deletedAt;
};

// GET /api/v1/staff/identities (the list fields) and GET /api/v1/staff/identities/{user} (all of it).
struct IdentityRecord
{
    QString userId;
    QString email;
    QString displayName;
    QString legalName;
    QString status; // pending, verified, refused
    QDateTime submittedAt;
    QDateTime reviewedAt;
    // The full record only.
    QString accountCountry;
    QString dateOfBirth; // YYYY-MM-DD, as the seller gave it
    QJsonObject address; // line1, line2, city, postal_code, region, country
    QString reason;
    QString reviewedBy;
    IdentityDocument document;

    [[nodiscard]] bool isEmpty() const { return userId.isEmpty(); }
    [[nodiscard]] bool isPending() const { return status == QLatin1String("pending"); }
    static IdentityRecord fromJson(const QJsonObject &json);
};

// A row of GET /api/v1/staff/risk-flags: something about an account worth a look.
struct RiskFlag
{
    QString kind; // new_account_high_value, failed_payments, seller_ships_nothing (others may come)
    QString userId;
    QString email;
    QString displayName;
    QDateTime accountCreatedAt;
    QDateTime since;
    QJsonObject figures;
    QString explanation; // the server's English text

    [[nodiscard]] qint64 figure(const QString &key) const;
    static RiskFlag fromJson(const QJsonObject &json);
};

} // namespace caravan::data
