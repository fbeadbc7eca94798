#include "jobs/periodic_job.h"

#include "runtime/log.h"

#include <Poco/Util/Timer.h>
#include <Poco/Util/TimerTask.h>

namespace caravan::jobs {

namespace {
class PassTask : public Poco::Util::TimerTask
{
public:
    PassTask(std::string name, std::function<void()> pass)
        : m_name(std::move(name))
        , m_pass(std::move(pass))
    {}
    void run() override
    {
        try {
            m_pass();
        } catch (const std::exception &e) {
            server::logEvent(server::LogLevel::Warn, m_name + "_failed", {{"error", e.what()}});
        }
    }

private:
    std::string m_name;
    std::function<void()> m_pass;
};
} // namespace

PeriodicJob::PeriodicJob(std::string name, int intervalSeconds, std::function<void()> pass, int firstDelaySeconds)
    : m_timer(std::make_unique<Poco::Util::Timer>())
{
    m_timer->scheduleAtFixedRate(new PassTask(std::move(name), std::move(pass)), long(firstDelaySeconds) * 1000,
                                 long(intervalSeconds) * 1000);
}

PeriodicJob::~PeriodicJob()
{
    m_timer->cancel(true);
}

} // namespace caravan::jobs
