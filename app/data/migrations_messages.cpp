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

} // namespace caravan::data
