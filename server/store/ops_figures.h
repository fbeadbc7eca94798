#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace caravan::store {

class Database;

// What GET /metrics reads from the database at scrape time, in one read snapshot.
struct OpsFigures
{
    // Orders in each open state (awaiting_payment, paid, shipped, delivered, disputed), zeros included.
    // The closed states (released, cancelled, refunded) only grow and are not counted.
    std::vector<std::pair<const char *, std::int64_t>> openOrders;
    // Seconds since the oldest order clock that is due (due_at <= now) fell due; 0 when none is.
    std::int64_t oldestDueTimerAgeSeconds = 0;
    std::int64_t mailBacklog = 0;                // messages in the mail outbox (queued or being retried)
    std::int64_t oldestMailAgeSeconds = 0;       // age of the oldest of them; 0 when it is empty
};

// The open order states, in the order OpsFigures lists them.
const std::vector<const char *> &openOrderStates();

OpsFigures readOpsFigures(Database &db, std::int64_t now);

} // namespace caravan::store
