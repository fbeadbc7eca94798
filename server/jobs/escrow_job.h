#pragma once

#include <functional>
#include <memory>
#include <string>

namespace Poco::Util {
class Timer;
}
namespace caravan::orders {
class EscrowServices;
}

namespace caravan::jobs {

// Runs the escrow jobs (order clocks, refunds, payouts) every `intervalSeconds` on a timer thread, the
// first pass at once so that a server catches up after downtime. Safe with several servers: each due
// item is claimed in the database (docs/escrow.md, "Timers").
class EscrowJob
{
public:
    // `passed` (if set) runs after each full pass that did not throw (the job's lag in GET /metrics).
    EscrowJob(orders::EscrowServices &escrow, int intervalSeconds, std::string holder,
              std::function<void()> passed = {});
    ~EscrowJob(); // cancels the timer and waits for a running pass

    // A refund or payout was written: send it now rather than at the next pass.
    void wake();

private:
    orders::EscrowServices &m_escrow;
    std::string m_holder;
    std::unique_ptr<Poco::Util::Timer> m_timer;
};

} // namespace caravan::jobs
