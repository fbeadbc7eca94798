// The pages behind the links in account mail: email verification and password reset. A link only shows a
// page; the change happens when its button is pressed (a POST), so a mail filter that opens links does not
// use them up.
#include "accounts/self_service.h"
#include "web/account_mail.h"
#include "web/account_pages.h"

namespace caravan::web::account_detail {

namespace {

using accounts::SelfServiceError;

http::Response verifyPage(WebContext &ctx, AccountServices &services, http::Request &req)
{
    const auto token = req.queryValue("token");
    const auto user = services.self.peekVerification(token);
    nlohmann::json data{{"page_title", ctx.text(req, "verify_title")}, {"valid", user.has_value()}};
    if (user) {
        data["token"] = token;
        data["email"] = user->email;
    }
    return render(ctx, req, "verify_email", std::move(data), user ? 200 : 410);
}

http::Response verifyPost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    const auto result = services.self.verifyEmail(req.formValue("token"));
    if (result.error != SelfServiceError::None)
        return render(ctx, req, "verify_email", {{"page_title", ctx.text(req, "verify_title")}, {"valid", false}}, 410);
    return http::Response::redirect(req.user ? "/account?notice=verified" : "/signin?notice=verified");
}

http::Response resendVerification(WebContext &, AccountServices &services, http::Request &req)
{
    if (req.user->emailVerified())
        return http::Response::redirect("/account");
    services.mail.verification(*req.user, services.self.issueVerification(*req.user));
    return http::Response::redirect("/account?notice=verification_sent");
}

http::Response forgotForm(WebContext &ctx, http::Request &req, const std::string &errorKey = {}, int status = 200)
{
    nlohmann::json data{{"page_title", ctx.text(req, "forgot_title")}, {"email", req.formValue("email")}};
    if (!errorKey.empty())
        data["error"] = ctx.text(req, errorKey);
    return render(ctx, req, "password_forgot", std::move(data), status);
}

// The same answer whether or not the address has an account; only its mailbox can tell.
http::Response forgotPost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    const auto result = services.self.requestPasswordReset(req.formValue("email"), req.clientAddress);
    if (result.error == SelfServiceError::Throttled) {
        auto r = forgotForm(ctx, req, "error_forgot_throttled", 429);
        r.setHeader("Retry-After", std::to_string(result.retryAfterSeconds));
        return r;
    }
    if (result.error == SelfServiceError::InvalidEmail)
        return forgotForm(ctx, req, "error_email_invalid", 422);
    if (result.user)
        services.mail.passwordReset(*result.user, result.token);
    return http::Response::redirect("/password/forgot?notice=reset_sent");
}

http::Response resetForm(WebContext &ctx, AccountServices &services, http::Request &req,
                         const std::string &errorKey = {}, int status = 200)
{
    const auto token = req.isFormPost() ? req.formValue("token") : req.queryValue("token");
    const bool valid = services.self.peekPasswordReset(token).has_value();
    nlohmann::json data{{"page_title", ctx.text(req, "reset_title")},
                        {"valid", valid},
                        {"min_length", std::to_string(accounts::PasswordPolicy::kMinLength)}};
    if (valid)
        data["token"] = token;
    if (!errorKey.empty())
        data["error"] = ctx.text(req, errorKey);
    return render(ctx, req, "password_reset", std::move(data), valid ? status : 410);
}

http::Response resetPost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    const auto result = services.self.resetPassword(req.formValue("token"), req.formValue("password"));
    if (result.error == SelfServiceError::InvalidToken)
        return resetForm(ctx, services, req);
    if (result.error != SelfServiceError::None)
        return resetForm(ctx, services, req, passwordErrorKey(static_cast<int>(result.error)),
                         result.error == SelfServiceError::Busy ? 503 : 422);
    if (result.user)
        services.mail.passwordChanged(*result.user);
    // Every session of the account ended, this browser's too if it was signed in to it.
    auto r = http::Response::redirect("/signin?notice=password_reset");
    if (req.user && result.user && req.user->id == result.user->id)
        r.addCookie(http::cookie(kSessionCookie, "", 0, true, ctx.secure(req)));
    return r;
}

} // namespace

void addEmailRoutes(http::Router &router, WebContext &ctx, AccountServices &services)
{
    using http::RouteKind;
    router.add("GET", "/verify-email", RouteKind::Web, false,
               [&ctx, &services](http::Request &r) { return verifyPage(ctx, services, r); });
    router.add("POST", "/verify-email", RouteKind::Web, false,
               [&ctx, &services](http::Request &r) { return verifyPost(ctx, services, r); });
    router.add("POST", "/account/verify-email/resend", RouteKind::Web, true,
               [&ctx, &services](http::Request &r) { return resendVerification(ctx, services, r); });
    router.add("GET", "/password/forgot", RouteKind::Web, false,
               [&ctx](http::Request &r) { return forgotForm(ctx, r); });
    router.add("POST", "/password/forgot", RouteKind::Web, false,
               [&ctx, &services](http::Request &r) { return forgotPost(ctx, services, r); });
    router.add("GET", "/password/reset", RouteKind::Web, false,
               [&ctx, &services](http::Request &r) { return resetForm(ctx, services, r); });
    router.add("POST", "/password/reset", RouteKind::Web, false,
               [&ctx, &services](http::Request &r) { return resetPost(ctx, services, r); });
}

} // namespace caravan::web::account_detail
