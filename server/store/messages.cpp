#include "store/messages.h"

#include "listing/listing.h"
#include "store/changelog.h"
#include "store/sync_store.h"
#include "store/users.h"

namespace caravan::store {

namespace {

// The thread's columns for `userId`: which read marker is theirs, whose name is the other side's.
const char *kThreadColumns =
    "t.id, t.listing_id, t.order_id, t.buyer_id, t.seller_id, t.subject, t.created_at, t.last_message_at, "
    "(SELECT COUNT(*) FROM messages m WHERE m.thread_id = t.id AND m.sender_id <> ? AND m.id > "
    "CASE WHEN t.buyer_id = ? THEN t.buyer_read_id ELSE t.seller_read_id END), "
    "CASE WHEN t.buyer_id = ? THEN s.display_name ELSE b.display_name END "
    "FROM message_threads t JOIN users b ON b.id = t.buyer_id JOIN users s ON s.id = t.seller_id ";

MessageThread threadFromRow(const Row &r)
{
    MessageThread t;
    t.id = r.text(0);
    t.listingId = r.text(1);
    t.orderId = r.text(2);
    t.buyerId = r.text(3);
    t.sellerId = r.text(4);
    t.subject = r.text(5);
    t.createdAt = r.integer(6);
    t.lastMessageAt = r.integer(7);
    t.unread = r.integer(8);
    t.otherName = r.text(9);
    return t;
}

// The message in the seller's sync feed: one immutable record, revision 1. The caller holds the seller's
// sync lock.
void publish(Transaction &tx, const std::string &threadId, const ThreadParties &t, const std::string &uuid,
             const std::string &senderId, const std::string &body, std::int64_t now)
{
    const auto names = tx.query("SELECT display_name FROM users WHERE id = ?", {t.buyerId});
    SyncRecord rec;
    rec.entity = "message";
    rec.entityId = uuid;
    rec.ownerId = t.sellerId;
    rec.revision = 1;
    rec.data = {{"thread_id", threadId},
                {"body", body},
                {"sender_id", senderId},
                {"from_seller", senderId == t.sellerId},
                {"created_at", listing::formatUtcTimestamp(now)},
                {"listing_id", t.listingId},
                {"order_id", t.orderId},
                {"subject", t.subject},
                {"buyer_id", t.buyerId},
                {"buyer_name", names.empty() ? std::string() : names.front().text(0)}};
    SyncStore::saveRecord(tx, rec);
    std::vector<Change> changes{{0, "message", uuid, "upsert", rec.revision, rec.data.dump()}};
    ChangeLog::append(tx, t.sellerId, changes);
}

void append(Transaction &tx, const std::string &threadId, const ThreadParties &t, const std::string &senderId,
            const std::string &body, std::int64_t now, const std::string &uuid)
{
    tx.execute("INSERT INTO messages (thread_id, sender_id, body, created_at, uuid) VALUES (?, ?, ?, ?, ?)",
               {threadId, senderId, body, now, uuid});
    // The sender has read their own thread up to their message.
    tx.execute("UPDATE message_threads SET last_message_at = ?, last_message_id = (SELECT MAX(id) FROM messages "
               "WHERE thread_id = ?), buyer_read_id = CASE WHEN buyer_id = ? THEN (SELECT MAX(id) FROM messages "
               "WHERE thread_id = ?) ELSE buyer_read_id END, seller_read_id = CASE WHEN seller_id = ? THEN "
               "(SELECT MAX(id) FROM messages WHERE thread_id = ?) ELSE seller_read_id END WHERE id = ?",
               {now, threadId, senderId, threadId, senderId, threadId, threadId});
    publish(tx, threadId, t, uuid, senderId, body, now);
}

} // namespace

std::string MessageStore::post(const std::string &listingId, const std::string &orderId, const std::string &buyerId,
                               const std::string &sellerId, const std::string &subject, const std::string &senderId,
                               const std::string &body, std::int64_t now)
{
    Transaction tx(m_db);
    ChangeLog::lockOwner(tx, sellerId); // the seller's sync lock first, as every writer of their feed
    const auto find = [&] {
        return tx.query("SELECT id FROM message_threads WHERE listing_id = ? AND buyer_id = ? AND order_id = ?",
                        {listingId, buyerId, orderId});
    };
    auto rows = find();
    if (rows.empty()) {
        // Two first messages at once: the unique key keeps one thread, the other joins it.
        tx.execute("INSERT INTO message_threads (id, listing_id, order_id, buyer_id, seller_id, subject, created_at, "
                   "last_message_at, last_message_id, buyer_read_id, seller_read_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                   "0, 0, 0) ON CONFLICT (listing_id, buyer_id, order_id) DO NOTHING",
                   {newUuid(), listingId, orderId, buyerId, sellerId, subject, now, now});
        rows = find();
    }
    const auto threadId = rows.front().text(0);
    const auto t = parties(tx, threadId);
    append(tx, threadId, *t, senderId, body, now, newUuid());
    tx.commit();
    return threadId;
}

