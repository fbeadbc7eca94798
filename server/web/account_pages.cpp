#include "web/account_pages.h"

#include "accounts/crypto.h"
#include "accounts/self_service.h"
#include "web/account_mail.h"
#include "web/format.h"
#include "web/local_url.h"

#include <algorithm>

namespace caravan::web {

namespace {

using accounts::RegisterError;
using accounts::SignInStatus;

// Where to go after signing in: only a path on this site as every browser reads it (web/local_url.h).
std::string safeNext(const std::string &next)
{
    return localPathOr(next, "/account");
}

// ?notice= names and their texts: nothing else from the query reaches the page.
constexpr std::pair<const char *, const char *> kNotices[] = {
    {"verified", "notice_email_verified"},
    {"verification_sent", "notice_verification_sent"},
    {"reset_sent", "notice_reset_sent"},
    {"password_reset", "notice_password_reset"},
    {"password_changed", "notice_password_changed"},
    {"profile_saved", "notice_profile_saved"},
    {"address_saved", "notice_address_saved"},
    {"address_deleted", "notice_address_deleted"},
    {"address_default", "notice_address_default"},
    {"deleted", "notice_account_deleted"},
};

std::string registerErrorKey(RegisterError e)
{
    switch (e) {
    case RegisterError::InvalidEmail:
        return "error_email_invalid";
    case RegisterError::InvalidName:
        return "error_name_invalid";
    case RegisterError::InvalidCountry:
        return "error_country_invalid";
    case RegisterError::PasswordTooShort:
        return "error_password_short";
    case RegisterError::PasswordTooLong:
        return "error_password_long";
    case RegisterError::PasswordCommon:
        return "error_password_common";
    case RegisterError::Throttled:
        return "error_register_throttled";
    case RegisterError::EmailTaken: // never shown: a taken address is answered like a new one
    case RegisterError::None:
        break;
    }
    return "error_generic";
}

void setSessionCookie(const WebContext &ctx, const http::Request &req, http::Response &r,
                      const std::string &token)
{
    r.addCookie(http::cookie(kSessionCookie, token, -1, true, ctx.secure(req)));
}

void clearSessionCookie(const WebContext &ctx, const http::Request &req, http::Response &r)
{
    r.addCookie(http::cookie(kSessionCookie, "", 0, true, ctx.secure(req)));
}

// The device cookie (accounts/device_token.h): sent back only to the sign-in form's path, never readable by
// scripts, kept across sign-outs until it expires. A sign-in carrying a valid one for its account gets the
// device lane (AccountService::signIn).
constexpr const char *kDeviceCookie = "caravan_device";

void setDeviceCookie(const WebContext &ctx, const http::Request &req, http::Response &r,
                     const accounts::SignInResult &result)
{
    if (result.deviceToken.empty())
        return;
    const auto maxAge = std::max<std::int64_t>(result.deviceTokenExpiresAt - store::nowSeconds(), 1);
    std::string cookie = std::string(kDeviceCookie) + "=" + result.deviceToken +
                         "; Path=/signin; SameSite=Lax; Max-Age=" + std::to_string(maxAge) + "; HttpOnly";
    if (ctx.secure(req))
        cookie += "; Secure";
    r.addCookie(cookie);
}

// Starts a fresh session (a new token: never reuse one from before sign-in) and redirects.
http::Response signedIn(WebContext &ctx, http::Request &req, const store::User &user, const std::string &next)
{
    if (!req.sessionToken.empty())
        ctx.accounts.endWebSession(req.sessionToken);
    const auto issued = ctx.accounts.startWebSession(user.id, req.clientAddress, req.header("user-agent"));
    auto r = http::Response::redirect(safeNext(next));
    setSessionCookie(ctx, req, r, issued.token);
    return r;
}

http::Response registerForm(WebContext &ctx, http::Request &req, const std::string &errorKey = {},
                            int status = 200)
{
    nlohmann::json data{{"page_title", ctx.text(req, "register_title")},
                        {"email", req.formValue("email")},
                        {"display_name", req.formValue("display_name")},
                        {"countries", countryOptions(ctx, req.lang, req.formValue("country"))},
                        {"min_length", std::to_string(accounts::PasswordPolicy::kMinLength)}};
    if (!errorKey.empty())
        data["error"] = ctx.text(req, errorKey);
    return renderPage(ctx, req, "register", std::move(data), status);
}

// Issue 13: the answer never tells whether the address has an account. A new account and a taken address
// both get the same redirect (no session: the new account signs in like anyone else); the mailbox of the
// address learns the rest (a verification link, or a notice that someone tried).
http::Response registerPost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    // Only these fields are read: no form field can choose roles (staff exists only via caravan-cli).
    const auto result =
        ctx.accounts.registerUser(req.formValue("email"), req.formValue("display_name"), req.formValue("country"),
                                  req.formValue("password"), req.clientAddress, req.lang);
    if (result.error == RegisterError::Throttled) {
        auto r = registerForm(ctx, req, registerErrorKey(result.error), 429);
        r.setHeader("Retry-After", std::to_string(result.retryAfterSeconds));
        return r;
    }
    if (result.error == RegisterError::EmailTaken) {
        if (result.user)
            services.mail.registrationAttempt(*result.user);
    } else if (result.error != RegisterError::None) {
        return registerForm(ctx, req, registerErrorKey(result.error), 422);
    } else if (result.user) {
        services.mail.verification(*result.user, services.self.issueVerification(*result.user));
    }
    return http::Response::redirect("/register/check-email");
}

http::Response checkEmailPage(WebContext &ctx, http::Request &req)
{
    return renderPage(ctx, req, "check_email", {{"page_title", ctx.text(req, "check_email_title")}});
}

http::Response signInForm(WebContext &ctx, http::Request &req, const std::string &errorKey = {},
                          int status = 200)
{
    nlohmann::json data{{"page_title", ctx.text(req, "signin_title")},
                        {"email", req.formValue("email")},
                        {"next", req.isFormPost() ? req.formValue("next") : req.queryValue("next")}};
    if (!errorKey.empty())
        data["error"] = ctx.text(req, errorKey);
    if (req.queryValue("signed_out") == "everywhere")
        data["notice"] = ctx.text(req, "notice_signed_out_everywhere");
    return account_detail::render(ctx, req, "signin", std::move(data), status);
}

http::Response signInPost(WebContext &ctx, http::Request &req)
{
    const auto result = ctx.accounts.signIn(req.formValue("email"), req.formValue("password"),
                                            req.clientAddress, req.cookieValue(kDeviceCookie));
    if (result.status == SignInStatus::Throttled) {
        auto r = signInForm(ctx, req, "error_throttled", 429);
        r.setHeader("Retry-After", std::to_string(result.retryAfterSeconds));
        return r;
    }
    if (result.status != SignInStatus::Ok)
        return signInForm(ctx, req, "error_invalid_credentials", 401);
    auto r = signedIn(ctx, req, *result.user, req.formValue("next"));
    setDeviceCookie(ctx, req, r, result);
    return r;
}

http::Response signOut(WebContext &ctx, http::Request &req)
{
    ctx.accounts.endWebSession(req.sessionToken);
    auto r = http::Response::redirect("/");
    clearSessionCookie(ctx, req, r);
    return r;
}

http::Response signOutEverywhere(WebContext &ctx, http::Request &req)
{
    ctx.accounts.signOutEverywhere(req.user->id);
    auto r = http::Response::redirect("/signin?signed_out=everywhere");
    clearSessionCookie(ctx, req, r);
    return r;
}

http::Response accountPage(WebContext &ctx, http::Request &req)
{
    const auto &u = *req.user;
    nlohmann::json roles = nlohmann::json::array();
    for (const auto &role : u.roles)
        roles.push_back({{"name", ctx.text(req, "role_" + role)}});
    nlohmann::json tokens = nlohmann::json::array();
    for (const auto &t : ctx.accounts.activeApiTokens(u.id))
        tokens.push_back({{"id", t.id},
                          {"device_name", t.deviceName},
                          {"created", formatTimestamp(t.createdAt)},
                          {"last_used", formatTimestamp(t.lastUsedAt)},
                          {"expires", formatTimestamp(t.expiresAt)}});
    nlohmann::json data{{"page_title", ctx.text(req, "account_title")},
                        {"email", u.email},
                        {"email_verified", u.emailVerified()},
                        {"display_name", u.displayName},
                        {"country", ctx.countries.name(req.lang, u.country)},
                        {"mail_language", ctx.renderer.catalog().text(u.language, "language_name")},
                        {"roles", roles},
                        {"member_since", formatTimestamp(u.createdAt)},
                        {"session_count", std::to_string(ctx.accounts.webSessionCount(u.id))},
                        {"tokens", tokens},
                        {"has_tokens", !tokens.empty()}};
    return account_detail::render(ctx, req, "account", std::move(data));
}

http::Response revokeToken(WebContext &ctx, http::Request &req)
{
    // Object-level check inside: only a token of the signed-in user is revoked.
    if (!ctx.accounts.revokeApiToken(req.param("id"), req.user->id))
        return errorPage(ctx, req, 404);
    return http::Response::redirect("/account");
}

} // namespace

