#include "data/staffqueues.h"

#include <QJsonArray>

namespace caravan::data {

namespace {

QString text(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

qint64 integer(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInteger();
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

qint64 integer(const QJsonObject &o, const QString &key)
{
    return integer(o.value(key));
}

QDateTime time(const QJsonObject &o, const QString &key)
{
    const QDateTime at = QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

ListingReport report(const QJsonObject &o)
{
    ListingReport r;
    r.id = text(o, QStringLiteral("id"));
    r.reason = text(o, QStringLiteral("reason"));
    r.details = text(o, QStringLiteral("details"));
    r.reporterId = text(o, QStringLiteral("reporter_id"));
    r.reporterName = text(o, QStringLiteral("reporter_name"));
    r.createdAt = time(o, QStringLiteral("created_at"));
    r.status = text(o, QStringLiteral("status"));
    r.decidedBy = text(o, QStringLiteral("decided_by"));
    r.decidedAt = time(o, QStringLiteral("decided_at"));
    r.note = text(o, QStringLiteral("note"));
    return r;
}

} // namespace

QString moderationName(const QString &moderation)
{
    if (moderation == QLatin1String("approved"))
        return QStringLiteral("published");
    if (moderation == QLatin1String("rejected"))
        return QStringLiteral("removed");
    return moderation;
}

ReportedListingRow ReportedListingRow::fromJson(const QJsonObject &json)
{
    ReportedListingRow r;
    r.listingId = text(json, QStringLiteral("listing_id"));
    r.title = text(json, QStringLiteral("title"));
    r.sellerId = text(json, QStringLiteral("seller_id"));
    r.sellerName = text(json, QStringLiteral("seller_name"));
    r.listingStatus = text(json, QStringLiteral("listing_status"));
    r.moderation = moderationName(text(json, QStringLiteral("moderation")));
    r.reports = integer(json, QStringLiteral("reports"));
    const QJsonObject reasons = json.value(QStringLiteral("reasons")).toObject();
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        r.reasons.insert(it.key(), integer(it.value()));
    r.firstReportedAt = time(json, QStringLiteral("first_reported_at"));
    r.lastReportedAt = time(json, QStringLiteral("last_reported_at"));
    r.status = text(json, QStringLiteral("status"));
    return r;
}

bool ReportedListing::hasOpenReports() const
{
    for (const ListingReport &r : reports)
        if (r.status == QLatin1String("open"))
            return true;
    return false;
}

ReportedListing ReportedListing::fromJson(const QJsonObject &json)
{
    const QJsonObject l = json.value(QStringLiteral("listing")).toObject();
    ReportedListing r;
    r.id = text(l, QStringLiteral("id"));
    r.title = text(l, QStringLiteral("title"));
    r.description = text(l, QStringLiteral("description"));
    r.priceMinor = integer(l, QStringLiteral("price_minor"));
    r.currency = text(l, QStringLiteral("currency"));
    r.category = text(l, QStringLiteral("category"));
    r.condition = text(l, QStringLiteral("condition"));
    r.sellerId = text(l, QStringLiteral("seller_id"));
    r.sellerName = text(l, QStringLiteral("seller_name"));
    r.sellerCountry = text(l, QStringLiteral("seller_country"));
    r.status = text(l, QStringLiteral("status"));
    r.moderation = moderationName(text(l, QStringLiteral("moderation")));
    r.moderationReason = text(l, QStringLiteral("moderation_reason"));
    for (const QJsonValue &p : l.value(QStringLiteral("photos")).toArray())
        if (p.isString() && !p.toString().isEmpty())
            r.photos.append(p.toString());
    for (const QJsonValue &v : json.value(QStringLiteral("reports")).toArray())
        r.reports.append(report(v.toObject()));
    return r;
}

IdentityRecord IdentityRecord::fromJson(const QJsonObject &json)
{
    IdentityRecord r;
    r.userId = text(json, QStringLiteral("user_id"));
    r.email = text(json, QStringLiteral("email"));
    r.displayName = text(json, QStringLiteral("display_name"));
    r.legalName = text(json, QStringLiteral("legal_name"));
    r.status = text(json, QStringLiteral("status"));
    r.submittedAt = time(json, QStringLiteral("submitted_at"));
    r.reviewedAt = time(json, QStringLiteral("reviewed_at"));
    r.accountCountry = text(json, QStringLiteral("account_country"));
    r.dateOfBirth = text(json, QStringLiteral("date_of_birth"));
    r.address = json.value(QStringLiteral("address")).toObject();
    r.reason = text(json, QStringLiteral("reason"));
    r.reviewedBy = text(json, QStringLiteral("reviewed_by"));
    const QJsonObject d = json.value(QStringLiteral("document")).toObject();
    r.document.mediaType = text(d, QStringLiteral("media_type"));
    r.document.size = integer(d, QStringLiteral("size"));
    r.document.sha256 = text(d, QStringLiteral("sha256"));
    r.document.kept = d.value(QStringLiteral("kept")).toBool();
    r.document.deletedAt = time(d, QStringLiteral("deleted_at"));
    return r;
}

qint64 RiskFlag::figure(const QString &key) const
{
    return integer(figures, key);
}

RiskFlag RiskFlag::fromJson(const QJsonObject &json)
{
    RiskFlag f;
    f.kind = text(json, QStringLiteral("kind"));
    f.userId = text(json, QStringLiteral("user_id"));
    f.email = text(json, QStringLiteral("email"));
    f.displayName = text(json, QStringLiteral("display_name"));
    f.accountCreatedAt = time(json, QStringLiteral("account_created_at"));
    f.since = time(json, QStringLiteral("since"));
    f.figures = json.value(QStringLiteral("figures")).toObject();
    f.explanation = text(json, QStringLiteral("explanation"));
    return f;
}

} // namespace caravan::data
