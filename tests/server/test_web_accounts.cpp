#include "accounts/account_service.h"
#include "store/users.h"
#include "support/http_client.h"
#include "support/test_env.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

using namespace caravan;
using caravan::test::Client;
using caravan::test::TestServer;

namespace {
const std::string kPassword = "correct horse battery staple";

std::int64_t userCount(TestServer &ts)
{
    return ts.server().users().count();
}
} // namespace

TEST_CASE("registration creates a buyer-and-seller account and signs it in", "[web][accounts]")
{
    TestServer ts;
    Client browser(ts.port());
    const auto r = browser.registerAccount("Nora.Berg@example.org", kPassword, "Nora", "SE");
    CHECK(r.status == 303);
    CHECK(r.header("location") == "/account");
    const auto setCookie = r.header("set-cookie");
    CHECK_THAT(setCookie, Catch::Contains("caravan_session="));
    CHECK_THAT(setCookie, Catch::Contains("HttpOnly"));
    CHECK_THAT(setCookie, Catch::Contains("SameSite=Lax"));
    CHECK_THAT(setCookie, Catch::Contains("Path=/"));

    const auto account = browser.get("/account");
    REQUIRE(account.status == 200);
    CHECK_THAT(account.body, Catch::Contains("Nora.Berg@example.org"));
    const auto user = ts.server().users().findByEmail("nora.berg@example.org");
    REQUIRE(user);
    CHECK(user->roles == std::vector<std::string>{"buyer", "seller"});
    CHECK(user->country == "SE");
}

TEST_CASE("registration refuses short and common passwords, makes no second account for an address, and "
          "changes nothing",
          "[web][accounts]")
{
    TestServer ts;
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("dup@example.org", kPassword).status == 303);
    REQUIRE(userCount(ts) == 1);

    // A taken address is answered like a new one (test_register_privacy.cpp), and makes nothing.
    Client other(ts.port());
    const auto dup = other.submitRegistration("DUP@Example.org", kPassword);
    CHECK(dup.status == 303);
    CHECK(dup.header("location") == "/register/check-email");
    CHECK(other.cookie("caravan_session").empty());

    const auto shortPw = other.registerAccount("short@example.org", "nine char");
    CHECK(shortPw.status == 422);
    CHECK_THAT(shortPw.body, Catch::Contains("at least 10 characters"));

    const auto common = other.registerAccount("common@example.org", "BasketBall"); // in the list, any case
    CHECK(common.status == 422);
    CHECK_THAT(common.body, Catch::Contains("too common"));

    const auto badCountry = other.registerAccount("where@example.org", kPassword, "Who", "XX");
    CHECK(badCountry.status == 422);
    const auto badEmail = other.registerAccount("not-an-email", kPassword);
    CHECK(badEmail.status == 422);

    CHECK(userCount(ts) == 1);
}

TEST_CASE("no web path creates staff", "[web][accounts]")
{
    TestServer ts;
    Client browser(ts.port());
    const auto r = browser.registerAccount("sneaky@example.org", kPassword, "Sneaky", "DE",
                                           {{"role", "staff"}, {"roles", "staff"}, {"roles[]", "staff"}});
    REQUIRE(r.status == 303);
    const auto user = ts.server().users().findByEmail("sneaky@example.org");
    REQUIRE(user);
    CHECK_FALSE(user->hasRole("staff"));
    // There is no admin or user-creation route besides /register.
    const auto csrf = browser.csrfToken("/account");
    for (const auto *path : {"/admin/users", "/users", "/account/roles", "/api/v1/users"})
        CHECK(browser.postForm(path, {{"csrf_token", csrf}, {"email", "x@example.org"}, {"role", "staff"}})
                  .status == 404);
    for (const auto &u : ts.server().users().list())
        CHECK_FALSE(u.hasRole("staff"));
}

TEST_CASE("sign-in rotates the session and a wrong password is refused", "[web][accounts]")
{
    TestServer ts;
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("sam@example.org", kPassword).status == 303);
    const auto first = browser.cookie("caravan_session");
    REQUIRE_FALSE(first.empty());

    const auto wrong = browser.signIn("sam@example.org", "not the password at all");
    CHECK(wrong.status == 401);
    CHECK_THAT(wrong.body, Catch::Contains("wrong"));
    const auto unknown = browser.signIn("nobody@example.org", kPassword);
    CHECK(unknown.status == 401);

    const auto ok = browser.signIn("SAM@example.org", kPassword);
    CHECK(ok.status == 303);
    const auto second = browser.cookie("caravan_session");
    CHECK_FALSE(second.empty());
    CHECK(second != first);
    CHECK(browser.get("/account").status == 200);

    // The session from before sign-in is gone.
    Client replay(ts.port());
    replay.setCookie("caravan_session", first);
    CHECK(replay.get("/account").status == 303);
}

