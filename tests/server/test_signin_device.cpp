// Issue 13, device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a sign-in
// carrying a valid device cookie for its account has a lane of its own, so a burst of guesses that fills
// the shared hash gate, or locks the account, does not keep the account's owner out; the lane is bounded
// per cookie. Counted with the server's own counters (AccountService::stats); nothing here looks at the
// clock. The time side is bench_signin_burst.
#include "accounts/device_token.h"
#include "accounts/hash_gate.h"
#include "store/database.h"
#include "store/throttle.h"
#include "support/http_client.h"
#include "support/test_env.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

using namespace caravan;
using namespace caravan::test;

namespace {

const std::string kPassword = "device lane passphrase 42";
const std::string kHome = "192.0.2.10"; // the real user's address

struct SignIn
{
    int status = 0;
    std::string deviceToken; // from a 201
    std::string retryAfter;
};

// POST /api/v1/session as the desktop app does, through "the proxy" (X-Forwarded-For is the address).
SignIn apiSignIn(std::uint16_t port, const std::string &email, const std::string &password,
                 const std::string &address, const std::string &deviceToken = {})
{
    Client c(port);
    std::map<std::string, std::string> headers{{"X-Forwarded-For", address}};
    if (!deviceToken.empty())
        headers["Caravan-Device-Token"] = deviceToken;
    const auto r = c.postJson(
        "/api/v1/session",
        nlohmann::json{{"email", email}, {"password", password}, {"device_name", "laptop"}}.dump(), headers);
    SignIn s{r.status, {}, r.header("retry-after")};
    if (r.status == 201)
        s.deviceToken = nlohmann::json::parse(r.body).value("device_token", "");
    return s;
}

struct Outcome
{
    int unauthorized = 0; // 401: the password was checked (one hash)
    int throttled = 0;    // 429 with Retry-After
    int other = 0;
};

// `attempts` wrong API sign-ins over 8 connections at once; attempt i uses email(i), address(i) and, if not
// empty, the device token `device`. Sets `done` at the end.
template <typename Email, typename Address>
Outcome burst(std::uint16_t port, int attempts, Email email, Address address, const std::string &device,
              std::atomic<bool> *done = nullptr)
{
    std::atomic<int> next{0};
    std::mutex mutex;
    Outcome total;
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&] {
            Outcome mine;
            for (int i = next++; i < attempts; i = next++) {
                const auto r = apiSignIn(port, email(i), "guess " + std::to_string(i), address(i), device);
                if (r.status == 401)
                    ++mine.unauthorized;
                else if (r.status == 429 && !r.retryAfter.empty())
                    ++mine.throttled;
                else
                    ++mine.other;
            }
            std::lock_guard lock(mutex);
            total.unauthorized += mine.unauthorized;
            total.throttled += mine.throttled;
            total.other += mine.other;
        });
    for (auto &t : threads)
        t.join();
    if (done)
        *done = true;
    return total;
}

std::string botAddress(int i)
{
    if (i % 2)
        return "2001:db8::" + std::to_string(i);
    return "198.51." + std::to_string(100 + i / 250) + "." + std::to_string(i % 250 + 1);
}

// Locks the account's own counter (throttle.account, set to 3 failures by these tests) with wrong guesses
// from three addresses, one at a time; afterwards every sign-in to it without the device lane is a 429.
void lockAccount(std::uint16_t port, const std::string &email)
{
    for (int i = 0; i < 3; ++i)
        REQUIRE(apiSignIn(port, email, "not the password " + std::to_string(i),
                          "203.0.113." + std::to_string(i + 1))
                    .status == 401);
    REQUIRE(apiSignIn(port, email, kPassword, "203.0.113.99").status == 429);
}

std::string setCookie(const HttpResponse &r, const std::string &name)
{
    for (const auto &c : r.all("set-cookie"))
        if (c.rfind(name + "=", 0) == 0)
            return c;
    return {};
}

} // namespace

