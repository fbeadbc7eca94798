#include "sync/backoff.h"

#include <algorithm>

namespace caravan::sync {

Backoff::Backoff(int baseMs, int capMs, std::uint64_t seed)
    : m_baseMs(std::max(1, baseMs))
    , m_capMs(std::max(m_baseMs, capMs))
    , m_random(seed == 0 ? std::random_device{}() : seed)
{}

int Backoff::currentCeilingMs() const
{
    // base * 2^failures, computed without overflow.
    std::int64_t ceiling = m_baseMs;
    for (int i = 0; i < m_failures && ceiling < m_capMs; ++i)
        ceiling *= 2;
    return static_cast<int>(std::min<std::int64_t>(ceiling, m_capMs));
}

int Backoff::nextDelayMs()
{
    const int ceiling = currentCeilingMs();
    ++m_failures;
    std::uniform_int_distribution<int> pick(0, ceiling);
    return pick(m_random);
}

} // namespace caravan::sync
