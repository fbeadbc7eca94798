// Dispute clocks across a server restart (docs/disputes.md, "States"; docs/escrow.md, "Timers"), with the
// real caravan-paysim, caravan-server and caravan-cli, on SQLite and on PostgreSQL.
//
// What this proves: a dispute clock that ran out while the server was down (stopped with SIGTERM in one
// section, killed with SIGKILL in the other) acts once the server is back, and acts exactly once, also when
// the server is killed again and again right after it starts (before, during or after its first pass of the
// escrow job), for each row of the clock table of docs/disputes.md:
//   - awaiting_seller: deadline = opened + disputes.seller_response_days (3) -> escalated, with exactly one
//     escalation event and the staff deadline = escalated + disputes.staff_target_days (2);
//   - awaiting_buyer (the seller answered with a partial-refund offer): deadline = answered +
//     disputes.buyer_response_days (14) -> resolved, money released to the seller: the order is released,
//     the ledger holds exactly one release and no refund for it;
//   - returning without return tracking: deadline = accepted + disputes.return_ship_days (7) -> released;
//   - returning with return tracking the seller never confirms: deadline = tracking given +
//     disputes.return_refund_days (14) -> refunded: one refund posting, one refund at the provider;
//   - escalated: its deadline running out does nothing (it only orders the staff queue).
// A clock that has not run out does nothing across a restart, and caravan-cli ledger verify passes at the
// end.
//
// "Ran out while the server was down" is made by moving the dispute's clock row into the past while no
// server runs: deadline_at (what the parties see) and due_at (what the escrow job's pass reads) of the
// disputes table, exactly as if the days had passed meanwhile.
#include "harness.h"
#include "store/database.h"
#include "support/http_client.h"
#include "support/test_env.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

using namespace caravan;
using namespace caravan::escrowtest;
using caravan::test::Client;
using caravan::test::HttpResponse;
using nlohmann::json;

namespace {

constexpr const char *kPassword = "restart test passphrase 42";
constexpr const char *kSeller = "seller@restart.test";
constexpr const char *kBuyer = "buyer@restart.test";
constexpr std::int64_t kDay = 86400;

std::string newKey()
{
    static std::mt19937_64 rng{std::random_device{}()};
    static const char *hex = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < 32; ++i)
        s += hex[rng() % 16];
    return s.substr(0, 8) + "-" + s.substr(8, 4) + "-4" + s.substr(13, 3) + "-a" + s.substr(17, 3) + "-" +
           s.substr(20, 12);
}

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// caravan-cli demo seed's file: a seller in Japan with one listing of many units, a buyer in Germany.
std::string demoFile()
{
    const json users = json::array(
        {{{"email", kSeller},
          {"display_name", "Restart Seller"},
          {"country", "JP"},
          {"roles", {"seller", "buyer"}}},
         {{"email", kBuyer}, {"display_name", "Restart Buyer"}, {"country", "DE"}, {"roles", {"buyer"}}}});
    const json listing = {{"id", "restart-listing"},
                          {"seller", kSeller},
                          {"title", "Hand-thrown tea bowl"},
                          {"description", "Stoneware, ash glaze."},
                          {"category", "home-decor/ceramics"},
                          {"condition", "new"},
                          {"price", "4500"},
                          {"currency", "JPY"},
                          {"quantity", 50},
                          {"ships_from", "JP"},
                          {"origin", "JP"},
                          {"hs_code", "6912.00"},
                          {"weight_g", 400},
                          {"dims_mm", {160, 160, 100}},
                          {"handling_days", 2},
                          {"services", {"sample-ems", "sample-post-registered"}},
                          {"destinations", {{"mode", "all"}, {"countries", json::array()}}}};
    return json{{"password", kPassword}, {"users", users}, {"listings", json::array({listing})}}.dump(1);
}

bool waitUntil(int seconds, const std::function<bool()> &done)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        if (done())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return done();
}

