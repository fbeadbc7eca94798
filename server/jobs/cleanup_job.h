#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>

namespace Poco::Util {
class Timer;
}

namespace caravan::accounts {
class AccountService;
}
namespace caravan::store {
class Database;
class PhotoFiles;
} // namespace caravan::store
namespace caravan::orders {
class PayoutIdentityService;
}

namespace caravan::jobs {

// One cleanup pass: expired web sessions, API tokens and stale throttle rows; photo uploads that have
// not moved for `uploadMaxAgeSeconds` (their rows and their .part files); and, given `photos`, photos
// older than `orphanGraceSeconds` that no listing and no order uses (their rows, then their files).
// Given `identities`, payout identity documents past identity.retention_days after their decision.
// Safe with several server processes: each delete only removes what is already dead.
class Cleanup
{
public:
    struct Report
    {
        std::size_t expiredRows = 0;      // sessions, tokens, throttle rows
        std::size_t abandonedUploads = 0; // upload rows
        std::size_t partFiles = 0;        // .part files removed
        std::size_t unusedPhotos = 0;     // photos no listing or order used, collected
        std::size_t identityDocuments = 0; // payout identity documents past their retention
    };

    Cleanup(accounts::AccountService &accounts, store::Database &db, std::filesystem::path uploadDir,
            std::int64_t uploadMaxAgeSeconds, store::PhotoFiles *photos = nullptr,
            std::int64_t orphanGraceSeconds = 7 * 24 * 3600,
            orders::PayoutIdentityService *identities = nullptr);
    Report runOnce();
    // Only the collection of unused photos (also part of runOnce). Returns how many were deleted.
    std::size_t collectUnusedPhotos();

private:
    accounts::AccountService &m_accounts;
    store::Database &m_db;
    std::filesystem::path m_uploadDir;
    std::int64_t m_uploadMaxAgeSeconds;
    store::PhotoFiles *m_photos;
    std::int64_t m_orphanGraceSeconds;
    orders::PayoutIdentityService *m_identities;
};

// Runs Cleanup::runOnce every `intervalSeconds` on a timer thread; errors are logged, never thrown.
class CleanupJob
{
public:
    // `passed` (if set) runs after each pass that did not throw (the job's lag in GET /metrics).
    CleanupJob(Cleanup &cleanup, int intervalSeconds, std::function<void()> passed = {});
    ~CleanupJob(); // cancels the timer and waits for a running pass

private:
    std::unique_ptr<Poco::Util::Timer> m_timer;
};

} // namespace caravan::jobs
