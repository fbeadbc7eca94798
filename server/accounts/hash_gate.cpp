#include "accounts/hash_gate.h"

#include <algorithm>

namespace caravan::accounts {

HashGate::HashGate(int permits, int maxWaiting, std::chrono::milliseconds maxWait)
    : m_permits(std::max(permits, 1))
    , m_maxWaiting(std::max(maxWaiting, 0))
    , m_maxWait(maxWait)
{}

HashGate::Permit::~Permit()
{
    if (m_gate)
        m_gate->release();
}

std::optional<HashGate::Permit> HashGate::acquire()
{
    std::unique_lock lock(m_mutex);
    if (m_inFlight >= m_permits) {
        if (m_waiting >= m_maxWaiting) {
            ++m_refused;
            return std::nullopt;
        }
        ++m_waiting;
        const bool got = m_freed.wait_for(lock, m_maxWait, [this] { return m_inFlight < m_permits; });
        --m_waiting;
        if (!got) {
            ++m_refused;
            return std::nullopt;
        }
    }
    ++m_inFlight;
    m_peak = std::max(m_peak, m_inFlight);
    return Permit(this);
}

void HashGate::release()
{
    {
        std::lock_guard lock(m_mutex);
        --m_inFlight;
    }
    m_freed.notify_one();
}

HashGate::Stats HashGate::stats() const
{
    std::lock_guard lock(m_mutex);
    return {m_permits, m_inFlight, m_peak, m_refused};
}

} // namespace caravan::accounts
