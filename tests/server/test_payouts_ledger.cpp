// Payouts to verified sellers, and caravan-cli's ledger commands (docs/escrow.md, "Payouts",
// "caravan-cli ledger").
#include "cli/money_commands.h"
#include "orders/escrow_services.h"
#include "store/ledger.h"
#include "store/money_movements.h"
#include "store/orders.h"
#include "support/escrow_world.h"

#include <catch2/catch.hpp>
#include <chrono>
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
    const int code = command == "ledger" ? server::runLedgerCommand(args, out, err)
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
    CHECK(view.at("identity_status") == "unverified");
    REQUIRE(view.at("balances").size() == 1);
    CHECK(view.at("balances")[0].at("currency") == "JPY");
    CHECK(view.at("balances")[0].at("payable") == net);
    const auto refused = w.call("POST", "/api/v1/payouts", w.seller, {{"currency", "JPY"}}, newKey());
    CHECK(refused.status == 403);

    // Verified (by staff; here the command line): the next run pays the whole balance.
    const auto verified = cli(w, "payout", {"verify", "--email", "seller@escrow.test"});
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
    REQUIRE(cli(w, "payout", {"verify", "--email", "seller@escrow.test"}).code == 0);
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
