#include "data/messagerepository.h"

#include "data/outboxrepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

Q_LOGGING_CATEGORY(lcMessageRepo, "caravan.data.messages")

namespace caravan::data {

namespace {

const QString kEntity = QStringLiteral("message");

// The unread messages of the thread t (message_threads) read up to rd.read_up_to (thread_reads, NULL when
// nothing was read): buyer messages newer than that. A thread read up to its newest buyer message (most
// of them) is not counted; the others count a range of message_index_unread.
const QString kUnreadOfThread = QStringLiteral(
    "CASE WHEN rd.read_up_to IS NULL"
    " THEN (SELECT count(*) FROM message_index u WHERE u.thread_id = t.thread_id AND u.from_seller = 0)"
    " WHEN t.newest_buyer_at <= rd.read_up_to THEN 0"
    " ELSE (SELECT count(*) FROM message_index u WHERE u.thread_id = t.thread_id AND u.from_seller = 0"
    " AND u.created_at > rd.read_up_to) END");

QDateTime utc(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

} // namespace

MessageRepository::MessageRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool MessageRepository::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

QString MessageRepository::normalized(const QString &body)
{
    QString text = body;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.trimmed();
}

QString MessageRepository::problem(const QString &body)
{
    const QString text = normalized(body);
    if (text.isEmpty())
        return tr("Write a message first.");
    if (text.toUcs4().size() > kMaxChars)
        return tr("A message has at most %1 characters.").arg(kMaxChars);
    for (const QChar c : text)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x7F)
            return tr("The message holds a control character; remove it.");
    return {};
}

QString MessageRepository::refusalText(const QString &code, const QString &message)
{
    if (code == QLatin1String("rate_limited"))
        return tr("Too many messages were sent in the last hour; write again later.");
    if (code == QLatin1String("forbidden"))
        return tr("This conversation is not one of yours.");
    if (code == QLatin1String("validation"))
        return tr("The server did not take this text.");
    if (code == QLatin1String("immutable"))
        return tr("A sent message cannot be changed.");
    return message.isEmpty() ? tr("The server refused the message (%1).").arg(code) : message;
}

QVector<ThreadMessage> MessageRepository::load(const QString &threadId) const
{
    QVector<ThreadMessage> out;
    QSqlQuery pulled(m_db);
    pulled.setForwardOnly(true);
    // In the order they arrived: the feed's order, which is the order the server wrote them, so two
    // messages of the same second still read in the order they were sent.
    pulled.prepare(
        QStringLiteral("SELECT r.entity_id, r.data_json FROM message_index i "
                       "JOIN sync_records r ON r.entity = 'message' AND r.entity_id = i.message_id") +
        (threadId.isEmpty() ? QString() : QStringLiteral(" WHERE i.thread_id = :thread")) +
        QStringLiteral(" ORDER BY i.arrival"));
    if (!threadId.isEmpty())
        pulled.bindValue(QStringLiteral(":thread"), threadId);
    if (!pulled.exec()) {
        fail(tr("Reading the messages failed: %1").arg(pulled.lastError().text()));
        qCWarning(lcMessageRepo) << "reading the messages failed:" << pulled.lastError().text();
        return out;
    }
    while (pulled.next()) {
        const QJsonObject data = QJsonDocument::fromJson(pulled.value(1).toString().toUtf8()).object();
        ThreadMessage m;
        m.id = pulled.value(0).toString();
        m.threadId = data.value(QStringLiteral("thread_id")).toString();
        m.body = data.value(QStringLiteral("body")).toString();
        m.fromSeller = data.value(QStringLiteral("from_seller")).toBool();
        if (!m.fromSeller)
            m.senderName = data.value(QStringLiteral("buyer_name")).toString();
        m.createdAt = utc(data.value(QStringLiteral("created_at")).toString());
        out.append(m);
    }

    // The seller's own messages the server's feed does not hold yet.
    QSqlQuery mine(m_db);
    mine.setForwardOnly(true);
    mine.prepare(
        QStringLiteral("SELECT m.id, m.thread_id, m.body, m.created_at,"
                       " EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'message' AND o.entity_id = m.id),"
                       " i.code, i.message "
                       "FROM outgoing_messages m "
                       "LEFT JOIN sync_issues i ON i.entity = 'message' AND i.entity_id = m.id "
                       "WHERE NOT EXISTS (SELECT 1 FROM sync_records r WHERE r.entity = 'message' AND "
                       "r.entity_id = m.id)") +
        (threadId.isEmpty() ? QString() : QStringLiteral(" AND m.thread_id = :thread")));
    if (!threadId.isEmpty())
        mine.bindValue(QStringLiteral(":thread"), threadId);
    if (!mine.exec()) {
        fail(tr("Reading the messages failed: %1").arg(mine.lastError().text()));
        return out;
    }
    while (mine.next()) {
        ThreadMessage m;
        m.id = mine.value(0).toString();
        m.threadId = mine.value(1).toString();
        m.body = mine.value(2).toString();
        m.fromSeller = true;
        m.createdAt = utc(mine.value(3).toString());
        if (mine.value(4).toBool()) {
            m.state = ThreadMessage::State::Sending;
        } else if (!mine.value(5).isNull()) {
            m.state = ThreadMessage::State::Refused;
            m.refusalCode = mine.value(5).toString();
            m.refusal = refusalText(m.refusalCode, mine.value(6).toString());
        } else {
            m.state = ThreadMessage::State::Sent;
        }
        out.append(m);
    }
    std::stable_sort(out.begin(), out.end(), [](const ThreadMessage &a, const ThreadMessage &b) {
        const bool aLocal = a.state != ThreadMessage::State::Delivered;
        const bool bLocal = b.state != ThreadMessage::State::Delivered;
        if (aLocal != bLocal)
            return !aLocal; // what waits for the server comes after what it holds
        return a.createdAt < b.createdAt;
    });
    return out;
}

QVector<ThreadMessage> MessageRepository::messages(const QString &threadId) const
{
    return load(threadId);
}

QVector<MessageThreadSummary> MessageRepository::threads() const
{
    // A row per thread (message_threads, kept by triggers: its newest message and what it is about) and
    // its buyer messages newer than what this device has read, counted in message_index.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT t.thread_id, ") + kUnreadOfThread +
            QStringLiteral(", t.subject, t.buyer_name, t.listing_id, t.order_id, t.last_at, t.last_body "
                           "FROM message_threads t "
                           "LEFT JOIN thread_reads rd ON rd.thread_id = t.thread_id"))) {
        fail(tr("Reading the messages failed: %1").arg(query.lastError().text()));
        qCWarning(lcMessageRepo) << "reading the threads failed:" << query.lastError().text();
        return {};
    }
    QVector<MessageThreadSummary> out;
    QHash<QString, qsizetype> byId;
    while (query.next()) {
        MessageThreadSummary t;
        t.id = query.value(0).toString();
        t.unread = query.value(1).toInt();
        t.subject = query.value(2).toString();
        t.buyerName = query.value(3).toString();
        t.listingId = query.value(4).toString();
        t.orderId = query.value(5).toString();
        t.lastAt = utc(query.value(6).toString());
        t.lastText = query.value(7).toString();
        byId.insert(t.id, out.size());
        out.append(t);
    }

    // The seller's own messages the feed does not hold yet come after the ones it holds.
    QSqlQuery mine(m_db);
    mine.setForwardOnly(true);
    if (!mine.exec(QStringLiteral("SELECT m.thread_id, m.body, m.created_at FROM outgoing_messages m "
                                  "WHERE NOT EXISTS (SELECT 1 FROM sync_records r WHERE r.entity = 'message' "
                                  "AND r.entity_id = m.id) ORDER BY m.created_at, m.rowid"))) {
        fail(tr("Reading the messages failed: %1").arg(mine.lastError().text()));
        return {};
    }
    while (mine.next()) {
        const auto it = byId.constFind(mine.value(0).toString());
        if (it == byId.constEnd())
            continue; // a thread is known from the server's side only
        out[*it].lastAt = utc(mine.value(2).toString());
        out[*it].lastText = mine.value(1).toString();
    }
    std::sort(out.begin(), out.end(), [](const MessageThreadSummary &a, const MessageThreadSummary &b) {
        return a.lastAt != b.lastAt ? a.lastAt > b.lastAt : a.id < b.id;
    });
    return out;
}

