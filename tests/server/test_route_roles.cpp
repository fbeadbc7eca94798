// Every route as every kind of caller (docs/security.md, docs/disputes.md "Staff"): the router's own table
// is walked, so a route added tomorrow is tried too. Nobody signed in reaches a route that needs a user;
// a buyer, a seller and a staff account without the second factor never reach a staff route.
#include "http/router.h"
#include "runtime/server.h"
#include "support/escrow_world.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// A path for a route pattern: every "{name}" segment filled with a made-up id.
std::string pathOf(const http::Route &route)
{
    std::string path;
    for (const auto &segment : route.segments)
        path += "/" + (segment.size() > 1 && segment.front() == '{' ? std::string("no-such-id") : segment);
    return path.empty() ? "/" : path;
}

} // namespace

TEST_CASE("Each route refuses each caller it is not for", "[roles][security]")
{
    EscrowWorld w;
    const auto &routes = w.server().server().router().routes();
    int staffRoutes = 0;
    int userRoutes = 0;
    for (const auto &route : routes) {
        if (route.kind != http::RouteKind::Api || !route.requiresUser)
            continue;
        const auto path = pathOf(route);
        INFO(route.method << " " << path);
        // Nobody signed in: 401, whatever the route.
        Client anonymous(w.port());
        const auto r = anonymous.request(route.method, path, route.method == "GET" ? "" : "{}", "application/json",
                                         {{"Idempotency-Key", newKey()}});
        CHECK(r.status == 401);
        ++userRoutes;
        if (route.role != "staff")
            continue;
        ++staffRoutes;
        for (const Account *who : {&w.buyer, &w.seller}) {
            const auto answer = w.call(route.method, path, *who, route.method == "GET" ? nlohmann::json() : nlohmann::json::object(),
                                       newKey());
            CHECK(answer.status == 403);
        }
    }
    CHECK(userRoutes > 20);
    CHECK(staffRoutes >= 10); // disputes and payout identities
}
