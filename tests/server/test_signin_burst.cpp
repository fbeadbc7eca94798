// Issue 13: a burst of 1,000 sign-in attempts from many client addresses (behind a trusted proxy, so each
// attempt carries its own X-Forwarded-For) must not make the server compute an unbounded number of password
// hashes. Counted with the server's own counters (AccountService::stats); nothing here looks at the clock.
// The time a real user's sign-in takes during such a burst is measured by bench_signin_burst.
#include "support/http_client.h"
#include "support/test_env.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

using namespace caravan::test;

namespace {

constexpr int kAttempts = 1000;
constexpr int kThreads = 8;
const std::string kPassword = "burst test passphrase 42";

struct Outcome
{
    int unauthorized = 0; // 401: the password was checked (one hash)
    int throttled = 0;    // 429 with Retry-After
    int other = 0;
};

// Sends kAttempts API sign-ins over kThreads connections at once; attempt i uses email(i) and address(i).
template <typename Email, typename Address>
Outcome burst(TestServer &ts, Email email, Address address)
{
    std::atomic<int> next{0};
    std::mutex mutex;
    Outcome total;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&] {
            Outcome mine;
            for (int i = next++; i < kAttempts; i = next++) {
                Client c(ts.port());
                const auto r = c.postJson(
                    "/api/v1/session",
                    nlohmann::json{{"email", email(i)}, {"password", "guess " + std::to_string(i)},
                                   {"device_name", "burst"}}
                        .dump(),
                    {{"X-Forwarded-For", address(i)}});
                if (r.status == 401)
                    ++mine.unauthorized;
                else if (r.status == 429 && !r.header("retry-after").empty())
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
    return total;
}

// Address i of a botnet: 1,000 different IPv4 and IPv6 addresses.
std::string botAddress(int i)
{
    if (i % 2)
        return "2001:db8::" + std::to_string(i);
    return "198.51." + std::to_string(100 + i / 250) + "." + std::to_string(i % 250 + 1);
}

} // namespace

TEST_CASE("sign-in burst: 1,000 guesses at a few accounts from 1,000 addresses hash at most the accounts' limit",
          "[accounts][throttle][security]")
{
    // Behind a proxy on this machine (the default trusted proxies are loopback): each attempt's client
    // address is its X-Forwarded-For, so the per-address counters never fill.
    TestServer ts({{"http.trust_proxy", "true"}, {"http.max_threads", "16"}, {"db.max_sessions", "16"}});
    const std::vector<std::string> targets = {"victim@example.org", "second@example.org", "third@example.org",
                                              "fourth@example.org"};
    for (const auto &email : targets)
        REQUIRE(ts.server().accounts().createUser(email, "Target", "DE", kPassword, {"buyer"}).user);
    const auto &policy = ts.server().accounts().policy();
    const auto before = ts.server().accounts().stats();

    const auto outcome =
        burst(ts, [&](int i) { return targets[static_cast<std::size_t>(i) % targets.size()]; }, botAddress);
    const auto after = ts.server().accounts().stats();
    const auto hashes = after.passwordHashes - before.passwordHashes;
    INFO("hashes " << hashes << ", 401: " << outcome.unauthorized << ", 429: " << outcome.throttled);

    CHECK(outcome.other == 0);
    CHECK(outcome.unauthorized + outcome.throttled == kAttempts);
    // Every password checked is one hash; no account was checked more often than its limit per window.
    CHECK(hashes == static_cast<std::uint64_t>(outcome.unauthorized));
    CHECK(hashes <= static_cast<std::uint64_t>(policy.perAccount.maxFailures) * targets.size());
    CHECK(after.peakHashesInFlight <= policy.hashPermits);
    // The rest were refused before any hashing.
    CHECK(after.throttledAttempts - before.throttledAttempts == static_cast<std::uint64_t>(outcome.throttled));
}

TEST_CASE("sign-in burst: 1,000 guesses at 1,000 accounts from one address hash at most the address's limit",
          "[accounts][throttle][security]")
{
    TestServer ts({{"http.trust_proxy", "true"}, {"http.max_threads", "16"}, {"db.max_sessions", "16"}});
    const auto &policy = ts.server().accounts().policy();
    const auto before = ts.server().accounts().stats();
    const auto outcome = burst(
        ts, [](int i) { return "sprayed" + std::to_string(i) + "@example.org"; },
        [](int) { return std::string("203.0.113.9"); });
    const auto after = ts.server().accounts().stats();
    const auto hashes = after.passwordHashes - before.passwordHashes;
    INFO("hashes " << hashes << ", 401: " << outcome.unauthorized << ", 429: " << outcome.throttled);
    CHECK(outcome.other == 0);
    CHECK(hashes == static_cast<std::uint64_t>(outcome.unauthorized));
    CHECK(hashes <= static_cast<std::uint64_t>(policy.perAddress.maxFailures));
    CHECK(after.peakHashesInFlight <= policy.hashPermits);
}

TEST_CASE("sign-in burst: 1,000 guesses at 1,000 accounts from 1,000 addresses never hash more than the gate "
          "allows at once, and every refusal is a 429",
          "[accounts][throttle][security]")
{
    // No counter fills here (every key is new): what bounds the work is the hash gate, at most
    // password.max_concurrent hashes at once and password.max_waiting callers waiting; the rest are
    // answered 429 at once. So the number of hashes is bounded by the rate the gate lets through
    // (permits / time of one hash), not by a count; docs/security.md says what that means for real users.
    TestServer ts({{"http.trust_proxy", "true"}, {"http.max_threads", "16"}, {"db.max_sessions", "16"},
                   {"password.max_waiting", "2"}, {"password.max_wait_ms", "50"}});
    const auto &policy = ts.server().accounts().policy();
    const auto before = ts.server().accounts().stats();
    const auto outcome = burst(
        ts, [](int i) { return "stuffed" + std::to_string(i) + "@example.org"; }, botAddress);
    const auto after = ts.server().accounts().stats();
    const auto hashes = after.passwordHashes - before.passwordHashes;
    INFO("hashes " << hashes << ", 401: " << outcome.unauthorized << ", 429: " << outcome.throttled);
    CHECK(outcome.other == 0);
    CHECK(outcome.unauthorized + outcome.throttled == kAttempts);
    CHECK(hashes == static_cast<std::uint64_t>(outcome.unauthorized));
    CHECK(after.peakHashesInFlight <= policy.hashPermits);
    // Each 429 here is a gate refusal: nothing was hashed or counted for it.
    CHECK(after.busyRefusals - before.busyRefusals == static_cast<std::uint64_t>(outcome.throttled));
}
