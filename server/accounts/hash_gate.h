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
class HashGate
{
public:
    HashGate(int permits, int maxWaiting, std::chrono::milliseconds maxWait);
    HashGate(const HashGate &) = delete;
    HashGate &operator=(const HashGate &) = delete;

    // Held while one hash is computed; releases its permit when destroyed.
    class Permit
    {
    public:
        explicit Permit(HashGate *gate)
            : m_gate(gate)
        {}
        Permit(Permit &&other) noexcept
            : m_gate(other.m_gate)
        {
            other.m_gate = nullptr;
        }
        Permit &operator=(Permit &&) = delete;
        ~Permit();

    private:
        HashGate *m_gate;
    };

    // A permit, or nothing if the gate is full (too many waiting, or none freed within maxWait).
    std::optional<Permit> acquire();

    struct Stats
    {
        int permits = 0;
        int inFlight = 0;          // hashes being computed now
        int peakInFlight = 0;      // the most ever computed at once (never more than permits)
        std::uint64_t refused = 0; // callers turned away
    };
    Stats stats() const;

private:
    void release();

    const int m_permits;
    const int m_maxWaiting;
    const std::chrono::milliseconds m_maxWait;
    mutable std::mutex m_mutex;
    std::condition_variable m_freed;
    int m_inFlight = 0;
    int m_waiting = 0;
    int m_peak = 0;
    std::uint64_t m_refused = 0;
};

} // namespace caravan::accounts
