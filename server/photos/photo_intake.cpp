#include "photos/photo_intake.h"

#include "accounts/crypto.h"
#include "photos/jpeg_image.h"
#include "runtime/log.h"
#include "store/photo_uploads.h"
#include "store/photo_usage.h"
#include "store/throttle.h"

#include <algorithm>

namespace caravan::photos {

std::optional<IntakeRefusal> PhotoIntake::refuseNew(const std::string &userId, const std::string &sha256,
                                                    std::int64_t total)
{
    const auto mib = [](std::int64_t bytes) { return std::to_string((bytes + (1 << 20) - 1) >> 20); };
    const auto used = store::PhotoUsageStore(m_db).bytesOf(userId, sha256);
    if (used + total > m_policy.quotaBytes) {
        server::logEvent(server::LogLevel::Warn, "photo_quota", {{"user", userId}, {"used", std::to_string(used)}});
        IntakeRefusal r{413, "quota_exceeded",
                        "Your photos take " + mib(used) + " MiB of the " + mib(m_policy.quotaBytes) +
                            " MiB an account may use. Photos no listing uses are deleted after a while; remove "
                            "some from your listings or ask support for more."};
        r.usedBytes = used;
        r.quotaBytes = m_policy.quotaBytes;
        return r;
    }
    // New uploads per account and hour, counted in the same fixed-window table as sign-in attempts.
    const auto now = store::nowSeconds();
    const auto admission = store::ThrottleRepository(m_db).admit(
        {{"photo-uploads:" + accounts::sha256Hex(userId), m_policy.uploadsPerHour, 3600, 3600}}, now);
    if (!admission.admitted) {
        IntakeRefusal r{429, "too_many_uploads",
                        "This account has started " + std::to_string(m_policy.uploadsPerHour) +
                            " photo uploads within the hour; try again later."};
        r.retryAfter = std::max<std::int64_t>(admission.lockedUntil - now, 1);
        return r;
    }
    return std::nullopt;
}

std::optional<IntakeRefusal> PhotoIntake::store(const std::string &userId, const std::string &sha256,
                                                const std::string &bytes)
{
    if (accounts::sha256Hex(bytes) != sha256)
        return IntakeRefusal{422, "hash_mismatch", "The uploaded bytes do not have the SHA-256 the photo is named by."};
    const auto image = reencodeJpeg(bytes);
    if (!image.ok)
        return IntakeRefusal{image.status, image.code, image.reason};
    m_photos.put(sha256, image.jpeg);
    store::PhotoUploadStore(m_db).accept(sha256, userId, static_cast<std::int64_t>(image.jpeg.size()),
                                         accounts::sha256Hex(image.jpeg), static_cast<std::int64_t>(bytes.size()),
                                         image.width, image.height);
    return std::nullopt;
}

std::optional<IntakeRefusal> PhotoIntake::takeWhole(const std::string &userId, const std::string &bytes,
                                                    std::string &sha256)
{
    if (bytes.empty())
        return IntakeRefusal{400, "empty_photo", "A photo has at least 1 byte; this one has none."};
    if (static_cast<std::int64_t>(bytes.size()) > kMaxPhotoBytes)
        return IntakeRefusal{413, "photo_too_large", "A photo has 1 to " + std::to_string(kMaxPhotoBytes) + " bytes."};
    const auto sha = accounts::sha256Hex(bytes);
    if (!store::PhotoUploadStore(m_db).accepted(sha)) {
        if (auto refused = refuseNew(userId, sha, static_cast<std::int64_t>(bytes.size())))
            return refused;
        if (auto refused = store(userId, sha, bytes))
            return refused;
    }
    sha256 = sha;
    return std::nullopt;
}

} // namespace caravan::photos
