// Payouts to verified sellers, and caravan-cli's ledger commands (docs/escrow.md, "Payouts",
// "caravan-cli ledger").
#include "cli/money_commands.h"
#include "orders/escrow_services.h"
#include "store/ledger.h"
#include "store/money_movements.h"
#include "store/orders.h"
#include "support/escrow_world.h"
#include "support/identity_support.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <set>
#include <sstream>
#include <thread>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

struct Run
{
    int code;
    std::string out;
    std::string err;
};

Run cli(EscrowWorld &w, const std::string &command, std::vector<std::string> args)
{
    const auto &env = w.server().env();
    args.insert(args.end(), {"--data-dir", env.dataDir().string()});
    if (!env.dbUrl().empty())
        args.insert(args.end(), {"--db", env.dbUrl()});
    std::ostringstream out, err;
    const int code = command == "ledger"     ? server::runLedgerCommand(args, out, err)
                     : command == "identity" ? server::runIdentityCommand(args, out, err)
                                             : server::runPayoutCommand(args, out, err);
    return {code, out.str(), err.str()};
}

// A released order: paid, shipped, receipt confirmed. Returns it.
json releasedOrder(EscrowWorld &w)
{
    const auto o = w.createOrder(w.buyer, w.listingId);
    const auto id = o.at("id").get<std::string>();
    w.pay(o);
    w.flushWebhooks();
    w.waitForStatus(w.buyer, id, "paid");
    REQUIRE(w.call("POST", "/api/v1/orders/" + id + "/ship", w.seller,
                   {{"carrier", "EMS"}, {"tracking_number", "EE00000000" + std::to_string(id.size()) + "JP"}})
                .status == 200);
    const auto r = w.call("POST", "/api/v1/orders/" + id + "/confirm-receipt", w.buyer, nullptr, newKey());
    REQUIRE(r.status == 200);
    return json::parse(r.body);
}

} // namespace

