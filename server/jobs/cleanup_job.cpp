#include "jobs/cleanup_job.h"

#include "accounts/account_service.h"
#include "runtime/log.h"
#include "store/database.h"
#include "store/photo_uploads.h"

#include <Poco/Util/Timer.h>
#include <Poco/Util/TimerTask.h>
#include <chrono>

namespace caravan::jobs {

namespace {
class CleanupTask : public Poco::Util::TimerTask
{
public:
    explicit CleanupTask(Cleanup &cleanup)
        : m_cleanup(cleanup)
    {}
    void run() override
    {
        try {
            const auto r = m_cleanup.runOnce();
            if (r.expiredRows + r.abandonedUploads + r.partFiles > 0)
                server::logEvent(server::LogLevel::Info, "cleanup",
                                 {{"removed", std::to_string(r.expiredRows)},
                                  {"abandoned_uploads", std::to_string(r.abandonedUploads)},
                                  {"part_files", std::to_string(r.partFiles)}});
        } catch (const std::exception &e) {
            server::logEvent(server::LogLevel::Warn, "cleanup_failed", {{"error", e.what()}});
        }
    }

private:
    Cleanup &m_cleanup;
};
} // namespace

Cleanup::Cleanup(accounts::AccountService &accounts, store::Database &db, std::filesystem::path uploadDir,
                 std::int64_t uploadMaxAgeSeconds)
    : m_accounts(accounts)
    , m_db(db)
    , m_uploadDir(std::move(uploadDir))
    , m_uploadMaxAgeSeconds(uploadMaxAgeSeconds)
{}

Cleanup::Report Cleanup::runOnce()
{
    Report r;
    r.expiredRows = m_accounts.purgeExpired();
    // Rows first, then files: a client that resumes after its row is gone starts again at offset 0,
    // which rewrites the file from its start.
    r.abandonedUploads =
        store::PhotoUploadStore(m_db).purgeAbandoned(store::nowSeconds() - m_uploadMaxAgeSeconds);
    const auto cutoff =
        std::filesystem::file_time_type::clock::now() - std::chrono::seconds(m_uploadMaxAgeSeconds);
    r.partFiles = store::removeStaleUploadParts(m_uploadDir, cutoff);
    return r;
}

CleanupJob::CleanupJob(Cleanup &cleanup, int intervalSeconds)
    : m_timer(std::make_unique<Poco::Util::Timer>())
{
    const long ms = long(intervalSeconds) * 1000;
    m_timer->scheduleAtFixedRate(new CleanupTask(cleanup), ms, ms);
}

CleanupJob::~CleanupJob()
{
    m_timer->cancel(true);
}

} // namespace caravan::jobs
