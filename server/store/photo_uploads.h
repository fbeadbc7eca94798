#pragma once

#include "store/database.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace caravan::store {

struct PhotoUpload
{
    std::int64_t total = 0;
    std::int64_t received = 0;
};

// Photo uploads in progress (per photo hash and uploader) and the metadata of accepted photos.
class PhotoUploadStore
{
public:
    explicit PhotoUploadStore(Database &db)
        : m_db(db)
    {}

    // The hashes of `hashes` the server does not hold yet (as an accepted photo).
    std::vector<std::string> missing(const std::vector<std::string> &hashes);
    bool accepted(const std::string &sha256);
    // Whether a listing of `userId` shows (or waits for) the photo: the object-level check for downloads.
    bool referencedBy(const std::string &sha256, const std::string &userId);
    // The size of the file the app uploaded for an accepted photo (0 for photos that came otherwise).
    std::int64_t originalBytes(const std::string &sha256);

    std::optional<PhotoUpload> find(const std::string &sha256, const std::string &userId);
    // Starts an upload at 0 (keeps one that exists). Returns the upload as it now stands.
    PhotoUpload start(const std::string &sha256, const std::string &userId, std::int64_t total);
    // Moves `received` from `offset` to `offset + length` if it still stands at `offset`.
    bool advance(const std::string &sha256, const std::string &userId, std::int64_t offset,
                 std::int64_t length);
    void discard(const std::string &sha256, const std::string &userId);
    // Forgets uploads that have not moved since before `cutoff` (seconds since the epoch). Returns how
    // many. The client of such an upload starts again at offset 0.
    std::size_t purgeAbandoned(std::int64_t cutoff);

    // Registers an accepted photo (its re-encoded bytes are in PhotoFiles under `sha256`), shows it on the
    // listings that reference it, and ends the upload — in one transaction.
    void accept(const std::string &sha256, const std::string &userId, std::int64_t storedBytes,
                const std::string &storedSha256, std::int64_t originalBytes, int width, int height);

private:
    Database &m_db;
};

// Where the bytes of uploads in progress live: <dataDir>/uploads/<user key>/<sha256>.part.
std::filesystem::path uploadPartsDir(const std::filesystem::path &dataDir);
// Deletes the .part files under `dir` last written before `cutoff`, A file that is being written is newer
// than the cutoff and stays. Returns the number of files removed.
std::size_t removeStaleUploadParts(const std::filesystem::path &dir, std::filesystem::file_time_type cutoff);

} // namespace caravan::store
