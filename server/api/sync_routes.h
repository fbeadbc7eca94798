#pragma once

#include "api/photo_policy.h"
#include "api/sync_service.h"
#include "http/router.h"
#include "store/photo_uploads.h"

#include <atomic>
#include <cstdint>
#include <filesystem>

namespace caravan::accounts {
class AccountService;
}
namespace caravan::store {
class PhotoFiles;
}

namespace caravan::api {

// Pushes seen by this process since it started (GET /metrics).
struct SyncPushStats
{
    std::uint64_t batches = 0;   // pushes answered 200 (their mutations were each applied or refused)
    std::uint64_t applied = 0;   // mutations applied
    std::uint64_t refused = 0;   // mutations refused ("rejected" on the wire)
    std::uint64_t conflicts = 0; // mutations applied with a conflict record
};

// The sync endpoints of docs/sync.md: push, pull, and the photo upload (photos_routes.cpp).
class SyncApi
{
public:
    SyncApi(store::Database &db, accounts::AccountService &accounts, store::PhotoFiles &photos,
            const orders::OrderWorkflow &orderWorkflow, std::filesystem::path dataDir,
            PhotoPolicy photoPolicy = {}, sync::MessageLimits messageLimits = {});

    void addRoutes(http::Router &router);
    SyncPushStats pushStats() const;

    http::Response push(http::Request &request);
    http::Response pull(http::Request &request);
    http::Response photosMissing(http::Request &request);
    http::Response uploadStatus(http::Request &request);
    http::Response uploadChunk(http::Request &request);
    http::Response download(http::Request &request);

private:
    std::filesystem::path partFile(const std::string &userId, const std::string &sha256) const;
    // Verifies and stores a complete upload: the staged part file, or `whole` (the photo in one request).
    http::Response finishUpload(const std::string &userId, const std::string &sha256,
                                const std::string *whole = nullptr);
    // Before a new upload starts: the account's quota and upload rate (an answer if refused).
    std::optional<http::Response> refuseNewUpload(const std::string &userId, const std::string &sha256,
                                                  std::int64_t total);

    store::Database &m_db;
    sync::SyncService m_service;
    store::PhotoUploadStore m_uploads;
    store::PhotoFiles &m_photos;
    std::filesystem::path m_uploadDir;
    PhotoPolicy m_photoPolicy;
    std::atomic<std::uint64_t> m_batches{0};
    std::atomic<std::uint64_t> m_applied{0};
    std::atomic<std::uint64_t> m_refused{0};
    std::atomic<std::uint64_t> m_conflicts{0};
};

} // namespace caravan::api
