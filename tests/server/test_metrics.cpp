// GET /metrics (docs/operations.md, "Metrics") and the request id on answers and log lines ("Logs").
#include "support/http_client.h"
#include "support/test_env.h"
#include "test_sync_helpers.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <map>
#include <regex>
#include <sstream>
#include <vector>

using namespace caravan::test;
using namespace caravan::test::sync;

namespace {

// The samples of a scrape: "name{labels}" -> value. Fails the test on a line that is not a comment, a
// sample of the text format 0.0.4, or a sample whose metric has no TYPE line before it.
std::map<std::string, double> parseScrape(const std::string &text)
{
    static const std::regex sample(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? )"
                                   R"(([-+]?[0-9.eE+-]+|\+Inf|-Inf|NaN)$)");
    static const std::regex type(R"(^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$)");
    std::map<std::string, double> out;
    std::map<std::string, std::string> types;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        INFO(line);
        std::smatch m;
        if (std::regex_match(line, m, type)) {
            types[m[1]] = m[2];
            continue;
        }
        if (line.rfind("# HELP ", 0) == 0)
            continue;
        REQUIRE(std::regex_match(line, m, sample));
        std::string family = m[1];
        for (const char *suffix : {"_bucket", "_sum", "_count"})
            if (!types.count(family) && family.size() > std::strlen(suffix) &&
                family.compare(family.size() - std::strlen(suffix), std::string::npos, suffix) == 0)
                family.resize(family.size() - std::strlen(suffix));
        CHECK(types.count(family) == 1);
        const auto space = line.rfind(' ');
        const auto value = line.substr(space + 1);
        out[line.substr(0, space)] = value == "+Inf" ? 1e300 : std::stod(value);
    }
    return out;
}

double value(const std::map<std::string, double> &samples, const std::string &key)
{
    INFO(key);
    const auto it = samples.find(key);
    REQUIRE(it != samples.end());
    return it->second;
}

std::map<std::string, double> scrape(Client &client, const std::map<std::string, std::string> &headers = {})
{
    const auto r = client.get("/metrics", headers);
    INFO(r.body);
    REQUIRE(r.status == 200);
    CHECK(r.header("content-type") == "text/plain; version=0.0.4; charset=utf-8");
    return parseScrape(r.body);
}

const std::string kHealth = R"(route="/healthz",method="GET")";

} // namespace

