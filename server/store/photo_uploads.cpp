#include "store/photo_uploads.h"

#include <set>

namespace caravan::store {

std::vector<std::string> PhotoUploadStore::missing(const std::vector<std::string> &hashes)
{
    if (hashes.empty())
        return {};
    std::string sql = "SELECT sha256 FROM photos WHERE sha256 IN (";
    std::vector<Param> params;
    params.reserve(hashes.size());
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        sql += i ? ", ?" : "?";
        params.emplace_back(hashes[i]);
    }
    sql += ")";
    std::set<std::string> present;
    for (const auto &r : m_db.query(sql, params))
        present.insert(r.text(0));
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const auto &h : hashes)
        if (!present.count(h) && seen.insert(h).second)
            out.push_back(h);
    return out;
}

bool PhotoUploadStore::accepted(const std::string &sha256)
{
    return !m_db.query("SELECT 1 FROM photos WHERE sha256 = ?", {sha256}).empty();
}

bool PhotoUploadStore::referencedBy(const std::string &sha256, const std::string &userId)
{
    return !m_db.query("SELECT 1 FROM listing_photo_refs r JOIN listings l ON l.id = r.listing_id "
                       "WHERE r.sha256 = ? AND l.seller_id = ? LIMIT 1",
                       {sha256, userId})
                .empty();
}

std::int64_t PhotoUploadStore::originalBytes(const std::string &sha256)
{
    const auto rows = m_db.query("SELECT original_bytes FROM photo_meta WHERE sha256 = ?", {sha256});
    return rows.empty() ? 0 : rows.front().integer(0);
}

std::optional<PhotoUpload> PhotoUploadStore::find(const std::string &sha256, const std::string &userId)
{
    const auto rows = m_db.query("SELECT total, received FROM photo_uploads WHERE sha256 = ? AND user_id = ?",
                                 {sha256, userId});
    if (rows.empty())
        return std::nullopt;
    return PhotoUpload{rows.front().integer(0), rows.front().integer(1)};
}

PhotoUpload PhotoUploadStore::start(const std::string &sha256, const std::string &userId, std::int64_t total)
{
    const auto now = nowSeconds();
    m_db.execute("INSERT INTO photo_uploads (sha256, user_id, total, received, created_at, updated_at) "
                 "VALUES (?, ?, ?, 0, ?, ?) ON CONFLICT (sha256, user_id) DO NOTHING",
                 {sha256, userId, total, now, now});
    return *find(sha256, userId);
}

bool PhotoUploadStore::advance(const std::string &sha256, const std::string &userId, std::int64_t offset,
                               std::int64_t length)
{
    return m_db.execute("UPDATE photo_uploads SET received = ?, updated_at = ? "
                        "WHERE sha256 = ? AND user_id = ? AND received = ?",
                        {offset + length, nowSeconds(), sha256, userId, offset}) == 1;
}

void PhotoUploadStore::discard(const std::string &sha256, const std::string &userId)
{
    m_db.execute("DELETE FROM photo_uploads WHERE sha256 = ? AND user_id = ?", {sha256, userId});
}

std::size_t PhotoUploadStore::purgeAbandoned(std::int64_t cutoff)
{
    return m_db.execute("DELETE FROM photo_uploads WHERE updated_at < ?", {cutoff});
}

std::filesystem::path uploadPartsDir(const std::filesystem::path &dataDir)
{
    return dataDir / "uploads";
}

std::size_t removeStaleUploadParts(const std::filesystem::path &dir, std::filesystem::file_time_type cutoff)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return 0;
    std::size_t removed = 0;
    // The per-user folders stay (one per uploader): removing one could race with an upload creating
    // its file there.
    for (const auto &userDir : fs::directory_iterator(dir, ec)) {
        if (!userDir.is_directory(ec))
            continue;
        for (const auto &f : fs::directory_iterator(userDir.path(), ec)) {
            if (!f.is_regular_file(ec) || f.path().extension() != ".part")
                continue;
            const auto written = fs::last_write_time(f.path(), ec);
            if (!ec && written < cutoff && fs::remove(f.path(), ec))
                ++removed;
        }
    }
    return removed;
}

void PhotoUploadStore::accept(const std::string &sha256, const std::string &userId, std::int64_t storedBytes,
                              const std::string &storedSha256, std::int64_t originalBytes, int width,
                              int height)
{
    Transaction tx(m_db);
    const auto now = nowSeconds();
    tx.execute(
        "INSERT INTO photos (sha256, content_type, byte_size, created_at) VALUES (?, 'image/jpeg', ?, ?) "
        "ON CONFLICT (sha256) DO NOTHING",
        {sha256, storedBytes, now});
    tx.execute("INSERT INTO photo_meta (sha256, width, height, original_bytes, stored_sha256, uploaded_by, "
               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
               {sha256, std::int64_t{width}, std::int64_t{height}, originalBytes, storedSha256, userId, now});
    tx.execute(
        "INSERT INTO listing_photos (listing_id, position, sha256) SELECT r.listing_id, r.position, r.sha256 "
        "FROM listing_photo_refs r JOIN listings l ON l.id = r.listing_id WHERE r.sha256 = ? "
        "ON CONFLICT (listing_id, position) DO NOTHING",
        {sha256});
    tx.execute("DELETE FROM photo_uploads WHERE sha256 = ? AND user_id = ?", {sha256, userId});
    tx.commit();
}

} // namespace caravan::store
