#include "sync/staffclient.h"

#include "sync/accountsession.h"
#include "sync/disputeclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStaffClient, "caravan.sync.staff")

namespace caravan::sync {

namespace {

QString segment(const QString &id)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(id));
}

QString withStatus(const QString &path, const QString &status)
{
    if (status.isEmpty())
        return path;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), status);
    return path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

const QString kReports = QStringLiteral("/api/v1/staff/reports");
const QString kIdentities = QStringLiteral("/api/v1/staff/identities");

} // namespace

StaffClient::StaffClient(AccountSession &session, QObject *parent)
    : QObject(parent)
    , m_get([&session](const QString &p, BytesCallback done) { session.getBytes(p, std::move(done)); })
    , m_post(
          [&session](const QString &p, const QJsonObject &body, const QString &key,
                     SessionClient::JsonCallback done) { session.postJson(p, body, key, std::move(done)); })
{}

StaffClient::StaffClient(SessionClient &client, QUrl server, QString token, QObject *parent)
    : QObject(parent)
    , m_get([&client, server, token](const QString &p, BytesCallback done) {
        client.getBytes(server, token, p, std::move(done));
    })
    , m_post([&client, server, token](const QString &p, const QJsonObject &body, const QString &key,
                                      SessionClient::JsonCallback done) {
        client.postJson(server, token, p, body, key, std::move(done));
    })
{}

QString StaffClient::pendingKey(const QString &kind, const QString &id) const
{
    return m_keys.value(kind + QLatin1Char(':') + id);
}

void StaffClient::getJson(const QString &p, SessionClient::JsonCallback done)
{
    m_get(p, [done = std::move(done)](const QByteArray &body, const ApiError &error) {
        done(error.kind == ApiError::Kind::None ? QJsonDocument::fromJson(body).object() : QJsonObject(),
             error);
    });
}

void StaffClient::postKept(const QString &slot, const QString &p, const QJsonObject &body,
                           SessionClient::JsonCallback done)
{
    QString &key = m_keys[slot];
    if (key.isEmpty())
        key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString sent = key;
    QPointer<StaffClient> self(this);
    m_post(p, body, sent,
           [self, slot, sent, done = std::move(done)](const QJsonObject &json, const ApiError &error) {
               const bool mayBeLost = DisputeClient::answerMayBeLost(error);
               if (self && !mayBeLost && self->m_keys.value(slot) == sent)
                   self->m_keys.remove(slot); // answered: the next call is a new request
               if (mayBeLost)
                   qCInfo(lcStaffClient) << "no answer to" << slot << "; its key is kept for the next try";
               done(json, error);
           });
}

void StaffClient::reports(const QString &status, ReportsCallback done)
{
    getJson(withStatus(kReports, status),
            [done = std::move(done)](const QJsonObject &json, const ApiError &error) {
                QVector<data::ReportedListingRow> rows;
                for (const QJsonValue &value : json.value(QStringLiteral("reports")).toArray())
                    rows.append(data::ReportedListingRow::fromJson(value.toObject()));
                done(rows, error);
            });
}

void StaffClient::reportedListing(const QString &listingId, ReportedListingCallback done)
{
    getJson(kReports + QLatin1Char('/') + segment(listingId),
            [done = std::move(done)](const QJsonObject &json, const ApiError &error) {
                done(data::ReportedListing::fromJson(json), error);
            });
}

void StaffClient::decideReports(const QString &listingId, const QString &decision, const QString &note,
                                ReportedListingCallback done)
{
    const QJsonObject body{{QStringLiteral("decision"), decision}, {QStringLiteral("note"), note}};
    postKept(QStringLiteral("report:") + listingId,
             kReports + QLatin1Char('/') + segment(listingId) + QStringLiteral("/decision"), body,
             [done = std::move(done)](const QJsonObject &json, const ApiError &error) {
                 done(data::ReportedListing::fromJson(json), error);
             });
}

void StaffClient::identities(const QString &status, IdentitiesCallback done)
{
    getJson(withStatus(kIdentities, status),
            [done = std::move(done)](const QJsonObject &json, const ApiError &error) {
                QVector<data::IdentityRecord> rows;
                for (const QJsonValue &value : json.value(QStringLiteral("identities")).toArray())
                    rows.append(data::IdentityRecord::fromJson(value.toObject()));
                done(rows, error);
            });
}

void StaffClient::identity(const QString &userId, IdentityCallback done)
{
    getJson(kIdentities + QLatin1Char('/') + segment(userId),
            [done = std::move(done)](const QJsonObject &json, const ApiError &error) {
                done(data::IdentityRecord::fromJson(json), error);
            });
}

void StaffClient::identityDocument(const QString &userId, BytesCallback done)
{
    m_get(kIdentities + QLatin1Char('/') + segment(userId) + QStringLiteral("/document"), std::move(done));
}

void StaffClient::decideIdentity(const QString &userId, const QString &decision, const QString &reason,
                                 IdentityCallback done)
{
    const QJsonObject body{{QStringLiteral("decision"), decision}, {QStringLiteral("reason"), reason}};
    postKept(QStringLiteral("identity:") + userId,
             kIdentities + QLatin1Char('/') + segment(userId) + QStringLiteral("/decision"), body,
             [done = std::move(done)](const QJsonObject &json, const ApiError &error) {
                 done(data::IdentityRecord::fromJson(json), error);
             });
}

void StaffClient::riskFlags(RiskFlagsCallback done)
{
    getJson(QStringLiteral("/api/v1/staff/risk-flags"),
            [done = std::move(done)](const QJsonObject &json, const ApiError &error) {
                QVector<data::RiskFlag> flags;
                for (const QJsonValue &value : json.value(QStringLiteral("flags")).toArray())
                    flags.append(data::RiskFlag::fromJson(value.toObject()));
                done(flags, error);
            });
}

void StaffClient::photo(const QString &sha256, BytesCallback done)
{
    m_get(QStringLiteral("/api/v1/staff/photos/") + segment(sha256), std::move(done));
}

} // namespace caravan::sync
