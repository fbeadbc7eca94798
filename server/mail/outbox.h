#pragma once

#include "mail/mail.h"
#include "store/mail_outbox.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace Poco::Util {
class Timer;
}
namespace caravan::store {
class Database;
}

namespace caravan::mail {

struct OutboxPolicy
{
    int maxAttempts = 10;                         // failed attempts before a message is given up
    std::int64_t leaseSeconds = 300;              // a claimed message is another process's after this
    std::int64_t firstRetrySeconds = 60;          // then doubled after each failure ...
    std::int64_t maxRetrySeconds = 6 * 3600;      // ... up to this
};

// The mail outbox (docs/operations.md, "Mail"). A request queues its message in the database and
// returns; the sender thread (MailJob) hands due messages to the transport outside any request or
// transaction. A failed attempt is logged and retried later (1, 2, 4, … minutes, at most 6 hours apart);
// after maxAttempts the message is given up and logged at error level. Sent and given-up messages leave
// the table: the outbox keeps no copy of what was sent.
class MailOutbox
{
public:
    MailOutbox(store::Database &db, Mailer &transport, std::string from, OutboxPolicy policy = {});

    // Queues a message to `to` (subject and text already in `language`) and wakes the sender. `userId` ties
    // it to an account ("" for none), so deleting the account deletes what is still queued. Returns the
    // Message-ID (without angle brackets).
    std::string enqueue(const std::string &userId, const std::string &kind, const std::string &to,
                        const std::string &language, const std::string &subject, const std::string &text);
    // The same message, not yet queued: for a caller that queues it in its own transaction
    // (store::MailOutboxStore::enqueue(tx, ...)) and then calls wake().
    store::QueuedMail compose(const std::string &userId, const std::string &kind, const std::string &to,
                              const std::string &language, const std::string &subject, const std::string &text) const;
    void wake();

    struct Pass
    {
        std::size_t sent = 0;
        std::size_t failed = 0; // will be tried again
        std::size_t gaveUp = 0;
    };
    // Sends every message due at `now` (claimed first, so several processes share the work).
    Pass deliverDue(std::int64_t now);
    std::int64_t pending();

    // Called after each enqueue (the server points it at MailJob::wake).
    void setWake(std::function<void()> wake);
    std::int64_t retryDelay(std::int64_t failedAttempts) const;
    const std::string &from() const { return m_from; }

private:
    store::Database &m_db;
    Mailer &m_transport;
    std::string m_from;
    OutboxPolicy m_policy;
    std::string m_holder; // this process's name on leases
    std::mutex m_wakeMutex;
    std::function<void()> m_wake;
};

// Runs MailOutbox::deliverDue on a timer thread every `intervalSeconds`, and at once when woken.
class MailJob
{
public:
    // `passed` (if set) runs after each pass that did not throw (the job's lag in GET /metrics).
    MailJob(MailOutbox &outbox, int intervalSeconds, std::function<void()> passed = {});
    ~MailJob(); // cancels the timer and waits for a running pass
    void wake();

private:
    MailOutbox &m_outbox;
    std::function<void()> m_passed;
    std::unique_ptr<Poco::Util::Timer> m_timer;
};

// The transport mail.transport names: FileTransport into <dataDir>/mail, or SmtpTransport.
struct MailSettings;
std::unique_ptr<Mailer> makeTransport(const MailSettings &settings, const std::string &dataDir);

} // namespace caravan::mail
