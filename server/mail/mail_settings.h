#pragma once

#include <cstdint>
#include <string>

namespace caravan::mail {

// The SMTP server mail goes through (mail.smtp.*; docs/operations.md, "Mail").
struct SmtpSettings
{
    std::string host = "localhost";
    int port = 587;              // the submission port
    std::string user;            // empty: no AUTH
    std::string password;
    bool starttls = true;        // required when true: no STARTTLS offered means no sending
    std::string caFile;          // extra CA certificates (PEM) besides the system's
    int timeoutSeconds = 30;     // connect, each read and each write
    std::string heloName;        // EHLO argument; empty: this machine's host name
};

// Outgoing mail (mail.*).
struct MailSettings
{
    std::string transport = "file"; // file: .eml files in <data_dir>/mail; smtp
    std::string from = "Caravan <no-reply@caravan.example>";
    SmtpSettings smtp;
    int maxAttempts = 10;        // then the message is given up (logged at error level)
    int retryIntervalSeconds = 30; // how often the outbox looks for messages due again
};

} // namespace caravan::mail
