#include "paysim/stripe_api.h"

#include "accounts/crypto.h"
#include "payments/form_encoding.h"
#include "payments/stripe_provider.h"
#include "paysim/checkout.h"
#include "paysim/money_moves.h"

#include <Poco/Base64Decoder.h>
#include <functional>
#include <sstream>

namespace caravan::paysim {

namespace {

using Operation = std::function<json(SandboxContext &, const json &params, const http::Request &)>;

http::Response jsonAnswer(int status, const std::string &body)
{
    http::Response r;
    r.status = status;
    r.contentType = "application/json; charset=utf-8";
    r.body = body;
    return r;
}

std::string basicUser(const std::string &credentials)
{
    std::istringstream encoded(credentials);
    Poco::Base64Decoder decoder(encoded);
    std::string decoded;
    char c;
    while (decoder.get(c))
        decoded += c;
    return decoded.substr(0, decoded.find(':'));
}

std::string masked(const std::string &key)
{
    if (key.size() <= 12)
        return std::string(key.size(), '*');
    return key.substr(0, 8) + "****" + key.substr(key.size() - 4);
}

http::Response unauthorised(const http::Request &request)
{
    const auto header = request.header("authorization");
    const std::string message =
        header.empty() ? "You did not provide an API key. Send it as 'Authorization: Bearer <secret key>'."
                       : "Invalid API Key provided: " + masked(header.substr(header.find(' ') + 1));
    auto r = stripeError(ApiError(401, "invalid_request_error", "", "", message));
    r.setHeader("WWW-Authenticate", "Bearer realm=\"Stripe\"");
    return r;
}

// One API call: authentication, parameters, the idempotency layer, the operation, Stripe's error shape.
http::Response run(SandboxContext &ctx, http::Request &request, const Operation &operation)
{
    if (!hasApiKey(request, ctx.options.apiKey))
        return unauthorised(request);
    json params = json::object();
    if (request.method == "POST") {
        try {
            params = payments::nestForm(payments::decodeForm(request.body));
        } catch (const std::invalid_argument &e) {
            return stripeError(
                ApiError(400, "invalid_request_error", "", "", std::string("Invalid request: ") + e.what()));
        }
    }
    const auto key = request.method == "POST" ? request.header("idempotency-key") : std::string();
    if (key.size() > 255)
        return stripeError(badParam("Idempotency-Key", "Idempotency keys are at most 255 characters."));

    SandboxState::Lock lock(ctx.state);
    auto &state = ctx.state;
    state.pruneIdempotency(ctx.options.idempotencyTtlSeconds);
    const auto canonical = params.dump();
    if (!key.empty())
        if (const auto it = state.idempotency.find(key); it != state.idempotency.end()) {
            const auto &stored = it->second;
            if (stored.method != request.method || stored.path != request.path || stored.params != canonical)
                return stripeError(
                    ApiError(400, "idempotency_error", "", "",
                             "Keys for idempotent requests can only be used with the same parameters they "
                             "were first used "
                             "with. The key '" +
                                 key + "' was first used for another request; use a new key for this one."));
            auto replay = jsonAnswer(stored.status, stored.body);
            replay.setHeader("Idempotent-Replayed", "true");
            replay.setHeader("Idempotency-Key", key);
            return replay;
        }

    int status = 200;
    std::string body;
    bool keep = true;
    try {
        body = operation(ctx, params, request).dump();
    } catch (const ApiError &e) {
        auto error = stripeError(e);
        status = error.status;
        body = error.body;
        keep = e.executed;
    }
    if (!key.empty() && keep) {
        state.idempotency[key] = {request.method, request.path, canonical, status, body, SandboxState::now()};
        state.touch();
    }
    auto answer = jsonAnswer(status, body);
    answer.setHeader("Request-Id", state.newId("req_"));
    answer.setHeader("Stripe-Version", request.header("stripe-version").empty()
                                           ? payments::kStripeApiVersion
                                           : request.header("stripe-version"));
    if (!key.empty())
        answer.setHeader("Idempotency-Key", key);
    return answer;
}

void route(http::Router &router, SandboxContext &ctx, const std::string &method, const std::string &pattern,
           Operation operation)
{
    router.add(method, pattern, http::RouteKind::Api, false,
               [&ctx, operation = std::move(operation)](http::Request &request) {
                   return run(ctx, request, operation);
               });
}

} // namespace

bool hasApiKey(const http::Request &request, const std::string &apiKey)
{
    const auto header = request.header("authorization");
    std::string presented;
    if (header.rfind("Bearer ", 0) == 0)
        presented = header.substr(7);
    else if (header.rfind("Basic ", 0) == 0)
        presented = basicUser(header.substr(6));
    return !presented.empty() && accounts::constantTimeEquals(presented, apiKey);
}

http::Response stripeError(const ApiError &error)
{
    json object = {{"type", error.type.empty() ? "invalid_request_error" : error.type},
                   {"message", error.what()}};
    if (!error.code.empty())
        object["code"] = error.code;
    if (!error.param.empty())
        object["param"] = error.param;
    return jsonAnswer(error.status, json{{"error", object}}.dump());
}

void addStripeRoutes(http::Router &router, SandboxContext &ctx)
{
    route(
        router, ctx, "POST", "/v1/checkout/sessions",
        [](SandboxContext &c, const json &p, const http::Request &) { return createCheckoutSession(c, p); });
    route(router, ctx, "GET", "/v1/checkout/sessions/{id}",
          [](SandboxContext &c, const json &, const http::Request &r) {
              return checkoutSession(c.state, r.param("id"));
          });
    route(router, ctx, "POST", "/v1/checkout/sessions/{id}/expire",
          [](SandboxContext &c, const json &, const http::Request &r) {
              return expireCheckoutSession(c.state, r.param("id"));
          });
    route(router, ctx, "GET", "/v1/payment_intents/{id}",
          [](SandboxContext &c, const json &, const http::Request &r) {
              return paymentIntent(c.state, r.param("id"));
          });
    route(router, ctx, "POST", "/v1/refunds",
          [](SandboxContext &c, const json &p, const http::Request &) { return createRefund(c, p); });
    route(router, ctx, "GET", "/v1/refunds/{id}",
          [](SandboxContext &c, const json &, const http::Request &r) {
              return refund(c.state, r.param("id"));
          });
    route(router, ctx, "POST", "/v1/accounts",
          [](SandboxContext &c, const json &p, const http::Request &) { return createAccount(c, p); });
    route(router, ctx, "GET", "/v1/accounts/{id}",
          [](SandboxContext &c, const json &, const http::Request &r) {
              return account(c.state, r.param("id"));
          });
    route(router, ctx, "POST", "/v1/transfers",
          [](SandboxContext &c, const json &p, const http::Request &) { return createTransfer(c, p); });
    route(router, ctx, "GET", "/v1/transfers/{id}",
          [](SandboxContext &c, const json &, const http::Request &r) {
              return transfer(c.state, r.param("id"));
          });
    route(router, ctx, "GET", "/v1/events/{id}", [](SandboxContext &c, const json &, const http::Request &r) {
        for (const auto &entry : c.state.events)
            if (entry["channel"] == "stripe" && entry["event"]["id"] == r.param("id"))
                return entry["event"];
        throw noSuch("event", r.param("id"));
    });
}

} // namespace caravan::paysim
