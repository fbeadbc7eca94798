// The server killed with SIGKILL at random moments while buyers order, pay, cancel and confirm and a
// seller ships and asks for payouts (docs/escrow.md, "Tests that hold this to account"). Every client
// retries with the same Idempotency-Key, as a real one does. Afterwards: caravan-cli ledger verify passes,
// no key made two orders, no order was paid, refunded or released twice, no payout transferred twice.
#include "harness.h"
#include "support/http_client.h"
#include "support/test_env.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

using namespace caravan;
using namespace caravan::escrowtest;
using caravan::test::Client;
using caravan::test::HttpResponse;
using nlohmann::json;

namespace {

constexpr const char *kPassword = "fault test passphrase 42";

std::string uuid(std::mt19937_64 &rng)
{
    static const char *hex = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 32; ++i)
        s += hex[rng() % 16];
    return s.substr(0, 8) + "-" + s.substr(8, 4) + "-4" + s.substr(13, 3) + "-a" + s.substr(17, 3) + "-" +
           s.substr(20, 12);
}

// The demo-file format of caravan-cli demo seed: a seller with listings of many units, and buyers.
std::string demoFile(int buyers)
{
    json users = json::array({{{"email", "seller@fault.test"},
                               {"display_name", "Fault Seller"},
                               {"country", "JP"},
                               {"roles", {"seller", "buyer"}}}});
    for (int i = 0; i < buyers; ++i)
        users.push_back({{"email", "buyer" + std::to_string(i) + "@fault.test"},
                         {"display_name", "Buyer " + std::to_string(i)},
                         {"country", "DE"},
                         {"roles", {"buyer"}}});
    json listings = json::array();
    for (int i = 0; i < 3; ++i)
        listings.push_back({{"id", "fault-listing-" + std::to_string(i)},
                            {"seller", "seller@fault.test"},
                            {"title", "Hand-thrown tea bowl no. " + std::to_string(i)},
                            {"description", "Stoneware, ash glaze."},
                            {"category", "home-decor/ceramics"},
                            {"condition", "new"},
                            {"price", std::to_string(4000 + 500 * i)},
                            {"currency", "JPY"},
                            {"quantity", 500},
                            {"ships_from", "JP"},
                            {"origin", "JP"},
                            {"hs_code", "6912.00"},
                            {"weight_g", 400},
                            {"dims_mm", {160, 160, 100}},
                            {"handling_days", 2},
                            {"services", {"sample-ems", "sample-post-registered"}},
                            {"destinations", {{"mode", "all"}, {"countries", json::array()}}}});
    return json{{"password", kPassword}, {"users", users}, {"listings", listings}}.dump(1);
}

// An HTTP exchange with the server that may be down: retried until it gets an answer that is not a
// server-side failure, for at most a minute.
HttpResponse persist(std::uint16_t port, const std::string &method, const std::string &path,
                     const std::string &token, const json &body, const std::string &key)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (;;) {
        try {
            Client c(port);
            std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token}};
            if (!key.empty())
                headers["Idempotency-Key"] = key;
            auto r = method == "GET" ? c.get(path, headers)
                                     : c.request(method, path, body.is_null() ? "" : body.dump(),
                                                 "application/json", headers);
            const bool retry = r.status >= 500 || (r.status == 409 && r.body.find("idempotency_key_in_use") !=
                                                                          std::string::npos);
            if (!retry)
                return r;
        } catch (const std::exception &) {
        }
        if (std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("no answer from the server for " + method + " " + path);
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
    }
}

std::string signIn(std::uint16_t port, const std::string &email)
{
    Client c(port);
    const auto r = c.postJson(
        "/api/v1/session", json{{"email", email}, {"password", kPassword}, {"device_name", "fault"}}.dump());
    REQUIRE(r.status == 201);
    return json::parse(r.body).at("token").get<std::string>();
}

struct Outcome
{
    std::mutex mutex;
    std::vector<std::string> failures; // Catch's assertions are not thread-safe: threads report here
    std::map<std::string, std::string> orderOfKey; // creation key -> order id
    std::set<std::string> cancelled, released;
    std::atomic<int> soldOut{0};
};

