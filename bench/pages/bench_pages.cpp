// bench_pages: the buyer pages of caravan-server over a catalogue of 1,000,000 listings, against a bare Poco
// handler in the same process (see bench/bench_pages.cmake). From a build directory:
//   ./bench/bench_pages [--db sqlite|postgresql] [--listings N] [--connections C] [--seconds S]
// postgresql: a fresh database on the server named by CARAVAN_TEST_PG_URL, dropped at the end.
#include "bench_pages.h"
#include "corpus.h"
#include "runtime/log.h"
#include "runtime/server.h"
#include "runtime/settings.h"

#include <Poco/AutoPtr.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <Poco/Util/MapConfiguration.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <random>
#include <thread>
#include <unistd.h>

using namespace caravan;

namespace {

struct Options
{
    std::string db = "sqlite";
    bench::FillOptions fill;
    int connections = 16;
    double seconds = 5;
};

// The bare Poco handler: a tiny text body, nothing else.
class BareHandler : public Poco::Net::HTTPRequestHandler
{
public:
    void handleRequest(Poco::Net::HTTPServerRequest &, Poco::Net::HTTPServerResponse &response) override
    {
        static const std::string body = "ok\n";
        response.setContentType("text/plain");
        response.setContentLength(std::streamsize(body.size()));
        response.send() << body;
    }
};

class BareFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new BareHandler;
    }
};

// A Poco HTTPServer with the caravan-server's own listener settings (server/runtime/server.cpp).
struct BarePoco
{
    explicit BarePoco(const server::Settings &s)
        : pool(2, s.maxThreads + 1, 60)
    {
        Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
        params->setMaxThreads(s.maxThreads);
        params->setMaxQueued(s.maxQueued);
        params->setKeepAlive(true);
        params->setKeepAliveTimeout(Poco::Timespan(s.keepAliveSeconds, 0));
        params->setMaxKeepAliveRequests(s.maxKeepAliveRequests);
        params->setTimeout(Poco::Timespan(s.receiveTimeoutSeconds, 0));
        Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0), 128);
        port = socket.address().port();
        server = std::make_unique<Poco::Net::HTTPServer>(new BareFactory, pool, socket, params);
        server->start();
    }
    ~BarePoco()
    {
        server->stopAll(false);
        pool.joinAll();
    }
    Poco::ThreadPool pool;
    std::unique_ptr<Poco::Net::HTTPServer> server;
    std::uint16_t port = 0;
};

std::string g_pgAdmin, g_pgName; // the PostgreSQL database to drop at the end

std::string freshDatabase(const Options &o, const std::filesystem::path &dataDir)
{
    if (o.db == "sqlite")
        return (dataDir / "caravan.db").string();
    if (o.db != "postgresql")
        throw std::runtime_error("--db is sqlite or postgresql");
    const char *admin = std::getenv("CARAVAN_TEST_PG_URL");
    if (!admin || !*admin)
        throw std::runtime_error("--db postgresql needs CARAVAN_TEST_PG_URL");
    store::DatabaseOptions a;
    a.url = admin;
    a.maxSessions = 1;
    store::Database db(a);
    g_pgAdmin = admin;
    g_pgName = "caravan_bench_pages_" + std::to_string(std::random_device{}() % 1000000);
    db.execute("CREATE DATABASE " + g_pgName);
    return g_pgAdmin.substr(0, g_pgAdmin.rfind('/') + 1) + g_pgName;
}

void dropDatabase()
{
    if (g_pgName.empty())
        return;
    store::DatabaseOptions a;
    a.url = g_pgAdmin;
    a.maxSessions = 1;
    store::Database db(a);
    db.execute("DROP DATABASE IF EXISTS " + g_pgName + " WITH (FORCE)");
}

server::Settings serverSettings(const std::filesystem::path &dataDir, const std::string &url, const Options &o)
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> config = new Poco::Util::MapConfiguration;
    config->setString("server.host", "127.0.0.1");
    config->setString("server.port", "0");
    config->setString("server.data_dir", dataDir.string());
    config->setString("server.db", o.db == "sqlite" ? "" : url);
    config->setString("http.max_threads", "16");
    // Twice the threads: the search page holds two pooled sessions at once (searchListings keeps one while
    // loadListingPhotos takes another) and the pool does not wait, so at the default (16) some searches
    // answer 500 "No more sessions available" under 16 connections.
    config->setString("db.max_sessions", "32");
    // Password hashing at OWASP's floor: nobody signs in here, the hash gate only costs memory otherwise.
    config->setString("password.opslimit", "2");
    config->setString("password.memlimit_mib", "19");
    return server::Settings::fromConfig(*config);
}

