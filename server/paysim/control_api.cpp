#include "paysim/control_api.h"

#include "payments/form_encoding.h"
#include "paysim/checkout.h"
#include "paysim/easypost_api.h"
#include "paysim/stripe_api.h"
#include "paysim/trackers.h"
#include "paysim/webhook_sender.h"

#include <algorithm>
#include <chrono>

namespace caravan::paysim {

namespace {

http::Response jsonAnswer(int status, const json &body)
{
    return http::Response::json(status, body);
}

// The request's fields, from a JSON object or a form.
json fields(const http::Request &request)
{
    if (request.header("content-type").rfind("application/json", 0) == 0) {
        json body = json::parse(request.body, nullptr, false);
        return body.is_object() ? body : json::object();
    }
    json out = json::object();
    try {
        for (const auto &[name, value] : payments::decodeForm(request.body))
            out[name] = value;
    } catch (const std::invalid_argument &) {
    }
    return out;
}

std::string text(const json &object, const char *key, const char *alternative = nullptr)
{
    if (object.contains(key) && object[key].is_string())
        return object[key].get<std::string>();
    if (alternative && object.contains(alternative) && object[alternative].is_string())
        return object[alternative].get<std::string>();
    return {};
}

const char *outcomeName(PayOutcome outcome)
{
    switch (outcome) {
    case PayOutcome::Succeeded:
        return "succeeded";
    case PayOutcome::Declined:
        return "declined";
    case PayOutcome::RequiresAction:
        return "requires_action";
    case PayOutcome::InvalidCard:
        return "invalid_card";
    case PayOutcome::NotOpen:
        return "not_open";
    case PayOutcome::NoChallenge:
        return "no_challenge";
    }
    return "unknown";
}

http::Response payAnswer(SandboxContext &ctx, const std::string &id, const PayResult &result)
{
    const auto &session = ctx.state.sessions.at(id);
    json body = {{"outcome", outcomeName(result.outcome)},
                 {"code", result.code.empty() ? json() : json(result.code)},
                 {"message", result.message.empty() ? json() : json(result.message)},
                 {"session", session}};
    if (result.outcome == PayOutcome::Succeeded)
        body["redirect_url"] = successRedirect(session);
    if (result.outcome == PayOutcome::RequiresAction)
        body["authenticate_url"] = ctx.baseUrl + "/pay/" + id + "/authenticate";
    const int status = result.outcome == PayOutcome::Succeeded || result.outcome == PayOutcome::RequiresAction
                           ? 200
                       : result.outcome == PayOutcome::Declined ? 402
                       : result.outcome == PayOutcome::NotOpen  ? 409
                                                                : 422;
    return jsonAnswer(status, body);
}

template <class F> http::Response withSession(SandboxContext &ctx, const http::Request &request, F f)
{
    SandboxState::Lock lock(ctx.state);
    const auto id = request.param("id");
    if (!ctx.state.sessions.count(id))
        return stripeError(noSuch("checkout.session", id));
    return payAnswer(ctx, id, f(id));
}

} // namespace

void addControlRoutes(http::Router &router, SandboxContext &ctx)
{
    using http::RouteKind;
    router.add("GET", "/sandbox/events", RouteKind::Api, false, [&ctx](http::Request &) {
        return jsonAnswer(200, {{"object", "list"}, {"sandbox", true}, {"data", ctx.sender.report()}});
    });
    router.add("POST", "/sandbox/webhooks/flush", RouteKind::Api, false, [&ctx](http::Request &request) {
        long timeoutMs = 30000;
        try {
            if (!request.queryValue("timeout_ms").empty())
                timeoutMs = std::clamp(std::stol(request.queryValue("timeout_ms")), 0L, 120000L);
        } catch (const std::exception &) {
        }
        const bool drained = ctx.sender.flush(std::chrono::milliseconds(timeoutMs));
        return jsonAnswer(drained ? 200 : 504, {{"pending", ctx.sender.pending()}, {"drained", drained}});
    });
    router.add("POST", "/sandbox/checkout/{id}/pay", RouteKind::Api, false, [&ctx](http::Request &request) {
        const auto body = fields(request);
        const CardInput card{text(body, "card", "card_number"), text(body, "expiry", "card_expiry"),
                             text(body, "cvc", "card_cvc"), text(body, "name", "card_name")};
        return withSession(ctx, request, [&](const std::string &id) {
            return payCheckoutSession(ctx.state, id,
                                      {card.number, card.expiry.empty() ? "12/34" : card.expiry,
                                       card.cvc.empty() ? "123" : card.cvc, card.name});
        });
    });
    router.add("POST", "/sandbox/checkout/{id}/authenticate", RouteKind::Api, false,
               [&ctx](http::Request &request) {
                   const bool complete = text(fields(request), "result") != "fail";
                   return withSession(ctx, request, [&](const std::string &id) {
                       return authenticateCheckoutSession(ctx.state, id, complete);
                   });
               });
    router.add(
        "POST", "/sandbox/trackers/{id}/events", RouteKind::Api, false, [&ctx](http::Request &request) {
            const auto body = fields(request);
            try {
                SandboxState::Lock lock(ctx.state);
                return jsonAnswer(200, addTrackingEvent(ctx.state, request.param("id"), text(body, "status"),
                                                        text(body, "status_detail"), text(body, "message")));
            } catch (const ApiError &e) {
                return easyPostError(e.status, e.code, e.what());
            }
        });
}

} // namespace caravan::paysim