int MessageRepository::unreadTotal() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(sum(") + kUnreadOfThread +
                    QStringLiteral("), 0) FROM message_threads t "
                                   "LEFT JOIN thread_reads rd ON rd.thread_id = t.thread_id")) ||
        !query.next()) {
        fail(tr("Reading the messages failed: %1").arg(query.lastError().text()));
        return 0;
    }
    return query.value(0).toInt();
}

qint64 MessageRepository::lastArrival() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(arrival), 0) FROM message_index")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QStringList MessageRepository::buyersAfter(qint64 arrival) const
{
    QStringList buyers;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT json_extract(r.data_json, '$.buyer_name') FROM message_index i "
                                 "JOIN sync_records r ON r.entity = 'message' AND r.entity_id = i.message_id "
                                 "WHERE i.arrival > :arrival AND i.from_seller = 0 "
                                 "ORDER BY i.created_at, i.arrival"));
    query.bindValue(QStringLiteral(":arrival"), arrival);
    if (!query.exec()) {
        fail(tr("Reading the messages failed: %1").arg(query.lastError().text()));
        return buyers;
    }
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!buyers.contains(name))
            buyers.append(name);
    }
    return buyers;
}

bool MessageRepository::markRead(const QString &threadId)
{
    if (threadId.isEmpty())
        return true;
    // The newest buyer message of the thread; the seller's own (also those still local) do not count.
    QSqlQuery newestQuery(m_db);
    newestQuery.prepare(QStringLiteral("SELECT max(created_at) FROM message_index "
                                       "WHERE thread_id = :t AND from_seller = 0 AND created_at <> ''"));
    newestQuery.bindValue(QStringLiteral(":t"), threadId);
    if (!newestQuery.exec() || !newestQuery.next())
        return fail(tr("Reading the messages failed: %1").arg(newestQuery.lastError().text()));
    const QDateTime newest = utc(newestQuery.value(0).toString());
    if (!newest.isValid())
        return true;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO thread_reads (thread_id, read_up_to) VALUES (:t, :at) "
                                 "ON CONFLICT (thread_id) DO UPDATE SET read_up_to = excluded.read_up_to "
                                 "WHERE excluded.read_up_to > thread_reads.read_up_to"));
    query.bindValue(QStringLiteral(":t"), threadId);
    query.bindValue(QStringLiteral(":at"), newest.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return fail(tr("Saving what you read failed: %1").arg(query.lastError().text()));
    return true;
}

