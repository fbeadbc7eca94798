#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>

namespace caravan::accounts {

// Bounds the password hashes computed at once. Each Argon2id computation holds its memory limit (tens of
// MiB) and a core for a good part of a second; without a bound, a burst of sign-ins would take every server
// thread and permits x memory. A caller waits for a permit at most `maxWait`, and at most `maxWaiting`
// callers wait: anyone beyond is refused at once (the sign-in answers "try again shortly") without
// hashing anything.
//
// Two lanes. The shared lane (everyone) has `permits`; the reserved lane (sign-ins from a device the
// account has signed in from before, accounts/device_token.h) has `reservedPermits` and `reservedMaxWaiting`
// of its own, and the shared lane makes room for it: while reserved hashes run or wait, the shared lane
// starts a hash only if shared + reserved ones stay below `permits`. So a burst that fills the shared lane
// neither refuses nor slows much a reserved caller, and the hashes at once stay at most
// permits + reservedPermits (the sum only until the shared hashes already running end).
class HashGate
{
public:
    enum class Lane { Shared, Reserved };

    HashGate(int permits, int maxWaiting, std::chrono::milliseconds maxWait, int reservedPermits = 1,
             int reservedMaxWaiting = 0);
    HashGate(const HashGate &) = delete;
    HashGate &operator=(const HashGate &) = delete;

    // Held while one hash is computed; releases its permit when destroyed.
    class Permit
    {
    public:
        Permit(HashGate *gate, Lane lane)
            : m_gate(gate)
            , m_lane(lane)
        {}
        Permit(Permit &&other) noexcept
            : m_gate(other.m_gate)
            , m_lane(other.m_lane)
        {
            other.m_gate = nullptr;
        }
        Permit &operator=(Permit &&) = delete;
        ~Permit();

    private:
        HashGate *m_gate;
        Lane m_lane;
    };

    // A permit, or nothing if the lane is full (too many waiting, or none freed within maxWait).
    std::optional<Permit> acquire(Lane lane = Lane::Shared);

    struct Stats
    {
        int permits = 0;
        int inFlight = 0;          // hashes being computed now
        int peakInFlight = 0;      // the most ever computed at once (never more than permits)
        std::uint64_t refused = 0; // callers turned away
    };
    Stats stats(Lane lane = Lane::Shared) const;

private:
    struct LaneState
    {
        int permits;
        int maxWaiting;
        int inFlight = 0;
        int waiting = 0;
        int peak = 0;
        std::uint64_t refused = 0;
    };
    bool hasRoom(Lane lane) const;
    void release(Lane lane);

    const std::chrono::milliseconds m_maxWait;
    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    LaneState m_shared;
    LaneState m_reserved;
};

} // namespace caravan::accounts