TEST_CASE("Released money waits for a verified identity - then is paid out by one transfer", "[payouts]")
{
    EscrowWorld w(WorldOptions{{}, {}, 3});
    const auto a = releasedOrder(w);
    const auto b = releasedOrder(w);
    const auto net = a.at("amounts").at("listing").at("seller_net").get<std::int64_t>() +
                     b.at("amounts").at("listing").at("seller_net").get<std::int64_t>();
    const auto now = store::nowSeconds();

    // Not verified: the balance accumulates, nothing is paid.
    CHECK(w.escrow().money().createPayouts(now).payoutsCreated == 0);
    auto view = json::parse(w.call("GET", "/api/v1/payouts", w.seller).body);
    CHECK(view.at("identity_status") == "not_submitted");
    CHECK(view.at("payouts_wait") == "identity_not_submitted");
    REQUIRE(view.at("balances").size() == 1);
    CHECK(view.at("balances")[0].at("currency") == "JPY");
    CHECK(view.at("balances")[0].at("payable") == net);
    const auto refused = w.call("POST", "/api/v1/payouts", w.seller, {{"currency", "JPY"}}, newKey());
    CHECK(refused.status == 403);
    CHECK(json::parse(refused.body).at("error") == "identity_not_verified");

    // Sent, waiting for review: still nothing is paid.
    REQUIRE(w.call("PUT", "/api/v1/payouts/identity", w.seller, identitySubmission(samplePdf())).status == 200);
    CHECK(w.escrow().money().createPayouts(now).payoutsCreated == 0);
    CHECK(json::parse(w.call("GET", "/api/v1/payouts", w.seller).body).at("payouts_wait") == "identity_pending");

    // Verified (by staff; here the command line): the next run pays the whole balance.
    const auto verified = cli(w, "identity", {"approve", "--email", "seller@escrow.test"});
    INFO(verified.err);
    REQUIRE(verified.code == 0);
    CHECK(w.escrow().money().createPayouts(now).payoutsCreated == 1);
    CHECK(w.escrow().money().createPayouts(now).payoutsCreated == 0); // nothing left to pay
    CHECK(w.escrow().money().sendPayouts(now).payoutsPaid == 1);
    view = json::parse(w.call("GET", "/api/v1/payouts", w.seller).body);
    CHECK(view.at("balances")[0].at("payable") == 0);
    CHECK(view.at("balances")[0].at("paid_out") == net);
    REQUIRE(view.at("payouts").size() == 1);
    CHECK(view.at("payouts")[0].at("status") == "paid");
    CHECK(view.at("payouts")[0].at("transfer").get<std::string>().rfind("tr_", 0) == 0);
    CHECK(store::LedgerStore::balance(w.db(), "payouts_in_transit", "JPY") == 0);
    // Another user sees only their own (empty) balances.
    const auto other = json::parse(w.call("GET", "/api/v1/payouts", w.buyer).body);
    CHECK(other.at("balances").empty());
    CHECK(w.ledgerHolds());

    // The seller's ledger lines reconcile exactly with what was paid out.
    const auto csv = cli(w, "ledger", {"export", "--seller", "seller@escrow.test", "--format", "csv"});
    REQUIRE(csv.code == 0);
    std::istringstream lines(csv.out);
    std::string line, last;
    std::getline(lines, line);
    CHECK(line ==
          "seq,created_at,transaction,business_key,kind,order,payout,account,currency,amount,balance");
    int rows = 0;
    while (std::getline(lines, line)) {
        last = line;
        ++rows;
    }
    CHECK(rows == 2 * 2 + 1); // per order: item+postage credited and the fee debited; one payout
    CHECK(last.substr(last.rfind(',') + 1) == "0"); // the running balance ends at zero

    // The seller app downloads the same lines; nobody else's.
    const auto mine = w.call("GET", "/api/v1/payouts/ledger.csv", w.seller);
    REQUIRE(mine.status == 200);
    CHECK(mine.body == csv.out);
    const auto theirs = w.call("GET", "/api/v1/payouts/ledger.csv", w.buyer);
    REQUIRE(theirs.status == 200);
    CHECK(theirs.body ==
          "seq,created_at,transaction,business_key,kind,order,payout,account,currency,amount,balance\n");
}

TEST_CASE("A seller asks for a payout now - once per key", "[payouts]")
{
    EscrowWorld w;
    releasedOrder(w);
    verifySeller(w, w.seller);
    const auto key = newKey();
    const auto r = w.call("POST", "/api/v1/payouts", w.seller, {{"currency", "JPY"}}, key);
    INFO(r.body);
    REQUIRE(r.status == 201);
    CHECK(w.call("POST", "/api/v1/payouts", w.seller, {{"currency", "JPY"}}, key).body == r.body);
    const auto again = w.call("POST", "/api/v1/payouts", w.seller, {{"currency", "JPY"}}, newKey());
    CHECK(again.status == 422); // nothing payable any more
    CHECK(w.db().query("SELECT COUNT(*) FROM payouts").front().integer(0) == 1);
    // The request woke the server's job, which sends it; wait for its answer.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (store::MoneyMovementStore::payoutsOfSeller(w.db(), w.seller.id, 10).front().status == "created" &&
           std::chrono::steady_clock::now() < deadline) {
        w.escrow().sendMoney(store::nowSeconds());
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK(store::MoneyMovementStore::payoutsOfSeller(w.db(), w.seller.id, 10).front().status == "paid");
    CHECK(w.ledgerHolds());
}

