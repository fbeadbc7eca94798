#pragma once

#include "store/database.h"
#include "store/migrations.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

// Sealed packing evidence (docs/sync.md, entity `evidence`): photos and measurements a seller recorded
// while packing an order. The server keeps, from the moment it received the record, the SHA-256 and size
// of every photo and its own receipt time; the rows cannot be changed or deleted (the database refuses an
// UPDATE or DELETE with a trigger, on SQLite and PostgreSQL), and their photos are never collected.
namespace caravan::store {

struct EvidencePhoto
{
    std::string sha256;
    std::int64_t byteSize = 0;
};

struct EvidenceRecord
{
    std::string id;
    std::string orderId;
    std::string sellerId;
    nlohmann::json data = nlohmann::json::object(); // what the seller recorded (the record's seller fields)
    std::vector<EvidencePhoto> photos;
    std::int64_t receivedAt = 0;
    std::string sealSha256; // SHA-256 over the canonical stored record (sealText)

    // "caravan-evidence/1|id|order|seller|received_at|<data as compact JSON, keys sorted>|sha:size,..."
    [[nodiscard]] std::string sealText() const;
};

class EvidenceStore
{
public:
    static std::optional<EvidenceRecord> load(Transaction &tx, const std::string &id);
    static std::vector<EvidenceRecord> ofOrder(Database &db, const std::string &orderId);
    // Inserts the record with its photos (the caller fills receivedAt and sealSha256).
    static void insert(Transaction &tx, const EvidenceRecord &record);
    // The stored size of a photo the server holds that `uploadedBy` uploaded; nothing otherwise.
    static std::optional<std::int64_t> photoSize(Transaction &tx, const std::string &sha256,
                                                 const std::string &uploadedBy);
    // The seller of an order; nothing if there is no such order.
    static std::optional<std::string> orderSeller(Transaction &tx, const std::string &orderId);
};

// Migration 12: order_evidence and evidence_photos, with the triggers that make them append-only.
Migration evidenceMigration();

} // namespace caravan::store
