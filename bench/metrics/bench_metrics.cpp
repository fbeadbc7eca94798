// bench_metrics [--seconds S] [--connections C]: the overhead of the metrics and request-id middleware on
// /healthz. See bench/bench_metrics.cmake.
#include "bench_pages.h"
#include "http/request_id.h"
#include "runtime/log.h"
#include "runtime/metrics.h"
#include "runtime/server.h"
#include "runtime/settings.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Util/MapConfiguration.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <thread>
#include <vector>

using namespace caravan;
using Clock = std::chrono::steady_clock;

namespace {

// Nanoseconds per call of `one`, over `calls` calls on each of `threads` threads at once.
template <typename F>
double nanosPerCall(int threads, std::int64_t calls, F one)
{
    std::vector<std::thread> running;
    const auto start = Clock::now();
    for (int t = 0; t < threads; ++t)
        running.emplace_back([&one, calls] {
            for (std::int64_t i = 0; i < calls; ++i)
                one(i);
        });
    for (auto &t : running)
        t.join();
    return std::chrono::duration<double, std::nano>(Clock::now() - start).count() / double(calls);
}

std::string scrapeOnce(std::uint16_t port, double *ms)
{
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, "/metrics", Poco::Net::HTTPMessage::HTTP_1_1);
    const auto t0 = Clock::now();
    session.sendRequest(req);
    Poco::Net::HTTPResponse res;
    auto &in = session.receiveResponse(res);
    std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    *ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    return body;
}

} // namespace

int main(int argc, char **argv)
{
    double seconds = 3;
    int connections = 4;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--seconds") == 0)
            seconds = std::stod(argv[i + 1]);
        else if (std::strcmp(argv[i], "--connections") == 0)
            connections = std::stoi(argv[i + 1]);
    }
    const auto dataDir = std::filesystem::temp_directory_path() /
                         ("caravan-bench-metrics-" + std::to_string(std::random_device{}() % 1000000));
    std::atomic<std::int64_t> logLines{0};
    server::setLogSink([&](const std::string &) { ++logLines; });
    {
        Poco::AutoPtr<Poco::Util::MapConfiguration> config = new Poco::Util::MapConfiguration;
        config->setString("server.port", "0");
        config->setString("server.data_dir", dataDir.string());
        config->setString("password.opslimit", "2");
        config->setString("password.memlimit_mib", "19");
        server::Server app(server::Settings::fromConfig(*config));
        app.start();
        const auto healthz = bench::runLoad(app.port(), connections, seconds,
                                            [](int, std::int64_t) { return std::string("/healthz"); }, "");
        double scrapeMs = 0;
        const auto body = scrapeOnce(app.port(), &scrapeMs);

        // The pieces the middleware adds to each request, alone.
        server::Metrics metrics;
        const auto took = std::chrono::microseconds(300);
        const double record1 = nanosPerCall(1, 2000000, [&](std::int64_t) {
            metrics.recordRequest("GET", "/healthz", 200, took);
        });
        const double record2 = nanosPerCall(2, 2000000, [&](std::int64_t) {
            metrics.recordRequest("GET", "/healthz", 200, took);
        });
        std::size_t sink = 0;
        const double requestId = nanosPerCall(1, 2000000, [&](std::int64_t) { sink += http::newRequestId().size(); });
        const double scope = nanosPerCall(1, 2000000, [&](std::int64_t) {
            const server::LogRequestScope s("4f1c9a0e7b2d48c6a3e5f6071829b3c4");
            sink += server::currentRequestId().size();
        });
        const double added = record1 + requestId + scope;
        const double perRequestNs = healthz.p50Ms * 1e6;

        std::printf("bench_metrics: /healthz of the in-process server, %d keep-alive connections, %.0f s\n",
                    connections, seconds);
        std::printf("  /healthz                 %10.0f req/s   p50 %.3f ms   p99 %.3f ms   failures %lld\n",
                    healthz.requestsPerSecond, healthz.p50Ms, healthz.p99Ms,
                    static_cast<long long>(healthz.failures));
        std::printf("  recordRequest, 1 thread  %10.1f ns/call\n", record1);
        std::printf("  recordRequest, 2 threads %10.1f ns/call (same route: the same atomics)\n", record2);
        std::printf("  newRequestId             %10.1f ns/call\n", requestId);
        std::printf("  LogRequestScope          %10.1f ns/call\n", scope);
        std::printf("  added per request        %10.1f ns = %.3f %% of a /healthz request at p50\n", added,
                    100.0 * added / perRequestNs);
        std::printf("  GET /metrics             %10.3f ms, %zu bytes\n", scrapeMs, body.size());
        std::printf("  (log lines written: %lld; checksum %zu)\n", static_cast<long long>(logLines.load()), sink);
    }
    server::setLogSink(nullptr);
    std::filesystem::remove_all(dataDir);
    return 0;
}
