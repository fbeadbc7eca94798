#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace Poco::Net {
class MailMessage;
}

namespace caravan::mail {

// One plain-text message to one recipient, already written in the recipient's language.
struct Mail
{
    std::string to;        // an address checked by accounts::AccountService::isValidEmail
    std::string subject;   // UTF-8, one line
    std::string text;      // UTF-8, lines separated by "\n"
    std::string language;  // web catalog name: "en", "zh_CN"
    std::string messageId; // "random@domain", without angle brackets; the same on every attempt
    std::int64_t createdAt = 0; // the Date header (Unix seconds)
};

// A transport could not hand the message over. Every failure is retried by the outbox (mail/outbox.h).
class MailError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Where mail goes: an SMTP server, or .eml files in a folder (demo and tests).
class Mailer
{
public:
    virtual ~Mailer() = default;
    // Hands the message over or throws MailError.
    virtual void send(const Mail &mail) = 0;
    virtual std::string name() const = 0; // "smtp", "file": for the log
};

// The message as RFC 5322 sees it: From, To, Subject (RFC 2047 encoded when not ASCII), Date,
// Message-ID, Content-Language, Auto-Submitted: auto-generated (RFC 3834), MIME text/plain UTF-8 in
// quoted-printable with CRLF line ends. Throws MailError if a header value holds a line break.
void compose(const Mail &mail, const std::string &from, Poco::Net::MailMessage &out);
std::string toRfc5322(const Mail &mail, const std::string &from);

// The address part of "Name <user@host>" (or the whole text when there are no angle brackets).
std::string addressOf(const std::string &mailbox);
// The domain of an address ("caravan.example" for "Caravan <no-reply@caravan.example>").
std::string domainOf(const std::string &mailbox);

} // namespace caravan::mail
