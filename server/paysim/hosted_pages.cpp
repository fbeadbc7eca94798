#include "paysim/hosted_pages.h"

#include "core/version.h"
#include "money/money.h"
#include "payments/json_fields.h"
#include "paysim/checkout.h"
#include "paysim/trackers.h"

namespace caravan::paysim {

namespace {

constexpr const char *kStyle = R"(
body{font-family:system-ui,sans-serif;margin:0;background:#f4f4f6;color:#1d1d1f}
.sandbox{background:#b00020;color:#fff;font-weight:700;font-size:1.6rem;letter-spacing:.2em;text-align:center;
padding:.7rem;border-bottom:6px dashed #ffd600}
.sandbox small{display:block;font-size:.8rem;letter-spacing:0;font-weight:400}
main{max-width:32rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px;
box-shadow:0 1px 4px rgba(0,0,0,.15)}
.amount{font-size:2rem;font-weight:700;margin:.5rem 0}
label{display:block;margin:.8rem 0 .2rem;font-weight:600}
input{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem}
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;cursor:pointer}
.error{background:#fde7ea;border-left:4px solid #b00020;padding:.6rem}
.muted{color:#666;font-size:.9rem}
table{border-collapse:collapse;font-size:.85rem}td{padding:.2rem .6rem .2rem 0}
footer{text-align:center;color:#595959;font-size:.8rem;margin:1rem}
)";

std::string field(const std::string &label, const std::string &name, const std::string &value,
                  const std::string &extra)
{
    return "<label for=\"" + name + "\">" + label + "</label><input id=\"" + name + "\" name=\"" + name +
           "\" value=\"" + htmlEscape(value) + "\" " + extra + ">";
}

std::string testCardTable()
{
    return "<p class=\"muted\">Test cards (any future expiry, any 3-digit CVC):</p><table>"
           "<tr><td>4242 4242 4242 4242</td><td>pays</td></tr>"
           "<tr><td>4000 0000 0000 0002</td><td>declined (card_declined)</td></tr>"
           "<tr><td>4000 0000 0000 9995</td><td>declined (insufficient_funds)</td></tr>"
           "<tr><td>4000 0027 6000 3184</td><td>asks for 3-D Secure</td></tr></table>";
}

std::string sessionAmount(const json &session)
{
    return formatAmount(session["amount_total"].get<std::int64_t>(), session["currency"].get<std::string>());
}

// A 303 whose body, like every page of the sandbox, says SANDBOX.
http::Response redirect(const std::string &location)
{
    auto r = http::Response::redirect(location, 303);
    r.body = "SANDBOX: continue at " + location + "\n";
    return r;
}

http::Response notFound(const std::string &what)
{
    return sandboxPage(404, "Not found",
                       "<h1>Not found</h1><p>There is no " + htmlEscape(what) + " here.</p>");
}

http::Response closedPage(const json &session, int status)
{
    std::string body;
    if (session["status"] == "complete") {
        body = "<h1>Payment complete</h1><p>This checkout session is already paid (" +
               htmlEscape(sessionAmount(session)) + ").</p><p><a href=\"" +
               htmlEscape(successRedirect(session)) + "\">Return to the merchant</a></p>";
    } else {
        body = "<h1>Checkout expired</h1><p>This checkout session has expired; it can no longer be paid. "
               "Go back to the merchant to start again.</p>";
        if (session["cancel_url"].is_string())
            body += "<p><a href=\"" + htmlEscape(session["cancel_url"].get<std::string>()) +
                    "\">Return to the merchant</a></p>";
    }
    return sandboxPage(status, "Checkout " + session["status"].get<std::string>(), body);
}

http::Response payPage(SandboxContext &ctx, const json &session, int status, const std::string &error,
                       const CardInput &entered)
{
    const auto id = session["id"].get<std::string>();
    const auto amount = sessionAmount(session);
    std::string body = "<p class=\"muted\">Merchant</p><h1>" + htmlEscape(ctx.options.merchantName) +
                       " <small class=\"muted\">(sandbox merchant)</small></h1>";
    body += "<p>" + htmlEscape(sessionDescription(ctx.state, id)) + "</p>";
    body += "<p class=\"amount\">" + htmlEscape(amount) + "</p>";
    if (session["customer_email"].is_string())
        body += "<p class=\"muted\">Receipt to " + htmlEscape(session["customer_email"].get<std::string>()) +
                "</p>";
    if (!error.empty())
        body += "<p class=\"error\" role=\"alert\">" + htmlEscape(error) + "</p>";
    body += "<form method=\"post\" action=\"/pay/" + htmlEscape(id) + "\">";
    body += field(
        "Card number", "card_number", "",
        "inputmode=\"numeric\" autocomplete=\"cc-number\" placeholder=\"4242 4242 4242 4242\" required");
    body += field("Expiry (MM/YY)", "card_expiry", entered.expiry,
                  "autocomplete=\"cc-exp\" placeholder=\"12/34\" required");
    body += field("CVC", "card_cvc", "",
                  "inputmode=\"numeric\" autocomplete=\"cc-csc\" placeholder=\"123\" required");
    body += field("Name on card", "card_name", entered.name, "autocomplete=\"cc-name\"");
    body += "<button type=\"submit\">Pay " + htmlEscape(amount) + "</button></form>";
    if (session["cancel_url"].is_string())
        body += "<p><a href=\"" + htmlEscape(session["cancel_url"].get<std::string>()) +
                "\">Cancel and return</a></p>";
    body += testCardTable();
    body += "<p class=\"muted\">This page expires at " +
            htmlEscape(isoTime(session["expires_at"].get<std::int64_t>())) + ".</p>";
    return sandboxPage(status, "Pay " + ctx.options.merchantName, body);
}

http::Response challengePage(SandboxContext &ctx, const json &session)
{
    const auto id = session["id"].get<std::string>();
    std::string body =
        "<h1>3-D Secure authentication</h1><p>Your bank asks you to confirm a payment of <strong>" +
        htmlEscape(sessionAmount(session)) + "</strong> to " + htmlEscape(ctx.options.merchantName) +
        ".</p><p class=\"muted\">This is the sandbox's stand-in for the bank's page: choose "
        "the outcome.</p>";
    body += "<form method=\"post\" action=\"/pay/" + htmlEscape(id) +
            "/authenticate\">"
            "<button type=\"submit\" name=\"result\" value=\"complete\">Complete authentication</button> "
            "<button type=\"submit\" name=\"result\" value=\"fail\">Fail authentication</button></form>";
    return sandboxPage(200, "3-D Secure", body);
}

CardInput cardFrom(const http::Request &request)
{
    return {request.formValue("card_number"), request.formValue("card_expiry"), request.formValue("card_cvc"),
            request.formValue("card_name")};
}

// Where a payment attempt sends the browser, or the page it shows.
http::Response afterAttempt(SandboxContext &ctx, const json &session, const PayResult &result,
                            const CardInput &entered)
{
    switch (result.outcome) {
    case PayOutcome::Succeeded:
        return redirect(successRedirect(session));
    case PayOutcome::RequiresAction:
        return redirect("/pay/" + session["id"].get<std::string>() + "/authenticate");
    case PayOutcome::Declined:
        return payPage(ctx, session, 402, result.message, entered);
    case PayOutcome::InvalidCard:
        return payPage(ctx, session, 422, result.message, entered);
    case PayOutcome::NotOpen:
        return closedPage(session, 409);
    case PayOutcome::NoChallenge:
        return redirect("/pay/" + session["id"].get<std::string>());
    }
    return closedPage(session, 409);
}

http::Response trackerPage(const json &t)
{
    std::string body = "<h1>Tracking " + htmlEscape(t["tracking_code"].get<std::string>()) + "</h1><p>" +
                       htmlEscape(t["carrier"].get<std::string>()) + " · <strong>" +
                       htmlEscape(t["status"].get<std::string>()) + "</strong> (" +
                       htmlEscape(t["status_detail"].get<std::string>()) + ")</p><table>";
    for (const auto &d : t["tracking_details"])
        body += "<tr><td>" + htmlEscape(d["datetime"].get<std::string>()) + "</td><td>" +
                htmlEscape(d["status"].get<std::string>()) + "</td><td>" +
                htmlEscape(d["message"].get<std::string>()) + "</td></tr>";
    return sandboxPage(200, "Tracking", body + "</table>");
}

http::Response frontPage(SandboxContext &ctx)
{
    return sandboxPage(
        200, "caravan-paysim",
        "<h1>caravan-paysim</h1><p>A sandbox payment and tracking provider for Caravan's tests and demos. It "
        "speaks a subset of Stripe's API under <code>/v1</code> and EasyPost's tracker API under "
        "<code>/v2</code>, "
        "and has a control API for tests under <code>/sandbox</code>. No real money moves and no real card "
        "data belongs here.</p><p><a href=\"/sandbox/events\">Events sent</a></p><p class=\"muted\">Base "
        "URL: " +
            htmlEscape(ctx.baseUrl) + "</p>" + testCardTable());
}

} // namespace

std::string htmlEscape(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string formatAmount(std::int64_t minor, const std::string &currency)
{
    const auto code = payments::upperAscii(currency);
    return money::Money::ofMinor(minor, code).amountString() + " " + code;
}

http::Response sandboxPage(int status, const std::string &title, const std::string &bodyHtml)
{
    http::Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" "
             "content=\"noindex\"><title>SANDBOX · " +
             htmlEscape(title) + "</title><style>" + kStyle +
             "</style></head><body><div class=\"sandbox\" role=\"banner\">SANDBOX<small>Test mode: no real "
             "payment is made and no real card may be entered.</small></div><main>" +
             bodyHtml + "</main><footer>caravan-paysim " + kVersion + " · SANDBOX</footer></body></html>";
    return r;
}

void addHostedPages(http::Router &router, SandboxContext &ctx)
{
    using http::RouteKind;
    router.add("GET", "/", RouteKind::Public, false, [&ctx](http::Request &) { return frontPage(ctx); });
    router.add("GET", "/pay/{id}", RouteKind::Public, false, [&ctx](http::Request &request) {
        SandboxState::Lock lock(ctx.state);
        const auto it = ctx.state.sessions.find(request.param("id"));
        if (it == ctx.state.sessions.end())
            return notFound("checkout session");
        if (it->second["status"] == "open" &&
            it->second["expires_at"].get<std::int64_t>() <= SandboxState::now())
            expireDueSessions(ctx.state, SandboxState::now());
        if (it->second["status"] != "open")
            return closedPage(it->second, 200);
        return payPage(ctx, it->second, 200, "", {});
    });
    router.add("POST", "/pay/{id}", RouteKind::Public, false, [&ctx](http::Request &request) {
        SandboxState::Lock lock(ctx.state);
        if (!ctx.state.sessions.count(request.param("id")))
            return notFound("checkout session");
        const auto entered = cardFrom(request);
        const auto result = payCheckoutSession(ctx.state, request.param("id"), entered);
        return afterAttempt(ctx, ctx.state.sessions.at(request.param("id")), result, entered);
    });
    router.add("GET", "/pay/{id}/authenticate", RouteKind::Public, false, [&ctx](http::Request &request) {
        SandboxState::Lock lock(ctx.state);
        const auto id = request.param("id");
        const auto it = ctx.state.sessions.find(id);
        if (it == ctx.state.sessions.end())
            return notFound("checkout session");
        const auto extra = ctx.state.extras.find(id);
        if (it->second["status"] != "open" || extra == ctx.state.extras.end() ||
            !extra->second.contains("challenge"))
            return redirect("/pay/" + id);
        return challengePage(ctx, it->second);
    });
    router.add("POST", "/pay/{id}/authenticate", RouteKind::Public, false, [&ctx](http::Request &request) {
        SandboxState::Lock lock(ctx.state);
        const auto id = request.param("id");
        if (!ctx.state.sessions.count(id))
            return notFound("checkout session");
        const auto result =
            authenticateCheckoutSession(ctx.state, id, request.formValue("result") == "complete");
        return afterAttempt(ctx, ctx.state.sessions.at(id), result, {});
    });
    router.add("GET", "/track/{id}", RouteKind::Public, false, [&ctx](http::Request &request) {
        SandboxState::Lock lock(ctx.state);
        const auto it = ctx.state.trackers.find(request.param("id"));
        return it == ctx.state.trackers.end() ? notFound("tracker") : trackerPage(it->second);
    });
}

} // namespace caravan::paysim