TEST_CASE("the login throttle answers 429 with Retry-After before hashing", "[web][accounts][throttle]")
{
    TestServer ts({{"throttle.account_address.max_failures", "3"}});
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("target@example.org", kPassword).status == 303);
    browser.clearCookies();

    for (int i = 0; i < 3; ++i)
        CHECK(browser.signIn("target@example.org", "wrong password number " + std::to_string(i)).status ==
              401);

    const auto before = ts.server().accounts().stats();
    const auto refused = browser.signIn("target@example.org", kPassword);
    const auto after = ts.server().accounts().stats();
    CHECK(refused.status == 429);
    const auto retryAfter = refused.header("retry-after");
    REQUIRE_FALSE(retryAfter.empty());
    CHECK(std::stoi(retryAfter) > 0);
    CHECK(std::stoi(retryAfter) <= 15 * 60);
    CHECK(browser.cookie("caravan_session").empty());
    // The right password was not even hashed.
    CHECK(after.passwordVerifications == before.passwordVerifications);
    CHECK(after.throttledAttempts == before.throttledAttempts + 1);

    // The desktop API shares the throttle.
    Client app(ts.port());
    const auto api = app.postJson("/api/v1/session", R"({"email":"target@example.org","password":")" +
                                                         kPassword + R"(","device_name":"laptop"})");
    CHECK(api.status == 429);
    CHECK_FALSE(api.header("retry-after").empty());
    CHECK_THAT(api.body, Catch::Contains("too_many_attempts"));

    // The lock is per account and address: another account from here still signs in.
    Client other(ts.port());
    REQUIRE(other.registerAccount("bystander@example.org", kPassword).status == 303);
    other.clearCookies();
    CHECK(other.signIn("bystander@example.org", kPassword).status == 303);
}

TEST_CASE("a form POST without a valid CSRF token gets 403 and changes nothing", "[web][csrf]")
{
    TestServer ts;
    Client browser(ts.port());

    // Anonymous form: registration.
    const auto noToken = browser.postForm(
        "/register",
        {{"email", "csrf@example.org"}, {"display_name", "C"}, {"country", "DE"}, {"password", kPassword}});
    CHECK(noToken.status == 403);
    browser.csrfToken("/register"); // gets the cookie, but send a forged form value
    const auto forged = browser.postForm("/register", {{"csrf_token", "abc.def"},
                                                       {"email", "csrf@example.org"},
                                                       {"display_name", "C"},
                                                       {"country", "DE"},
                                                       {"password", kPassword}});
    CHECK(forged.status == 403);
    CHECK(userCount(ts) == 0);

    // A token in the form but no matching cookie (another site cannot set ours).
    Client attacker(ts.port());
    const auto stolen = attacker.csrfToken("/register");
    Client victim(ts.port());
    CHECK(victim
              .postForm("/register", {{"csrf_token", stolen},
                                      {"email", "csrf@example.org"},
                                      {"display_name", "C"},
                                      {"country", "DE"},
                                      {"password", kPassword}})
              .status == 403);
    CHECK(userCount(ts) == 0);

    // Signed-in form: sign out everywhere.
    REQUIRE(browser.registerAccount("csrf@example.org", kPassword).status == 303);
    CHECK(browser.postForm("/signout-everywhere", {}).status == 403);
    CHECK(browser.postForm("/signout-everywhere", {{"csrf_token", stolen}}).status == 403);
    CHECK(browser.postForm("/signout", {}).status == 403);
    CHECK(browser.get("/account").status == 200); // still signed in
    CHECK(ts.server().accounts().webSessionCount(ts.server().users().findByEmail("csrf@example.org")->id) ==
          1);
}

TEST_CASE("an idle session expires", "[web][session]")
{
    TestServer ts({{"session.idle_timeout_s", "1"}});
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("idle@example.org", kPassword).status == 303);
    CHECK(browser.get("/account").status == 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
    const auto later = browser.get("/account");
    CHECK(later.status == 303);
    CHECK_THAT(later.header("location"), Catch::StartsWith("/signin"));
}

