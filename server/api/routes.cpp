#include "api/routes.h"

#include "accounts/qr_code.h"
#include "accounts/totp.h"
#include "store/audit_log.h"
#include "web/format.h"

namespace caravan::api {

using http::Response;

std::optional<nlohmann::json> parseJsonObject(const http::Request &req, std::optional<Response> &error)
{
    const auto type = req.header("content-type");
    if (type.rfind("application/json", 0) != 0) {
        error = Response::jsonError(415, "unsupported_media_type", "Send the body as application/json.");
        return std::nullopt;
    }
    try {
        auto doc = nlohmann::json::parse(req.body);
        if (!doc.is_object()) {
            error = Response::jsonError(400, "invalid_request", "The body must be a JSON object.");
            return std::nullopt;
        }
        return doc;
    } catch (const nlohmann::json::parse_error &e) {
        error =
            Response::jsonError(400, "malformed_json",
                                "The body is not valid JSON (error at byte " + std::to_string(e.byte) + ").");
        return std::nullopt;
    } catch (const nlohmann::json::out_of_range &) {
        // A number beyond a double (e.g. 1e999999): out_of_range, not parse_error (tests/fuzz).
        error = Response::jsonError(400, "malformed_json", "The body holds a number too large for JSON.");
        return std::nullopt;
    }
}

namespace {

// The device token of POST /api/v1/session (lower case, as Request::header takes it).
constexpr const char *kDeviceTokenHeader = "caravan-device-token";

// A required string field; on failure `error` names the field.
std::optional<std::string> stringField(const nlohmann::json &doc, const std::string &name,
                                       std::size_t maxBytes, std::optional<Response> &error)
{
    const auto it = doc.find(name);
    if (it == doc.end() || !it->is_string()) {
        error = Response::jsonError(400, "invalid_request",
                                    "Field \"" + name + "\" is required and must be a string.");
        return std::nullopt;
    }
    auto value = it->get<std::string>();
    if (value.empty() || value.size() > maxBytes) {
        error = Response::jsonError(400, "invalid_request",
                                    "Field \"" + name + "\" must have 1 to " + std::to_string(maxBytes) +
                                        " bytes.");
        return std::nullopt;
    }
    return value;
}

// The optional "totp" of a staff sign-in: absent, or exactly six digits.
bool totpField(const nlohmann::json &doc, std::string &code, std::optional<Response> &error)
{
    const auto it = doc.find("totp");
    if (it == doc.end() || it->is_null())
        return true;
    if (!it->is_string() || !accounts::totp::isWellFormed(it->get<std::string>())) {
        error = Response::jsonError(400, "invalid_request", "Field \"totp\" must be a string of 6 digits.");
        return false;
    }
    code = it->get<std::string>();
    return true;
}

Response secondFactorAnswer(accounts::SignInStatus status, const accounts::StaffSignIn *staff)
{
    using accounts::SignInStatus;
    if (status == SignInStatus::SecondFactorRequired)
        return Response::jsonError(401, "second_factor_required",
                                   "This account signs in with a code from its authenticator app: send \"totp\".");
    if (status == SignInStatus::SecondFactorInvalid)
        return Response::jsonError(401, "second_factor_invalid",
                                   "The authenticator code is wrong, expired or was used before.");
    const auto &e = *staff->enrollment;
    return Response::json(401, {{"error", "second_factor_enrollment"},
                                {"message", "Add this account to an authenticator app, then sign in again with "
                                            "its first code in \"totp\"."},
                                {"secret", e.secretBase32},
                                {"otpauth_uri", e.otpauthUri},
                                {"qr_svg", accounts::qrSvg(e.otpauthUri)}});
}

Response createSession(ApiContext &ctx, http::Request &req)
{
    std::optional<Response> error;
    const auto doc = parseJsonObject(req, error);
    if (!doc)
        return *error;
    const auto email = stringField(*doc, "email", 254, error);
    if (!email)
        return *error;
    const auto password = stringField(*doc, "password", accounts::PasswordPolicy::kMaxLength, error);
    if (!password)
        return *error;
    const auto device = stringField(*doc, "device_name", 100, error);
    if (!device)
        return *error;
    std::string code;
    if (!totpField(*doc, code, error))
        return *error;

    // The desktop app keeps the device token from its last sign-in and sends it back in this header: with
    // a valid one for this account the sign-in takes the device lane (AccountService::signIn).
    // Staff accounts also need the second factor (docs/security.md, "Staff second factor").
    std::optional<accounts::StaffSignIn> staff;
    const auto secondFactor = [&](const store::User &user) {
        staff = ctx.staffFactor.signIn(user, code, *device, req.clientAddress);
        return staff->verdict;
    };
    const auto result =
        ctx.accounts.signIn(*email, *password, req.clientAddress, req.header(kDeviceTokenHeader), secondFactor);
    if (result.status == accounts::SignInStatus::Throttled) {
        auto r = Response::jsonError(429, "too_many_attempts",
                                     "Too many failed sign-ins. Try again in " +
                                         std::to_string(result.retryAfterSeconds) + " seconds.");
        r.setHeader("Retry-After", std::to_string(result.retryAfterSeconds));
        return r;
    }
    if (result.status == accounts::SignInStatus::InvalidCredentials)
        return Response::jsonError(401, "invalid_credentials", "The email address or the password is wrong.");
    if (result.status != accounts::SignInStatus::Ok)
        return secondFactorAnswer(result.status, staff ? &*staff : nullptr);
    const auto issued =
        staff && staff->token ? *staff->token : ctx.accounts.issueApiToken(result.user->id, *device);
    return Response::json(201, {{"token", issued.token},
                                {"token_id", issued.info.id},
                                {"expires_at", web::isoTimestamp(issued.info.expiresAt)},
                                {"device_token", result.deviceToken},
                                {"device_token_expires_at", web::isoTimestamp(result.deviceTokenExpiresAt)},
                                {"user", userJson(*result.user)}});
}

// GET /api/v1/staff/audit?since=SEQ&limit=N: the audit log for the staff console, oldest first.
Response auditEntries(ApiContext &ctx, http::Request &req)
{
    std::int64_t since = 0, limit = 100;
    try {
        if (const auto s = req.queryValue("since"); !s.empty())
            since = std::stoll(s);
        if (const auto l = req.queryValue("limit"); !l.empty())
            limit = std::stoll(l);
    } catch (const std::exception &) {
        since = -1;
    }
    if (since < 0 || limit < 1 || limit > 500)
        return Response::jsonError(400, "invalid_request", "since is a sequence number, limit 1 to 500.");
    auto entries = nlohmann::json::array();
    for (const auto &e : store::AuditLog::list(ctx.database, since, limit))
        entries.push_back({{"seq", e.seq},
                           {"at", web::isoTimestamp(e.at)},
                           {"actor_id", e.actorId},
                           {"action", e.action},
                           {"subject_type", e.subjectType},
                           {"subject_id", e.subjectId},
                           {"detail", e.detail}});
    return Response::json(200, {{"entries", entries}});
}

Response me(http::Request &req)
{
    return Response::json(200, userJson(*req.user));
}

Response deleteSession(ApiContext &ctx, http::Request &req)
{
    ctx.accounts.revokeApiToken(req.apiToken->id, req.user->id);
    Response r;
    r.status = 204;
    r.contentType = "application/json; charset=utf-8";
    return r;
}

} // namespace

nlohmann::json userJson(const store::User &user)
{
    return {{"id", user.id},
            {"email", user.email},
            {"display_name", user.displayName},
            {"country", user.country},
            {"roles", user.roles}};
}

std::string bearerToken(const http::Request &request)
{
    const auto header = request.header("authorization");
    if (header.size() > 7 && (header.rfind("Bearer ", 0) == 0 || header.rfind("bearer ", 0) == 0))
        return header.substr(7);
    return {};
}

void addApiRoutes(http::Router &router, ApiContext &ctx)
{
    using http::RouteKind;
    router.add("POST", "/api/v1/session", RouteKind::Api, false,
               [&ctx](http::Request &r) { return createSession(ctx, r); });
    router.add("DELETE", "/api/v1/session", RouteKind::Api, true,
               [&ctx](http::Request &r) { return deleteSession(ctx, r); });
    router.add("GET", "/api/v1/me", RouteKind::Api, true, [](http::Request &r) { return me(r); });
    router.addForRole("GET", "/api/v1/staff/audit", RouteKind::Api, "staff",
                      [&ctx](http::Request &r) { return auditEntries(ctx, r); });
}

} // namespace caravan::api
