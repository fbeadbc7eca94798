#pragma once

#include "store/users.h"

#include <functional>
#include <map>
#include <string>

namespace caravan::accounts {
class AccountSelfService;
}
namespace caravan::mail {
class MailOutbox;
}

namespace caravan::web {

class Catalog;

// The account mail (verification, someone registering with a taken address, password reset, password
// changed), written in the recipient's language from the web catalogs (mail_* keys of
// account.<lang>.json) and queued in the outbox. Each address gets at most
// SelfServicePolicy::mailPerRecipient of these an hour; beyond that a message is dropped (and logged),
// while the page that caused it answers as usual. Queuing never fails a request: an error is logged.
class AccountMail
{
public:
    AccountMail(const Catalog &catalog, mail::MailOutbox &outbox, accounts::AccountSelfService &self,
                std::function<std::string()> publicUrl);

    void verification(const store::User &user, const std::string &token);
    void registrationAttempt(const store::User &existing);
    void passwordReset(const store::User &user, const std::string &token);
    void passwordChanged(const store::User &user);

private:
    void send(const store::User &user, const std::string &kind, const std::string &subjectKey,
              const std::string &bodyKey, const std::map<std::string, std::string> &values);

    const Catalog &m_catalog;
    mail::MailOutbox &m_outbox;
    accounts::AccountSelfService &m_self;
    std::function<std::string()> m_publicUrl;
};

} // namespace caravan::web