bool MessageStore::reply(const std::string &threadId, const std::string &senderId, const std::string &body,
                         std::int64_t now)
{
    Transaction tx(m_db);
    if (!reply(tx, threadId, senderId, body, now, newUuid()))
        return false;
    tx.commit();
    return true;
}

std::optional<ThreadParties> MessageStore::parties(Transaction &tx, const std::string &threadId)
{
    const auto rows =
        tx.query("SELECT listing_id, order_id, buyer_id, seller_id, subject FROM message_threads "
                 "WHERE id = ?",
                 {threadId});
    if (rows.empty())
        return std::nullopt;
    const auto &r = rows.front();
    return ThreadParties{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4)};
}

bool MessageStore::reply(Transaction &tx, const std::string &threadId, const std::string &senderId,
                         const std::string &body, std::int64_t now, const std::string &uuid)
{
    const auto t = parties(tx, threadId);
    if (!t || (t->buyerId != senderId && t->sellerId != senderId))
        return false;
    ChangeLog::lockOwner(tx, t->sellerId); // before this transaction's first write of the thread
    append(tx, threadId, *t, senderId, body, now, uuid);
    return true;
}

std::vector<MessageThread> MessageStore::threadsOf(const std::string &userId, std::int64_t limit)
{
    std::vector<MessageThread> out;
    for (const auto &r : m_db.query(std::string("SELECT ") + kThreadColumns +
                                        "WHERE t.buyer_id = ? OR t.seller_id = ? ORDER BY t.last_message_at DESC, "
                                        "t.id LIMIT ?",
                                    {userId, userId, userId, userId, userId, limit}))
        out.push_back(threadFromRow(r));
    return out;
}

std::optional<MessageThread> MessageStore::thread(const std::string &threadId, const std::string &userId)
{
    const auto rows = m_db.query(std::string("SELECT ") + kThreadColumns +
                                     "WHERE t.id = ? AND (t.buyer_id = ? OR t.seller_id = ?)",
                                 {userId, userId, userId, threadId, userId, userId});
    if (rows.empty())
        return std::nullopt;
    return threadFromRow(rows.front());
}

std::vector<Message> MessageStore::read(const std::string &threadId, const std::string &userId)
{
    Transaction tx(m_db);
    std::vector<Message> out;
    if (tx.query("SELECT 1 FROM message_threads WHERE id = ? AND (buyer_id = ? OR seller_id = ?)",
                 {threadId, userId, userId})
            .empty())
        return out;
    for (const auto &r : tx.query("SELECT id, sender_id, body, created_at FROM messages WHERE thread_id = ? "
                                  "ORDER BY id",
                                  {threadId}))
        out.push_back({r.integer(0), r.text(1), r.text(2), r.integer(3)});
    if (!out.empty()) {
        const auto last = out.back().id;
        tx.execute("UPDATE message_threads SET buyer_read_id = CASE WHEN buyer_id = ? AND buyer_read_id < ? THEN ? "
                   "ELSE buyer_read_id END, seller_read_id = CASE WHEN seller_id = ? AND seller_read_id < ? THEN ? "
                   "ELSE seller_read_id END WHERE id = ?",
                   {userId, last, last, userId, last, last, threadId});
    }
    tx.commit();
    return out;
}

std::int64_t MessageStore::unreadCount(const std::string &userId)
{
    return m_db
        .query("SELECT (SELECT COUNT(*) FROM message_threads t JOIN messages m ON m.thread_id = t.id AND "
               "m.id > t.buyer_read_id WHERE t.buyer_id = ? AND m.sender_id <> ?) + (SELECT COUNT(*) FROM "
               "message_threads t JOIN messages m ON m.thread_id = t.id AND m.id > t.seller_read_id WHERE "
               "t.seller_id = ? AND m.sender_id <> ?)",
               {userId, userId, userId, userId})
        .front()
        .integer(0);
}

std::optional<std::string> MessageStore::threadOfOrder(const std::string &orderId)
{
    const auto rows = m_db.query("SELECT id FROM message_threads WHERE order_id = ?", {orderId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().text(0);
}

} // namespace caravan::store