namespace account_detail {

http::Response render(const WebContext &ctx, const http::Request &req, const std::string &page, nlohmann::json data,
                      int status)
{
    const auto notice = req.queryValue("notice");
    for (const auto &[name, key] : kNotices)
        if (notice == name && !data.contains("notice"))
            data["notice"] = ctx.text(req, key);
    return renderPage(ctx, req, page, std::move(data), status);
}


std::string passwordErrorKey(int error)
{
    using E = accounts::SelfServiceError;
    switch (static_cast<E>(error)) {
    case E::PasswordTooShort:
        return "error_password_short";
    case E::PasswordTooLong:
        return "error_password_long";
    case E::PasswordCommon:
        return "error_password_common";
    case E::WrongPassword:
        return "error_wrong_password";
    case E::Throttled:
        return "error_password_throttled";
    case E::Busy:
        return "error_busy";
    default:
        return "error_generic";
    }
}

std::string sessionHash(const http::Request &req)
{
    return req.sessionToken.empty() ? std::string() : accounts::sha256Hex(req.sessionToken);
}

} // namespace account_detail

http::Response emailNotVerifiedPage(const WebContext &ctx, const http::Request &request)
{
    nlohmann::json data{{"page_title", ctx.text(request, "unverified_title")},
                        {"email", request.user ? request.user->email : std::string()}};
    return renderPage(ctx, request, "unverified", std::move(data), 403);
}

