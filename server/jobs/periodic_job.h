#pragma once

#include <functional>
#include <memory>
#include <string>

namespace Poco::Util {
class Timer;
}

namespace caravan::jobs {

// Runs `pass` every `intervalSeconds` on a timer thread of its own, the first time after `firstDelaySeconds`.
// An exception from a pass is logged (event `<name>_failed`), never thrown; the next pass runs as usual.
// What a pass does must be safe with several server processes (claims or leases in the database).
class PeriodicJob
{
public:
    PeriodicJob(std::string name, int intervalSeconds, std::function<void()> pass, int firstDelaySeconds = 0);
    ~PeriodicJob(); // cancels the timer and waits for a running pass

private:
    std::unique_ptr<Poco::Util::Timer> m_timer;
};

} // namespace caravan::jobs
