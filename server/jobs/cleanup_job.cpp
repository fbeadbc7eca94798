#include "jobs/cleanup_job.h"

#include "accounts/account_service.h"
#include "runtime/log.h"

#include <Poco/Util/Timer.h>
#include <Poco/Util/TimerTaskAdapter.h>

namespace caravan::jobs {

namespace {
class CleanupTask : public Poco::Util::TimerTask
{
public:
    explicit CleanupTask(accounts::AccountService &accounts)
        : m_accounts(accounts)
    {}
    void run() override
    {
        try {
            const auto removed = m_accounts.purgeExpired();
            if (removed > 0)
                server::logEvent(server::LogLevel::Info, "cleanup", {{"removed", std::to_string(removed)}});
        } catch (const std::exception &e) {
            server::logEvent(server::LogLevel::Warn, "cleanup_failed", {{"error", e.what()}});
        }
    }

private:
    accounts::AccountService &m_accounts;
};
} // namespace

CleanupJob::CleanupJob(accounts::AccountService &accounts, int intervalSeconds)
    : m_timer(std::make_unique<Poco::Util::Timer>())
{
    const long ms = long(intervalSeconds) * 1000;
    m_timer->scheduleAtFixedRate(new CleanupTask(accounts), ms, ms);
}

CleanupJob::~CleanupJob()
{
    m_timer->cancel(true);
}

} // namespace caravan::jobs