void addAccountRoutes(http::Router &router, WebContext &ctx, AccountServices &services)
{
    using http::RouteKind;
    router.add("GET", "/register", RouteKind::Web, false, [&ctx](http::Request &r) { return registerForm(ctx, r); });
    router.add("POST", "/register", RouteKind::Web, false,
               [&ctx, &services](http::Request &r) { return registerPost(ctx, services, r); });
    router.add("GET", "/register/check-email", RouteKind::Web, false,
               [&ctx](http::Request &r) { return checkEmailPage(ctx, r); });
    router.add("GET", "/signin", RouteKind::Web, false, [&ctx](http::Request &r) { return signInForm(ctx, r); });
    router.add("POST", "/signin", RouteKind::Web, false, [&ctx](http::Request &r) { return signInPost(ctx, r); });
    router.add("POST", "/signout", RouteKind::Web, false, [&ctx](http::Request &r) { return signOut(ctx, r); });
    router.add("POST", "/signout-everywhere", RouteKind::Web, true,
               [&ctx](http::Request &r) { return signOutEverywhere(ctx, r); });
    router.add("GET", "/account", RouteKind::Web, true, [&ctx](http::Request &r) { return accountPage(ctx, r); });
    router.add("POST", "/account/tokens/{id}/revoke", RouteKind::Web, true,
               [&ctx](http::Request &r) { return revokeToken(ctx, r); });
    account_detail::addEmailRoutes(router, ctx, services);
    account_detail::addSettingsRoutes(router, ctx, services);
    account_detail::addAddressRoutes(router, ctx, services);
}

} // namespace caravan::web
