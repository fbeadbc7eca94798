#include "runtime/metrics_endpoint.h"

#include "accounts/account_service.h"
#include "accounts/crypto.h"
#include "api/routes.h"
#include "api/sync_routes.h"
#include "runtime/metrics.h"
#include "store/database.h"
#include "store/ops_figures.h"

namespace caravan::server {

bool metricsAllowed(const http::Request &request, const MetricsAccess &access)
{
    if (!access.token.empty()) {
        const auto sent = api::bearerToken(request);
        if (!sent.empty() && accounts::constantTimeEquals(sent, access.token))
            return true;
    }
    if (access.allow.empty())
        return false;
    for (const char *header : {"x-forwarded-for", "forwarded", "x-real-ip"})
        if (request.headers.count(header))
            return false;
    const auto address = http::parseAddress(request.clientAddress);
    if (!address)
        return false;
    for (const auto &network : access.allow)
        if (network.contains(*address))
            return true;
    return false;
}

namespace {

void gauge(std::string &out, const char *name, const char *help, double value)
{
    Metrics::writeHeader(out, name, "gauge", help);
    Metrics::writeSample(out, name, "", value);
}

void counter(std::string &out, const char *name, const char *help, double value)
{
    Metrics::writeHeader(out, name, "counter", help);
    Metrics::writeSample(out, name, "", value);
}

void writePool(std::string &out, const store::PoolStats &pool)
{
    gauge(out, "caravan_db_pool_capacity", "Database sessions the pool may open (db.max_sessions).",
          pool.capacity);
    Metrics::writeHeader(out, "caravan_db_pool_sessions", "gauge", "Pooled database sessions by state.");
    Metrics::writeSample(out, "caravan_db_pool_sessions", "state=\"in_use\"", pool.inUse);
    Metrics::writeSample(out, "caravan_db_pool_sessions", "state=\"idle\"", pool.idle);
    counter(out, "caravan_db_pool_waits_total",
            "Times a request found every pooled session in use and waited for one.",
            static_cast<double>(pool.waits));
    counter(out, "caravan_db_pool_timeouts_total",
            "Times a wait for a pooled session gave up (db.busy_timeout_ms) and the caller failed.",
            static_cast<double>(pool.timeouts));
}

void writeSync(std::string &out, const api::SyncPushStats &sync)
{
    counter(out, "caravan_sync_push_batches_total", "Sync pushes answered with per-mutation results.",
            static_cast<double>(sync.batches));
    Metrics::writeHeader(out, "caravan_sync_mutations_total", "counter",
                         "Pushed sync mutations by result (refused is the wire's \"rejected\").");
    Metrics::writeSample(out, "caravan_sync_mutations_total", "result=\"applied\"",
                         static_cast<double>(sync.applied));
    Metrics::writeSample(out, "caravan_sync_mutations_total", "result=\"conflict\"",
                         static_cast<double>(sync.conflicts));
    Metrics::writeSample(out, "caravan_sync_mutations_total", "result=\"refused\"",
                         static_cast<double>(sync.refused));
}

void writeThrottles(std::string &out, const accounts::AccountStats &a)
{
    Metrics::writeHeader(out, "caravan_throttled_attempts_total", "counter",
                         "Sign-ins and registrations refused with 429 before any password was hashed.");
    const auto sample = [&out](const char *labels, std::uint64_t value) {
        Metrics::writeSample(out, "caravan_throttled_attempts_total", labels, static_cast<double>(value));
    };
    sample("kind=\"signin\",reason=\"locked\"", a.throttledAttempts);
    sample("kind=\"signin\",reason=\"device_locked\"", a.deviceLocked);
    sample("kind=\"signin\",reason=\"device_busy\"", a.deviceBusyRefusals);
    sample("kind=\"registration\",reason=\"locked\"", a.registrationsThrottled);
    sample("kind=\"signin_or_registration\",reason=\"busy\"", a.busyRefusals);
}

void writeStoreFigures(std::string &out, const store::OpsFigures &f)
{
    Metrics::writeHeader(out, "caravan_orders", "gauge", "Orders in each open state (read at scrape time).");
    for (const auto &[state, count] : f.openOrders)
        Metrics::writeSample(out, "caravan_orders", "state=" + Metrics::labelValue(state),
                             static_cast<double>(count));
    gauge(out, "caravan_order_timer_oldest_due_seconds",
          "Seconds since the oldest order clock that is due and not yet handled fell due (0: none).",
          static_cast<double>(f.oldestDueTimerAgeSeconds));
    gauge(out, "caravan_mail_outbox_messages", "Mail waiting in the outbox to be sent or retried.",
          static_cast<double>(f.mailBacklog));
    gauge(out, "caravan_mail_outbox_oldest_seconds", "Age of the oldest message in the mail outbox (0: empty).",
          static_cast<double>(f.oldestMailAgeSeconds));
}

} // namespace

std::string scrapeMetrics(const MetricsSources &sources, std::int64_t now)
{
    std::string out;
    out.reserve(64 * 1024);
    sources.metrics.write(out);
    writePool(out, sources.database.poolStats());
    writeSync(out, sources.sync.pushStats());
    writeThrottles(out, sources.accounts.stats());
    writeStoreFigures(out, store::readOpsFigures(sources.database, now));
    return out;
}

} // namespace caravan::server
