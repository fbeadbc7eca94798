#pragma once

#include "store/database.h"

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
    // The size of the file the app uploaded for an accepted photo (0 for photos that came otherwise).
    std::int64_t originalBytes(const std::string &sha256);

    std::optional<PhotoUpload> find(const std::string &sha256, const std::string &userId);
    // Starts an upload at 0 (keeps one that exists). Returns the upload as it now stands.
    PhotoUpload start(const std::string &sha256, const std::string &userId, std::int64_t total);
    // Moves `received` from `offset` to `offset + length` if it still stands at `offset`.
    bool advance(const std::string &sha256, const std::string &userId, std::int64_t offset,
                 std::int64_t length);
    void discard(const std::string &sha256, const std::string &userId);

    // Registers an accepted photo (its re-encoded bytes are in PhotoFiles under `sha256`), shows it on the
    // listings that reference it, and ends the upload — in one transaction.
    void accept(const std::string &sha256, const std::string &userId, std::int64_t storedBytes,
                const std::string &storedSha256, std::int64_t originalBytes, int width, int height);

private:
    Database &m_db;
};

} // namespace caravan::store
