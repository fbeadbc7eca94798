#include "store/sync_schema.h"

namespace caravan::store {

// The buyer pages keep reading the `listings` table of migration 2: sync keeps it up to date as a
// projection of the synced record (status scheduled shows as draft there; moderation published, pending
// and removed map to approved, pending and rejected). The full record lives in sync_records.data.
Migration syncMigration()
{
    return {3,
            "sync: clients, per-owner change log, records, conflicts, photo uploads",
            {
                R"(CREATE TABLE sync_clients (
    client_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    last_mutation_id BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL))",
                "CREATE INDEX sync_clients_user ON sync_clients(user_id)",
                R"(CREATE TABLE sync_owner_seq (
    owner_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    seq BIGINT NOT NULL))",
                R"(CREATE TABLE change_log (
    owner_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    revision BIGINT NOT NULL,
    data TEXT,
    changed_at BIGINT NOT NULL,
    PRIMARY KEY (owner_id, seq)))",
                R"(CREATE TABLE sync_records (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    owner_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    revision BIGINT NOT NULL,
    deleted BIGINT NOT NULL,
    data TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (entity, entity_id)))",
                "CREATE INDEX sync_records_owner ON sync_records(owner_id, entity)",
                R"(CREATE TABLE sync_conflicts (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'resolved')),
    fields TEXT NOT NULL,
    revision BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    resolved_at BIGINT))",
                "CREATE INDEX sync_conflicts_owner ON sync_conflicts(owner_id, state)",
                R"(CREATE TABLE listing_photo_refs (
    listing_id TEXT NOT NULL,
    position BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (listing_id, position)))",
                "CREATE INDEX listing_photo_refs_sha ON listing_photo_refs(sha256)",
                R"(CREATE TABLE photo_uploads (
    sha256 TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    total BIGINT NOT NULL,
    received BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (sha256, user_id)))",
                R"(CREATE TABLE photo_meta (
    sha256 TEXT PRIMARY KEY,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    original_bytes BIGINT NOT NULL,
    stored_sha256 TEXT NOT NULL,
    uploaded_by TEXT,
    created_at BIGINT NOT NULL))",
            }};
}

} // namespace caravan::store
