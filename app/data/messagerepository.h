#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace caravan::data {

// One message of a thread as this device knows it.
struct ThreadMessage
{
    enum class State {
        Delivered, // in the server's feed (pulled)
        Sending,   // waiting in the outbox
        Sent,      // accepted by the server, not pulled yet
        Refused,   // the server refused it (refusalCode, refusal)
    };

    QString id;
    QString threadId;
    QString body;
    bool fromSeller = false;
    QString senderName;  // the buyer's name for their messages; empty for the seller's own
    QDateTime createdAt; // UTC
    State state = State::Delivered;
    QString refusalCode;
    QString refusal;
};

// A conversation with one buyer about a listing (a question) or an order.
struct MessageThreadSummary
{
    QString id;
    QString subject;
    QString buyerName;
    QString listingId;
    QString orderId; // empty for a question about the listing
    QDateTime lastAt;
    QString lastText;
    int unread = 0; // buyer messages newer than what this device has read
};

// The seller's messages. The server's messages are the pulled records in sync_records (entity
// "message", docs/sync.md); on top of them come the seller's own messages still in the outbox
// ("Sending…") or refused (sync_issues). Read state is kept per device (thread_reads). Sending is an
// offline change: the mutation goes to the outbox in the same transaction as the local copy.
// Threads come from message_threads (each thread's newest message), unread counts and a thread's messages
// from message_index (each pulled message's thread, time and side); triggers keep both (local schema step
// 7), so only the JSON of the messages shown is parsed.
class MessageRepository final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::data::MessageRepository)

public:
    static constexpr int kMaxChars = 2000; // characters per message, as the server counts them

    explicit MessageRepository(QSqlDatabase db);

    // Every thread, newest activity first.
    [[nodiscard]] QVector<MessageThreadSummary> threads() const;
    // The thread's messages, oldest first (every thread's for an empty id).
    [[nodiscard]] QVector<ThreadMessage> messages(const QString &threadId) const;
    [[nodiscard]] int unreadTotal() const;
    // Where the feed's messages end on this device (their arrival order; 0 for none), and the names of
    // the buyers who wrote the messages that arrived after `arrival` (each once, oldest message first).
    [[nodiscard]] qint64 lastArrival() const;
    [[nodiscard]] QStringList buyersAfter(qint64 arrival) const;
    // Marks every buyer message of the thread read on this device.
    bool markRead(const QString &threadId);

    // Checks the text and queues the message {"entity":"message","entity_id":<new uuid>,"op":"upsert",
    // "base_revision":0,"base":{},"fields":{thread_id, body}}. The new message's id, or nullopt with
    // lastError() (translated).
    std::optional<QString> send(const QString &threadId, const QString &body);

    // The text as it is sent (line ends as "\n", trimmed), and what is wrong with it (empty when fine).
    [[nodiscard]] static QString normalized(const QString &body);
    [[nodiscard]] static QString problem(const QString &body);
    // The server's refusal code of a message in the UI language.
    [[nodiscard]] static QString refusalText(const QString &code, const QString &message);

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    [[nodiscard]] QVector<ThreadMessage> load(const QString &threadId) const;
    bool fail(const QString &message) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace caravan::data