TEST_CASE("A payout shows the ledger lines it paid out - its seller's only", "[payouts]")
{
    EscrowWorld w(WorldOptions{{{"payouts.require_identity", "false"}}, {}, 3}); // identity beside the point
    const auto a = releasedOrder(w);
    const auto b = releasedOrder(w);
    const auto first = w.call("POST", "/api/v1/payouts", w.seller, {{"currency", "JPY"}}, newKey());
    INFO(first.body);
    REQUIRE(first.status == 201);
    const auto c = releasedOrder(w);
    const auto second = w.call("POST", "/api/v1/payouts", w.seller, {{"currency", "JPY"}}, newKey());
    REQUIRE(second.status == 201);

    const auto detail = [&](const json &payout) {
        const auto r = w.call("GET", "/api/v1/payouts/" + payout.at("id").get<std::string>(), w.seller);
        INFO(r.body);
        REQUIRE(r.status == 200);
        return json::parse(r.body);
    };
    const auto ordersOf = [](const json &payout) {
        std::set<std::string> ids;
        std::int64_t sum = 0;
        for (const auto &line : payout.at("lines")) {
            ids.insert(line.at("order_id").get<std::string>());
            sum += line.at("amount").get<std::int64_t>();
        }
        CHECK(sum == payout.at("amount").get<std::int64_t>()); // the lines add up to the transfer
        return ids;
    };
    const auto one = detail(json::parse(first.body));
    CHECK(ordersOf(one) == std::set<std::string>{a.at("id"), b.at("id")});
    CHECK(one.at("lines").size() == 4); // per order: the release credited, the fee debited
    CHECK(one.at("lines")[0].at("title") == a.at("title"));
    const auto two = detail(json::parse(second.body));
    CHECK(ordersOf(two) == std::set<std::string>{c.at("id")});
    // Someone else's payout, or none, is not found.
    CHECK(w.call("GET", "/api/v1/payouts/" + one.at("id").get<std::string>(), w.buyer).status == 404);
    CHECK(w.call("GET", "/api/v1/payouts/not-a-payout", w.seller).status == 404);
    // ledger.csv and identity are still their own routes.
    CHECK(w.call("GET", "/api/v1/payouts/ledger.csv", w.seller).status == 200);
    CHECK(json::parse(w.call("GET", "/api/v1/payouts/identity", w.seller).body).at("payouts_wait").is_null());
}

TEST_CASE("ledger verify passes on a real history and names the first edited row", "[ledger][cli]")
{
    EscrowWorld w;
    const auto o = releasedOrder(w);
    auto ok = cli(w, "ledger", {"verify"});
    INFO(ok.out << ok.err);
    CHECK(ok.code == 0);
    CHECK_THAT(ok.out, Catch::Contains("ledger OK"));
    const auto report = json::parse(cli(w, "ledger", {"verify", "--json"}).out);
    CHECK(report.at("ok") == true);
    CHECK(report.at("orders") == 1);
    CHECK(report.at("entries").get<std::int64_t>() > 0);
    for (const auto &[code, sum] : report.at("currencies").items())
        CHECK(sum == 0);

    const auto orderCsv =
        cli(w, "ledger", {"export", "--order", o.at("id").get<std::string>(), "--format", "csv"});
    CHECK(orderCsv.code == 0);
    CHECK_THAT(orderCsv.out, Catch::Contains("order:" + o.at("id").get<std::string>() + ":funded"));

    // The database refuses edits of the ledger ...
    CHECK_THROWS(w.db().execute("UPDATE ledger_entries SET amount = amount + 1 WHERE seq = 2"));
    CHECK_THROWS(w.db().execute("DELETE FROM ledger_entries WHERE seq = 3"));
    // ... and someone who removes that guard is still found out by the hash chain.
    if (w.server().env().postgres())
        w.db().execute("DROP TRIGGER ledger_entries_append_only ON ledger_entries");
    else
        w.db().execute("DROP TRIGGER ledger_entries_no_update");
    w.db().execute("UPDATE ledger_entries SET amount = amount + 1 WHERE seq = 2");
    const auto broken = cli(w, "ledger", {"verify"});
    CHECK(broken.code == 1);
    CHECK_THAT(broken.out, Catch::Contains("entry 2"));
    const auto brokenJson = json::parse(cli(w, "ledger", {"verify", "--json"}).out);
    CHECK(brokenJson.at("ok") == false);
    CHECK(brokenJson.at("problems")[0].at("seq") == 2);
}
