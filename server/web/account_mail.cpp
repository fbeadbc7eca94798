#include "web/account_mail.h"

#include "accounts/self_service.h"
#include "http/request.h"
#include "mail/outbox.h"
#include "runtime/log.h"
#include "web/i18n.h"

namespace caravan::web {

namespace {

// Replaces each {name} in text by its value.
std::string fill(std::string text, const std::map<std::string, std::string> &values)
{
    for (const auto &[name, value] : values) {
        const std::string placeholder = "{" + name + "}";
        for (std::size_t pos = 0; (pos = text.find(placeholder, pos)) != std::string::npos; pos += value.size())
            text.replace(pos, placeholder.size(), value);
    }
    return text;
}

} // namespace

AccountMail::AccountMail(const Catalog &catalog, mail::MailOutbox &outbox, accounts::AccountSelfService &self,
                         std::function<std::string()> publicUrl)
    : m_catalog(catalog)
    , m_outbox(outbox)
    , m_self(self)
    , m_publicUrl(std::move(publicUrl))
{}

void AccountMail::send(const store::User &user, const std::string &kind, const std::string &subjectKey,
                       const std::string &bodyKey, const std::map<std::string, std::string> &extra)
{
    try {
        if (!m_self.mayMail(user.email)) {
            server::logEvent(server::LogLevel::Warn, "mail_suppressed", {{"kind", kind}, {"reason", "recipient_limit"}});
            return;
        }
        const auto lang = m_catalog.has(user.language) ? user.language : std::string("en");
        const auto site = m_publicUrl();
        std::map<std::string, std::string> values{{"name", user.displayName},
                                                  {"sign_in_link", site + "/signin"},
                                                  {"reset_link", site + "/password/forgot"}};
        for (const auto &[k, v] : extra)
            values[k] = v;
        const auto text = fill(m_catalog.text(lang, "mail_greeting"), values) + "\n\n" +
                          fill(m_catalog.text(lang, bodyKey), values) + "\n\n" + m_catalog.text(lang, "mail_signature") +
                          "\n";
        m_outbox.enqueue(user.id, kind, user.email, lang, m_catalog.text(lang, subjectKey), text);
    } catch (const std::exception &e) {
        server::logEvent(server::LogLevel::Error, "mail_queue_failed", {{"kind", kind}, {"error", e.what()}});
    }
}

void AccountMail::verification(const store::User &user, const std::string &token)
{
    const auto hours = m_self.policy().verifyTokenSeconds / 3600;
    send(user, "verify_email", "mail_verify_subject", "mail_verify_body",
         {{"link", m_publicUrl() + "/verify-email?token=" + http::urlEncode(token)},
          {"hours", std::to_string(hours > 0 ? hours : 1)}});
}

void AccountMail::registrationAttempt(const store::User &existing)
{
    send(existing, "registration_attempt", "mail_exists_subject", "mail_exists_body", {});
}

void AccountMail::passwordReset(const store::User &user, const std::string &token)
{
    const auto minutes = m_self.policy().resetTokenSeconds / 60;
    send(user, "password_reset", "mail_reset_subject", "mail_reset_body",
         {{"link", m_publicUrl() + "/password/reset?token=" + http::urlEncode(token)},
          {"minutes", std::to_string(minutes > 0 ? minutes : 1)}});
}

void AccountMail::passwordChanged(const store::User &user)
{
    send(user, "password_changed", "mail_changed_subject", "mail_changed_body", {});
}

} // namespace caravan::web
