// The load generator of bench_pages: closed loop, one keep-alive connection per thread (as wrk -c does),
// a warm-up second that is not counted, then the measured seconds.
#include "bench_pages.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace caravan::bench {

namespace {

using Clock = std::chrono::steady_clock;

struct PerConnection
{
    std::vector<double> ms;
    std::int64_t failures = 0;
    std::int64_t bodyBytes = 0;
    std::string firstFailure;
};

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto i = std::min(sorted.size() - 1, static_cast<std::size_t>(p * double(sorted.size())));
    return sorted[i];
}

} // namespace

LoadResult runLoad(std::uint16_t port, int connections, double seconds, const PathOf &path, const std::string &cookie)
{
    const auto start = Clock::now();
    const auto measureFrom = start + std::chrono::seconds(1);
    const auto until = measureFrom + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    std::vector<PerConnection> results(static_cast<std::size_t>(connections));
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c)
        threads.emplace_back([&, c] {
            auto &mine = results[std::size_t(c)];
            mine.ms.reserve(200000);
            Poco::Net::HTTPClientSession session("127.0.0.1", port);
            session.setKeepAlive(true);
            session.setTimeout(Poco::Timespan(30, 0));
            std::string body;
            for (std::int64_t n = 0;; ++n) {
                const auto t0 = Clock::now();
                if (t0 >= until)
                    break;
                Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_GET, path(c, n), Poco::Net::HTTPMessage::HTTP_1_1);
                req.setKeepAlive(true);
                if (!cookie.empty())
                    req.set("Cookie", cookie);
                req.set("Accept-Language", "en-GB,en;q=0.9");
                bool ok = false;
                std::size_t bytes = 0;
                std::string failure;
                try {
                    session.sendRequest(req);
                    Poco::Net::HTTPResponse res;
                    auto &in = session.receiveResponse(res);
                    body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
                    bytes = body.size();
                    ok = res.getStatus() == Poco::Net::HTTPResponse::HTTP_OK;
                    if (!ok)
                        failure = "status " + std::to_string(int(res.getStatus()));
                } catch (const Poco::Exception &e) {
                    failure = e.displayText();
                    session.reset(); // a new connection for the next request
                } catch (const std::exception &e) {
                    failure = e.what();
                    session.reset();
                }
                const auto t1 = Clock::now();
                if (t0 < measureFrom || t1 > until)
                    continue;
                if (!ok) {
                    if (mine.firstFailure.empty())
                        mine.firstFailure = failure;
                    ++mine.failures;
                    continue;
                }
                mine.ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
                mine.bodyBytes += std::int64_t(bytes);
            }
        });
    for (auto &t : threads)
        t.join();

    LoadResult r;
    std::vector<double> all;
    std::int64_t bytes = 0;
    for (auto &c : results) {
        all.insert(all.end(), c.ms.begin(), c.ms.end());
        r.failures += c.failures;
        if (r.firstFailure.empty())
            r.firstFailure = c.firstFailure;
        bytes += c.bodyBytes;
    }
    std::sort(all.begin(), all.end());
    r.requests = std::int64_t(all.size());
    r.requestsPerSecond = double(all.size()) / seconds;
    r.p50Ms = percentile(all, 0.50);
    r.p99Ms = percentile(all, 0.99);
    r.meanBodyBytes = all.empty() ? 0 : double(bytes) / double(all.size());
    return r;
}

} // namespace caravan::bench
