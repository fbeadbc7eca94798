#pragma once

#include "http/router.h"
#include "paysim/context.h"

// The EasyPost side of the sandbox: POST /v2/trackers and GET /v2/trackers/{id}, the API key as the
// HTTP Basic user, JSON bodies, EasyPost's error objects.
namespace caravan::paysim {

void addEasyPostRoutes(http::Router &router, SandboxContext &ctx);

// {"error": {"code", "message", "errors": []}}.
http::Response easyPostError(int status, const std::string &code, const std::string &message);

} // namespace caravan::paysim