struct Route
{
    std::string name;
    std::string target; // the target, as printed
    double minRatio = 0;     // of the minimal route's req/s (of bare Poco's for the minimal route)
    double maxP99Ratio = 0;  // of the minimal route's p99; 0: none
    bool bare = false;
    bench::PathOf path;
    bench::LoadResult result;
};

std::string ratio(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, v >= 0.1 ? "%.2fx" : "%.3fx", v);
    return buf;
}

void printTable(const std::vector<Route> &routes, const Options &o)
{
    const Route *bare = nullptr, *minimal = nullptr;
    for (const auto &r : routes) {
        if (r.bare)
            bare = &r;
        else if (r.name == "minimal /healthz")
            minimal = &r;
    }
    std::printf("\n%-26s %9s %8s %8s %9s %9s  %-32s %s\n", "route", "req/s", "p50 ms", "p99 ms", "x minimal",
                "p99 x min", "target", "");
    for (const auto &r : routes) {
        const auto &x = r.result;
        std::string vsMinimal = "-", p99Ratio = "-", verdict;
        if (!r.bare && minimal && &r != minimal && minimal->result.requestsPerSecond > 0) {
            const double q = x.requestsPerSecond / minimal->result.requestsPerSecond;
            const double p = minimal->result.p99Ms > 0 ? x.p99Ms / minimal->result.p99Ms : 0;
            vsMinimal = ratio(q);
            p99Ratio = ratio(p);
            const bool met = q >= r.minRatio && (r.maxP99Ratio == 0 || p <= r.maxP99Ratio) && x.failures == 0;
            verdict = met ? "met" : "NOT met";
        } else if (&r == minimal && bare && bare->result.requestsPerSecond > 0) {
            const double q = x.requestsPerSecond / bare->result.requestsPerSecond;
            vsMinimal = ratio(q) + " bare";
            verdict = q >= r.minRatio && x.failures == 0 ? "met" : "NOT met";
        }
        if (x.requests == 0) { // every request took longer than the measured window
            std::printf("%-26s %9s %8s %8s %9s %9s  %-32s %s\n", r.name.c_str(), "0", "-", "-", "-", "-",
                        r.target.c_str(), "NOT met (no request finished in the window)");
            continue;
        }
        std::printf("%-26s %9.0f %8.2f %8.2f %9s %9s  %-32s %s\n", r.name.c_str(), x.requestsPerSecond, x.p50Ms,
                    x.p99Ms, vsMinimal.c_str(), p99Ratio.c_str(), r.target.c_str(), verdict.c_str());
    }
    std::printf("\n(%d connections, %.0f s per route after a 1 s warm-up)\n", o.connections, o.seconds);
    for (const auto &r : routes) {
        std::printf("  %-26s %lld requests, %.0f body bytes on average", r.name.c_str(),
                    static_cast<long long>(r.result.requests), r.result.meanBodyBytes);
        if (r.result.failures)
            std::printf(", %lld FAILED (first: %s)", static_cast<long long>(r.result.failures),
                        r.result.firstFailure.c_str());
        std::printf("\n");
    }
}

