#pragma once

#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Message threads between a buyer and a seller (docs/marketplace.md, "Messages"). Every read takes the
// user's id: a thread the user is not part of is not found.
namespace caravan::store {

struct MessageThread
{
    std::string id;
    std::string listingId;
    std::string orderId; // "" for a question about the listing
    std::string buyerId;
    std::string sellerId;
    std::string subject; // the listing's title when the thread began
    std::int64_t createdAt = 0;
    std::int64_t lastMessageAt = 0;
    std::int64_t unread = 0;       // for the user who asked
    std::string otherName;         // the other side's display name, for the user who asked
};

// Who a thread is between and what it is about (for a writer inside a transaction).
struct ThreadParties
{
    std::string listingId;
    std::string orderId;
    std::string buyerId;
    std::string sellerId;
    std::string subject;
};

struct Message
{
    std::int64_t id = 0;
    std::string senderId;
    std::string body;
    std::int64_t createdAt = 0;
};

class MessageStore
{
public:
    explicit MessageStore(Database &db)
        : m_db(db)
    {}

    // The thread of (listing, buyer, order) or a new one; then the message, in one transaction. Returns the
    // thread id.
    std::string post(const std::string &listingId, const std::string &orderId, const std::string &buyerId,
                     const std::string &sellerId, const std::string &subject, const std::string &senderId,
                     const std::string &body, std::int64_t now);
    // Adds a message to a thread the sender is part of; false when they are not.
    bool reply(const std::string &threadId, const std::string &senderId, const std::string &body, std::int64_t now);

    // Inside a writer's transaction. Every message is published to the seller's sync feed as a `message`
    // record (docs/sync.md), so the writer takes the seller's sync lock (ChangeLog::lockOwner) here, before
    // anything else it writes.
    static std::optional<ThreadParties> parties(Transaction &tx, const std::string &threadId);
    // Adds the message `uuid` to a thread the sender is part of (false when they are not).
    static bool reply(Transaction &tx, const std::string &threadId, const std::string &senderId,
                      const std::string &body, std::int64_t now, const std::string &uuid);

    // The user's threads (as buyer or seller), newest activity first, with their unread counts.
    std::vector<MessageThread> threadsOf(const std::string &userId, std::int64_t limit = 100);
    std::optional<MessageThread> thread(const std::string &threadId, const std::string &userId);
    // The thread's messages, oldest first, and marks them read for the user.
    std::vector<Message> read(const std::string &threadId, const std::string &userId);
    std::int64_t unreadCount(const std::string &userId);
    // The thread of an order, if one was started.
    std::optional<std::string> threadOfOrder(const std::string &orderId);

private:
    Database &m_db;
};

} // namespace caravan::store
