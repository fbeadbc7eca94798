#include "data/migrations_messages.h"

namespace caravan::data {

Migration messagesMigration()
{
    return Migration{
        5,
        QStringLiteral("messages: read state per thread, the seller's own messages as written"),
        {
            // The newest buyer message (its server time) the seller has seen in each thread, on this
            // device.
            QStringLiteral("CREATE TABLE thread_reads ("
                           " thread_id TEXT PRIMARY KEY,"
                           " read_up_to TEXT NOT NULL)"),
            // What the seller wrote, kept after the outbox entry is gone, so a refused message still
            // shows its text next to the reason.
            QStringLiteral("CREATE TABLE outgoing_messages ("
                           " id TEXT PRIMARY KEY,"
                           " thread_id TEXT NOT NULL,"
                           " body TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE INDEX outgoing_messages_thread ON outgoing_messages (thread_id, created_at)"),
        },
    };
}

namespace {

// The index row of the pulled message record `r` (NEW or OLD in a trigger): its thread, its time in
// UTC as thread_reads writes it (YYYY-MM-DDTHH:MM:SS.SSSZ, '' when it has none) and who wrote it.
QString indexValues(const QString &r)
{
    return QStringLiteral("%1.entity_id, coalesce(json_extract(%1.data_json, '$.thread_id'), ''),"
                          " coalesce(strftime('%Y-%m-%dT%H:%M:%fZ',"
                          " json_extract(%1.data_json, '$.created_at')), ''),"
                          " json_type(%1.data_json, '$.from_seller') = 'true'")
        .arg(r);
}

// Writes the index row of `r` when `condition` holds; a message already there keeps its arrival.
QString upsertIndexRow(const QString &r, const QString &condition)
{
    return QStringLiteral("INSERT INTO message_index (message_id, thread_id, created_at, from_seller) "
                          "SELECT ") +
           indexValues(r) + QStringLiteral(" WHERE ") + condition +
           QStringLiteral(" ON CONFLICT (message_id) DO UPDATE SET thread_id = excluded.thread_id,"
                          " created_at = excluded.created_at, from_seller = excluded.from_seller");
}

// The thread of the record `r` (NEW or OLD).
QString threadOf(const QString &r)
{
    return QStringLiteral("coalesce(json_extract(%1.data_json, '$.thread_id'), '')").arg(r);
}

// The summary row of a thread from its newest message `r` in message_index `i`.
const QString kThreadRow =
    QStringLiteral("i.thread_id, r.entity_id, coalesce(json_extract(r.data_json, '$.created_at'), ''),"
                   " coalesce(json_extract(r.data_json, '$.body'), ''),"
                   " coalesce(json_extract(r.data_json, '$.subject'), ''),"
                   " coalesce(json_extract(r.data_json, '$.buyer_name'), ''),"
                   " coalesce(json_extract(r.data_json, '$.listing_id'), ''),"
                   " coalesce(json_extract(r.data_json, '$.order_id'), ''),"
                   " (SELECT coalesce(max(b.created_at), '') FROM message_index b"
                   "  WHERE b.thread_id = i.thread_id AND b.from_seller = 0)");
const QString kThreadColumns = QStringLiteral(
    "message_threads (thread_id, last_id, last_at, last_body, subject, buyer_name, listing_id, order_id,"
    " newest_buyer_at)");

// Brings the summary row of `thread` up to date with its newest message (by time, then arrival); a thread
// with no message left has none. (A delete and an insert, not INSERT OR REPLACE: in a trigger fired by an
// upsert, SQLite applies the outer statement's conflict handling, which would make REPLACE an abort.)
QString refreshThread(const QString &thread)
{
    return QStringLiteral("DELETE FROM message_threads WHERE thread_id = %1; "
                          "INSERT INTO %2 SELECT %3 FROM message_index i"
                          " JOIN sync_records r ON r.entity = 'message' AND r.entity_id = i.message_id"
                          " WHERE i.thread_id = %1 ORDER BY i.created_at DESC, i.arrival DESC LIMIT 1")
        .arg(thread, kThreadColumns, kThreadRow);
}

} // namespace

Migration messageIndexMigration()
{
    return Migration{
        7,
        QStringLiteral("messages: the pulled messages by thread and each thread's newest, kept by triggers"),
        {
            // One row per pulled message that is not deleted, in the order the feed brought them
            // (arrival): unread counts and a thread's messages are read through it instead of parsing
            // every record's JSON.
            QStringLiteral("CREATE TABLE message_index ("
                           " arrival INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " message_id TEXT NOT NULL UNIQUE,"
                           " thread_id TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " from_seller INTEGER NOT NULL CHECK (from_seller IN (0, 1)))"),
            QStringLiteral("CREATE INDEX message_index_thread ON message_index (thread_id, created_at)"),
            QStringLiteral(
                "CREATE INDEX message_index_unread ON message_index (thread_id, from_seller, created_at)"),
            // One row per thread, the thread list's: its newest message and what the thread is about
            // (as that message says).
            QStringLiteral("CREATE TABLE message_threads ("
                           " thread_id TEXT PRIMARY KEY,"
                           " last_id TEXT NOT NULL,"
                           " last_at TEXT NOT NULL,"
                           " last_body TEXT NOT NULL,"
                           " subject TEXT NOT NULL,"
                           " buyer_name TEXT NOT NULL,"
                           " listing_id TEXT NOT NULL,"
                           " order_id TEXT NOT NULL,"
                           // the newest buyer message's time as message_index has it ('' for none): a
                           // thread read up to it has nothing unread, without counting
                           " newest_buyer_at TEXT NOT NULL)"),
            // The messages this database already holds.
            QStringLiteral(
                "INSERT INTO message_index (message_id, thread_id, created_at, from_seller) SELECT ") +
                indexValues(QStringLiteral("r")) +
                QStringLiteral(
                    " FROM sync_records r WHERE r.entity = 'message' AND r.deleted = 0 ORDER BY r.rowid"),
            QStringLiteral(
                "INSERT INTO %1 SELECT %2 FROM (SELECT DISTINCT thread_id FROM message_index) g"
                " JOIN message_index i ON i.arrival = (SELECT j.arrival FROM message_index j"
                "  WHERE j.thread_id = g.thread_id ORDER BY j.created_at DESC, j.arrival DESC LIMIT 1)"
                " JOIN sync_records r ON r.entity = 'message' AND r.entity_id = i.message_id")
                .arg(kThreadColumns, kThreadRow),
            // From now on the triggers keep both.
            QStringLiteral("CREATE TRIGGER message_index_insert AFTER INSERT ON sync_records"
                           " WHEN NEW.entity = 'message' AND NEW.deleted = 0 BEGIN ") +
                upsertIndexRow(QStringLiteral("NEW"), QStringLiteral("true")) + QStringLiteral("; ") +
                refreshThread(threadOf(QStringLiteral("NEW"))) + QStringLiteral("; END"),
            // An upsert keeps the message's place (its arrival); a tombstone removes it.
            QStringLiteral("CREATE TRIGGER message_index_update AFTER UPDATE ON sync_records"
                           " WHEN NEW.entity = 'message' OR OLD.entity = 'message' BEGIN"
                           " DELETE FROM message_index WHERE message_id = OLD.entity_id AND (NEW.deleted = 1"
                           " OR NEW.entity <> 'message' OR NEW.entity_id <> OLD.entity_id); ") +
                upsertIndexRow(QStringLiteral("NEW"),
                               QStringLiteral("NEW.entity = 'message' AND NEW.deleted = 0")) +
                QStringLiteral("; ") + refreshThread(threadOf(QStringLiteral("OLD"))) + QStringLiteral("; ") +
                refreshThread(threadOf(QStringLiteral("NEW"))) + QStringLiteral("; END"),
            QStringLiteral("CREATE TRIGGER message_index_delete AFTER DELETE ON sync_records"
                           " WHEN OLD.entity = 'message' BEGIN"
                           " DELETE FROM message_index WHERE message_id = OLD.entity_id; ") +
                refreshThread(threadOf(QStringLiteral("OLD"))) + QStringLiteral("; END"),
        },
    };
}

} // namespace caravan::data
