#include "mail/outbox.h"

#include "accounts/crypto.h"
#include "mail/file_transport.h"
#include "mail/mail_settings.h"
#include "mail/smtp_transport.h"
#include "runtime/log.h"
#include "store/mail_outbox.h"

#include <Poco/Util/Timer.h>
#include <Poco/Util/TimerTask.h>
#include <algorithm>

namespace caravan::mail {

using server::logEvent;
using server::LogLevel;

namespace {

class DeliverTask : public Poco::Util::TimerTask
{
public:
    DeliverTask(MailOutbox &outbox, const std::function<void()> &passed)
        : m_outbox(outbox)
        , m_passed(passed)
    {}
    void run() override
    {
        try {
            m_outbox.deliverDue(store::nowSeconds());
            if (m_passed)
                m_passed();
        } catch (const std::exception &e) {
            logEvent(LogLevel::Warn, "mail_pass_failed", {{"error", e.what()}});
        }
    }

private:
    MailOutbox &m_outbox;
    std::function<void()> m_passed;
};

} // namespace

MailOutbox::MailOutbox(store::Database &db, Mailer &transport, std::string from, OutboxPolicy policy)
    : m_db(db)
    , m_transport(transport)
    , m_from(std::move(from))
    , m_policy(policy)
    , m_holder("mail-" + accounts::randomToken(9))
{}

store::QueuedMail MailOutbox::compose(const std::string &userId, const std::string &kind, const std::string &to,
                                     const std::string &language, const std::string &subject,
                                     const std::string &text) const
{
    store::QueuedMail m;
    m.messageId = accounts::randomToken(18) + "@" + domainOf(m_from);
    m.userId = userId;
    m.kind = kind;
    m.recipient = to;
    m.language = language;
    m.subject = subject;
    m.body = text;
    return m;
}

std::string MailOutbox::enqueue(const std::string &userId, const std::string &kind, const std::string &to,
                                const std::string &language, const std::string &subject, const std::string &text)
{
    const auto m = compose(userId, kind, to, language, subject, text);
    store::MailOutboxStore(m_db).enqueue(m, store::nowSeconds());
    logEvent(LogLevel::Info, "mail_queued", {{"kind", kind}, {"message_id", m.messageId}});
    wake();
    return m.messageId;
}

void MailOutbox::wake()
{
    std::function<void()> wake;
    {
        std::lock_guard lock(m_wakeMutex);
        wake = m_wake;
    }
    if (wake)
        wake();
}

std::int64_t MailOutbox::retryDelay(std::int64_t failedAttempts) const
{
    std::int64_t delay = m_policy.firstRetrySeconds;
    for (std::int64_t i = 1; i < failedAttempts && delay < m_policy.maxRetrySeconds; ++i)
        delay *= 2;
    return std::min(delay, m_policy.maxRetrySeconds);
}

MailOutbox::Pass MailOutbox::deliverDue(std::int64_t now)
{
    Pass pass;
    store::MailOutboxStore outbox(m_db);
    for (;;) {
        const auto batch = outbox.claimDue(now, m_policy.leaseSeconds, m_holder, 20);
        if (batch.empty())
            break;
        for (const auto &q : batch) {
            Mail mail{q.recipient, q.subject, q.body, q.language, q.messageId, q.createdAt};
            try {
                m_transport.send(mail);
                outbox.remove(q.id);
                ++pass.sent;
                logEvent(LogLevel::Info, "mail_sent",
                         {{"kind", q.kind}, {"message_id", q.messageId}, {"transport", m_transport.name()}});
            } catch (const std::exception &e) {
                // The recipient's address is personal data: the log names the message and the domain only.
                const auto attempts = q.attempts + 1;
                const std::string domain = domainOf(q.recipient);
                if (attempts >= m_policy.maxAttempts) {
                    outbox.remove(q.id);
                    ++pass.gaveUp;
                    logEvent(LogLevel::Error, "mail_given_up",
                             {{"kind", q.kind},
                              {"message_id", q.messageId},
                              {"domain", domain},
                              {"attempts", std::to_string(attempts)},
                              {"error", e.what()}});
                } else {
                    const auto next = now + retryDelay(attempts);
                    outbox.reschedule(q.id, attempts, next, e.what());
                    ++pass.failed;
                    logEvent(LogLevel::Warn, "mail_failed",
                             {{"kind", q.kind},
                              {"message_id", q.messageId},
                              {"domain", domain},
                              {"attempt", std::to_string(attempts)},
                              {"retry_in_s", std::to_string(next - now)},
                              {"error", e.what()}});
                }
            }
        }
    }
    return pass;
}

std::int64_t MailOutbox::pending()
{
    return store::MailOutboxStore(m_db).pending();
}

void MailOutbox::setWake(std::function<void()> wake)
{
    std::lock_guard lock(m_wakeMutex);
    m_wake = std::move(wake);
}

MailJob::MailJob(MailOutbox &outbox, int intervalSeconds, std::function<void()> passed)
    : m_outbox(outbox)
    , m_passed(std::move(passed))
    , m_timer(std::make_unique<Poco::Util::Timer>())
{
    m_timer->scheduleAtFixedRate(new DeliverTask(m_outbox, m_passed), 0, long(intervalSeconds) * 1000);
}

MailJob::~MailJob()
{
    m_timer->cancel(true);
}

void MailJob::wake()
{
    // The timer runs its tasks one after the other on its own thread: a wake never overlaps a pass.
    m_timer->schedule(new DeliverTask(m_outbox, m_passed), Poco::Timestamp());
}

std::unique_ptr<Mailer> makeTransport(const MailSettings &settings, const std::string &dataDir)
{
    if (settings.transport == "smtp")
        return std::make_unique<SmtpTransport>(settings.smtp, settings.from);
    return std::make_unique<FileTransport>(std::filesystem::path(dataDir) / "mail", settings.from);
}

} // namespace caravan::mail
