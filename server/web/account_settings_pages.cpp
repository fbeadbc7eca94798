// The account's settings: profile, password, deleting the account and downloading its data.
#include "accounts/self_service.h"
#include "store/addresses.h"
#include "web/account_mail.h"
#include "web/account_pages.h"
#include "web/format.h"

namespace caravan::web::account_detail {

namespace {

using accounts::SelfServiceError;

nlohmann::json languageOptions(const WebContext &ctx, const std::string &selected)
{
    nlohmann::json list = nlohmann::json::array();
    const auto &catalog = ctx.renderer.catalog();
    for (const auto &lang : catalog.languages())
        list.push_back({{"code", lang}, {"name", catalog.text(lang, "language_name")}, {"selected", lang == selected}});
    return list;
}

http::Response profileForm(WebContext &ctx, http::Request &req, const std::string &errorKey = {}, int status = 200)
{
    const auto &u = *req.user;
    const bool posted = req.isFormPost();
    nlohmann::json data{
        {"page_title", ctx.text(req, "profile_title")},
        {"display_name", posted ? req.formValue("display_name") : u.displayName},
        {"countries", countryOptions(ctx, req.lang, posted ? req.formValue("country") : u.country)},
        {"languages_options", languageOptions(ctx, posted ? req.formValue("language") : u.language)}};
    if (!errorKey.empty())
        data["error"] = ctx.text(req, errorKey);
    return render(ctx, req, "profile_edit", std::move(data), status);
}

http::Response profilePost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    const auto result = services.self.updateProfile(*req.user, req.formValue("display_name"),
                                                    req.formValue("country"), req.formValue("language"));
    switch (result.error) {
    case SelfServiceError::None:
        return http::Response::redirect("/account?notice=profile_saved");
    case SelfServiceError::InvalidName:
        return profileForm(ctx, req, "error_name_invalid", 422);
    case SelfServiceError::InvalidCountry:
        return profileForm(ctx, req, "error_country_invalid", 422);
    case SelfServiceError::InvalidLanguage:
        return profileForm(ctx, req, "error_language_invalid", 422);
    default:
        return profileForm(ctx, req, "error_generic", 500);
    }
}

http::Response passwordForm(WebContext &ctx, http::Request &req, const std::string &errorKey = {},
                            int status = 200)
{
    nlohmann::json data{{"page_title", ctx.text(req, "password_title")},
                        {"min_length", std::to_string(accounts::PasswordPolicy::kMinLength)}};
    if (!errorKey.empty())
        data["error"] = ctx.text(req, errorKey);
    return render(ctx, req, "password_change", std::move(data), status);
}

int refusalStatus(SelfServiceError e)
{
    switch (e) {
    case SelfServiceError::Throttled:
        return 429;
    case SelfServiceError::Busy:
        return 503;
    case SelfServiceError::OpenOrders:
        return 409;
    default:
        return 422;
    }
}

http::Response withRetryAfter(http::Response r, const accounts::SelfServiceResult &result)
{
    if (result.error == SelfServiceError::Throttled)
        r.setHeader("Retry-After", std::to_string(result.retryAfterSeconds));
    else if (result.error == SelfServiceError::Busy)
        r.setHeader("Retry-After", "1");
    return r;
}

http::Response passwordPost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    const auto result = services.self.changePassword(*req.user, req.formValue("current_password"),
                                                     req.formValue("new_password"), sessionHash(req));
    if (result.error != SelfServiceError::None)
        return withRetryAfter(
            passwordForm(ctx, req, passwordErrorKey(static_cast<int>(result.error)), refusalStatus(result.error)),
            result);
    services.mail.passwordChanged(*req.user);
    return http::Response::redirect("/account?notice=password_changed");
}

http::Response deleteForm(WebContext &ctx, http::Request &req, const std::string &errorKey = {}, int status = 200)
{
    nlohmann::json data{{"page_title", ctx.text(req, "delete_title")}};
    if (!errorKey.empty())
        data["error"] = ctx.text(req, errorKey);
    return render(ctx, req, "delete_account", std::move(data), status);
}

http::Response deletePost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    const auto result = services.self.deleteAccount(*req.user, req.formValue("password"));
    if (result.error != SelfServiceError::None) {
        const auto key = result.error == SelfServiceError::OpenOrders ? std::string("error_open_orders")
                                                                      : passwordErrorKey(static_cast<int>(result.error));
        return withRetryAfter(deleteForm(ctx, req, key, refusalStatus(result.error)), result);
    }
    auto r = http::Response::redirect("/signin?notice=deleted");
    r.addCookie(http::cookie(kSessionCookie, "", 0, true, ctx.secure(req)));
    return r;
}

// A POST with the form's CSRF token, so no other site can make a signed-in browser fetch it.
http::Response dataPost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    http::Response r;
    r.contentType = "application/json; charset=utf-8";
    r.body = exportAccountData(services.database, ctx.accounts, *req.user).dump(2) + "\n";
    r.setHeader("Content-Disposition", "attachment; filename=\"caravan-account-" + isoTimestamp(store::nowSeconds()).substr(0, 10) + ".json\"");
    r.setHeader("Cache-Control", "no-store");
    return r;
}

} // namespace

void addSettingsRoutes(http::Router &router, WebContext &ctx, AccountServices &services)
{
    using http::RouteKind;
    router.add("GET", "/account/profile", RouteKind::Web, true, [&ctx](http::Request &r) { return profileForm(ctx, r); });
    router.add("POST", "/account/profile", RouteKind::Web, true,
               [&ctx, &services](http::Request &r) { return profilePost(ctx, services, r); });
    router.add("GET", "/account/password", RouteKind::Web, true, [&ctx](http::Request &r) { return passwordForm(ctx, r); });
    router.add("POST", "/account/password", RouteKind::Web, true,
               [&ctx, &services](http::Request &r) { return passwordPost(ctx, services, r); });
    router.add("GET", "/account/delete", RouteKind::Web, true, [&ctx](http::Request &r) { return deleteForm(ctx, r); });
    router.add("POST", "/account/delete", RouteKind::Web, true,
               [&ctx, &services](http::Request &r) { return deletePost(ctx, services, r); });
    router.add("POST", "/account/data", RouteKind::Web, true,
               [&ctx, &services](http::Request &r) { return dataPost(ctx, services, r); });
}

} // namespace caravan::web::account_detail