TEST_CASE("a session ends at its absolute limit even when used", "[web][session]")
{
    TestServer ts({{"session.absolute_timeout_s", "3"}});
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("absolute@example.org", kPassword).status == 303);
    REQUIRE(browser.get("/account").status == 200);
    // Used every half second (far inside the idle limit), the session still ends: at the absolute limit.
    int stillValid = 0;
    int status = 200;
    for (int i = 0; i < 40 && status == 200; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        status = browser.get("/account").status;
        stillValid += status == 200 ? 1 : 0;
    }
    CHECK(status == 303);
    CHECK(stillValid >= 1);
}

TEST_CASE("sign out ends this session and sign out everywhere ends all of them and the API tokens",
          "[web][session]")
{
    TestServer ts;
    Client a(ts.port());
    REQUIRE(a.registerAccount("many@example.org", kPassword).status == 303);
    Client b(ts.port());
    REQUIRE(b.signIn("many@example.org", kPassword).status == 303);
    Client c(ts.port());
    REQUIRE(c.signIn("many@example.org", kPassword).status == 303);
    Client app(ts.port());
    const auto issued = app.postJson("/api/v1/session", R"({"email":"many@example.org","password":")" +
                                                            kPassword + R"(","device_name":"desk"})");
    REQUIRE(issued.status == 201);
    const auto token = nlohmann::json::parse(issued.body)["token"].get<std::string>();
    const std::map<std::string, std::string> bearer{{"Authorization", "Bearer " + token}};
    REQUIRE(app.get("/api/v1/me", bearer).status == 200);

    // Plain sign out: only c's session ends, and its cookie no longer works when replayed.
    const auto cToken = c.cookie("caravan_session");
    CHECK(c.postForm("/signout", {{"csrf_token", c.csrfToken("/account")}}).status == 303);
    CHECK(c.cookie("caravan_session").empty());
    c.setCookie("caravan_session", cToken);
    CHECK(c.get("/account").status == 303);
    CHECK(b.get("/account").status == 200);

    const auto done = a.postForm("/signout-everywhere", {{"csrf_token", a.csrfToken("/account")}});
    CHECK(done.status == 303);
    CHECK(a.get("/account").status == 303);
    CHECK(b.get("/account").status == 303);
    CHECK(app.get("/api/v1/me", bearer).status == 401);
    CHECK(ts.server().accounts().webSessionCount(ts.server().users().findByEmail("many@example.org")->id) ==
          0);
}

TEST_CASE("registration is rate-limited per client address with 429 and Retry-After",
          "[web][accounts][throttle]")
{
    TestServer ts({{"http.trust_proxy", "true"},
                   {"throttle.register_address.max_failures", "3"},
                   {"throttle.register_address.window_s", "3600"},
                   {"throttle.register_address.lockout_s", "600"}});
    const std::string password = "a long enough passphrase 7";
    const auto registerFrom = [&](const std::string &address, const std::string &email) {
        Client c(ts.port());
        const auto body = caravan::test::formEncode({{"csrf_token", c.csrfToken("/register")},
                                                     {"email", email},
                                                     {"display_name", "Spam Test"},
                                                     {"country", "DE"},
                                                     {"password", password}});
        return c.request("POST", "/register", body, "application/x-www-form-urlencoded",
                         {{"X-Forwarded-For", address}});
    };
    // Failed attempts count too: the limit bounds the password hashing an address can cause.
    CHECK(registerFrom("198.51.100.7", "not-an-email").status == 422);
    CHECK(registerFrom("198.51.100.7", "first@example.org").status == 303);
    CHECK(registerFrom("198.51.100.7", "second@example.org").status == 303);

    const auto refused = registerFrom("198.51.100.7", "third@example.org");
    CHECK(refused.status == 429);
    REQUIRE(refused.headers.count("retry-after") == 1);
    const auto retry = std::stoll(refused.headers.find("retry-after")->second);
    CHECK(retry > 0);
    CHECK(retry <= 600);
    CHECK_THAT(refused.body, Catch::Contains("Too many registrations"));
    CHECK_THAT(refused.body, Catch::Contains("third@example.org")); // the form keeps what was typed
    // Nothing was created for the refused attempt.
    Client check(ts.port());
    CHECK(check.signIn("third@example.org", password).status == 401);
    CHECK(check.signIn("second@example.org", password).status == 303);

    // Another address is not affected.
    CHECK(registerFrom("203.0.113.9", "third@example.org").status == 303);
}
