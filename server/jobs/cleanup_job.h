#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>

namespace Poco::Util {
class Timer;
}

namespace caravan::accounts {
class AccountService;
}
namespace caravan::store {
class Database;
}

namespace caravan::jobs {

// One cleanup pass: expired web sessions, API tokens and stale throttle rows; photo uploads that have
// not moved for `uploadMaxAgeSeconds` (their rows and their .part files). Safe with several server
// processes: each delete only removes what is already dead.
class Cleanup
{
public:
    struct Report
    {
        std::size_t expiredRows = 0;      // sessions, tokens, throttle rows
        std::size_t abandonedUploads = 0; // upload rows
        std::size_t partFiles = 0;        // .part files removed
    };

    Cleanup(accounts::AccountService &accounts, store::Database &db, std::filesystem::path uploadDir,
            std::int64_t uploadMaxAgeSeconds);
    Report runOnce();

private:
    accounts::AccountService &m_accounts;
    store::Database &m_db;
    std::filesystem::path m_uploadDir;
    std::int64_t m_uploadMaxAgeSeconds;
};

// Runs Cleanup::runOnce every `intervalSeconds` on a timer thread; errors are logged, never thrown.
class CleanupJob
{
public:
    CleanupJob(Cleanup &cleanup, int intervalSeconds);
    ~CleanupJob(); // cancels the timer and waits for a running pass

private:
    std::unique_ptr<Poco::Util::Timer> m_timer;
};

} // namespace caravan::jobs
