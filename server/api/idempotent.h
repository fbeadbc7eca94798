#pragma once

#include "http/request.h"
#include "http/response.h"
#include "orders/order_service.h"
#include "store/idempotency.h"

#include <optional>
#include <string>

namespace caravan::api {

// One money-moving request under its Idempotency-Key (docs/escrow.md, "Idempotency").
struct IdempotentRequest
{
    store::IdempotencyStore::Request key;
    store::IdempotencyStore::Claim claim;
};

// Claims the request's key. Returns the answer to send at once — 400 idempotency_key_required, the
// stored response of a finished request (with Idempotent-Replayed: true), 422 idempotency_key_reused,
// 409 idempotency_key_in_use — or nothing, with `out` ready for the request to run (or resume).
std::optional<http::Response> claimIdempotency(store::IdempotencyStore &store, const http::Request &request,
                                               std::int64_t now, IdempotentRequest &out);

// The JSON response the request stores and sends.
http::Response storedJson(int status, const std::string &body);

// {"error", "message", "field"?} with the refusal's status.
http::Response orderErrorResponse(const orders::OrderError &e);

// Runs a money-moving request under its Idempotency-Key. `op(call, now)` stores the answer in the
// transaction of the effect; a refusal (4xx) is stored too and replayed, a failure of ours (5xx) is not,
// so the client's retry runs again.
template <typename Op>
http::Response runIdempotent(store::IdempotencyStore &keys, http::Request &req, std::int64_t now, Op op)
{
    IdempotentRequest call;
    if (auto early = claimIdempotency(keys, req, now, call))
        return *early;
    try {
        return op(call, now);
    } catch (const orders::OrderError &e) {
        const auto r = orderErrorResponse(e);
        if (e.status >= 500)
            keys.unlock(call.key);
        else
            keys.finish(call.key, r.status, r.body);
        return r;
    } catch (...) {
        keys.unlock(call.key);
        throw;
    }
}

} // namespace caravan::api
