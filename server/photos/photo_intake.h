#pragma once

#include "api/photo_policy.h"
#include "store/database.h"
#include "store/photo_files.h"

#include <cstdint>
#include <optional>
#include <string>

// Taking a photo in, whichever way it came (the app's resumable upload, docs/sync.md "Photos"; a file in a
// web form, docs/disputes.md "Parties"): the account's quota and upload rate before it starts, then the
// hash, a full decode and a fresh encoding (photos/jpeg_image.h) before it is stored and registered.
namespace caravan::photos {

// Why a photo was not taken: the HTTP status, a stable code and an English sentence.
struct IntakeRefusal
{
    int status = 0;
    std::string code;
    std::string message;
    std::int64_t usedBytes = 0;  // quota_exceeded: what the account's photos take
    std::int64_t quotaBytes = 0; // quota_exceeded: what they may take
    std::int64_t retryAfter = 0; // too_many_uploads: seconds until the window ends
};

class PhotoIntake
{
public:
    static constexpr std::int64_t kMaxPhotoBytes = 12LL * 1024 * 1024;

    PhotoIntake(store::Database &db, store::PhotoFiles &photos, api::PhotoPolicy policy)
        : m_db(db)
        , m_photos(photos)
        , m_policy(policy)
    {}

    const api::PhotoPolicy &policy() const { return m_policy; }

    // Before a new upload of `total` bytes starts: the account's quota, then its uploads per hour (which
    // this call counts). nullopt: it may start.
    std::optional<IntakeRefusal> refuseNew(const std::string &userId, const std::string &sha256,
                                           std::int64_t total);
    // Verifies the complete bytes of photo `sha256` (their hash, a whole decode) and stores the re-encoded
    // JPEG, registered as uploaded by `userId`. nullopt: stored.
    std::optional<IntakeRefusal> store(const std::string &userId, const std::string &sha256,
                                       const std::string &bytes);
    // A whole photo from a form: the size, refuseNew and store in one go. Returns the refusal, or sets
    // `sha256` to the photo's id.
    std::optional<IntakeRefusal> takeWhole(const std::string &userId, const std::string &bytes, std::string &sha256);

private:
    store::Database &m_db;
    store::PhotoFiles &m_photos;
    api::PhotoPolicy m_policy;
};

} // namespace caravan::photos
