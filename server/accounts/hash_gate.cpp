#include "accounts/hash_gate.h"

#include <algorithm>

namespace caravan::accounts {

HashGate::HashGate(int permits, int maxWaiting, std::chrono::milliseconds maxWait, int reservedPermits,
                   int reservedMaxWaiting)
    : m_maxWait(maxWait)
    , m_shared{std::max(permits, 1), std::max(maxWaiting, 0)}
    , m_reserved{std::max(reservedPermits, 1), std::max(reservedMaxWaiting, 0)}
{}

HashGate::Permit::~Permit()
{
    if (m_gate)
        m_gate->release(m_lane);
}

bool HashGate::hasRoom(Lane lane) const
{
    if (lane == Lane::Reserved)
        return m_reserved.inFlight < m_reserved.permits;
    // The shared lane leaves a core to each reserved hash running or waiting.
    const int reservedBusy = std::min(m_reserved.inFlight + m_reserved.waiting, m_reserved.permits);
    return m_shared.inFlight < m_shared.permits && m_shared.inFlight + reservedBusy < m_shared.permits;
}

std::optional<HashGate::Permit> HashGate::acquire(Lane lane)
{
    auto &state = lane == Lane::Reserved ? m_reserved : m_shared;
    std::unique_lock lock(m_mutex);
    if (!hasRoom(lane)) {
        if (state.waiting >= state.maxWaiting) {
            ++state.refused;
            return std::nullopt;
        }
        ++state.waiting;
        const bool got = m_freed.wait_for(lock, m_maxWait, [this, lane] { return hasRoom(lane); });
        --state.waiting;
        if (!got) {
            ++state.refused;
            if (lane == Lane::Reserved)
                m_freed.notify_all(); // the shared lane may have room again
            return std::nullopt;
        }
    }
    ++state.inFlight;
    state.peak = std::max(state.peak, state.inFlight);
    return Permit(this, lane);
}

void HashGate::release(Lane lane)
{
    {
        std::lock_guard lock(m_mutex);
        --(lane == Lane::Reserved ? m_reserved : m_shared).inFlight;
    }
    // Both lanes wait on the same condition: wake them all, each checks its own room.
    m_freed.notify_all();
}

HashGate::Stats HashGate::stats(Lane lane) const
{
    std::lock_guard lock(m_mutex);
    const auto &s = lane == Lane::Reserved ? m_reserved : m_shared;
    return {s.permits, s.inFlight, s.peak, s.refused};
}

} // namespace caravan::accounts
