#pragma once

#include <memory>

namespace Poco::Util {
class Timer;
}

namespace caravan::accounts {
class AccountService;
}

namespace caravan::jobs {

// Every `intervalSeconds`, deletes expired web sessions, API tokens and stale throttle rows.
// Safe with several server processes: each delete only removes rows that are already dead.
class CleanupJob
{
public:
    CleanupJob(accounts::AccountService &accounts, int intervalSeconds);
    ~CleanupJob(); // cancels the timer and waits for a running pass

private:
    std::unique_ptr<Poco::Util::Timer> m_timer;
};

} // namespace caravan::jobs