void run(const Options &o, const std::filesystem::path &dataDir)
{
    const auto url = freshDatabase(o, dataDir);
    bench::FillReport fill;
    {
        store::DatabaseOptions dbo;
        dbo.url = url;
        dbo.dataDir = dataDir;
        dbo.maxSessions = 1;
        store::Database db(dbo);
        std::fprintf(stderr, "filling %lld listings (%s)...\n", static_cast<long long>(o.fill.listings), o.db.c_str());
        fill = bench::fillCatalogue(db, dataDir, o.fill);
        std::printf("fill (%s): %lld listings (%lld with \"%s\", %lld with \"%s\"), %d sellers, %lld photo rows "
                    "over %d stored JPEGs in %.1f s = %.0f listings/s\n",
                    o.db.c_str(), static_cast<long long>(fill.listings), static_cast<long long>(fill.commonListings),
                    bench::kCommonWord, static_cast<long long>(fill.rareListings), bench::kRareWord, fill.sellers,
                    static_cast<long long>(fill.photoRows), fill.photos, fill.seconds,
                    double(fill.listings) / std::max(0.001, fill.seconds));
        const auto t = std::chrono::steady_clock::now();
        if (db.backend() == store::Backend::PostgreSQL) {
            // What autovacuum does soon after a bulk load: statistics and the visibility map.
            db.execute("VACUUM ANALYZE");
            std::printf("VACUUM ANALYZE: %.1f s; database size %.0f MiB\n",
                        std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count(),
                        double(db.query("SELECT pg_database_size(current_database())").front().integer(0)) / 1048576.0);
        } else {
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            std::printf("database file %.0f MiB (SQLite: no ANALYZE, as the server never runs one)\n",
                        double(std::filesystem::file_size(url)) / 1048576.0);
        }
        db.shutdown();
    }

    // The server logs a line per request; the lines are formatted but not written out.
    std::atomic<std::int64_t> logLines{0};
    std::mutex errorsMutex;
    std::vector<std::string> errors; // the first few error lines, printed at the end
    server::setLogSink([&](const std::string &line) {
        ++logLines;
        if (line.find("level=error") != std::string::npos) {
            std::lock_guard lock(errorsMutex);
            if (errors.size() < 5)
                errors.push_back(line);
        }
    });
    const auto settings = serverSettings(dataDir, url, o);
    auto app = std::make_unique<server::Server>(settings);
    app->start();
    BarePoco bare(settings);
    const auto port = app->port();

    std::vector<Route> routes;
    const auto fixed = [](std::string p) { return [p](int, std::int64_t) { return p; }; };
    routes.push_back({"bare Poco handler", "reference", 0, 0, true, fixed("/"), {}});
    routes.push_back({"minimal /healthz", ">= 0.6x bare Poco", 0.6, 0, false, fixed("/healthz"), {}});
    routes.push_back({"home /", ">= 0.5x", 0.5, 0, false, fixed("/"), {}});
    routes.push_back({std::string("search rare /?q=") + bench::kRareWord, ">= 0.25x, p99 <= 20x", 0.25, 20, false,
                      fixed(std::string("/?q=") + bench::kRareWord), {}});
    routes.push_back({std::string("search common /?q=") + bench::kCommonWord, ">= 0.25x, p99 <= 20x", 0.25, 20,
                      false, fixed(std::string("/?q=") + bench::kCommonWord), {}});
    routes.push_back({"filters only", ">= 0.25x, p99 <= 20x", 0.25, 20, false,
                      fixed("/?cat=" + fill.filterCategory + "&cond=good&min=10&max=500"), {}});
    const auto ids = fill.sampleIds;
    const auto connections = o.connections;
    routes.push_back({"listing /listings/<id>", ">= 0.5x", 0.5, 0, false,
                      [ids, connections](int c, std::int64_t n) {
                          const auto k = (std::size_t(c) * 7919 + std::size_t(n) * std::size_t(connections)) % ids.size();
                          return "/listings/" + ids[k];
                      },
                      {}});
    // A buyer in Germany (ship_to cookie): prices in EUR, the landed cost to DE on the listing page.
    const std::string cookie = "ship_to=DE";
    for (auto &r : routes) {
        std::fprintf(stderr, "  %s...\n", r.name.c_str());
        r.result = bench::runLoad(r.bare ? bare.port : port, o.connections, o.seconds, r.path, r.bare ? "" : cookie);
    }
    app->stop();
    app.reset();
    server::setLogSink(nullptr);

    char date[32];
    const auto now = std::time(nullptr);
    std::strftime(date, sizeof date, "%Y-%m-%d", std::gmtime(&now));
    std::printf("\nbench_pages, %s, %s, %lld listings, %u hardware threads, http.max_threads %d, db.max_sessions %d, "
                "buyer cookie %s\n(x minimal = req/s over the minimal route's; p99 x min = p99 over the minimal "
                "route's p99)\n",
                date, o.db.c_str(), static_cast<long long>(fill.listings), std::thread::hardware_concurrency(),
                settings.maxThreads, settings.dbMaxSessions, cookie.c_str());
    printTable(routes, o);
    std::printf("(%lld log lines formatted)\n", static_cast<long long>(logLines.load()));
    for (const auto &line : errors)
        std::printf("server error: %s\n", line.c_str());
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--db")
            o.db = v;
        else if (a == "--listings")
            o.fill.listings = std::max(1LL, std::atoll(v.c_str()));
        else if (a == "--connections")
            o.connections = std::max(1, std::atoi(v.c_str()));
        else if (a == "--seconds")
            o.seconds = std::max(0.5, std::atof(v.c_str()));
        else {
            std::fprintf(stderr, "usage: bench_pages [--db sqlite|postgresql] [--listings N] [--connections C] "
                                 "[--seconds S]\n");
            return 2;
        }
    }
    const auto dir = std::filesystem::temp_directory_path() / ("caravan-bench-pages-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    int status = 0;
    try {
        run(o, dir);
    } catch (const Poco::Exception &e) {
        std::fprintf(stderr, "bench_pages: %s\n", e.displayText().substr(0, 400).c_str());
        status = 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_pages: %s\n", std::string(e.what()).substr(0, 400).c_str());
        status = 1;
    }
    try {
        dropDatabase();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_pages: dropping the database: %s\n", e.what());
    }
    std::filesystem::remove_all(dir);
    return status;
}
