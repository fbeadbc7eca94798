#include "jobs/cleanup_job.h"

#include "accounts/account_service.h"
#include "orders/payout_identity.h"
#include "runtime/log.h"
#include "store/account_tokens.h"
#include "store/database.h"
#include "store/photo_files.h"
#include "store/photo_uploads.h"
#include "store/photo_usage.h"

#include <Poco/Util/Timer.h>
#include <Poco/Util/TimerTask.h>
#include <chrono>

namespace caravan::jobs {

namespace {
class CleanupTask : public Poco::Util::TimerTask
{
public:
    CleanupTask(Cleanup &cleanup, std::function<void()> passed)
        : m_cleanup(cleanup)
        , m_passed(std::move(passed))
    {}
    void run() override
    {
        try {
            const auto r = m_cleanup.runOnce();
            if (r.expiredRows + r.abandonedUploads + r.partFiles + r.unusedPhotos + r.identityDocuments > 0)
                server::logEvent(server::LogLevel::Info, "cleanup",
                                 {{"removed", std::to_string(r.expiredRows)},
                                  {"abandoned_uploads", std::to_string(r.abandonedUploads)},
                                  {"part_files", std::to_string(r.partFiles)},
                                  {"unused_photos", std::to_string(r.unusedPhotos)},
                                  {"identity_documents", std::to_string(r.identityDocuments)}});
            if (m_passed)
                m_passed();
        } catch (const std::exception &e) {
            server::logEvent(server::LogLevel::Warn, "cleanup_failed", {{"error", e.what()}});
        }
    }

private:
    Cleanup &m_cleanup;
    std::function<void()> m_passed;
};
} // namespace

Cleanup::Cleanup(accounts::AccountService &accounts, store::Database &db, std::filesystem::path uploadDir,
                 std::int64_t uploadMaxAgeSeconds, store::PhotoFiles *photos, std::int64_t orphanGraceSeconds,
                 orders::PayoutIdentityService *identities)
    : m_accounts(accounts)
    , m_db(db)
    , m_uploadDir(std::move(uploadDir))
    , m_uploadMaxAgeSeconds(uploadMaxAgeSeconds)
    , m_photos(photos)
    , m_orphanGraceSeconds(orphanGraceSeconds)
    , m_identities(identities)
{}

Cleanup::Report Cleanup::runOnce()
{
    Report r;
    r.expiredRows = m_accounts.purgeExpired();
    r.expiredRows += store::AccountTokenStore(m_db).purgeExpired(store::nowSeconds()); // mailed links
    // Rows first, then files: a client that resumes after its row is gone starts again at offset 0,
    // which rewrites the file from its start.
    r.abandonedUploads =
        store::PhotoUploadStore(m_db).purgeAbandoned(store::nowSeconds() - m_uploadMaxAgeSeconds);
    const auto cutoff =
        std::filesystem::file_time_type::clock::now() - std::chrono::seconds(m_uploadMaxAgeSeconds);
    r.partFiles = store::removeStaleUploadParts(m_uploadDir, cutoff);
    r.unusedPhotos = collectUnusedPhotos();
    if (m_identities)
        r.identityDocuments = m_identities->purgeDocuments(store::nowSeconds());
    return r;
}

std::size_t Cleanup::collectUnusedPhotos()
{
    if (!m_photos)
        return 0;
    store::PhotoUsageStore usage(m_db);
    const auto before = store::nowSeconds() - m_orphanGraceSeconds;
    std::size_t removed = 0;
    // In batches, so one pass never holds a long list or a long transaction; a batch whose photos orders
    // all keep ends the pass (the next pass looks again).
    constexpr std::int64_t kBatch = 200;
    std::int64_t skip = 0;
    while (true) {
        const auto candidates = usage.unusedCandidates(before, kBatch + skip);
        if (candidates.size() <= static_cast<std::size_t>(skip))
            break;
        const std::vector<std::string> batch(candidates.begin() + skip, candidates.end());
        const auto kept = usage.keptByOrders(batch);
        for (const auto &sha : batch)
            if (!kept.count(sha) && usage.removeIfUnused(sha, before)) {
                m_photos->remove(sha); // rows first: a photo without its row is never served
                ++removed;
            }
        skip += static_cast<std::int64_t>(kept.size());
        if (batch.size() < static_cast<std::size_t>(kBatch))
            break;
    }
    return removed;
}

CleanupJob::CleanupJob(Cleanup &cleanup, int intervalSeconds, std::function<void()> passed)
    : m_timer(std::make_unique<Poco::Util::Timer>())
{
    const long ms = long(intervalSeconds) * 1000;
    m_timer->scheduleAtFixedRate(new CleanupTask(cleanup, std::move(passed)), ms, ms);
}

CleanupJob::~CleanupJob()
{
    m_timer->cancel(true);
}

} // namespace caravan::jobs
