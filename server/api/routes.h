#pragma once

#include "accounts/account_service.h"
#include "accounts/staff_factor.h"
#include "http/router.h"

#include <nlohmann/json.hpp>

namespace caravan::api {

// The desktop app's JSON API (see docs/http-api.md).
struct ApiContext
{
    accounts::AccountService &accounts;
    accounts::StaffSecondFactor &staffFactor;
    store::Database &database;
};

void addApiRoutes(http::Router &router, ApiContext &ctx);

// {"id","email","display_name","country","roles":[...]}
nlohmann::json userJson(const store::User &user);
// Parses a JSON object body sent as application/json; on failure `error` holds the answer (400
// malformed_json naming the byte, 400 invalid_request, 415 unsupported_media_type).
std::optional<nlohmann::json> parseJsonObject(const http::Request &request, std::optional<http::Response> &error);

// The bearer token of an "Authorization: Bearer <token>" header, or "".
std::string bearerToken(const http::Request &request);

} // namespace caravan::api
