#include "support/http_client.h"
#include "support/test_env.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

using namespace caravan;
using caravan::test::Client;
using caravan::test::TestServer;
using nlohmann::json;

namespace {
const std::string kPassword = "a desktop app passphrase";

void registerUser(TestServer &ts, const std::string &email)
{
    Client browser(ts.port());
    REQUIRE(browser.registerAccount(email, kPassword, "Api User", "JP").status == 303);
}

std::string sessionBody(const std::string &email, const std::string &password,
                        const std::string &device = "laptop")
{
    return json{{"email", email}, {"password", password}, {"device_name", device}}.dump();
}

std::map<std::string, std::string> bearer(const std::string &token)
{
    return {{"Authorization", "Bearer " + token}};
}
} // namespace

TEST_CASE("API tokens are issued, used and revoked", "[api]")
{
    TestServer ts;
    registerUser(ts, "app@example.org");
    Client app(ts.port());
    const auto created =
        app.postJson("/api/v1/session", sessionBody("APP@example.org", kPassword, "Mei's laptop"));
    REQUIRE(created.status == 201);
    CHECK_THAT(created.header("content-type"), Catch::StartsWith("application/json"));
    const auto body = json::parse(created.body);
    const auto token = body.at("token").get<std::string>();
    CHECK(token.size() >= 40);
    CHECK(body.at("expires_at").get<std::string>().size() == 20); // 2025-01-31T12:00:00Z
    CHECK(body.at("user").at("email") == "app@example.org");
    CHECK(body.at("user").at("country") == "JP");
    CHECK(body.at("user").at("roles") == json::array({"buyer", "seller"}));
    CHECK(body.at("user").contains("id"));
    CHECK(body.at("user").contains("display_name"));
    CHECK(app.cookie("caravan_session").empty()); // the API never sets a browser session

    const auto me = app.get("/api/v1/me", bearer(token));
    REQUIRE(me.status == 200);
    CHECK(json::parse(me.body) == body.at("user"));

    // The token shows on the account page.
    Client browser(ts.port());
    REQUIRE(browser.signIn("app@example.org", kPassword).status == 303);
    CHECK_THAT(browser.get("/account").body, Catch::Contains("Mei&apos;s laptop"));

    const auto revoked = app.request("DELETE", "/api/v1/session", "", "", bearer(token));
    CHECK(revoked.status == 204);
    const auto after = app.get("/api/v1/me", bearer(token));
    CHECK(after.status == 401);
    CHECK(json::parse(after.body).at("error") == "unauthorized");
    CHECK_THAT(browser.get("/account").body, !Catch::Contains("Mei&apos;s laptop"));
}

TEST_CASE("API sign-in errors are JSON and name the problem", "[api]")
{
    TestServer ts;
    registerUser(ts, "err@example.org");
    Client app(ts.port());

    const auto wrong = app.postJson("/api/v1/session", sessionBody("err@example.org", "wrong password here"));
    CHECK(wrong.status == 401);
    const auto wrongBody = json::parse(wrong.body);
    CHECK(wrongBody.at("error") == "invalid_credentials");
    CHECK_FALSE(wrongBody.at("message").get<std::string>().empty());

    const auto malformed = app.postJson("/api/v1/session", R"({"email": "err@example.org", )");
    CHECK(malformed.status == 400);
    CHECK(json::parse(malformed.body).at("error") == "malformed_json");

    const auto missing =
        app.postJson("/api/v1/session", R"({"email": "err@example.org", "device_name": "x"})");
    CHECK(missing.status == 400);
    CHECK_THAT(json::parse(missing.body).at("message").get<std::string>(), Catch::Contains("password"));

    const auto notObject = app.postJson("/api/v1/session", "[1, 2]");
    CHECK(notObject.status == 400);

    const auto form = app.request("POST", "/api/v1/session", "email=x", "application/x-www-form-urlencoded");
    CHECK(form.status == 415);

    const auto unknown = app.get("/api/v1/nothing-here");
    CHECK(unknown.status == 404);
    CHECK(json::parse(unknown.body).at("error") == "not_found");

    const auto method = app.request("PUT", "/api/v1/me", "{}", "application/json");
    CHECK(method.status == 405);
    CHECK(json::parse(method.body).at("error") == "method_not_allowed");

    CHECK(app.get("/api/v1/me").status == 401);
    CHECK(app.get("/api/v1/me", bearer("cvn_not-a-real-token-at-all-0000000000")).status == 401);
}

TEST_CASE("API tokens expire", "[api]")
{
    TestServer ts({{"api.token_ttl_s", "1"}});
    registerUser(ts, "ttl@example.org");
    Client app(ts.port());
    const auto created = app.postJson("/api/v1/session", sessionBody("ttl@example.org", kPassword));
    REQUIRE(created.status == 201);
    const auto token = json::parse(created.body).at("token").get<std::string>();
    std::this_thread::sleep_for(std::chrono::milliseconds(2200));
    CHECK(app.get("/api/v1/me", bearer(token)).status == 401);
}

TEST_CASE("a token is revoked from the account page only by its owner", "[api][web]")
{
    TestServer ts;
    registerUser(ts, "owner@example.org");
    registerUser(ts, "other@example.org");
    Client app(ts.port());
    const auto created =
        json::parse(app.postJson("/api/v1/session", sessionBody("owner@example.org", kPassword)).body);
    const auto token = created.at("token").get<std::string>();
    const auto tokenId = created.at("token_id").get<std::string>();

    Client other(ts.port());
    REQUIRE(other.signIn("other@example.org", kPassword).status == 303);
    const auto attempt = other.postForm("/account/tokens/" + tokenId + "/revoke",
                                        {{"csrf_token", other.csrfToken("/account")}});
    CHECK(attempt.status == 404);
    CHECK(app.get("/api/v1/me", bearer(token)).status == 200);

    Client owner(ts.port());
    REQUIRE(owner.signIn("owner@example.org", kPassword).status == 303);
    const auto page = owner.get("/account");
    CHECK_THAT(page.body, Catch::Contains("/account/tokens/" + tokenId + "/revoke"));
    CHECK(owner.postForm("/account/tokens/" + tokenId + "/revoke", {}).status == 403); // no CSRF token
    CHECK(app.get("/api/v1/me", bearer(token)).status == 200);
    const auto done = owner.postForm("/account/tokens/" + tokenId + "/revoke",
                                     {{"csrf_token", owner.csrfToken("/account")}});
    CHECK(done.status == 303);
    CHECK(app.get("/api/v1/me", bearer(token)).status == 401);
}

TEST_CASE("request bodies over the limit get 413 and change nothing", "[api][http]")
{
    TestServer ts({{"http.max_body_bytes", "2048"}});
    Client app(ts.port());
    const std::string big(4096, 'x');
    const auto r = app.postJson("/api/v1/session", R"({"email":")" + big + R"("})");
    CHECK(r.status == 413);
    CHECK(json::parse(r.body).at("error") == "payload_too_large");
    Client browser(ts.port());
    const auto csrf = browser.csrfToken("/register");
    const auto form = browser.postForm("/register", {{"csrf_token", csrf},
                                                     {"email", "big@example.org"},
                                                     {"display_name", big},
                                                     {"country", "DE"},
                                                     {"password", kPassword}});
    CHECK(form.status == 413);
    CHECK(ts.server().users().count() == 0);
}