TEST_CASE(
    "device cookie: during a burst that fills the hash gate from many addresses and locks the account, the "
    "owner's sign-in with its device cookie succeeds, and hashes stay bounded",
    "[accounts][throttle][security]")
{
    // The shared gate refuses at once when its two permits are taken (nobody waits).
    TestServer ts({{"http.trust_proxy", "true"},
                   {"http.max_threads", "16"},
                   {"db.max_sessions", "16"},
                   {"password.max_waiting", "0"},
                   {"password.max_wait_ms", "0"},
                   {"throttle.account.max_failures", "3"}});
    auto &accounts = ts.server().accounts();
    const auto &policy = accounts.policy();
    REQUIRE(accounts.createUser("owner@example.org", "Owner", "DE", kPassword, {"buyer", "seller"}).user);

    // An earlier sign-in on this laptop left its device token.
    auto first = apiSignIn(ts.port(), "owner@example.org", kPassword, kHome);
    REQUIRE(first.status == 201);
    REQUIRE_FALSE(first.deviceToken.empty());
    // An attacker locks the account: without the cookie even the right password is refused now.
    lockAccount(ts.port(), "owner@example.org");
    CHECK(apiSignIn(ts.port(), "owner@example.org", kPassword, kHome).status == 429);

    const auto before = accounts.stats();
    std::atomic<bool> done{false};
    Outcome outcome;
    std::thread attack([&] {
        outcome = burst(
            ts.port(), 1000, [](int i) { return "stuffed" + std::to_string(i) + "@example.org"; }, botAddress,
            "", &done);
    });
    // Once the gate has turned someone away, the owner signs in, again and again until the burst is over.
    while (!done && accounts.stats().busyRefusals == before.busyRefusals)
        std::this_thread::yield();
    int ownerOk = 0, ownerRefused = 0;
    auto device = first.deviceToken;
    do {
        const auto r = apiSignIn(ts.port(), "owner@example.org", kPassword, kHome, device);
        if (r.status == 201) {
            ++ownerOk;
            device = r.deviceToken; // the app keeps the newest
        } else
            ++ownerRefused;
    } while (!done || ownerOk + ownerRefused < 3);
    attack.join();
    const auto after = accounts.stats();
    const auto hashes = after.passwordHashes - before.passwordHashes;
    INFO("owner 201: " << ownerOk << ", refused: " << ownerRefused << "; burst 401: " << outcome.unauthorized
                       << ", 429: " << outcome.throttled << "; hashes " << hashes);

    CHECK(ownerRefused == 0);
    CHECK(ownerOk >= 3);
    CHECK(outcome.other == 0);
    CHECK(outcome.unauthorized + outcome.throttled == 1000);
    // The gate was full during the burst: it turned guesses away.
    CHECK(after.busyRefusals > before.busyRefusals);
    // Every hash is one checked guess or one of the owner's sign-ins; at most the permits at once in each
    // lane.
    CHECK(hashes == static_cast<std::uint64_t>(outcome.unauthorized + ownerOk));
    CHECK(after.deviceVerifications - before.deviceVerifications == static_cast<std::uint64_t>(ownerOk));
    CHECK(after.peakHashesInFlight <= policy.hashPermits);
    CHECK(after.peakDeviceHashesInFlight <= policy.deviceHashPermits);
    // Still locked for everyone without the cookie.
    CHECK(apiSignIn(ts.port(), "owner@example.org", kPassword, kHome).status == 429);
}

TEST_CASE("device cookie: a forged, expired, tampered or other account's device cookie gives no privilege",
          "[accounts][throttle][security]")
{
    TestServer ts({{"http.trust_proxy", "true"}, {"throttle.account.max_failures", "3"}});
    auto &accounts = ts.server().accounts();
    const auto owner = accounts.createUser("owner@example.org", "Owner", "DE", kPassword, {"buyer"}).user;
    const auto other = accounts.createUser("other@example.org", "Other", "FR", kPassword, {"buyer"}).user;
    REQUIRE(owner);
    REQUIRE(other);
    const auto ownerDevice = apiSignIn(ts.port(), "owner@example.org", kPassword, kHome).deviceToken;
    const auto otherDevice = apiSignIn(ts.port(), "other@example.org", kPassword, "192.0.2.20").deviceToken;
    REQUIRE_FALSE(ownerDevice.empty());
    REQUIRE_FALSE(otherDevice.empty());
    CHECK(ownerDevice != otherDevice);
    lockAccount(ts.port(), "owner@example.org");

    const auto secret =
        store::SecretRepository(ts.server().database()).getOrCreate("device_cookie", "unused");
    const auto now = store::nowSeconds();
    const auto tampered = [&] {
        auto t = ownerDevice;
        t.back() = t.back() == '0' ? '1' : '0'; // one hex digit of the signature
        return t;
    }();
    // The owner's token with the other account's id put in (the signature no longer matches).
    const auto renamed = other->id + ownerDevice.substr(ownerDevice.find('.'));
    const std::vector<std::pair<std::string, std::string>> useless = {
        {"another account's", otherDevice},
        {"expired", accounts::makeDeviceToken(secret, owner->id, now - 1)},
        {"signed with another secret",
         accounts::makeDeviceToken("not the server's secret", owner->id, now + 3600)},
        {"tampered", tampered},
        {"renamed", renamed},
        {"garbage", "x.y.z"},
        {"oversized", std::string(4000, 'a')},
    };
    const auto before = accounts.stats();
    for (const auto &[what, token] : useless) {
        INFO(what);
        // Treated as no cookie at all: the locked account refuses before hashing.
        const auto r = apiSignIn(ts.port(), "owner@example.org", kPassword, kHome, token);
        CHECK(r.status == 429);
        CHECK(r.deviceToken.empty());
    }
    auto after = accounts.stats();
    CHECK(after.passwordHashes == before.passwordHashes);
    CHECK(after.deviceVerifications == before.deviceVerifications);
    CHECK(after.throttledAttempts - before.throttledAttempts == useless.size());

    // The other account's own cookie still works for the other account, the owner's for the owner.
    CHECK(apiSignIn(ts.port(), "other@example.org", kPassword, "192.0.2.20", otherDevice).status == 201);
    const auto ok = apiSignIn(ts.port(), "owner@example.org", kPassword, kHome, ownerDevice);
    CHECK(ok.status == 201);
    CHECK_FALSE(ok.deviceToken.empty());
    after = accounts.stats();
    CHECK(after.deviceVerifications - before.deviceVerifications == 2);
}

