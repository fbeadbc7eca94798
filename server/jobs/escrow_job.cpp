#include "jobs/escrow_job.h"

#include "orders/escrow_services.h"
#include "runtime/log.h"
#include "store/database.h"

#include <Poco/Util/Timer.h>
#include <Poco/Util/TimerTask.h>

namespace caravan::jobs {

namespace {

class PassTask : public Poco::Util::TimerTask
{
public:
    PassTask(orders::EscrowServices &escrow, std::string holder, std::function<void()> passed)
        : m_escrow(escrow)
        , m_holder(std::move(holder))
        , m_passed(std::move(passed))
    {}
    void run() override
    {
        const auto p = m_escrow.runJobs(store::nowSeconds(), m_holder);
        const auto &t = p.timers;
        const int moved = t.expired + t.paidLate + t.refunded + t.delivered + t.released;
        if (moved + p.refunds.refundsSent + p.payoutsCreated.payoutsCreated + p.payoutsSent.payoutsPaid > 0)
            server::logEvent(server::LogLevel::Info, "escrow_pass",
                             {{"expired", std::to_string(t.expired)},
                              {"paid_late", std::to_string(t.paidLate)},
                              {"ship_by_refunds", std::to_string(t.refunded)},
                              {"delivered", std::to_string(t.delivered)},
                              {"released", std::to_string(t.released)},
                              {"refunds_sent", std::to_string(p.refunds.refundsSent)},
                              {"payouts_created", std::to_string(p.payoutsCreated.payoutsCreated)},
                              {"payouts_paid", std::to_string(p.payoutsSent.payoutsPaid)}});
        if (m_passed)
            m_passed();
    }

private:
    orders::EscrowServices &m_escrow;
    std::string m_holder;
    std::function<void()> m_passed;
};

class SendTask : public Poco::Util::TimerTask
{
public:
    explicit SendTask(orders::EscrowServices &escrow)
        : m_escrow(escrow)
    {}
    void run() override { m_escrow.sendMoney(store::nowSeconds()); }

private:
    orders::EscrowServices &m_escrow;
};

} // namespace

EscrowJob::EscrowJob(orders::EscrowServices &escrow, int intervalSeconds, std::string holder,
                     std::function<void()> passed)
    : m_escrow(escrow)
    , m_holder(std::move(holder))
    , m_timer(std::make_unique<Poco::Util::Timer>())
{
    m_timer->scheduleAtFixedRate(new PassTask(m_escrow, m_holder, std::move(passed)), 0, long(intervalSeconds) * 1000);
}

EscrowJob::~EscrowJob()
{
    m_timer->cancel(true);
}

void EscrowJob::wake()
{
    // The timer runs its tasks one after the other on its own thread, so a send never overlaps a pass.
    m_timer->schedule(new SendTask(m_escrow), Poco::Timestamp());
}

} // namespace caravan::jobs