TEST_CASE("Metrics: a loopback scrape counts requests by route pattern, with a latency histogram and the "
          "server's figures",
          "[metrics]")
{
    TestServer ts({{"throttle.register_address.max_failures", "1"}});
    Client client(ts.port());
    REQUIRE(client.get("/healthz").status == 200);
    REQUIRE(client.get("/healthz").status == 200);
    REQUIRE(client.get("/api/v1/orders/order-8f3a-raw-id").status == 401);
    REQUIRE(client.get("/no/such/page").status == 404);

    const auto raw = client.get("/metrics");
    REQUIRE(raw.status == 200);
    CHECK(raw.body.find("order-8f3a-raw-id") == std::string::npos); // the pattern, never the path
    CHECK(raw.body.find("/no/such/page") == std::string::npos);
    auto first = parseScrape(raw.body);
    CHECK(value(first, "caravan_http_requests_total{" + kHealth + ",status=\"200\"}") == 2);
    CHECK(value(first, R"(caravan_http_requests_total{route="/api/v1/orders/{id}",method="GET",status="401"})") ==
          1);
    CHECK(value(first, R"(caravan_http_requests_total{route="unmatched",method="GET",status="404"})") == 1);
    CHECK(value(first, "caravan_http_request_duration_seconds_count{" + kHealth + "}") == 2);
    CHECK(value(first, "caravan_http_request_duration_seconds_bucket{" + kHealth + ",le=\"+Inf\"}") == 2);
    CHECK(value(first, "caravan_http_request_duration_seconds_sum{" + kHealth + "}") > 0);
    double previous = 0;
    for (const char *le : {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1",
                           "2.5", "5", "10", "+Inf"}) {
        const double bucket =
            value(first, "caravan_http_request_duration_seconds_bucket{" + kHealth + ",le=\"" + le + "\"}");
        CHECK(bucket >= previous); // cumulative
        previous = bucket;
    }

    // The other figures are there, with what this server holds.
    CHECK(value(first, "caravan_db_pool_capacity") == ts.server().settings().dbMaxSessions);
    // The pool keeps the connection it opened at start.
    CHECK(value(first, R"(caravan_db_pool_sessions{state="in_use"})") +
              value(first, R"(caravan_db_pool_sessions{state="idle"})") >=
          1);
    for (const char *job : {"cleanup", "escrow", "mail", "saved_search"})
        CHECK(value(first, std::string("caravan_job_seconds_since_last_pass{job=\"") + job + "\"}") >= 0);
    for (const char *state : {"awaiting_payment", "paid", "shipped", "delivered", "disputed"})
        CHECK(value(first, std::string("caravan_orders{state=\"") + state + "\"}") == 0);
    CHECK(value(first, "caravan_order_timer_oldest_due_seconds") == 0);
    CHECK(value(first, "caravan_sync_push_batches_total") == 0);
    CHECK(value(first, R"(caravan_throttled_attempts_total{kind="registration",reason="locked"})") == 0);

    // Requests after the first scrape move the counters: the scrape itself, a sync push with one applied
    // and one refused mutation, and a refused registration.
    const auto mei = makeSeller(ts, "mei.metrics@example.org"); // registration 1 of 1, then the app's sign-in
    Client other(ts.port());
    CHECK(other.submitRegistration("second.metrics@example.org", "another passphrase 42").status == 429);
    const auto results = push(ts, mei, "metrics-client",
                              json::array({upsert(1, "metrics-l1", activeListing()),
                                           upsert(2, "metrics-l1", {{"colour", "red"}})}));
    REQUIRE(results.size() == 2);
    REQUIRE(client.get("/healthz").status == 200);

    const auto second = scrape(client);
    CHECK(value(second, "caravan_http_requests_total{" + kHealth + ",status=\"200\"}") == 3);
    CHECK(value(second, R"(caravan_http_requests_total{route="/metrics",method="GET",status="200"})") == 1);
    CHECK(value(second, "caravan_http_request_duration_seconds_count{" + kHealth + "}") == 3);
    CHECK(value(second, R"(caravan_http_requests_total{route="/api/v1/sync/push",method="POST",status="200"})") ==
          1);
    CHECK(value(second, "caravan_sync_push_batches_total") == 1);
    CHECK(value(second, R"(caravan_sync_mutations_total{result="applied"})") == 1);
    CHECK(value(second, R"(caravan_sync_mutations_total{result="refused"})") == 1);
    CHECK(value(second, R"(caravan_throttled_attempts_total{kind="registration",reason="locked"})") == 1);
    CHECK(value(second, R"(caravan_http_requests_total{route="/register",method="POST",status="429"})") == 1);
}

TEST_CASE("Metrics: without the token only loopback clients that did not come through a proxy may scrape - "
          "everyone else gets the 404 of an unknown path",
          "[metrics]")
{
    const auto notFound = [](Client &c, const std::map<std::string, std::string> &headers = {}) {
        const auto r = c.get("/metrics", headers);
        INFO(r.body.substr(0, 300));
        CHECK(r.status == 404);
        CHECK(r.body.find("caravan_http_requests_total") == std::string::npos);
        const auto unknown = c.get("/metricz", headers);
        CHECK(r.header("content-type") == unknown.header("content-type"));
    };

    SECTION("the defaults: loopback, but not through a proxy on this machine")
    {
        TestServer ts;
        Client c(ts.port());
        scrape(c);
        notFound(c, {{"X-Forwarded-For", "203.0.113.9"}});
        notFound(c, {{"X-Real-IP", "203.0.113.9"}});
        notFound(c, {{"Forwarded", "for=203.0.113.9"}});
    }
    SECTION("a trusted proxy's client is the client the rule looks at")
    {
        TestServer ts({{"http.trust_proxy", "true"}});
        Client c(ts.port());
        notFound(c, {{"X-Forwarded-For", "203.0.113.9"}});
    }
    SECTION("no address allowed and no token: nobody")
    {
        TestServer ts({{"metrics.allow", ""}});
        Client c(ts.port());
        notFound(c);
    }
    SECTION("allowed networks without loopback: a loopback client is refused")
    {
        TestServer ts({{"metrics.allow", "10.0.0.0/8"}});
        Client c(ts.port());
        notFound(c);
    }
    SECTION("a token: only the right Bearer token, from anywhere")
    {
        TestServer ts({{"metrics.allow", ""}, {"metrics.token", "scrape-token-0123456789abcdef"}});
        Client c(ts.port());
        notFound(c);
        notFound(c, {{"Authorization", "Bearer scrape-token-0123456789abcdeX"}});
        notFound(c, {{"Authorization", "Bearer "}});
        const auto samples = scrape(c, {{"Authorization", "Bearer scrape-token-0123456789abcdef"},
                                        {"X-Forwarded-For", "198.51.100.4"}});
        CHECK(value(samples, R"(caravan_http_requests_total{route="/metrics",method="GET",status="404"})") == 3);
    }
}

