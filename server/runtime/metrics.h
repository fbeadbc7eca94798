#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>

// The server's own counters for GET /metrics (docs/operations.md, "Metrics"): requests per route, method
// and status, request latency per route, and when each job last finished a pass. Every method is safe from
// any thread; recording takes no lock once a (method, route) pair has been seen.
namespace caravan::server {

enum class Job { Cleanup, Escrow, Mail, SavedSearch, Count };
std::string_view jobName(Job job); // "cleanup", "escrow", "mail", "saved_search"

class Metrics
{
public:
    // Upper bounds of the latency histogram's buckets, in seconds (+Inf is implied).
    static constexpr std::array<double, 13> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                        0.25,  0.5,    1.0,   2.5,  5.0,   10.0};
    // The route label of a request that no route answered (404, 405, 413, a malformed URL).
    static constexpr std::string_view kUnmatched = "unmatched";

    Metrics();
    ~Metrics();
    Metrics(const Metrics &) = delete;
    Metrics &operator=(const Metrics &) = delete;

    // One answered request. `route` is the route's pattern (`/api/v1/orders/{id}`) or kUnmatched, never the
    // raw path; a method outside GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS is counted as "other".
    void recordRequest(std::string_view method, std::string_view route, int status,
                       std::chrono::steady_clock::duration took);
    // A job finished a pass without an exception.
    void jobPassed(Job job);

    // Appends the counters above in the Prometheus text format 0.0.4 (HELP, TYPE and samples). Job lag is
    // the seconds since each job's last completed pass, or since this object was made when it has none.
    void write(std::string &out) const;

    // Text-format helpers for the other figures of a scrape.
    static void writeHeader(std::string &out, std::string_view name, std::string_view type,
                            std::string_view help);
    // `labels` is already formatted: `state="paid"` or empty.
    static void writeSample(std::string &out, std::string_view name, std::string_view labels, double value);
    static std::string labelValue(std::string_view value); // quoted and escaped (\\ \" \n)

private:
    struct Series;
    Series &series(std::string_view method, std::string_view route);

    mutable std::shared_mutex m_mutex; // guards the map's shape; the counters are atomics
    std::map<std::string, std::unique_ptr<Series>, std::less<>> m_series; // "METHOD route"
    std::chrono::steady_clock::time_point m_started;
    std::array<std::atomic<std::int64_t>, static_cast<std::size_t>(Job::Count)> m_jobPassedAt{}; // steady ns
};

} // namespace caravan::server
