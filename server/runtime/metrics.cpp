#include "runtime/metrics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace caravan::server {

namespace {

constexpr std::array<std::string_view, 7> kMethods = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

std::string_view knownMethod(std::string_view method)
{
    for (auto m : kMethods)
        if (m == method)
            return m;
    return "other";
}

std::int64_t steadyNanos(std::chrono::steady_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

std::string number(double value)
{
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    char text[40];
    if (value == std::floor(value) && std::fabs(value) < 1e15) { // counts and whole bounds: "10", not "1e+01"
        std::snprintf(text, sizeof text, "%.0f", value);
        return text;
    }
    std::snprintf(text, sizeof text, "%.17g", value);
    // Short forms for the common cases ("0.005", not "0.0050000000000000001").
    char shorter[40];
    for (int digits = 1; digits <= 17; ++digits) {
        std::snprintf(shorter, sizeof shorter, "%.*g", digits, value);
        if (std::strtod(shorter, nullptr) == value)
            return shorter;
    }
    return text;
}

} // namespace

std::string_view jobName(Job job)
{
    switch (job) {
    case Job::Cleanup:
        return "cleanup";
    case Job::Escrow:
        return "escrow";
    case Job::Mail:
        return "mail";
    case Job::SavedSearch:
        return "saved_search";
    case Job::Count:
        break;
    }
    return "unknown";
}

// One (method, route) pair: its latency histogram and its count per status. Statuses take a slot each the
// first time they are seen (a route answers a handful of them); past the slots they count as "other".
struct Metrics::Series
{
    std::string method;
    std::string route;
    std::array<std::atomic<std::uint64_t>, kBuckets.size() + 1> buckets{}; // not cumulative; last = +Inf
    std::atomic<std::uint64_t> count{0};
    std::atomic<std::uint64_t> sumNanos{0};

    struct StatusSlot
    {
        std::atomic<int> status{0}; // 0 = free
        std::atomic<std::uint64_t> count{0};
    };
    std::array<StatusSlot, 24> statuses;
    std::atomic<std::uint64_t> otherStatuses{0};

    void countStatus(int status)
    {
        for (auto &slot : statuses) {
            int seen = slot.status.load(std::memory_order_acquire);
            if (seen == 0 && slot.status.compare_exchange_strong(seen, status, std::memory_order_acq_rel))
                seen = status;
            if (seen == status) {
                slot.count.fetch_add(1, std::memory_order_relaxed);
                return;
            }
        }
        otherStatuses.fetch_add(1, std::memory_order_relaxed);
    }
};

Metrics::Metrics()
    : m_started(std::chrono::steady_clock::now())
{
    for (auto &at : m_jobPassedAt)
        at.store(steadyNanos(m_started));
}

Metrics::~Metrics() = default;

Metrics::Series &Metrics::series(std::string_view method, std::string_view route)
{
    std::string key;
    key.reserve(method.size() + 1 + route.size());
    key.append(method).append(" ").append(route);
    {
        std::shared_lock lock(m_mutex);
        if (auto it = m_series.find(key); it != m_series.end())
            return *it->second;
    }
    std::unique_lock lock(m_mutex);
    auto &slot = m_series[key];
    if (!slot) {
        slot = std::make_unique<Series>();
        slot->method = method;
        slot->route = route;
    }
    return *slot;
}

void Metrics::recordRequest(std::string_view method, std::string_view route, int status,
                            std::chrono::steady_clock::duration took)
{
    auto &s = series(knownMethod(method), route.empty() ? kUnmatched : route);
    const auto nanos = std::max<std::int64_t>(0, std::chrono::duration_cast<std::chrono::nanoseconds>(took).count());
    const double seconds = static_cast<double>(nanos) / 1e9;
    std::size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets[bucket])
        ++bucket;
    s.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    s.sumNanos.fetch_add(static_cast<std::uint64_t>(nanos), std::memory_order_relaxed);
    s.count.fetch_add(1, std::memory_order_relaxed);
    s.countStatus(status);
}

void Metrics::jobPassed(Job job)
{
    m_jobPassedAt[static_cast<std::size_t>(job)].store(steadyNanos(std::chrono::steady_clock::now()));
}

std::string Metrics::labelValue(std::string_view value)
{
    std::string out = "\"";
    for (char c : value) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

void Metrics::writeHeader(std::string &out, std::string_view name, std::string_view type, std::string_view help)
{
    out.append("# HELP ").append(name).append(" ").append(help).append("\n");
    out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
}

void Metrics::writeSample(std::string &out, std::string_view name, std::string_view labels, double value)
{
    out.append(name);
    if (!labels.empty())
        out.append("{").append(labels).append("}");
    out.append(" ").append(number(value)).append("\n");
}

void Metrics::write(std::string &out) const
{
    std::vector<const Series *> all;
    {
        std::shared_lock lock(m_mutex);
        for (const auto &[key, s] : m_series)
            all.push_back(s.get());
    }
    const auto labelsOf = [](const Series &s) {
        return "route=" + labelValue(s.route) + ",method=" + labelValue(s.method);
    };

    writeHeader(out, "caravan_http_requests_total", "counter",
                "HTTP requests answered, by route pattern, method and status.");
    for (const auto *s : all) {
        const auto labels = labelsOf(*s);
        for (const auto &slot : s->statuses) {
            const int status = slot.status.load(std::memory_order_acquire);
            if (status != 0)
                writeSample(out, "caravan_http_requests_total",
                            labels + ",status=\"" + std::to_string(status) + "\"",
                            static_cast<double>(slot.count.load(std::memory_order_relaxed)));
        }
        if (const auto other = s->otherStatuses.load(std::memory_order_relaxed))
            writeSample(out, "caravan_http_requests_total", labels + ",status=\"other\"",
                        static_cast<double>(other));
    }

    writeHeader(out, "caravan_http_request_duration_seconds", "histogram",
                "Time from reading a request to having sent its answer, by route pattern and method.");
    for (const auto *s : all) {
        const auto labels = labelsOf(*s);
        // Read the buckets first and derive the count from them, so one scrape is consistent with itself.
        std::uint64_t cumulative = 0;
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            cumulative += s->buckets[i].load(std::memory_order_relaxed);
            writeSample(out, "caravan_http_request_duration_seconds_bucket",
                        labels + ",le=\"" + number(kBuckets[i]) + "\"", static_cast<double>(cumulative));
        }
        cumulative += s->buckets[kBuckets.size()].load(std::memory_order_relaxed);
        writeSample(out, "caravan_http_request_duration_seconds_bucket", labels + ",le=\"+Inf\"",
                    static_cast<double>(cumulative));
        writeSample(out, "caravan_http_request_duration_seconds_sum", labels,
                    static_cast<double>(s->sumNanos.load(std::memory_order_relaxed)) / 1e9);
        writeSample(out, "caravan_http_request_duration_seconds_count", labels, static_cast<double>(cumulative));
    }

    writeHeader(out, "caravan_job_seconds_since_last_pass", "gauge",
                "Seconds since the job last finished a pass (since the server started when it has none).");
    const auto now = steadyNanos(std::chrono::steady_clock::now());
    for (std::size_t i = 0; i < m_jobPassedAt.size(); ++i) {
        const auto lag = std::max<std::int64_t>(0, now - m_jobPassedAt[i].load());
        writeSample(out, "caravan_job_seconds_since_last_pass",
                    "job=" + labelValue(jobName(static_cast<Job>(i))), static_cast<double>(lag) / 1e9);
    }
}

} // namespace caravan::server