// The server's own store, opened on the server's database (the SQLite file in its data dir, or the
// PostgreSQL database), for a moment: the test moves clock rows and counts ledger rows with it.
class Store
{
public:
    Store(const Harness &h, const std::string &dbUrl)
    {
        store::DatabaseOptions o;
        o.url = dbUrl;
        o.dataDir = h.dataDir();
        o.maxSessions = 1;
        m_db = std::make_unique<store::Database>(o);
    }
    store::Database &db() { return *m_db; }

private:
    std::unique_ptr<store::Database> m_db;
};

struct Clock
{
    std::string status;
    std::int64_t openedAt = 0, deadlineAt = 0, dueAt = 0, escalatedAt = 0, updatedAt = 0;
};

class World
{
public:
    World(Harness &harness, std::string dbUrl)
        : h(harness)
        , m_dbUrl(std::move(dbUrl))
    {}

    Harness &h;

    void signIn()
    {
        seller = signInAs(kSeller);
        buyer = signInAs(kBuyer);
    }

    HttpResponse call(const std::string &method, const std::string &path, const std::string &token,
                      const json &body = nullptr, const std::string &key = {}) const
    {
        Client c(h.serverPort());
        std::map<std::string, std::string> headers{{"Authorization", "Bearer " + token}};
        if (!key.empty())
            headers["Idempotency-Key"] = key;
        if (method == "GET")
            return c.get(path, headers);
        return c.request(method, path, body.is_null() ? "" : body.dump(), "application/json", headers);
    }

    json ok(const std::string &method, const std::string &path, const std::string &token,
            const json &body = nullptr, const std::string &key = {}, int status = 200) const
    {
        const auto r = call(method, path, token, body, key);
        INFO(method << " " << path << " answered " << r.status << ": " << r.body);
        REQUIRE(r.status == status);
        return json::parse(r.body);
    }

    std::string orderStatus(const std::string &orderId) const
    {
        return ok("GET", "/api/v1/orders/" + orderId, buyer).at("status").get<std::string>();
    }

    json dispute(const std::string &disputeId) const
    {
        return ok("GET", "/api/v1/disputes/" + disputeId, buyer);
    }

    // An order paid at the sandbox, shipped by the seller and reported delivered by the carrier's tracker.
    std::string deliveredOrder()
    {
        const json request{{"listing_id", "restart-listing"},
                           {"quantity", 1},
                           {"ship_to",
                            {{"name", "B"},
                             {"line1", "Street 1"},
                             {"city", "Berlin"},
                             {"postal_code", "10115"},
                             {"country", "DE"}}},
                           {"service", "sample-ems"}};
        const auto order = ok("POST", "/api/v1/orders", buyer, request, newKey(), 201);
        const auto id = order.at("id").get<std::string>();
        const auto url = order.at("payment").at("checkout_url").get<std::string>();
        sandboxPost("/sandbox/checkout/" + url.substr(url.rfind('/') + 1) + "/pay", "card=4242424242424242",
                    "application/x-www-form-urlencoded");
        sandboxPost("/sandbox/webhooks/flush?timeout_ms=20000", "", "application/json");
        REQUIRE(waitUntil(60, [&] { return orderStatus(id) == "paid"; }));

        char tracking[32];
        std::snprintf(tracking, sizeof tracking, "EE%08dJP", ++m_parcels);
        ok("POST", "/api/v1/orders/" + id + "/ship", seller,
           {{"carrier", "EMS"}, {"tracking_number", tracking}});
        std::string tracker;
        {
            Store s(h, m_dbUrl);
            const auto rows = s.db().query("SELECT tracker_id FROM orders WHERE id = ?", {id});
            REQUIRE(rows.size() == 1);
            tracker = rows[0].text(0);
        }
        REQUIRE_FALSE(tracker.empty());
        sandboxPost("/sandbox/trackers/" + tracker + "/events",
                    json{{"status", "delivered"},
                         {"status_detail", "arrived_at_destination"},
                         {"message", "Delivered to the recipient"}}
                        .dump(),
                    "application/json");
        sandboxPost("/sandbox/webhooks/flush?timeout_ms=20000", "", "application/json");
        REQUIRE(waitUntil(60, [&] { return orderStatus(id) == "delivered"; }));
        return id;
    }

