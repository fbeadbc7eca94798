#include "paysim/easypost_api.h"

#include "paysim/stripe_api.h"
#include "paysim/trackers.h"

namespace caravan::paysim {

namespace {

http::Response jsonAnswer(int status, const json &body)
{
    http::Response r;
    r.status = status;
    r.contentType = "application/json; charset=utf-8";
    r.body = body.dump();
    return r;
}

template <class F>
http::Response run(SandboxContext &ctx, const http::Request &request, int okStatus, F operation)
{
    if (!hasApiKey(request, ctx.options.apiKey)) {
        auto r = request.header("authorization").empty()
                     ? easyPostError(401, "APIKEY.REQUIRED",
                                     "An API key is required (HTTP Basic, the key as the user).")
                     : easyPostError(401, "APIKEY.INACTIVE", "The API key is not valid for this sandbox.");
        r.setHeader("WWW-Authenticate", "Basic realm=\"EasyPost\"");
        return r;
    }
    try {
        SandboxState::Lock lock(ctx.state);
        return jsonAnswer(okStatus, operation());
    } catch (const ApiError &e) {
        return easyPostError(e.status, e.code, e.what());
    }
}

} // namespace

http::Response easyPostError(int status, const std::string &code, const std::string &message)
{
    return jsonAnswer(status, {{"error", {{"code", code}, {"message", message}, {"errors", json::array()}}}});
}

void addEasyPostRoutes(http::Router &router, SandboxContext &ctx)
{
    router.add("POST", "/v2/trackers", http::RouteKind::Api, false, [&ctx](http::Request &request) {
        const json body = json::parse(request.body, nullptr, false);
        if (body.is_discarded())
            return easyPostError(422, "PARAMETER.INVALID", "The body is not JSON.");
        return run(ctx, request, 201, [&] { return createTracker(ctx, body); });
    });
    router.add("GET", "/v2/trackers/{id}", http::RouteKind::Api, false, [&ctx](http::Request &request) {
        return run(ctx, request, 200, [&] { return tracker(ctx.state, request.param("id")); });
    });
}

} // namespace caravan::paysim