TEST_CASE("device cookie: its failures lock that cookie only, not the account nor the owner's other devices",
          "[accounts][throttle][security]")
{
    TestServer ts({{"http.trust_proxy", "true"}});
    auto &accounts = ts.server().accounts();
    const auto &policy = accounts.policy();
    REQUIRE(accounts.createUser("owner@example.org", "Owner", "DE", kPassword, {"buyer"}).user);
    const auto laptop = apiSignIn(ts.port(), "owner@example.org", kPassword, kHome).deviceToken;
    const auto phone = apiSignIn(ts.port(), "owner@example.org", kPassword, "192.0.2.11").deviceToken;
    REQUIRE_FALSE(laptop.empty());
    REQUIRE_FALSE(phone.empty());

    const auto before = accounts.stats();
    // Someone with the laptop's cookie (the laptop was stolen) guesses until the cookie is locked.
    for (int i = 0; i < policy.perDevice.maxFailures; ++i)
        CHECK(apiSignIn(ts.port(), "owner@example.org", "guess " + std::to_string(i), "198.51.100.7", laptop)
                  .status == 401);
    const auto locked = apiSignIn(ts.port(), "owner@example.org", kPassword, "198.51.100.7", laptop);
    CHECK(locked.status == 429);
    CHECK_FALSE(locked.retryAfter.empty());
    const auto after = accounts.stats();
    CHECK(after.passwordHashes - before.passwordHashes ==
          static_cast<std::uint64_t>(policy.perDevice.maxFailures));
    CHECK(after.deviceLocked - before.deviceLocked == 1);

    // The phone's cookie, and the owner without any cookie (even from the guesser's address), are not locked:
    // the laptop cookie's failures counted against that cookie alone.
    CHECK(apiSignIn(ts.port(), "owner@example.org", kPassword, "192.0.2.11", phone).status == 201);
    CHECK(apiSignIn(ts.port(), "owner@example.org", kPassword, "198.51.100.7").status == 201);
    // The locked cookie stays locked even for the right password.
    CHECK(apiSignIn(ts.port(), "owner@example.org", kPassword, kHome, laptop).status == 429);
}

TEST_CASE(
    "device cookie: 1,000 guesses carrying one stolen device cookie from 1,000 addresses hash at most the "
    "cookie's limit",
    "[accounts][throttle][security]")
{
    TestServer ts({{"http.trust_proxy", "true"}, {"http.max_threads", "16"}, {"db.max_sessions", "16"}});
    auto &accounts = ts.server().accounts();
    const auto &policy = accounts.policy();
    REQUIRE(accounts.createUser("owner@example.org", "Owner", "DE", kPassword, {"buyer"}).user);
    const auto stolen = apiSignIn(ts.port(), "owner@example.org", kPassword, kHome).deviceToken;
    REQUIRE_FALSE(stolen.empty());

    const auto before = accounts.stats();
    const auto outcome = burst(
        ts.port(), 1000, [](int) { return std::string("owner@example.org"); }, botAddress, stolen);
    const auto after = accounts.stats();
    const auto hashes = after.passwordHashes - before.passwordHashes;
    INFO("hashes " << hashes << ", 401: " << outcome.unauthorized << ", 429: " << outcome.throttled);
    CHECK(outcome.other == 0);
    CHECK(outcome.unauthorized + outcome.throttled == 1000);
    CHECK(hashes == static_cast<std::uint64_t>(outcome.unauthorized));
    CHECK(hashes <= static_cast<std::uint64_t>(policy.perDevice.maxFailures));
    CHECK(after.deviceVerifications - before.deviceVerifications == hashes);
    CHECK(after.peakDeviceHashesInFlight <= policy.deviceHashPermits);
    CHECK(after.peakHashesInFlight <= policy.hashPermits);
    // The account itself was never counted against: the owner signs in from home without the cookie.
    CHECK(apiSignIn(ts.port(), "owner@example.org", kPassword, kHome).status == 201);
}

