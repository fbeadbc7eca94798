#include "core/version.h"
#include "http/security_headers.h"
#include "orders/order_settings.h"
#include "store/migrations.h"
#include "support/http_client.h"
#include "support/test_env.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <catch2/catch.hpp>
#include <limits>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

using namespace caravan;
using caravan::test::Client;
using caravan::test::HttpResponse;
using caravan::test::TestEnv;
using caravan::test::TestServer;

namespace {
std::map<std::string, std::string> demoSettings()
{
    return {{"server.demo", "true"}, {"server.demo_file", (TestEnv::fixtures() / "demo.json").string()}};
}

void checkSecurityHeaders(const HttpResponse &r)
{
    INFO("status " << r.status);
    // form-action names the payment provider's page besides 'self' (the checkout redirects there).
    CHECK_THAT(r.header("content-security-policy"),
               Catch::Matches("default-src 'self'; script-src 'self'; style-src 'self'; "
                              "img-src 'self' data:; frame-ancestors 'none'; "
                              "form-action 'self' https?://[a-z0-9.:-]+; base-uri 'none'; object-src 'none'"));
    CHECK(r.header("x-content-type-options") == "nosniff");
    CHECK(r.header("x-frame-options") == "DENY");
    CHECK_FALSE(r.header("referrer-policy").empty());
}

std::vector<std::string> photoUrls(const std::string &html)
{
    std::vector<std::string> urls;
    const std::regex re("src=\"(/photos/[0-9a-f]{64}\\.jpg)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
        urls.push_back((*it)[1]);
    return urls;
}
} // namespace

TEST_CASE("healthz reports status, version, database and schema version", "[web][health]")
{
    TestServer ts;
    Client client(ts.port());
    const auto r = client.get("/healthz");
    REQUIRE(r.status == 200);
    const auto body = nlohmann::json::parse(r.body);
    CHECK(body.at("status") == "ok");
    CHECK(body.at("version") == caravan::kVersion);
    CHECK(body.at("database") == (ts.env().postgres() ? "postgresql" : "sqlite"));
    CHECK(body.at("schema_version") == store::latestSchemaVersion());
}

TEST_CASE("every response carries the security headers", "[web][headers]")
{
    TestServer ts(demoSettings());
    Client client(ts.port());
    const auto home = client.get("/");
    checkSecurityHeaders(home);
    checkSecurityHeaders(client.get("/healthz"));
    checkSecurityHeaders(client.get("/no/such/page"));
    checkSecurityHeaders(client.get("/api/v1/me"));
    checkSecurityHeaders(client.get("/static/caravan.css"));
    checkSecurityHeaders(client.postForm("/signin", {}));
    const auto photos = photoUrls(home.body);
    REQUIRE_FALSE(photos.empty());
    checkSecurityHeaders(client.get(photos.front()));
}

TEST_CASE("the home page lists the demo listings with their photos served as JPEG", "[web][demo]")
{
    TestServer ts(demoSettings());
    Client client(ts.port());
    const auto home = client.get("/");
    REQUIRE(home.status == 200);
    CHECK_THAT(home.header("content-type"), Catch::StartsWith("text/html"));
    CHECK_THAT(home.body, Catch::Contains("Red paper lantern, hand-painted"));
    CHECK_THAT(home.body, Catch::Contains("Glazed ceramic teapot"));
    CHECK_THAT(home.body, Catch::Contains("JPY 18,000"));
    CHECK_THAT(home.body, Catch::Contains("EUR 35.50"));
    CHECK_THAT(home.body, Catch::Contains("Portugal"));
    // Listing text is escaped, never raw HTML.
    CHECK_THAT(home.body, Catch::Contains("Vintage silk kimono &lt;blue&gt;"));
    CHECK_THAT(home.body, !Catch::Contains("<blue>"));

    const auto photos = photoUrls(home.body);
    CHECK(photos.size() == 3); // one cover each
    for (const auto &url : photos) {
        const auto r = client.get(url);
        INFO(url);
        CHECK(r.status == 200);
        CHECK(r.header("content-type") == "image/jpeg");
        CHECK(r.header("cache-control") == "public, max-age=300"); // short: a removed listing stops showing soon
        CHECK(r.header("etag") == "\"" + url.substr(8, 64) + "\"");
        REQUIRE(r.body.size() > 3);
        CHECK(static_cast<unsigned char>(r.body[0]) == 0xFF);
        CHECK(static_cast<unsigned char>(r.body[1]) == 0xD8);
    }
    CHECK(client.get("/photos/" + std::string(64, 'a') + ".jpg").status == 404);
    CHECK(client.get("/photos/..%2F..%2Fcaravan.db").status == 404);
    CHECK(client.get("/static/..%2Fi18n%2Fen.json").status == 404);
}

TEST_CASE("a listing page shows all its photos and unknown listings are 404", "[web][demo]")
{
    TestServer ts(demoSettings());
    Client client(ts.port());
    const auto page = client.get("/listings/8a4b6c2d-1e3f-4a5b-8c7d-9e0f1a2b3c4d");
    REQUIRE(page.status == 200);
    const auto photos = photoUrls(page.body);
    CHECK(photos.size() == 2);
    CHECK(std::set<std::string>(photos.begin(), photos.end()).size() == 2);
    CHECK_THAT(page.body, Catch::Contains("Blue silk kimono from the 1970s"));
    CHECK(client.get("/listings/00000000-0000-4000-8000-000000000000").status == 404);
}

TEST_CASE("search finds listings by title or description", "[web][demo]")
{
    TestServer ts(demoSettings());
    Client client(ts.port());
    const auto teapot = client.get("/?q=TEAPOT");
    REQUIRE(teapot.status == 200);
    CHECK_THAT(teapot.body, Catch::Contains("Glazed ceramic teapot"));
    CHECK_THAT(teapot.body, !Catch::Contains("Red paper lantern"));
    const auto byDescription = client.get("/?q=kyoto");
    CHECK_THAT(byDescription.body, Catch::Contains("Red paper lantern"));
    const auto none = client.get("/?q=%25_%25");
    CHECK(none.status == 200);
    CHECK(photoUrls(none.body).empty());
}

TEST_CASE("pages follow ?lang=, the lang cookie and Accept-Language", "[web][i18n]")
{
    TestServer ts;
    Client client(ts.port());
    CHECK_THAT(client.get("/signin").body, Catch::Contains("Sign in"));
    CHECK_THAT(client.get("/signin", {{"Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5"}}).body,
               Catch::Contains("登录"));
    const auto chosen = client.get("/signin?lang=zh_CN");
    CHECK_THAT(chosen.body, Catch::Contains("登录"));
    CHECK(client.cookie("lang") == "zh_CN");
    CHECK_THAT(client.get("/register").body, Catch::Contains("创建账户"));
    CHECK_THAT(client.get("/register?lang=en").body, Catch::Contains("Create your account"));
}

TEST_CASE("new clients are served while idle keep-alive connections hold every thread", "[web][http]")
{
    TestServer ts({{"http.max_threads", "2"}, {"http.keep_alive_timeout_s", "1"}});
    std::vector<std::unique_ptr<Poco::Net::HTTPClientSession>> idle;
    for (int i = 0; i < 4; ++i) {
        auto s = std::make_unique<Poco::Net::HTTPClientSession>("127.0.0.1", ts.port());
        s->setKeepAlive(true);
        Poco::Net::HTTPRequest req("GET", "/healthz", Poco::Net::HTTPMessage::HTTP_1_1);
        req.setKeepAlive(true);
        s->sendRequest(req);
        Poco::Net::HTTPResponse response;
        std::istream &body = s->receiveResponse(response);
        REQUIRE(response.getStatus() == Poco::Net::HTTPResponse::HTTP_OK);
        body.ignore(std::numeric_limits<std::streamsize>::max());
        idle.push_back(std::move(s)); // the connection stays open, idle, holding a server thread
    }
    // More idle keep-alive connections than threads: a new client still gets its answer, because an idle
    // connection gives its thread back after the keep-alive timeout instead of holding it for good.
    Client fresh(ts.port());
    CHECK(fresh.get("/healthz").status == 200);
}

TEST_CASE("stopping the server lets a request in flight finish", "[web][http]")
{
    TestServer ts;
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", ts.port()));
    const std::string body =
        R"({"email":"drain@example.org","password":"not the right one","device_name":"x"})";
    const std::string head =
        "POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: " +
        std::to_string(body.size()) + "\r\n\r\n";
    const std::string firstHalf = head + body.substr(0, body.size() / 2);
    socket.sendBytes(firstHalf.data(), int(firstHalf.size()));
    // Give the server time to hand the request to its handler (now reading the body), then ask it to stop.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    std::thread stopper([&ts] { ts.server().stop(); });
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    const std::string rest = body.substr(body.size() / 2);
    socket.sendBytes(rest.data(), int(rest.size()));
    std::string response;
    char buffer[4096];
    for (int n; (n = socket.receiveBytes(buffer, sizeof buffer)) > 0;) {
        response.append(buffer, std::size_t(n));
        if (response.find("\r\n\r\n") != std::string::npos && response.find("}") != std::string::npos)
            break;
    }
    stopper.join();
    CHECK_THAT(response, Catch::StartsWith("HTTP/1.1 401"));
    CHECK_THAT(response, Catch::Contains("invalid_credentials"));
    // Once stopped, nobody is listening any more.
    CHECK_THROWS(Poco::Net::StreamSocket(Poco::Net::SocketAddress("127.0.0.1", ts.port())));
}

TEST_CASE("the payment page origin forms may go to: Stripe's checkout host, the sandbox's own origin, or configured",
          "[web][security]")
{
    orders::OrderSettings o;
    CHECK(o.paymentPageOrigin() == "https://checkout.stripe.com");
    o.paymentsApiBase = "http://127.0.0.1:4711/";
    CHECK(o.paymentPageOrigin() == "http://127.0.0.1:4711");
    o.paymentsApiBase = "https://pay.example.org/v1";
    CHECK(o.paymentPageOrigin() == "https://pay.example.org");
    o.paymentsPageOrigin = "https://checkout.example.org";
    CHECK(o.paymentPageOrigin() == "https://checkout.example.org");
    CHECK(http::contentSecurityPolicy("https://checkout.example.org").find("form-action 'self' https://checkout.example.org;") !=
          std::string::npos);
    CHECK(http::contentSecurityPolicy("") == http::kContentSecurityPolicy);
}
