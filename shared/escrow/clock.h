#pragma once

#include "escrow/policy.h"

#include <cstdint>
#include <optional>
#include <string_view>

// The deadlines of an order (docs/escrow.md, "States"). Times are Unix seconds, UTC.
namespace caravan::escrow {

// The last second (23:59:59 UTC) of the `days`-th working day (Monday to Friday) after the day of
// `from`. days = 0: the end of the day of `from` if it is a working day, else of the next working day.
std::int64_t endOfWorkingDay(std::int64_t from, int days);

// Ship-by: min(handling days of the listing (policy default when absent), max handling days) working days.
std::int64_t shipByDeadline(std::int64_t paidAt, std::optional<std::int64_t> handlingDays,
                            const EscrowPolicy &policy);
// Delivery assumed: the service's latest estimate plus the grace days (calendar days, whole days).
std::int64_t deliveryDueDeadline(std::int64_t shippedAt, int serviceMaxDays, const EscrowPolicy &policy);
// Release: the inspection window of the category after delivery (calendar days).
std::int64_t releaseDeadline(std::int64_t deliveredAt, std::string_view category, const EscrowPolicy &policy);
// A clock paused at pausedAt and started again at resumedAt: the deadline moves by the pause.
std::int64_t resumeAfterPause(std::int64_t deadline, std::int64_t pausedAt, std::int64_t resumedAt);

} // namespace caravan::escrow
