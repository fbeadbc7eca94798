#include "store/evidence.h"

namespace caravan::store {

using nlohmann::json;

std::string EvidenceRecord::sealText() const
{
    // nlohmann::json keeps object keys sorted, so dump() is canonical for the same content.
    std::string text = "caravan-evidence/1|" + id + "|" + orderId + "|" + sellerId + "|" +
                       std::to_string(receivedAt) + "|" + data.dump() + "|";
    for (std::size_t i = 0; i < photos.size(); ++i)
        text += (i ? "," : "") + photos[i].sha256 + ":" + std::to_string(photos[i].byteSize);
    return text;
}

namespace {

template <typename Source>
std::vector<EvidenceRecord> read(Source &source, const std::string &where, const std::string &value)
{
    std::vector<EvidenceRecord> out;
    for (const auto &r : source.query("SELECT id, order_id, seller_id, data, received_at, seal_sha256 "
                                      "FROM order_evidence WHERE " +
                                          where + " = ? ORDER BY received_at, id",
                                      {value})) {
        EvidenceRecord e;
        e.id = r.text(0);
        e.orderId = r.text(1);
        e.sellerId = r.text(2);
        e.data = json::parse(r.text(3));
        e.receivedAt = r.integer(4);
        e.sealSha256 = r.text(5);
        for (const auto &p : source.query(
                 "SELECT sha256, byte_size FROM evidence_photos WHERE evidence_id = ? ORDER BY position",
                 {e.id}))
            e.photos.push_back({p.text(0), p.integer(1)});
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

std::optional<EvidenceRecord> EvidenceStore::load(Transaction &tx, const std::string &id)
{
    auto found = read(tx, "id", id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<EvidenceRecord> EvidenceStore::ofOrder(Database &db, const std::string &orderId)
{
    return read(db, "order_id", orderId);
}

void EvidenceStore::insert(Transaction &tx, const EvidenceRecord &e)
{
    tx.execute("INSERT INTO order_evidence (id, order_id, seller_id, data, received_at, seal_sha256) "
               "VALUES (?, ?, ?, ?, ?, ?)",
               {e.id, e.orderId, e.sellerId, e.data.dump(), e.receivedAt, e.sealSha256});
    for (std::size_t i = 0; i < e.photos.size(); ++i)
        tx.execute("INSERT INTO evidence_photos (evidence_id, position, sha256, byte_size) VALUES (?, ?, ?, ?)",
                   {e.id, static_cast<std::int64_t>(i), e.photos[i].sha256, e.photos[i].byteSize});
}

std::optional<std::int64_t> EvidenceStore::photoSize(Transaction &tx, const std::string &sha256,
                                                     const std::string &uploadedBy)
{
    const auto rows = tx.query("SELECT p.byte_size FROM photos p JOIN photo_meta m ON m.sha256 = p.sha256 "
                               "WHERE p.sha256 = ? AND m.uploaded_by = ?",
                               {sha256, uploadedBy});
    if (rows.empty())
        return std::nullopt;
    return rows.front().integer(0);
}

std::optional<std::string> EvidenceStore::orderSeller(Transaction &tx, const std::string &orderId)
{
    const auto rows = tx.query("SELECT seller_id FROM orders WHERE id = ?", {orderId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().text(0);
}

Migration evidenceMigration()
{
    return {12,
            "sealed packing evidence: append-only records and their photos",
            {
                R"(CREATE TABLE order_evidence (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders(id),
    seller_id TEXT NOT NULL,
    data TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    seal_sha256 TEXT NOT NULL))",
                "CREATE INDEX order_evidence_order ON order_evidence(order_id, received_at)",
                R"(CREATE TABLE evidence_photos (
    evidence_id TEXT NOT NULL REFERENCES order_evidence(id),
    position BIGINT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES photos(sha256),
    byte_size BIGINT NOT NULL,
    PRIMARY KEY (evidence_id, position)))",
                "CREATE INDEX evidence_photos_sha ON evidence_photos(sha256)",
            },
            // Sealed: nothing may change or remove a row once written, whoever asks.
            {
                "CREATE TRIGGER order_evidence_no_update BEFORE UPDATE ON order_evidence "
                "BEGIN SELECT RAISE(ABORT, 'packing evidence is sealed'); END",
                "CREATE TRIGGER order_evidence_no_delete BEFORE DELETE ON order_evidence "
                "BEGIN SELECT RAISE(ABORT, 'packing evidence is sealed'); END",
                "CREATE TRIGGER evidence_photos_no_update BEFORE UPDATE ON evidence_photos "
                "BEGIN SELECT RAISE(ABORT, 'packing evidence is sealed'); END",
                "CREATE TRIGGER evidence_photos_no_delete BEFORE DELETE ON evidence_photos "
                "BEGIN SELECT RAISE(ABORT, 'packing evidence is sealed'); END",
            },
            {
                R"(CREATE FUNCTION caravan_evidence_sealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'packing evidence is sealed';
END $$)",
                "CREATE TRIGGER order_evidence_sealed BEFORE UPDATE OR DELETE ON order_evidence "
                "FOR EACH ROW EXECUTE FUNCTION caravan_evidence_sealed()",
                "CREATE TRIGGER evidence_photos_sealed BEFORE UPDATE OR DELETE ON evidence_photos "
                "FOR EACH ROW EXECUTE FUNCTION caravan_evidence_sealed()",
            }};
}

} // namespace caravan::store
