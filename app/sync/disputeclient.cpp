#include "sync/disputeclient.h"

#include "sync/accountsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDisputeClient, "caravan.sync.disputes")

namespace caravan::sync {

namespace {

QString path(const QString &prefix, const QString &id, const QString &action = {})
{
    QString p = prefix + QString::fromUtf8(QUrl::toPercentEncoding(id));
    if (!action.isEmpty())
        p += QLatin1Char('/') + action;
    return p;
}

const QString kStaff = QStringLiteral("/api/v1/staff/disputes/");
const QString kParty = QStringLiteral("/api/v1/disputes/");

} // namespace

DisputeClient::DisputeClient(AccountSession &session, QObject *parent)
    : QObject(parent)
    , m_get([&session](const QString &p, SessionClient::JsonCallback done) { session.getJson(p, std::move(done)); })
    , m_post([&session](const QString &p, const QJsonObject &body, const QString &key,
                        SessionClient::JsonCallback done) { session.postJson(p, body, key, std::move(done)); })
{}

DisputeClient::DisputeClient(SessionClient &client, QUrl server, QString token, QObject *parent)
    : QObject(parent)
    , m_get([&client, server, token](const QString &p, SessionClient::JsonCallback done) {
        client.getJson(server, token, p, std::move(done));
    })
    , m_post([&client, server, token](const QString &p, const QJsonObject &body, const QString &key,
                                      SessionClient::JsonCallback done) {
        client.postJson(server, token, p, body, key, std::move(done));
    })
{}

bool DisputeClient::answerMayBeLost(const ApiError &error)
{
    return error.kind == ApiError::Kind::Unreachable || error.kind == ApiError::Kind::Timeout ||
           error.kind == ApiError::Kind::Server;
}

QString DisputeClient::pendingKey(const QString &action, const QString &id) const
{
    return m_keys.value(action + QLatin1Char(':') + id);
}

void DisputeClient::queue(const data::DisputeQueueFilter &filter, QueueCallback done)
{
    m_get(QStringLiteral("/api/v1/staff/disputes") + filter.query(),
          [filter, done = std::move(done)](const QJsonObject &json, const ApiError &error) {
              QVector<data::DisputeQueueRow> rows;
              for (const QJsonValue &value : json.value(QStringLiteral("disputes")).toArray()) {
                  auto row = data::DisputeQueueRow::fromJson(value.toObject());
                  if (filter.accepts(row))
                      rows.append(std::move(row));
              }
              done(rows, error);
          });
}

void DisputeClient::staffCase(const QString &id, CaseCallback done)
{
    m_get(path(kStaff, id), [done = std::move(done)](const QJsonObject &json, const ApiError &error) {
        done(data::DisputeCase::fromJson(json), error);
    });
}

void DisputeClient::partyCase(const QString &id, CaseCallback done)
{
    m_get(path(kParty, id), [done = std::move(done)](const QJsonObject &json, const ApiError &error) {
        done(data::DisputeCase::fromJson(json), error);
    });
}

void DisputeClient::mine(ListCallback done)
{
    m_get(QStringLiteral("/api/v1/disputes"), [done = std::move(done)](const QJsonObject &json, const ApiError &error) {
        QVector<data::Dispute> list;
        for (const QJsonValue &value : json.value(QStringLiteral("disputes")).toArray())
            list.append(data::Dispute::fromJson(value.toObject()));
        done(list, error);
    });
}

void DisputeClient::postDispute(const QString &p, const QJsonObject &body, DisputeCallback done)
{
    m_post(p, body, QString(), [done = std::move(done)](const QJsonObject &json, const ApiError &error) {
        done(data::Dispute::fromJson(json.value(QStringLiteral("dispute")).toObject()), error);
    });
}

void DisputeClient::postKept(const QString &slot, const QString &p, const QJsonObject &body, DisputeCallback done)
{
    QString &key = m_keys[slot];
    if (key.isEmpty())
        key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString sent = key;
    QPointer<DisputeClient> self(this);
    m_post(p, body, sent, [self, slot, sent, done = std::move(done)](const QJsonObject &json, const ApiError &error) {
        if (self && !answerMayBeLost(error) && self->m_keys.value(slot) == sent)
            self->m_keys.remove(slot); // answered: the next call is a new request
        if (answerMayBeLost(error))
            qCInfo(lcDisputeClient) << "no answer to" << slot << "; its key is kept for the next try";
        done(data::Dispute::fromJson(json.value(QStringLiteral("dispute")).toObject()), error);
    });
}

void DisputeClient::claim(const QString &id, DisputeCallback done)
{
    postDispute(path(kStaff, id, QStringLiteral("claim")), {}, std::move(done));
}

void DisputeClient::decide(const QString &id, const data::DisputeDecision &decision, DisputeCallback done)
{
    postKept(QStringLiteral("decision:") + id, path(kStaff, id, QStringLiteral("decision")), decision.toJson(),
             std::move(done));
}

void DisputeClient::approve(const QString &id, DisputeCallback done)
{
    postKept(QStringLiteral("approve:") + id, path(kStaff, id, QStringLiteral("approve")), {}, std::move(done));
}

void DisputeClient::reject(const QString &id, const QString &note, DisputeCallback done)
{
    postDispute(path(kStaff, id, QStringLiteral("reject")), {{QStringLiteral("note"), note}}, std::move(done));
}

void DisputeClient::answer(const QString &id, const QString &text, const data::DisputeOffer &offer,
                           DisputeCallback done)
{
    QJsonObject body{{QStringLiteral("text"), text}};
    if (!offer.isEmpty())
        body.insert(QStringLiteral("offer"), offer.toJson());
    postDispute(path(kParty, id, QStringLiteral("answer")), body, std::move(done));
}

void DisputeClient::escalate(const QString &id, const QString &text, DisputeCallback done)
{
    postDispute(path(kParty, id, QStringLiteral("escalate")), {{QStringLiteral("text"), text}}, std::move(done));
}

void DisputeClient::returnReceived(const QString &id, DisputeCallback done)
{
    postKept(QStringLiteral("return-received:") + id, path(kParty, id, QStringLiteral("return-received")), {},
             std::move(done));
}

} // namespace caravan::sync
