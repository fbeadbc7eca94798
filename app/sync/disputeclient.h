#pragma once

#include "data/dispute.h"
#include "sync/sessionclient.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace caravan::sync {

class AccountSession;

// The dispute routes of the JSON API (docs/disputes.md): the seller's (GET /api/v1/disputes, answer,
// escalate, return-received) and staff's (queue, case, claim, decision, approve, reject). Knows no widgets.
//
// Money-moving calls carry an Idempotency-Key that is kept until an answer arrives: when the connection
// drops, the request times out or the server fails (5xx), the same call again sends the same key, so the
// server carries the decision out once however often it is sent.
class DisputeClient final : public QObject
{
    Q_OBJECT

public:
    // Calls through the signed-in account.
    explicit DisputeClient(AccountSession &session, QObject *parent = nullptr);
    // Calls `server` with `token` directly (no account on this computer).
    DisputeClient(SessionClient &client, QUrl server, QString token, QObject *parent = nullptr);

    using QueueCallback = std::function<void(const QVector<data::DisputeQueueRow> &, const ApiError &)>;
    using ListCallback = std::function<void(const QVector<data::Dispute> &, const ApiError &)>;
    using CaseCallback = std::function<void(const data::DisputeCase &, const ApiError &)>;
    using DisputeCallback = std::function<void(const data::Dispute &, const ApiError &)>;

    // Staff.
    void queue(const data::DisputeQueueFilter &filter, QueueCallback done);
    void staffCase(const QString &id, CaseCallback done);
    void claim(const QString &id, DisputeCallback done);
    // The answer's dispute is `awaiting_approval` when the decision waits for a second member of staff.
    void decide(const QString &id, const data::DisputeDecision &decision, DisputeCallback done);
    void approve(const QString &id, DisputeCallback done);
    void reject(const QString &id, const QString &note, DisputeCallback done);

    // The seller (or buyer) of the dispute.
    void mine(ListCallback done);
    void partyCase(const QString &id, CaseCallback done);
    void answer(const QString &id, const QString &text, const data::DisputeOffer &offer, DisputeCallback done);
    void escalate(const QString &id, const QString &text, DisputeCallback done);
    void returnReceived(const QString &id, DisputeCallback done);

    // The Idempotency-Key a call waits with (empty when none waits): "decision", "approve" or
    // "return-received" for dispute `id`.
    [[nodiscard]] QString pendingKey(const QString &action, const QString &id) const;

    // Whether the server may have carried out a request whose answer was `error` (keep its key).
    [[nodiscard]] static bool answerMayBeLost(const ApiError &error);

private:
    using Get = std::function<void(const QString &, SessionClient::JsonCallback)>;
    using Post = std::function<void(const QString &, const QJsonObject &, const QString &, SessionClient::JsonCallback)>;

    void postDispute(const QString &path, const QJsonObject &body, DisputeCallback done);
    // POST with the key kept under `slot` until an answer arrives.
    void postKept(const QString &slot, const QString &path, const QJsonObject &body, DisputeCallback done);

    Get m_get;
    Post m_post;
    QHash<QString, QString> m_keys; // slot -> Idempotency-Key of an unanswered request
};

} // namespace caravan::sync