    std::string openDispute(const std::string &orderId)
    {
        const auto r =
            ok("POST", "/api/v1/orders/" + orderId + "/dispute", buyer,
               {{"reason", "not_as_described"}, {"text", "The glaze is chipped, the listing said new."}}, {},
               201);
        REQUIRE(r.at("dispute").at("status") == "awaiting_seller");
        return r.at("dispute").at("id").get<std::string>();
    }

    Clock clock(const std::string &disputeId)
    {
        Store s(h, m_dbUrl);
        const auto rows = s.db().query("SELECT status, opened_at, deadline_at, due_at, escalated_at, "
                                       "updated_at FROM disputes WHERE id = ?",
                                       {disputeId});
        REQUIRE(rows.size() == 1);
        const auto &r = rows[0];
        return {r.text(0), r.integer(1), r.integer(2), r.integer(3), r.integer(4), r.integer(5)};
    }

    // The days pass while the server is down: the dispute's deadline (and, when its clock runs, the due
    // time the escrow job reads) is moved to a minute ago.
    void runOut(const std::string &disputeId)
    {
        REQUIRE_FALSE(h.serverRunning());
        const auto c = clock(disputeId);
        REQUIRE(c.deadlineAt > nowSeconds());
        const std::int64_t shift = c.deadlineAt - (nowSeconds() - 60);
        Store s(h, m_dbUrl);
        REQUIRE(s.db().execute("UPDATE disputes SET deadline_at = deadline_at - ?, "
                               "due_at = CASE WHEN due_at > 0 THEN due_at - ? ELSE 0 END WHERE id = ?",
                               {shift, shift, disputeId}) == 1);
    }

    // The order's ledger transactions by kind (order_funded, order_released, order_refund, ...).
    std::map<std::string, int> ledgerKinds(const std::string &orderId)
    {
        Store s(h, m_dbUrl);
        std::map<std::string, int> out;
        for (const auto &r :
             s.db().query("SELECT kind FROM ledger_transactions WHERE order_id = ?", {orderId}))
            ++out[r.text(0)];
        return out;
    }

    int refundRows(const std::string &orderId)
    {
        Store s(h, m_dbUrl);
        return int(s.db().query("SELECT id FROM refunds WHERE order_id = ?", {orderId}).size());
    }

    std::string seller, buyer;

private:
    std::string m_dbUrl;
    int m_parcels = 0;

    std::string signInAs(const std::string &email) const
    {
        Client c(h.serverPort());
        const auto r =
            c.postJson("/api/v1/session",
                       json{{"email", email}, {"password", kPassword}, {"device_name", "restart"}}.dump());
        INFO(r.body);
        REQUIRE(r.status == 201);
        return json::parse(r.body).at("token").get<std::string>();
    }

    void sandboxPost(const std::string &path, const std::string &body, const std::string &type) const
    {
        Client sandbox(h.sandboxPort());
        const auto r = sandbox.request("POST", path, body, type, {{"Authorization", "Bearer " + h.apiKey()}});
        INFO("sandbox " << path << ": " << r.body);
        REQUIRE(r.status == 200);
    }
};

int countKind(const json &events, const std::string &kind)
{
    int n = 0;
    for (const auto &e : events)
        n += e.at("kind") == kind ? 1 : 0;
    return n;
}

int countContaining(const json &events, const std::string &part)
{
    int n = 0;
    for (const auto &e : events)
        n += e.at("kind").get<std::string>().find(part) != std::string::npos ? 1 : 0;
    return n;
}

