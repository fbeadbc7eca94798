#include "api/idempotent.h"

#include "accounts/crypto.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace caravan::api {

namespace {

bool validKey(const std::string &key)
{
    return !key.empty() && key.size() <= 255 &&
           std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

// Equal JSON bodies hash alike whatever their spacing or key order (nlohmann sorts object keys).
std::string bodyHash(const std::string &body)
{
    if (body.empty())
        return accounts::sha256Hex("");
    try {
        return accounts::sha256Hex(nlohmann::json::parse(body).dump());
    } catch (const nlohmann::json::exception &) {
        return accounts::sha256Hex(body);
    }
}

} // namespace

http::Response storedJson(int status, const std::string &body)
{
    http::Response r;
    r.status = status;
    r.contentType = "application/json; charset=utf-8";
    r.body = body;
    return r;
}

std::optional<http::Response> claimIdempotency(store::IdempotencyStore &store, const http::Request &req,
                                               std::int64_t now, IdempotentRequest &out)
{
    const auto key = req.header("idempotency-key");
    if (key.empty())
        return http::Response::jsonError(
            400, "idempotency_key_required",
            "Send an Idempotency-Key header (a UUID) with every money-moving request.");
    if (!validKey(key))
        return http::Response::jsonError(
            400, "invalid_idempotency_key",
            "The Idempotency-Key must have 1 to 255 printable ASCII characters.");
    out.key = {req.user->id, key, req.method, req.path, bodyHash(req.body)};
    out.claim = store.claim(out.key, now);
    using Outcome = store::IdempotencyStore::Outcome;
    switch (out.claim.outcome) {
    case Outcome::Started:
    case Outcome::Resumed:
        return std::nullopt;
    case Outcome::Replay: {
        auto r = storedJson(out.claim.responseStatus, out.claim.responseBody);
        r.setHeader("Idempotent-Replayed", "true");
        return r;
    }
    case Outcome::Mismatch:
        return http::Response::jsonError(
            422, "idempotency_key_reused",
            "This Idempotency-Key was used with another request; use a new key.");
    case Outcome::InUse:
        break;
    }
    auto r =
        http::Response::jsonError(409, "idempotency_key_in_use",
                                  "A request with this Idempotency-Key is still running; try again shortly.");
    r.setHeader("Retry-After", "1");
    return r;
}

http::Response orderErrorResponse(const orders::OrderError &e)
{
    nlohmann::json body{{"error", e.code}, {"message", e.what()}};
    if (!e.field.empty())
        body["field"] = e.field;
    return http::Response::json(e.status, body);
}

} // namespace caravan::api