std::optional<QString> MessageRepository::send(const QString &threadId, const QString &body)
{
    if (const QString wrong = problem(body); !wrong.isEmpty()) {
        fail(wrong);
        return std::nullopt;
    }
    const QString text = normalized(body);
    if (!m_db.transaction()) {
        fail(tr("Cannot start a transaction on the local database: %1").arg(m_db.lastError().text()));
        return std::nullopt;
    }
    const auto refuse = [this](const QString &message) {
        m_db.rollback();
        fail(message);
        return std::nullopt;
    };
    QSqlQuery known(m_db);
    known.prepare(QStringLiteral("SELECT 1 FROM message_index WHERE thread_id = :t LIMIT 1"));
    known.bindValue(QStringLiteral(":t"), threadId);
    if (!known.exec() || !known.next())
        return refuse(tr("There is no conversation %1.").arg(threadId));

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery local(m_db);
    local.prepare(QStringLiteral("INSERT INTO outgoing_messages (id, thread_id, body, created_at) "
                                 "VALUES (:id, :t, :body, :at)"));
    local.bindValue(QStringLiteral(":id"), id);
    local.bindValue(QStringLiteral(":t"), threadId);
    local.bindValue(QStringLiteral(":body"), text);
    local.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!local.exec())
        return refuse(tr("Saving the message failed: %1").arg(local.lastError().text()));

    OutboxEntry entry;
    entry.entity = kEntity;
    entry.entityId = id;
    entry.op = QStringLiteral("upsert");
    entry.payload =
        QJsonObject{{QStringLiteral("entity"), kEntity},
                    {QStringLiteral("entity_id"), id},
                    {QStringLiteral("op"), QStringLiteral("upsert")},
                    {QStringLiteral("base_revision"), 0},
                    {QStringLiteral("base"), QJsonObject{}},
                    {QStringLiteral("fields"),
                     QJsonObject{{QStringLiteral("thread_id"), threadId}, {QStringLiteral("body"), text}}}};
    OutboxRepository outbox(m_db);
    if (!outbox.enqueue(entry))
        return refuse(tr("Queueing the message for sync failed: %1").arg(outbox.lastError()));
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        return refuse(tr("Saving the message failed: %1").arg(error));
    }
    qCInfo(lcMessageRepo) << "message" << id << "queued for thread" << threadId;
    return id;
}

} // namespace caravan::data