// Refunds the provider (the sandbox) holds, from its state file; -1 while the file is being rewritten.
int refundsAtProvider(const Harness &h)
{
    try {
        std::ifstream in(h.sandboxStateFile());
        const auto state = json::parse(in);
        return int(state.at("refunds").size());
    } catch (const std::exception &) {
        return -1;
    }
}

void run(bool sigkill)
{
    test::TestEnv env;
    // A pass of the escrow job every second (jobs.order_timer_interval_s, read into timerIntervalSeconds).
    Harness h(env.dataDir() / "restart", env.dbUrl(), {{"jobs.order_timer_interval_s", "1"}});
    h.startSandbox();
    const auto demo = h.dataDir() / "restart-demo.json";
    std::ofstream(demo) << demoFile();
    const auto seeded = h.cli({"demo", "seed", "--file", demo.string()});
    INFO(seeded.out);
    REQUIRE(seeded.code == 0);
    h.startServer();
    World w(h, env.dbUrl());
    w.signIn();
    const auto down = [&] { sigkill ? h.killServer() : h.stopServer(); };

    // 1. Seller silent: awaiting_seller, deadline opened + 3 days.
    const auto sellerSilentOrder = w.deliveredOrder();
    const auto sellerSilent = w.openDispute(sellerSilentOrder);
    {
        const auto c = w.clock(sellerSilent);
        CHECK(c.status == "awaiting_seller");
        CHECK(c.deadlineAt - c.openedAt == 3 * kDay);
        CHECK(c.dueAt == c.deadlineAt);
    }
    CHECK(w.orderStatus(sellerSilentOrder) == "disputed");

    // 2. Buyer silent: the seller offers a partial refund, awaiting_buyer, deadline answered + 14 days.
    const auto buyerSilentOrder = w.deliveredOrder();
    const auto buyerSilent = w.openDispute(buyerSilentOrder);
    const auto answered = w.ok("POST", "/api/v1/disputes/" + buyerSilent + "/answer", w.seller,
                               {{"text", "Sorry about the chip; here is part of the price back."},
                                {"offer", {{"kind", "partial_refund"}, {"amount_minor", 500}}}});
    REQUIRE(answered.at("dispute").at("status") == "awaiting_buyer");
    {
        const auto c = w.clock(buyerSilent);
        CHECK(c.deadlineAt - c.updatedAt == 14 * kDay);
        CHECK(c.dueAt == c.deadlineAt);
    }

    // 3. A return with tracking the seller never confirms: returning, deadline tracking given + 14 days.
    const json returnOffer{{"text", "Send it back and you get everything back."},
                           {"offer",
                            {{"kind", "return"},
                             {"return_address",
                              {{"name", "Restart Seller"},
                               {"line1", "1-2-3 Sakyo"},
                               {"city", "Kyoto"},
                               {"postal_code", "606-8501"},
                               {"country", "JP"}}}}}};
    const auto returnSentOrder = w.deliveredOrder();
    const auto returnSent = w.openDispute(returnSentOrder);
    w.ok("POST", "/api/v1/disputes/" + returnSent + "/answer", w.seller, returnOffer);
    REQUIRE(w.ok("POST", "/api/v1/disputes/" + returnSent + "/accept-offer", w.buyer, nullptr, newKey())
                .at("dispute")
                .at("status") == "returning");
    w.ok("POST", "/api/v1/disputes/" + returnSent + "/return-shipment", w.buyer,
         {{"carrier", "post"}, {"tracking_number", "RR123456785DE"}});
    {
        const auto c = w.clock(returnSent);
        CHECK(c.status == "returning");
        CHECK(c.deadlineAt - c.updatedAt == 14 * kDay);
        CHECK(c.dueAt == c.deadlineAt);
    }

    // 4. A return never sent: returning, deadline accepted + 7 days.
    const auto returnNotSentOrder = w.deliveredOrder();
    const auto returnNotSent = w.openDispute(returnNotSentOrder);
    w.ok("POST", "/api/v1/disputes/" + returnNotSent + "/answer", w.seller, returnOffer);
    w.ok("POST", "/api/v1/disputes/" + returnNotSent + "/accept-offer", w.buyer, nullptr, newKey());
    {
        const auto c = w.clock(returnNotSent);
        CHECK(c.status == "returning");
        CHECK(c.deadlineAt - c.updatedAt == 7 * kDay);
        CHECK(c.dueAt == c.deadlineAt);
    }
    const std::vector<std::string> disputes{sellerSilent, buyerSilent, returnSent, returnNotSent};
    std::map<std::string, std::size_t> eventsBefore;
    for (const auto &d : disputes)
        eventsBefore[d] = w.dispute(d).at("events").size();

    // A restart while no deadline has run out changes nothing (several passes of the job).
    down();
    const auto launched = std::chrono::steady_clock::now();
    h.startServer();
    // The escrow job's first pass starts as the server begins to answer: the kills below aim around it.
    const auto readyMs =
        int(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - launched)
                .count());
    std::this_thread::sleep_for(std::chrono::seconds(3));
    for (const auto &d : disputes) {
        INFO("dispute " << d);
        CHECK(w.dispute(d).at("events").size() == eventsBefore[d]);
    }
    CHECK(w.clock(sellerSilent).status == "awaiting_seller");
    CHECK(w.clock(buyerSilent).status == "awaiting_buyer");
    CHECK(w.clock(returnSent).status == "returning");
    CHECK(w.clock(returnNotSent).status == "returning");

    // The server goes down; the days pass; every deadline runs out meanwhile.
    down();
    for (const auto &d : disputes)
        w.runOut(d);

    // Started and killed again at once, several times, from before its first pass to after it: whatever a
    // pass did before it was killed must not be done again, and what it had not done must still be done.
    int killedBeforeAnyClock = 0;
    std::vector<int> delays{0};
    for (int tenth = 4; tenth <= 11; ++tenth)
        delays.push_back(readyMs * tenth / 10);
    for (const int after : {30, 120, 400})
        delays.push_back(readyMs + after);
    std::string actedAfterKills;
    for (const int ms : delays) {
        h.launchServer();
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        h.killServer();
        int acted = 0;
        for (const auto &d : disputes)
            acted += w.clock(d).dueAt == 0 ? 1 : 0;
        killedBeforeAnyClock += acted == 0 ? 1 : 0;
        actedAfterKills += " " + std::to_string(ms) + "ms:" + std::to_string(acted);
    }
    std::printf("%s: the server answered %d ms after its start. Killed after (clocks that had acted):%s\n",
                sigkill ? "sigkill" : "sigterm", readyMs, actedAfterKills.c_str());
    CHECK(killedBeforeAnyClock > 0);

    h.startServer();
    const bool settled = waitUntil(60, [&] {
        return w.dispute(sellerSilent).at("dispute").at("status") == "escalated" &&
               w.dispute(buyerSilent).at("dispute").at("status") == "resolved" &&
               w.dispute(returnSent).at("dispute").at("status") == "resolved" &&
               w.dispute(returnNotSent).at("dispute").at("status") == "resolved";
    });
    for (const auto &d : disputes)
        UNSCOPED_INFO(d << ": " << w.dispute(d).dump());
    REQUIRE(settled);

    // Seller silent: escalated once, by the clock; staff now have escalated + 2 days, nothing runs on it.
    {
        const auto body = w.dispute(sellerSilent);
        const auto &events = body.at("events");
        INFO(events.dump());
        CHECK(countKind(events, "seller_silent_escalated") == 1);
        CHECK(countContaining(events, "escalat") == 1);
        CHECK(events.size() == eventsBefore[sellerSilent] + 1);
        CHECK(events.back().at("actor_role") == "timer");
        const auto c = w.clock(sellerSilent);
        CHECK(c.status == "escalated");
        CHECK(c.deadlineAt - c.escalatedAt == 2 * kDay);
        CHECK(c.dueAt == 0);
        CHECK(w.orderStatus(sellerSilentOrder) == "disputed");
        const auto ledger = w.ledgerKinds(sellerSilentOrder);
        CHECK(ledger.count("order_released") == 0);
        CHECK(ledger.count("order_refund") == 0);
    }
    // Buyer silent: closed for the seller once: released, one release posting, no refund.
    {
        const auto body = w.dispute(buyerSilent);
        const auto &events = body.at("events");
        INFO(events.dump());
        CHECK(body.at("dispute").at("outcome") == "release");
        CHECK(countKind(events, "buyer_silent_closed") == 1);
        CHECK(countKind(events, "resolved") == 1);
        CHECK(events.size() == eventsBefore[buyerSilent] + 2);
        CHECK(w.orderStatus(buyerSilentOrder) == "released");
        const auto ledger = w.ledgerKinds(buyerSilentOrder);
        CHECK(ledger.at("order_funded") == 1);
        CHECK(ledger.at("order_released") == 1);
        CHECK(ledger.count("order_refund") == 0);
        CHECK(w.refundRows(buyerSilentOrder) == 0);
    }
    // Return sent, never confirmed: refunded once.
    {
        const auto body = w.dispute(returnSent);
        const auto &events = body.at("events");
        INFO(events.dump());
        CHECK(body.at("dispute").at("outcome") == "refund");
        CHECK(countKind(events, "return_refund_due") == 1);
        CHECK(countKind(events, "resolved") == 1);
        CHECK(events.size() == eventsBefore[returnSent] + 2);
        CHECK(w.orderStatus(returnSentOrder) == "refunded");
        const auto ledger = w.ledgerKinds(returnSentOrder);
        CHECK(ledger.at("order_refund") == 1);
        CHECK(ledger.count("order_released") == 0);
        CHECK(w.refundRows(returnSentOrder) == 1);
    }
    // Return never sent: released once.
    {
        const auto body = w.dispute(returnNotSent);
        const auto &events = body.at("events");
        INFO(events.dump());
        CHECK(body.at("dispute").at("outcome") == "release");
        CHECK(countKind(events, "return_not_sent") == 1);
        CHECK(countKind(events, "resolved") == 1);
        CHECK(events.size() == eventsBefore[returnNotSent] + 2);
        CHECK(w.orderStatus(returnNotSentOrder) == "released");
        const auto ledger = w.ledgerKinds(returnNotSentOrder);
        CHECK(ledger.at("order_released") == 1);
        CHECK(ledger.count("order_refund") == 0);
    }
    // The refund job sends the one refund to the provider, once. A refund claimed by a server that was then
    // killed is free again after its claim (120 s) runs out, hence the long wait.
    CHECK(waitUntil(180, [&] { return refundsAtProvider(h) >= 1; }));

    // The staff deadline of the escalated case runs out while the server is down: nothing happens.
    const auto escalatedEvents = w.dispute(sellerSilent).at("events").size();
    down();
    w.runOut(sellerSilent);
    h.startServer();
    std::this_thread::sleep_for(std::chrono::seconds(3));
    CHECK(w.dispute(sellerSilent).at("dispute").at("status") == "escalated");
    CHECK(w.dispute(sellerSilent).at("events").size() == escalatedEvents);
    CHECK(w.orderStatus(sellerSilentOrder) == "disputed");

    h.stopServer();
    CHECK(refundsAtProvider(h) == 1);
    const auto verify = h.cli({"ledger", "verify", "--json"});
    INFO(verify.out);
    REQUIRE(verify.code == 0);
    const auto report = json::parse(verify.out.substr(verify.out.find('{')));
    CHECK(report.at("ok") == true);
}

} // namespace

TEST_CASE("Dispute clocks that ran out while the server was down act exactly once after it starts again",
          "[escrow][disputes][restart]")
{
    SECTION("the server stopped with SIGTERM")
    {
        run(false);
    }
    SECTION("the server killed with SIGKILL")
    {
        run(true);
    }
}
