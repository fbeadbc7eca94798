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

QDateTime utc(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

// What a pulled record says about its thread.
struct ThreadInfo
{
    QString subject;
    QString buyerName;
    QString listingId;
    QString orderId;
};

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
    const QString onlyThread = threadId.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" AND json_extract(data_json, '$.thread_id') = :thread");
    QSqlQuery pulled(m_db);
    pulled.setForwardOnly(true);
    // In the order they arrived (rowid): the feed's order, which is the order the server wrote them, so
    // two messages of the same second still read in the order they were sent.
    pulled.prepare(QStringLiteral("SELECT entity_id, data_json FROM sync_records "
                                  "WHERE entity = 'message' AND deleted = 0") +
                   onlyThread + QStringLiteral(" ORDER BY rowid"));
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
    QHash<QString, QDateTime> reads;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT thread_id, read_up_to FROM thread_reads")))
        while (query.next())
            reads.insert(query.value(0).toString(), utc(query.value(1).toString()));

    // What each thread is about comes from the server's records of it.
    QHash<QString, ThreadInfo> info;
    QSqlQuery about(m_db);
    about.setForwardOnly(true);
    if (about.exec(
            QStringLiteral("SELECT data_json FROM sync_records WHERE entity = 'message' AND deleted = 0")))
        while (about.next()) {
            const QJsonObject d = QJsonDocument::fromJson(about.value(0).toString().toUtf8()).object();
            info.insert(d.value(QStringLiteral("thread_id")).toString(),
                        {d.value(QStringLiteral("subject")).toString(),
                         d.value(QStringLiteral("buyer_name")).toString(),
                         d.value(QStringLiteral("listing_id")).toString(),
                         d.value(QStringLiteral("order_id")).toString()});
        }

    QHash<QString, MessageThreadSummary> byId;
    for (const ThreadMessage &m : load({})) {
        const auto it = info.constFind(m.threadId);
        if (it == info.constEnd())
            continue; // a thread is known from the server's side only
        MessageThreadSummary &t = byId[m.threadId];
        if (t.id.isEmpty())
            t = {m.threadId, it->subject, it->buyerName, it->listingId, it->orderId, {}, {}, 0};
        // Messages come oldest first, the local ones last: the last one seen is the newest.
        t.lastAt = m.createdAt;
        t.lastText = m.body;
        const auto read = reads.constFind(m.threadId);
        if (!m.fromSeller && (read == reads.constEnd() || m.createdAt > *read))
            ++t.unread;
    }
    QVector<MessageThreadSummary> out(byId.cbegin(), byId.cend());
    std::sort(out.begin(), out.end(), [](const MessageThreadSummary &a, const MessageThreadSummary &b) {
        return a.lastAt != b.lastAt ? a.lastAt > b.lastAt : a.id < b.id;
    });
    return out;
}

int MessageRepository::unreadTotal() const
{
    int total = 0;
    for (const auto &t : threads())
        total += t.unread;
    return total;
}

bool MessageRepository::markRead(const QString &threadId)
{
    QDateTime newest;
    if (threadId.isEmpty())
        return true;
    for (const ThreadMessage &m : messages(threadId))
        if (!m.fromSeller && m.createdAt > newest)
            newest = m.createdAt;
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
    known.prepare(QStringLiteral("SELECT 1 FROM sync_records WHERE entity = 'message' AND deleted = 0 "
                                 "AND json_extract(data_json, '$.thread_id') = :t LIMIT 1"));
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
