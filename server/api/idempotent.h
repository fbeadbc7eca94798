#pragma once

#include "http/request.h"
#include "http/response.h"
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

} // namespace caravan::api
