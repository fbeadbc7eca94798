#include "store/market_schema.h"

namespace caravan::store {

Migration marketMigration()
{
    return {9,
            "marketplace: message threads between buyer and seller, reviews",
            {
                // One thread per (listing, buyer) for questions (order_id ''), one per order.
                // The read markers are the id of the last message each side has seen.
                R"(CREATE TABLE message_threads (
    id TEXT PRIMARY KEY,
    listing_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    buyer_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    seller_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_message_at BIGINT NOT NULL,
    last_message_id BIGINT NOT NULL,
    buyer_read_id BIGINT NOT NULL,
    seller_read_id BIGINT NOT NULL,
    UNIQUE (listing_id, buyer_id, order_id)))",
                "CREATE INDEX message_threads_buyer ON message_threads(buyer_id, last_message_at)",
                "CREATE INDEX message_threads_seller ON message_threads(seller_id, last_message_at)",
                R"(CREATE TABLE messages (
    id {AUTO_ID},
    thread_id TEXT NOT NULL REFERENCES message_threads(id) ON DELETE CASCADE,
    sender_id TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL))",
                "CREATE INDEX messages_thread ON messages(thread_id, id)",
                // One review per order and author; published when both sides wrote or the window closed.
                R"(CREATE TABLE reviews (
    order_id TEXT NOT NULL REFERENCES orders(id),
    author_id TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    author_role TEXT NOT NULL CHECK (author_role IN ('buyer', 'seller')),
    rating BIGINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    window_ends_at BIGINT NOT NULL,
    PRIMARY KEY (order_id, author_id)))",
                "CREATE INDEX reviews_subject ON reviews(subject_id, author_role, created_at)",
            }};
}

Migration favouritesMigration()
{
    return {10,
            "favourites: the listings a buyer watches",
            {
                R"(CREATE TABLE favourites (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    listing_id TEXT NOT NULL REFERENCES listings(id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, listing_id)))",
                "CREATE INDEX favourites_listing ON favourites(listing_id)",
            }};
}

Migration messageUuidMigration()
{
    Migration m{13, "messages: a UUID per message (its id in the seller's sync feed)", {}};
    m.statements = {"ALTER TABLE messages ADD COLUMN uuid TEXT"};
    m.sqliteStatements = {
        "UPDATE messages SET uuid = lower(hex(randomblob(16)))",
        "UPDATE messages SET uuid = substr(uuid, 1, 8) || '-' || substr(uuid, 9, 4) || '-' || substr(uuid, "
        "13, 4) || "
        "'-' || substr(uuid, 17, 4) || '-' || substr(uuid, 21, 12)",
    };
    m.postgresStatements = {
        "UPDATE messages SET uuid = md5(random()::text || clock_timestamp()::text || id::text)::uuid::text",
    };
    for (auto *list : {&m.sqliteStatements, &m.postgresStatements})
        list->push_back("CREATE UNIQUE INDEX messages_uuid ON messages(uuid)");
    return m;
}

} // namespace caravan::store