TEST_CASE("Request id: every answer carries X-Request-Id and every log line of that request names it",
          "[request_id]")
{
    TestServer ts;
    Client client(ts.port());
    const auto a = client.get("/healthz");
    const auto b = client.get("/healthz");
    const std::regex hex32("^[0-9a-f]{32}$");
    CHECK(std::regex_match(a.header("x-request-id"), hex32));
    CHECK(std::regex_match(b.header("x-request-id"), hex32));
    CHECK(a.header("x-request-id") != b.header("x-request-id"));

    // A form post without a CSRF token logs csrf_rejected and then the request line, both while it runs.
    const auto refused = client.postForm("/signin", {{"email", "x@example.org"}, {"password", "whatever 123"}});
    REQUIRE(refused.status == 403);
    const auto id = refused.header("x-request-id");
    REQUIRE(std::regex_match(id, hex32));
    std::vector<std::string> lines;
    for (const auto &line : capturedLog())
        if (line.find(id) != std::string::npos)
            lines.push_back(line);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].find("event=csrf_rejected") != std::string::npos);
    CHECK(lines[1].find("event=request") != std::string::npos);
    CHECK(lines[1].find("path=/signin") != std::string::npos);
    for (const auto &line : lines)
        CHECK(line.size() >= id.size() + 12);
    for (const auto &line : lines)
        CHECK(line.compare(line.size() - id.size() - 12, std::string::npos, " request_id=" + id) == 0);
    // Lines logged outside a request carry none.
    bool listeningLine = false;
    for (const auto &line : capturedLog())
        if (line.find("event=listening") != std::string::npos) {
            listeningLine = true;
            CHECK(line.find("request_id=") == std::string::npos);
        }
    CHECK(listeningLine);

    // An id sent by a client that is not a trusted proxy is replaced.
    const auto sent = client.get("/healthz", {{"X-Request-Id", "from-the-client-1"}});
    CHECK(sent.header("x-request-id") != "from-the-client-1");
    CHECK(std::regex_match(sent.header("x-request-id"), hex32));
}

TEST_CASE("Request id: a trusted proxy's well-formed X-Request-Id is kept, a malformed one replaced",
          "[request_id]")
{
    TestServer ts({{"http.trust_proxy", "true"}}); // loopback is the default trusted proxy
    Client proxy(ts.port());
    const auto kept = proxy.get("/healthz", {{"X-Request-Id", "edge-7f3a:42_b.c"}, {"X-Forwarded-For", "203.0.113.9"}});
    CHECK(kept.header("x-request-id") == "edge-7f3a:42_b.c");
    bool logged = false;
    for (const auto &line : capturedLog())
        if (line.find("event=request") != std::string::npos &&
            line.find("request_id=edge-7f3a:42_b.c") != std::string::npos) {
            logged = true;
            CHECK(line.find("client=203.0.113.9") != std::string::npos);
        }
    CHECK(logged);
    for (const std::string &bad :
         std::vector<std::string>{"has space", "quote\"d", std::string(65, 'a'), "semi;colon"}) {
        const auto r = proxy.get("/healthz", {{"X-Request-Id", bad}});
        CHECK(r.header("x-request-id") != bad);
        CHECK(std::regex_match(r.header("x-request-id"), std::regex("^[0-9a-f]{32}$")));
    }
}
