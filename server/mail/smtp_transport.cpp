#include "mail/smtp_transport.h"

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/DNS.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <map>
#include <mutex>

namespace caravan::mail {

namespace {

// Poco's SecureSMTPClientSession checks the server's certificate against the host name only when it made
// the connection itself, which it does without a connect timeout. This session takes a socket connected
// with a timeout and is told the name to check.
class Session : public Poco::Net::SMTPClientSession
{
public:
    using SMTPClientSession::SMTPClientSession;

    bool startTls(const Poco::Net::Context::Ptr &context, const std::string &hostName)
    {
        std::string response;
        if (!isPositiveCompletion(sendCommand("STARTTLS", response)))
            return false;
        Poco::Net::SecureStreamSocket secure(Poco::Net::SecureStreamSocket::attach(socket(), hostName, context));
        secure.completeHandshake();
        socket() = secure;
        return true;
    }
};

// One TLS client context per CA file: TLS 1.2 or newer, the chain verified (system CAs and the file) and
// the name checked. VERIFY_STRICT rather than RELAXED: for a client the two differ only in that Poco skips
// the name check for a loopback host in RELAXED mode.
Poco::Net::Context::Ptr clientContext(const std::string &caFile)
{
    static std::mutex mutex;
    static std::map<std::string, Poco::Net::Context::Ptr> contexts;
    static std::once_flag ssl;
    std::call_once(ssl, [] { Poco::Net::initializeSSL(); });
    std::lock_guard lock(mutex);
    auto &context = contexts[caFile];
    if (!context) {
        context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, caFile,
                                         Poco::Net::Context::VERIFY_STRICT, 9, true);
        context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    }
    return context;
}

} // namespace

SmtpTransport::SmtpTransport(SmtpSettings settings, std::string from)
    : m_settings(std::move(settings))
    , m_from(std::move(from))
{}

void SmtpTransport::send(const Mail &mail)
{
    Poco::Net::MailMessage message;
    compose(mail, m_from, message);
    const auto &s = m_settings;
    const Poco::Timespan timeout(s.timeoutSeconds, 0);
    const std::string where = s.host + ":" + std::to_string(s.port);
    try {
        Poco::Net::StreamSocket socket;
        socket.connect(Poco::Net::SocketAddress(s.host, static_cast<Poco::UInt16>(s.port)), timeout);
        socket.setSendTimeout(timeout);
        socket.setReceiveTimeout(timeout);
        Session session(socket);
        session.setTimeout(timeout);
        const std::string helo = s.heloName.empty() ? Poco::Net::DNS::hostName() : s.heloName;
        session.login(helo);
        if (s.starttls) {
            if (!session.startTls(clientContext(s.caFile), s.host))
                throw MailError("the SMTP server " + where + " does not offer STARTTLS (mail.smtp.starttls is on)");
            session.setTimeout(timeout);
        }
        if (!s.user.empty())
            session.login(helo, Poco::Net::SMTPClientSession::AUTH_LOGIN, s.user, s.password);
        else if (s.starttls)
            session.login(helo); // EHLO again over TLS
        session.sendMessage(message);
        try {
            session.close();
        } catch (const Poco::Exception &) {
            // The message was accepted; a failed QUIT changes nothing.
        }
    } catch (const MailError &) {
        throw;
    } catch (const Poco::Exception &e) {
        throw MailError("SMTP " + where + ": " + e.displayText());
    } catch (const std::exception &e) {
        throw MailError("SMTP " + where + ": " + e.what());
    }
}

} // namespace caravan::mail
