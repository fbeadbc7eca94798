#include "api/sync_routes.h"

#include "accounts/account_service.h"
#include "api/sync_http.h"
#include "store/changelog.h"
#include "sync/codec.h"

namespace caravan::api {

using http::Response;
using nlohmann::json;

SyncApi::SyncApi(store::Database &db, accounts::AccountService &accounts, store::PhotoFiles &photos,
                 const orders::OrderWorkflow &orderWorkflow, std::filesystem::path dataDir,
                 PhotoPolicy photoPolicy, sync::MessageLimits messageLimits)
    : m_db(db)
    , m_service(db, accounts.countries(), orderWorkflow, messageLimits)
    , m_uploads(db)
    , m_photos(photos)
    , m_uploadDir(store::uploadPartsDir(dataDir))
    , m_photoPolicy(photoPolicy)
{}

void SyncApi::addRoutes(http::Router &router)
{
    using http::RouteKind;
    router.add("POST", "/api/v1/sync/push", RouteKind::Api, true,
               [this](http::Request &r) { return push(r); });
    router.add("GET", "/api/v1/sync/pull", RouteKind::Api, true,
               [this](http::Request &r) { return pull(r); });
    router.add("POST", "/api/v1/photos/missing", RouteKind::Api, true,
               [this](http::Request &r) { return photosMissing(r); });
    router.add("GET", "/api/v1/photos/{sha256}", RouteKind::Api, true,
               [this](http::Request &r) { return download(r); });
    router.add("GET", "/api/v1/photos/{sha256}/upload", RouteKind::Api, true,
               [this](http::Request &r) { return uploadStatus(r); });
    router.add("PUT", "/api/v1/photos/{sha256}/upload", RouteKind::Api, true,
               [this](http::Request &r) { return uploadChunk(r); });
}

SyncPushStats SyncApi::pushStats() const
{
    return {m_batches.load(), m_applied.load(), m_refused.load(), m_conflicts.load()};
}

Response SyncApi::push(http::Request &req)
{
    std::optional<Response> error;
    const auto body = sync::jsonBody(req, sync::kMaxPushBytes, error);
    if (!body)
        return *error;
    auto decoded = caravan::sync::decodePush(*body);
    if (!decoded.ok())
        return Response::jsonError(400, "invalid_request", decoded.error);
    const auto &push = decoded.request;
    if (push.mutations.size() > sync::kMaxMutations)
        return Response::jsonError(413, "too_many_mutations",
                                   "At most " + std::to_string(sync::kMaxMutations) +
                                       " mutations per push; nothing was applied.");
    const auto &userId = req.user->id;
    if (m_service.bindClient(push.clientId, userId) != userId)
        return Response::jsonError(403, "forbidden", "This client_id belongs to another account.");

    caravan::sync::PushResponse response;
    try {
        response.results = m_service.applyBatch(userId, push.clientId, push.mutations,
                                                response.lastMutationId, push.afterMutationId);
    } catch (const sync::OutOfOrderBatch &e) {
        return Response::json(409, json{{"error", "out_of_order"},
                                        {"message", "The batch this one follows has not been applied; "
                                                    "nothing was applied. Send it again after that one."},
                                        {"last_mutation_id", e.last}});
    }
    ++m_batches;
    for (const auto &result : response.results) {
        if (result.status == "applied")
            ++m_applied;
        else if (result.status == "conflict")
            ++m_conflicts;
        else
            ++m_refused;
    }
    return sync::compressed(req, Response::json(200, caravan::sync::encode(response)));
}

namespace {
// A non-negative whole number from the query, or nothing (with `error` set) if it is not one.
std::optional<std::int64_t> queryNumber(const http::Request &req, const std::string &name,
                                        std::int64_t fallback, std::optional<Response> &error)
{
    const auto text = req.queryValue(name);
    if (text.empty())
        return fallback;
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9' || value > (INT64_MAX - 9) / 10) {
            error = Response::jsonError(400, "invalid_request",
                                        "Query parameter \"" + name + "\" must be a whole number >= 0.");
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}
} // namespace

Response SyncApi::pull(http::Request &req)
{
    std::optional<Response> error;
    const auto cursor = queryNumber(req, "cursor", 0, error);
    if (!cursor)
        return *error;
    auto limit = queryNumber(req, "limit", sync::kDefaultPullLimit, error);
    if (!limit)
        return *error;
    if (*limit == 0)
        return Response::jsonError(400, "invalid_request", "Query parameter \"limit\" must be 1 to 500.");
    *limit = std::min(*limit, sync::kMaxPullLimit);

    const auto &userId = req.user->id;
    // Records made outside sync (demo data) are adopted on a device's first page, and on the last page
    // of every later pull (so they still arrive in that pull), not on each of its pages: the check reads
    // all of the seller's listings.
    if (*cursor == 0)
        m_service.store().adoptExisting(userId);
    auto page = store::ChangeLog::page(m_db, userId, *cursor, *limit);
    if (*cursor != 0 && !page.more && m_service.store().adoptExisting(userId))
        page = store::ChangeLog::page(m_db, userId, *cursor, *limit);

    // The stored data is already compact JSON: it is spliced in, not parsed and printed again.
    caravan::sync::PullPageWriter writer;
    for (const auto &c : page.changes)
        writer.add(c.seq, c.entity, c.entityId, c.op, c.revision, c.data);
    const auto next = page.changes.empty() ? *cursor : page.changes.back().seq;
    std::string out = writer.finish(next, page.more);
    Response r;
    r.contentType = "application/json; charset=utf-8";
    r.body = std::move(out);
    r.setHeader("Cache-Control", "no-store");
    return sync::compressed(req, std::move(r));
}

} // namespace caravan::api
