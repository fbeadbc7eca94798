// What the attack tests (tests/security: wapiti and sqlmap) found or rely on, pinned as server tests.
#include "support/http_client.h"
#include "support/test_env.h"

#include <catch2/catch.hpp>

using namespace caravan::test;

namespace {

const std::string kPassword = "attack findings passphrase 7";

std::string setCookie(const HttpResponse &r, const std::string &name)
{
    for (const auto &c : r.all("set-cookie"))
        if (c.rfind(name + "=", 0) == 0)
            return c;
    return {};
}

} // namespace

TEST_CASE("attack findings: a NUL or another control character in the search text is answered 200, not 500",
          "[security][search]")
{
    // wapiti's payload "/e%00" ended FTS5's quoted term early: "unterminated string", a 500.
    TestServer ts;
    Client c(ts.port());
    for (const std::string q : {"%2Fe%00", "tea%00pot", "%00", "%22%00%22", "a%01b%1Fc%7F", "%E8%8C%B6%00"}) {
        INFO(q);
        const auto r = c.get("/?q=" + q);
        CHECK(r.status == 200);
    }
}

TEST_CASE("security headers: HSTS and Secure cookies only over TLS, every cookie HttpOnly", "[security][web]")
{
    TestServer ts({{"http.trust_proxy", "true"}});
    Client browser(ts.port());

    // Plain http (the loopback scan): no HSTS, cookies not Secure (they could not come back), but HttpOnly.
    auto r = browser.get("/?lang=zh_CN&to=DE&cur=EUR");
    REQUIRE(r.status == 200);
    CHECK(r.header("strict-transport-security").empty());
    CHECK_THAT(r.header("content-security-policy"), Catch::Contains("object-src 'none'"));
    CHECK_THAT(r.header("content-security-policy"), Catch::Contains("base-uri 'none'"));
    REQUIRE_FALSE(r.all("set-cookie").empty());
    for (const auto &cookie : r.all("set-cookie")) {
        INFO(cookie);
        CHECK_THAT(cookie, Catch::Contains("HttpOnly"));
        CHECK_THAT(cookie, !Catch::Contains("Secure"));
    }
    CHECK_FALSE(setCookie(r, "lang").empty());

    // TLS ended at a trusted proxy: HSTS, and every cookie Secure and HttpOnly.
    Client tls(ts.port());
    r = tls.get("/?lang=zh_CN&to=DE&cur=EUR", {{"X-Forwarded-Proto", "https"}});
    REQUIRE(r.status == 200);
    CHECK_THAT(r.header("strict-transport-security"), Catch::Contains("max-age="));
    REQUIRE_FALSE(r.all("set-cookie").empty());
    for (const auto &cookie : r.all("set-cookie")) {
        INFO(cookie);
        CHECK_THAT(cookie, Catch::Contains("HttpOnly"));
        CHECK_THAT(cookie, Catch::Contains("Secure"));
    }
    Client fresh(ts.port());
    r = fresh.get("/signin", {{"X-Forwarded-Proto", "https"}});
    CHECK_THAT(setCookie(r, "caravan_csrf"), Catch::Contains("Secure"));

    // From an address that is not a trusted proxy the header is only a claim: no HSTS, no Secure.
    // (Every test client comes from loopback, which is trusted by default; so the list is narrowed.)
    TestServer direct({{"http.trust_proxy", "true"}, {"http.trusted_proxies", "10.9.8.7"}});
    Client spoof(direct.port());
    r = spoof.get("/?lang=zh_CN", {{"X-Forwarded-Proto", "https"}});
    CHECK(r.header("strict-transport-security").empty());
    CHECK_THAT(setCookie(r, "lang"), !Catch::Contains("Secure"));
}

TEST_CASE("favourites need a signed-in buyer and a valid CSRF token", "[security][web]")
{
    TestServer ts;
    Client seller(ts.port());
    REQUIRE(seller.registerAccount("buyer@example.org", kPassword).status == 303);
    // No listing is needed: the token and the user are checked before the route looks one up.
    const std::string listing = "/listings/00000000-0000-0000-0000-000000000000";

    // Signed out, with a valid anonymous token (the double-submit cookie and field): refused, 403.
    Client anonymous(ts.port());
    const auto token = anonymous.csrfToken("/signin");
    REQUIRE_FALSE(token.empty());
    CHECK(anonymous.postForm(listing + "/favourite", {{"csrf_token", token}}).status == 403);
    CHECK(anonymous.postForm(listing + "/favourite", {{"csrf_token", "forged.0000"}}).status == 403);

    // Signed in: a missing or foreign token is refused before the route runs; the session's own passes.
    CHECK(seller.postForm(listing + "/favourite", {}).status == 403);
    CHECK(seller.postForm(listing + "/favourite", {{"csrf_token", token}}).status == 403);
    const auto own = seller.csrfToken("/account");
    REQUIRE_FALSE(own.empty());
    CHECK(seller.postForm(listing + "/favourite", {{"csrf_token", own}}).status == 404); // no such listing
}
