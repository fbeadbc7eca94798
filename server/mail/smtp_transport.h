#pragma once

#include "mail/mail.h"
#include "mail/mail_settings.h"

namespace caravan::mail {

// Sends through an SMTP server with Poco's SMTP client (mail.transport = smtp): connect with a timeout,
// EHLO, STARTTLS when configured (the server's certificate checked against the system's CAs plus
// mail.smtp.ca_file, and its name against mail.smtp.host; a server that offers no STARTTLS gets nothing),
// AUTH LOGIN when a user is set, then the message. One connection per message: account mail is rare, and a
// fresh connection leaves nothing half-open between attempts.
class SmtpTransport : public Mailer
{
public:
    SmtpTransport(SmtpSettings settings, std::string from);
    void send(const Mail &mail) override;
    std::string name() const override { return "smtp"; }

private:
    SmtpSettings m_settings;
    std::string m_from;
};

} // namespace caravan::mail
