// bench_orders: figures for the escrow money path (see bench/bench_orders.cmake). From a build directory:
//   ./bench/bench_orders [--db sqlite|postgresql] [--orders N] [--clients C] [--entries M]
// postgresql: fresh databases on the server named by CARAVAN_TEST_PG_URL.
#include "escrow/postings.h"
#include "harness.h"
#include "money/money.h"
#include "orders/ledger_audit.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/orders.h"
#include "store/users.h"
#include "support/http_client.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

using namespace caravan;
using caravan::test::Client;
using nlohmann::json;

namespace {

using Clock = std::chrono::steady_clock;
constexpr const char *kPassword = "bench orders passphrase 42";

double since(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

struct Options
{
    std::string db = "sqlite";
    int orders = 400;
    int clients = 4;
    std::int64_t entries = 1000000;
};

std::vector<std::string> g_pgDatabases; // dropped at the end

// A fresh database: a SQLite file in `dir`, or a new PostgreSQL database.
std::string freshDatabase(const Options &o, const std::filesystem::path &dir, const std::string &name)
{
    if (o.db == "sqlite")
        return (dir / (name + ".db")).string();
    const char *admin = std::getenv("CARAVAN_TEST_PG_URL");
    if (!admin)
        throw std::runtime_error("--db postgresql needs CARAVAN_TEST_PG_URL");
    store::DatabaseOptions a;
    a.url = admin;
    a.maxSessions = 1;
    store::Database db(a);
    const auto dbName = "caravan_bench_" + name + "_" + std::to_string(std::random_device{}() % 1000000);
    db.execute("CREATE DATABASE " + dbName);
    g_pgDatabases.push_back(dbName);
    const std::string url = admin;
    return url.substr(0, url.rfind('/') + 1) + dbName;
}

std::string demoFile(int buyers)
{
    json users = json::array({{{"email", "seller@bench.test"},
                               {"display_name", "Bench Seller"},
                               {"country", "JP"},
                               {"roles", {"seller", "buyer"}}}});
    for (int i = 0; i < buyers; ++i)
        users.push_back({{"email", "buyer" + std::to_string(i) + "@bench.test"},
                         {"display_name", "Buyer"},
                         {"country", "DE"},
                         {"roles", {"buyer"}}});
    json listing{{"id", "bench-listing"},
                 {"seller", "seller@bench.test"},
                 {"title", "Bench bowl"},
                 {"description", "Stoneware tea bowl, thrown by hand."},
                 {"category", "home-decor/ceramics"},
                 {"condition", "new"},
                 {"price", "4500"},
                 {"currency", "JPY"},
                 {"quantity", 9999},
                 {"ships_from", "JP"},
                 {"origin", "JP"},
                 {"hs_code", "6912.00"},
                 {"weight_g", 400},
                 {"dims_mm", {160, 160, 100}},
                 {"handling_days", 2},
                 {"services", {"sample-ems"}},
                 {"destinations", {{"mode", "all"}, {"countries", json::array()}}}};
    return json{{"password", kPassword}, {"users", users}, {"listings", json::array({listing})}}.dump();
}

void apiThroughput(const Options &o, const std::filesystem::path &dir)
{
    const auto url = freshDatabase(o, dir, "api");
    escrowtest::Harness h(dir / "api", o.db == "sqlite" ? "" : url);
    h.startSandbox(false);
    const auto demo = h.dataDir() / "bench-demo.json";
    std::ofstream(demo) << demoFile(o.clients);
    if (const auto seeded = h.cli({"demo", "seed", "--file", demo.string()}); seeded.code != 0)
        throw std::runtime_error("demo seed failed: " + seeded.out);
    h.startServer();
    std::vector<std::string> tokens;
    for (int i = 0; i < o.clients; ++i) {
        Client c(h.serverPort());
        const auto r =
            c.postJson("/api/v1/session", json{{"email", "buyer" + std::to_string(i) + "@bench.test"},
                                               {"password", kPassword},
                                               {"device_name", "bench"}}
                                              .dump());
        tokens.push_back(json::parse(r.body).at("token").get<std::string>());
    }
    std::vector<std::vector<std::string>> sessions(o.clients);
    std::atomic<int> failures{0};
    auto t = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < o.clients; ++c)
        threads.emplace_back([&, c] {
            Client client(h.serverPort());
            for (int i = c; i < o.orders; i += o.clients) {
                const auto r = client.request(
                    "POST", "/api/v1/orders",
                    json{{"listing_id", "bench-listing"},
                         {"quantity", 1},
                         {"service", "sample-ems"},
                         {"ship_to",
                          {{"name", "B"}, {"line1", "Street 1"}, {"city", "Berlin"}, {"country", "DE"}}}}
                        .dump(),
                    "application/json",
                    {{"Authorization", "Bearer " + tokens[c]}, {"Idempotency-Key", store::newUuid()}});
                if (r.status != 201) {
                    ++failures;
                    continue;
                }
                const auto page = json::parse(r.body).at("payment").at("checkout_url").get<std::string>();
                sessions[c].push_back(page.substr(page.rfind('/') + 1));
            }
        });
    for (auto &th : threads)
        th.join();
    const double createSeconds = since(t);
    threads.clear();
    t = Clock::now();
    for (int c = 0; c < o.clients; ++c)
        threads.emplace_back([&, c] {
            Client sandbox(h.sandboxPort());
            for (const auto &s : sessions[c])
                sandbox.request("POST", "/sandbox/checkout/" + s + "/pay", "card=4242424242424242",
                                "application/x-www-form-urlencoded",
                                {{"Authorization", "Bearer " + h.apiKey()}});
        });
    for (auto &th : threads)
        th.join();
    store::DatabaseOptions dbo;
    dbo.url = o.db == "sqlite" ? (h.dataDir() / "caravan.db").string() : url;
    store::Database db(dbo);
    const int created = o.orders - failures;
    std::int64_t paid = 0;
    while (since(t) < 300) {
        paid = db.query("SELECT COUNT(*) FROM orders WHERE state = 'paid'").front().integer(0);
        if (paid >= created)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const double paySeconds = since(t);
    h.stopServer();
    std::printf(
        "orders via HTTP (%s, %d clients): %d created in %.2f s = %.0f orders/s (each with its checkout "
        "session at the provider); %lld paid in %.2f s = %.0f payments/s (sandbox payment, signed "
        "webhook, funding posting); %d refused\n",
        o.db.c_str(), o.clients, created, createSeconds, created / createSeconds,
        static_cast<long long>(paid), paySeconds, paid / paySeconds, failures.load());
}

// Writes a ledger of about `entries` entries: orders paid and released in JPY -> EUR, hash-chained exactly as
// the store chains them, with their order rows and cached balances.
std::int64_t writeLedger(store::Database &db, std::int64_t entries)
{
    std::mt19937_64 rng(42);
    std::int64_t seq = 0;
    std::string prev = escrow::kGenesisHash;
    std::map<std::pair<std::string, std::string>, std::int64_t> balances;
    const auto now = store::nowSeconds();
    std::int64_t orderCount = 0;
    while (seq < entries) {
        store::Transaction tx(db);
        std::string sql = "INSERT INTO ledger_entries (seq, transaction_id, account, currency, amount, "
                          "prev_hash, hash) VALUES ";
        std::vector<store::Param> params;
        std::string tsql = "INSERT INTO ledger_transactions (id, business_key, kind, order_id, payout_id, "
                           "fx, memo, created_at, hash) VALUES ";
        std::vector<store::Param> tparams;
        bool firstEntry = true, firstTx = true;
        for (int k = 0; k < 1000 && seq < entries; ++k) {
            store::OrderRecord o;
            o.id = "bench-order-" + std::to_string(++orderCount);
            o.listingId = "bench-listing";
            o.sellerId = "bench-seller";
            o.buyerId = "bench-buyer";
            o.state = "released";
            o.listingCurrency = "JPY";
            o.buyerCurrency = "EUR";
            const std::int64_t item = 1000 + std::int64_t(rng() % 50000), postage = 2400;
            const std::int64_t fee = item * 5 / 100 + 115, sellerFee = (item + postage) * 65 / 1000;
            const auto eur = [](std::int64_t jpy) { return jpy * 100 / 163; };
            o.listing = {item, postage, 0, fee, item + postage + fee, sellerFee, item + postage - sellerFee};
            o.buyer = {eur(item),
                       eur(postage),
                       0,
                       eur(fee),
                       eur(item) + eur(postage) + eur(fee),
                       eur(sellerFee),
                       eur(item) + eur(postage) - eur(sellerFee)};
            o.collectedAt = "none";
            o.createdAt = o.updatedAt = now;
            store::OrderStore::insert(tx, o);
            const auto m = [](std::int64_t v, const char *c) { return money::Money::ofMinor(v, c); };
            escrow::OrderMoney om{
                o.id,
                o.sellerId,
                {m(item, "JPY"), m(postage, "JPY"), m(0, "JPY"), m(fee, "JPY"),
                 m(item + postage + fee, "JPY"), m(sellerFee, "JPY"), m(item + postage - sellerFee, "JPY")},
                {m(o.buyer.item, "EUR"), m(o.buyer.postage, "EUR"), m(0, "EUR"), m(o.buyer.buyerFee, "EUR"),
                 m(o.buyer.total, "EUR"), m(o.buyer.sellerFee, "EUR"), m(o.buyer.sellerNet, "EUR")},
                "1 JPY = 100/16300 EUR; bench"};
            for (const auto &posting : {escrow::fundingPosting(om), escrow::releasePosting(om)}) {
                escrow::StoredTransaction t{store::newUuid(),
                                            posting.businessKey,
                                            posting.kind,
                                            posting.orderId,
                                            posting.payoutId,
                                            posting.fx,
                                            posting.memo,
                                            now,
                                            {}};
                t.hash = escrow::transactionHash(t);
                tsql += firstTx ? "(?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?)";
                firstTx = false;
                for (store::Param p :
                     std::initializer_list<store::Param>{t.id, t.businessKey, t.kind, t.orderId, t.payoutId,
                                                         t.fx, t.memo, t.createdAt, t.hash})
                    tparams.push_back(std::move(p));
                for (const auto &l : posting.lines) {
                    escrow::StoredEntry e{++seq, t.id, l.account, l.currency, l.amount, prev, {}};
                    e.hash = escrow::entryHash(e, t.hash);
                    prev = e.hash;
                    balances[{l.account, l.currency}] += l.amount;
                    sql += firstEntry ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)";
                    firstEntry = false;
                    for (store::Param p : std::initializer_list<store::Param>{
                             e.seq, e.transactionId, e.account, e.currency, e.amount, e.prevHash, e.hash})
                        params.push_back(std::move(p));
                }
            }
            if (params.size() > 6000) {
                tx.execute(tsql, tparams);
                tx.execute(sql, params);
                tsql = tsql.substr(0, tsql.find("VALUES ") + 7);
                sql = sql.substr(0, sql.find("VALUES ") + 7);
                tparams.clear();
                params.clear();
                firstEntry = firstTx = true;
            }
        }
        if (!params.empty()) {
            tx.execute(tsql, tparams);
            tx.execute(sql, params);
        }
        tx.commit();
    }
    store::Transaction tx(db);
    for (const auto &[key, sum] : balances)
        tx.execute("INSERT INTO ledger_balances (account, currency, balance) VALUES (?, ?, ?)",
                   {key.first, key.second, sum});
    tx.execute("UPDATE ledger_head SET last_seq = ?, last_hash = ? WHERE id = 1", {seq, prev});
    tx.commit();
    return orderCount;
}

void dropDatabases()
{
    const char *admin = std::getenv("CARAVAN_TEST_PG_URL");
    if (!admin || g_pgDatabases.empty())
        return;
    store::DatabaseOptions a;
    a.url = admin;
    a.maxSessions = 1;
    store::Database db(a);
    for (const auto &name : g_pgDatabases)
        db.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
}

void verifyTiming(const Options &o, const std::filesystem::path &dir)
{
    store::DatabaseOptions dbo;
    dbo.url = freshDatabase(o, dir, "ledger");
    dbo.dataDir = dir;
    store::Database db(dbo);
    store::migrate(db);
    // The order rows name a seller and a buyer that must exist.
    db.execute("INSERT INTO users (id, email, email_lower, display_name, country, password_hash, created_at, "
               "updated_at) VALUES "
               "('bench-seller', 's@b', 's@b', 'S', 'JP', 'x', 0, 0), ('bench-buyer', 'b@b', 'b@b', 'B', "
               "'DE', 'x', 0, 0)");
    auto t = Clock::now();
    const auto orders = writeLedger(db, o.entries);
    std::printf("ledger of %lld entries (%lld orders) written in %.1f s\n", static_cast<long long>(o.entries),
                static_cast<long long>(orders), since(t));
    t = Clock::now();
    const auto audit = orders::auditLedger(db);
    std::printf("ledger verify (%s): %lld entries, %lld transactions, %lld orders in %.2f s: %s\n",
                o.db.c_str(), static_cast<long long>(audit.verifier.entries()),
                static_cast<long long>(audit.verifier.transactions()),
                static_cast<long long>(audit.verifier.orders()), since(t),
                audit.ok() ? "OK" : audit.verifier.problems().front().message.c_str());
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--db")
            o.db = v;
        else if (a == "--orders")
            o.orders = std::atoi(v.c_str());
        else if (a == "--clients")
            o.clients = std::max(1, std::atoi(v.c_str()));
        else if (a == "--entries")
            o.entries = std::atoll(v.c_str());
    }
    const auto dir =
        std::filesystem::temp_directory_path() / ("caravan-bench-orders-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    int status = 0;
    try {
        if (o.orders > 0)
            apiThroughput(o, dir);
        if (o.entries > 0)
            verifyTiming(o, dir);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_orders: %s\n", e.what());
        status = 1;
    }
    try {
        dropDatabases();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_orders: dropping the databases: %s\n", e.what());
    }
    std::filesystem::remove_all(dir);
    return status;
}
