#pragma once

#include "http/router.h"
#include "paysim/context.h"

// The Stripe side of the sandbox: /v1 routes with Stripe's authentication (Bearer secret key, or the key
// as the Basic user), form-encoded parameters, error objects and idempotent requests.
namespace caravan::paysim {

void addStripeRoutes(http::Router &router, SandboxContext &ctx);

// {"error": {"type", "code", "param", "message", "decline_code"}} with the error's status.
http::Response stripeError(const ApiError &error);

// True when the request carries the sandbox's key as `Authorization: Bearer <key>` or as the user of
// `Authorization: Basic` (Stripe accepts both; EasyPost uses Basic).
bool hasApiKey(const http::Request &request, const std::string &apiKey);

} // namespace caravan::paysim
