#include "escrow/clock.h"

#include "money/date.h"

#include <algorithm>

namespace caravan::escrow {

namespace {

constexpr std::int64_t kDay = 86400;

// The UTC calendar day of a Unix time (floor division, so times before 1970 land on the right day).
money::Date dayOf(std::int64_t t)
{
    std::int64_t days = t / kDay;
    if (t % kDay < 0)
        --days;
    return money::Date().addDays(static_cast<int>(days));
}

bool isWorkingDay(const money::Date &d)
{
    const unsigned w = d.weekday(); // 0 = Sunday
    return w != 0 && w != 6;
}

std::int64_t lastSecondOf(const money::Date &d)
{
    return static_cast<std::int64_t>(d.daysSinceEpoch()) * kDay + kDay - 1;
}

} // namespace

std::int64_t endOfWorkingDay(std::int64_t from, int days)
{
    money::Date d = dayOf(from);
    while (!isWorkingDay(d))
        d = d.addDays(1);
    // d is now the first working day on or after `from`; each further day skips the weekend.
    const bool startedOnWorkingDay = d == dayOf(from);
    int remaining = std::max(days, 0) - (startedOnWorkingDay ? 0 : 1);
    while (remaining > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --remaining;
    }
    return lastSecondOf(d);
}

std::int64_t shipByDeadline(std::int64_t paidAt, std::optional<std::int64_t> handlingDays,
                            const EscrowPolicy &policy)
{
    const std::int64_t wanted = handlingDays.value_or(policy.defaultHandlingDays);
    const std::int64_t days = std::clamp<std::int64_t>(wanted, 0, std::max(policy.maxHandlingDays, 0));
    return endOfWorkingDay(paidAt, static_cast<int>(days));
}

std::int64_t deliveryDueDeadline(std::int64_t shippedAt, int serviceMaxDays, const EscrowPolicy &policy)
{
    const std::int64_t days = std::max(serviceMaxDays, 0) + std::max(policy.deliveryGraceDays, 0);
    return shippedAt + days * kDay;
}

std::int64_t releaseDeadline(std::int64_t deliveredAt, std::string_view category, const EscrowPolicy &policy)
{
    return deliveredAt + static_cast<std::int64_t>(std::max(policy.inspectionDaysFor(category), 0)) * kDay;
}

std::int64_t resumeAfterPause(std::int64_t deadline, std::int64_t pausedAt, std::int64_t resumedAt)
{
    return deadline + std::max<std::int64_t>(resumedAt - pausedAt, 0);
}

} // namespace caravan::escrow
