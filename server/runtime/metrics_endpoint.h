#pragma once

#include "http/client_address.h"
#include "http/request.h"

#include <cstdint>
#include <string>
#include <vector>

namespace caravan::accounts {
class AccountService;
}
namespace caravan::api {
class SyncApi;
}
namespace caravan::store {
class Database;
}

namespace caravan::server {

class Metrics;

// Who may read GET /metrics (metrics.token, metrics.allow; docs/operations.md, "Metrics").
struct MetricsAccess
{
    std::string token;            // a scrape with `Authorization: Bearer <token>` is answered from anywhere
    std::vector<http::Cidr> allow; // a scrape from these client addresses needs no token
    static constexpr const char *kDefaultAllow = "127.0.0.0/8, ::1";
};

// Whether this request may read the metrics. Without the right token: only a client in `allow`, and only a
// request that did not come through a proxy (no X-Forwarded-For, Forwarded or X-Real-IP header), since a
// proxy on this machine would otherwise make every client of the internet look like loopback.
bool metricsAllowed(const http::Request &request, const MetricsAccess &access);

// What a scrape reads: the counters and the parts that keep their own.
struct MetricsSources
{
    const Metrics &metrics;
    store::Database &database;
    const accounts::AccountService &accounts;
    const api::SyncApi &sync;
};

// The whole scrape in the Prometheus text format 0.0.4 (the database figures are read now).
std::string scrapeMetrics(const MetricsSources &sources, std::int64_t now);

inline constexpr const char *kMetricsContentType = "text/plain; version=0.0.4; charset=utf-8";

} // namespace caravan::server