TEST_CASE("device cookie on the web: HttpOnly, SameSite=Lax, only for the sign-in path, Secure over TLS, its "
          "lifetime from configuration; it lets the owner in while the account is locked",
          "[accounts][throttle][security][web]")
{
    TestServer ts({{"http.trust_proxy", "true"},
                   {"throttle.account.max_failures", "3"},
                   {"device.cookie_ttl_s", "86400"}});
    REQUIRE(ts.server().accounts().createUser("owner@example.org", "Owner", "DE", kPassword, {"buyer"}).user);

    Client browser(ts.port());
    const auto r = browser.signIn("owner@example.org", kPassword);
    REQUIRE(r.status == 303);
    CHECK_THAT(r.header("set-cookie"), Catch::Contains("caravan_session=")); // the session cookie first
    const auto device = setCookie(r, "caravan_device");
    INFO(device);
    CHECK_THAT(device, Catch::Contains("HttpOnly"));
    CHECK_THAT(device, Catch::Contains("SameSite=Lax"));
    CHECK_THAT(device, Catch::Contains("Path=/signin;"));
    CHECK_THAT(device, Catch::Contains("Max-Age=86400"));
    CHECK_THAT(device, !Catch::Contains("Secure"));
    CHECK_FALSE(browser.cookie("caravan_device").empty());

    // Signing out ends the session but keeps the device cookie.
    const auto out = browser.postForm("/signout", {{"csrf_token", browser.csrfToken("/account")}});
    CHECK(out.status == 303);
    CHECK(setCookie(out, "caravan_device").empty());

    // TLS at the trusted proxy: the device cookie is Secure too.
    Client tls(ts.port());
    const auto secure = tls.request("POST", "/signin",
                                    formEncode({{"csrf_token", tls.csrfToken("/signin")},
                                                {"email", "owner@example.org"},
                                                {"password", kPassword}}),
                                    "application/x-www-form-urlencoded", {{"X-Forwarded-Proto", "https"}});
    REQUIRE(secure.status == 303);
    CHECK_THAT(setCookie(secure, "caravan_device"), Catch::Contains("Secure"));

    lockAccount(ts.port(), "owner@example.org");
    // The browser with the cookie signs in; a browser without one is refused, and gets no cookie.
    const auto again = browser.signIn("owner@example.org", kPassword);
    CHECK(again.status == 303);
    CHECK_FALSE(setCookie(again, "caravan_device").empty());
    Client stranger(ts.port());
    const auto refused = stranger.signIn("owner@example.org", kPassword);
    CHECK(refused.status == 429);
    CHECK(setCookie(refused, "caravan_device").empty());
    // A wrong password with the cookie is an ordinary 401 (counted against the cookie).
    CHECK(browser.signIn("owner@example.org", "not the password at all").status == 401);
}

TEST_CASE(
    "hash gate: the reserved lane is not refused when the shared lane is full, and the shared lane makes "
    "room for it",
    "[accounts][security]")
{
    using Lane = accounts::HashGate::Lane;
    accounts::HashGate gate(2, 0, std::chrono::milliseconds(0), 1, 0);
    auto a = gate.acquire();
    auto b = std::make_optional(gate.acquire());
    REQUIRE(a);
    REQUIRE(*b);
    CHECK_FALSE(gate.acquire()); // the shared lane is full
    auto reserved = std::make_optional(gate.acquire(Lane::Reserved));
    CHECK(*reserved);                          // ... the reserved lane is not
    CHECK_FALSE(gate.acquire(Lane::Reserved)); // it has one permit
    b.reset();
    CHECK_FALSE(gate.acquire()); // one shared + one reserved hash: the shared lane waits for the reserved one
    reserved.reset();
    CHECK(gate.acquire());
    CHECK(gate.stats().peakInFlight == 2);
    CHECK(gate.stats().refused == 2);
    CHECK(gate.stats(Lane::Reserved).peakInFlight == 1);
    CHECK(gate.stats(Lane::Reserved).refused == 1);
}
