#pragma once

#include <cstdint>
#include <random>

namespace caravan::sync {

// Exponential backoff with full jitter (docs/sync.md): after the n-th consecutive failure the wait is
// uniform in [0, min(cap, base * 2^(n-1))]. A success resets it. The PRNG is seedable so tests replay.
class Backoff final
{
public:
    static constexpr int kDefaultBaseMs = 1000;
    static constexpr int kDefaultCapMs = 5 * 60 * 1000;

    explicit Backoff(int baseMs = kDefaultBaseMs, int capMs = kDefaultCapMs, std::uint64_t seed = 0);

    // The wait before the next attempt after one more failure.
    int nextDelayMs();
    // The upper bound the next nextDelayMs() draws from (for display and tests).
    [[nodiscard]] int currentCeilingMs() const;
    void reset() { m_failures = 0; }
    [[nodiscard]] int failures() const { return m_failures; }

private:
    int m_baseMs;
    int m_capMs;
    int m_failures = 0;
    std::mt19937_64 m_random;
};

} // namespace caravan::sync