void buyerLoop(Harness &h, const std::string &token, int orders, std::uint64_t seed, Outcome &out)
{
    std::mt19937_64 rng(seed);
    const auto port = h.serverPort();
    for (int i = 0; i < orders; ++i) {
        const auto key = uuid(rng);
        const json request{{"listing_id", "fault-listing-" + std::to_string(rng() % 3)},
                           {"quantity", 1},
                           {"ship_to",
                            {{"name", "B"},
                             {"line1", "Street 1"},
                             {"city", "Berlin"},
                             {"postal_code", "10115"},
                             {"country", "DE"}}},
                           {"service", "sample-ems"}};
        const auto created = persist(port, "POST", "/api/v1/orders", token, request, key);
        if (created.status == 409) {
            ++out.soldOut;
            continue;
        }
        if (created.status != 201)
            throw std::runtime_error("order creation answered " + std::to_string(created.status) + ": " +
                                     created.body);
        const auto order = json::parse(created.body);
        const auto id = order.at("id").get<std::string>();
        {
            std::lock_guard lock(out.mutex);
            out.orderOfKey[key] = id;
        }
        // The same key again after the dust settles gives the same order.
        if (json::parse(persist(port, "POST", "/api/v1/orders", token, request, key).body).at("id") != id)
            throw std::runtime_error("the same key answered another order than " + id);
        const auto url = order.at("payment").at("checkout_url").get<std::string>();
        Client sandbox(h.sandboxPort());
        const auto paid = sandbox.request(
            "POST", "/sandbox/checkout/" + url.substr(url.rfind('/') + 1) + "/pay", "card=4242424242424242",
            "application/x-www-form-urlencoded", {{"Authorization", "Bearer " + h.apiKey()}});
        if (paid.status != 200)
            throw std::runtime_error("the sandbox refused the payment: " + paid.body);
        // Paid once the webhook (redelivered by the sandbox while the server is down) has arrived.
        const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(90);
        std::string status;
        while (std::chrono::steady_clock::now() < until) {
            status = json::parse(persist(port, "GET", "/api/v1/orders/" + id, token, nullptr, "").body)
                         .at("status");
            if (status != "awaiting_payment")
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        if (status != "paid")
            throw std::runtime_error("order " + id + " is " + status + ", not paid, after 90 s");
        if (rng() % 3 == 0) {
            const auto cancel =
                persist(port, "POST", "/api/v1/orders/" + id + "/cancel", token, nullptr, uuid(rng));
            if (cancel.status != 200)
                throw std::runtime_error("cancel answered " + std::to_string(cancel.status) + ": " +
                                         cancel.body);
            std::lock_guard lock(out.mutex);
            out.cancelled.insert(id);
        } else {
            std::lock_guard lock(out.mutex);
            out.released.insert(id); // shipped by the seller's loop, then confirmed below
        }
    }
}

std::string dbUrlFor(test::TestEnv &env)
{
    return env.dbUrl();
}

void runSeed(std::uint64_t seed)
{
    test::TestEnv env;
    Harness h(env.dataDir() / "fault", dbUrlFor(env));
    h.startSandbox();
    const auto demo = h.dataDir() / "fault-demo.json";
    std::ofstream(demo) << demoFile(3);
    const auto seeded = h.cli({"demo", "seed", "--file", demo.string()});
    INFO(seeded.out);
    REQUIRE(seeded.code == 0);
    // The demo seed verifies its sellers' payout identities, so the seller is paid out.
    const auto verified = h.cli({"identity", "list", "--status", "verified"});
    REQUIRE(verified.code == 0);
    REQUIRE(verified.out.find("seller@fault.test") != std::string::npos);
    h.startServer();
    const auto sellerToken = signIn(h.serverPort(), "seller@fault.test");
    std::vector<std::string> buyers;
    for (int i = 0; i < 3; ++i)
        buyers.push_back(signIn(h.serverPort(), "buyer" + std::to_string(i) + "@fault.test"));

    Outcome out;
    std::atomic<bool> done{false};
    std::mutex serverLock; // the killer and the final checks take turns with the process
    const auto guarded = [&out](auto &&fn) {
        return [&out, fn] {
            try {
                fn();
            } catch (const std::exception &e) {
                std::lock_guard lock(out.mutex);
                out.failures.push_back(e.what());
            }
        };
    };
    int kills = 0;
    std::thread killer(guarded([&] {
        std::mt19937_64 rng(seed * 7919);
        while (!done) {
            std::this_thread::sleep_for(std::chrono::milliseconds(80 + rng() % 320));
            if (done)
                break;
            std::lock_guard lock(serverLock);
            h.killServer();
            ++kills;
            h.startServer();
        }
    }));
    // The seller ships what is paid, the buyers confirm, and the seller asks for payouts, all through kills.
    std::thread seller(guarded([&] {
        std::mt19937_64 rng(seed * 104729);
        while (!done) {
            const auto list = persist(h.serverPort(), "GET", "/api/v1/orders?role=seller&status=paid",
                                      sellerToken, nullptr, "");
            // Parsed into a variable: a range-for over a member of a temporary reads freed memory.
            const auto paid = json::parse(list.body);
            for (const auto &o : paid.at("orders")) {
                const auto id = o.at("id").get<std::string>();
                bool ship;
                {
                    std::lock_guard lock(out.mutex);
                    ship = out.released.count(id) > 0;
                }
                if (ship) {
                    persist(h.serverPort(), "POST", "/api/v1/orders/" + id + "/ship", sellerToken,
                            {{"carrier", "EMS"}, {"tracking_number", "EE" + id.substr(0, 8) + "JP"}}, "");
                }
            }
            persist(h.serverPort(), "POST", "/api/v1/payouts", sellerToken, {{"currency", "JPY"}}, uuid(rng));
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }));
    std::vector<std::thread> clients;
    for (std::size_t i = 0; i < buyers.size(); ++i)
        clients.emplace_back(guarded([&, i] { buyerLoop(h, buyers[i], 8, seed * 31 + i, out); }));
    for (auto &c : clients)
        c.join();
    const auto stopFiring = [&] {
        done = true;
        killer.join();
        seller.join();
    };
    // Confirm receipt of the shipped ones (still under fire).
    guarded([&] {
        for (const auto &id : out.released) {
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
            std::size_t buyer = 0;
            std::string status;
            while (std::chrono::steady_clock::now() < until) {
                for (buyer = 0; buyer < buyers.size(); ++buyer) {
                    const auto r =
                        persist(h.serverPort(), "GET", "/api/v1/orders/" + id, buyers[buyer], nullptr, "");
                    if (r.status == 200) {
                        status = json::parse(r.body).at("status");
                        break;
                    }
                }
                if (status == "shipped")
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
            if (status != "shipped")
                throw std::runtime_error("order " + id + " is " + status + ", not shipped");
            std::mt19937_64 keyRng(seed + std::hash<std::string>{}(id));
            const auto confirmed =
                persist(h.serverPort(), "POST", "/api/v1/orders/" + id + "/confirm-receipt", buyers[buyer],
                        nullptr, uuid(keyRng));
            if (confirmed.status != 200)
                throw std::runtime_error("confirm answered " + std::to_string(confirmed.status) + ": " +
                                         confirmed.body);
        }
    })();
    if (!out.failures.empty()) {
        stopFiring();
        const auto keep =
            std::filesystem::temp_directory_path() / ("caravan-fault-seed-" + std::to_string(seed));
        std::filesystem::remove_all(keep);
        std::filesystem::copy(h.dataDir(), keep, std::filesystem::copy_options::recursive);
        std::string all;
        for (const auto &f : out.failures)
            all += "\n  " + f;
        FAIL("a client failed (data kept in " << keep.string() << "):" << all);
    }
    stopFiring();
    std::printf("seed %llu: %zu orders (%zu cancelled and refunded, %zu released), server killed %d times\n",
                static_cast<unsigned long long>(seed), out.orderOfKey.size(), out.cancelled.size(),
                out.released.size(), kills);
    REQUIRE(out.failures.empty());

    // Let the last jobs send refunds and payouts, then look at everything with the server stopped.
    {
        std::lock_guard lock(serverLock);
        if (!h.serverRunning())
            h.startServer();
    }
    const auto sellerTokenFinal = sellerToken;
    persist(h.serverPort(), "POST", "/api/v1/payouts", sellerTokenFinal, {{"currency", "JPY"}},
            "final-payout-" + std::to_string(seed));
    const auto settleBy = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    json payouts;
    while (std::chrono::steady_clock::now() < settleBy) {
        payouts = json::parse(
            persist(h.serverPort(), "GET", "/api/v1/payouts", sellerTokenFinal, nullptr, "").body);
        bool pending = false;
        for (const auto &p : payouts.at("payouts"))
            pending = pending || p.at("status") == "created";
        if (!pending)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    // The server's money job sends the cancelled orders' refunds: wait until the provider holds them all. A
    // refund claimed by a server that was then killed is free again after its claim (120 s) runs out.
    const auto refundsAtProvider = [&]() -> std::size_t {
        try {
            std::ifstream in(h.sandboxStateFile());
            std::set<std::string> intents;
            const auto state = json::parse(in); // kept: items() of a temporary's member would dangle
            for (const auto &[id, r] : state.at("refunds").items())
                intents.insert(r.value("payment_intent", ""));
            return intents.size();
        } catch (const std::exception &) {
            return 0; // being written: ask again
        }
    };
    const auto refundsBy = std::chrono::steady_clock::now() + std::chrono::seconds(180);
    while (refundsAtProvider() < out.cancelled.size() && std::chrono::steady_clock::now() < refundsBy)
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    h.stopServer();

    const auto verify = h.cli({"ledger", "verify", "--json"});
    INFO(verify.out);
    REQUIRE(verify.code == 0);
    const auto report = json::parse(verify.out.substr(verify.out.find('{')));
    CHECK(report.at("ok") == true);
    CHECK(report.at("orders").get<std::size_t>() == out.orderOfKey.size());

    // Every key made one order, and every order belongs to one key.
    std::set<std::string> distinct;
    for (const auto &[key, id] : out.orderOfKey)
        distinct.insert(id);
    CHECK(distinct.size() == out.orderOfKey.size());

    // At the provider: one paid session per order, refunds never above the payment, one transfer per payout.
    std::ifstream stateFile(h.sandboxStateFile());
    const auto state = json::parse(stateFile);
    std::map<std::string, int> paidSessions;
    std::map<std::string, std::int64_t> paidAmount, refunded;
    for (const auto &[id, s] : state.at("checkout_sessions").items())
        if (s.value("payment_status", "") == "paid") {
            ++paidSessions[s.at("metadata").at("order_id").get<std::string>()];
            paidAmount[s.value("payment_intent", "")] = s.value("amount_total", std::int64_t{0});
        }
    for (const auto &[order, n] : paidSessions) {
        INFO("order " << order);
        CHECK(n == 1);
    }
    CHECK(paidSessions.size() == out.orderOfKey.size());
    for (const auto &[id, r] : state.at("refunds").items())
        refunded[r.value("payment_intent", "")] += r.value("amount", std::int64_t{0});
    for (const auto &[pi, amount] : refunded)
        CHECK(amount <= paidAmount[pi]);
    CHECK(refunded.size() == out.cancelled.size());
    std::map<std::string, int> transfersPerPayout;
    for (const auto &[id, t] : state.at("transfers").items())
        ++transfersPerPayout[t.at("metadata").value("payout_id", "")];
    for (const auto &[payout, n] : transfersPerPayout) {
        INFO("payout " << payout);
        CHECK(n == 1);
    }
    INFO(payouts.dump());
    CHECK(payouts.at("balances")[0].at("payable") == 0);
}

} // namespace

TEST_CASE("Killing the server at random points loses and doubles nothing", "[escrow][faults]")
{
    const char *env = std::getenv("CARAVAN_FAULT_SEEDS");
    const int seeds = env ? std::max(1, std::atoi(env)) : 4;
    for (int s = 1; s <= seeds; ++s) {
        INFO("seed " << s);
        runSeed(static_cast<std::uint64_t>(s));
    }
}
