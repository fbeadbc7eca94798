#pragma once

#include "accounts/account_service.h"

#include <optional>
#include <string>
#include <vector>

namespace caravan::store {
class Database;
}

namespace caravan::accounts {

// Limits and lifetimes of account self-service (account.*, throttle.*; docs/operations.md).
struct SelfServicePolicy
{
    std::int64_t verifyTokenSeconds = 48 * 3600; // an email verification link works this long
    std::int64_t resetTokenSeconds = 3600;       // a password reset link works this long
    ThrottleLimit resetPerAddress{10, 3600, 3600}; // "forgot password" forms per client address
    ThrottleLimit mailPerRecipient{5, 3600, 3600}; // account mail to one address (beyond: not sent)
    ThrottleLimit passwordChecks{5, 900, 900};     // current-password checks per account (change, delete)
};

enum class SelfServiceError {
    None,
    Throttled,      // see retryAfterSeconds
    Busy,           // the password hash gate is full: try again shortly
    InvalidEmail,
    InvalidToken,   // unknown, used or expired
    WrongPassword,  // the current password
    PasswordTooShort,
    PasswordTooLong,
    PasswordCommon,
    InvalidName,
    InvalidCountry,
    InvalidLanguage,
    OpenOrders      // the account buys or sells in an unfinished order
};

struct SelfServiceResult
{
    SelfServiceError error = SelfServiceError::None;
    std::int64_t retryAfterSeconds = 0;
    std::optional<store::User> user;
    std::string token; // a new verification or reset token, to be mailed
};

// What a signed-in user, or the owner of an email address, can do to an account: verify the address,
// reset a forgotten password by email, change the password, edit the profile, delete the account.
// Tokens are 256-bit random values; only their SHA-256 is stored, and each works once.
class AccountSelfService
{
public:
    AccountSelfService(store::Database &db, AccountService &accounts, SelfServicePolicy policy,
                       std::vector<std::string> languages);

    const SelfServicePolicy &policy() const { return m_policy; }
    AccountService &accounts() { return m_accounts; }

    // A new verification token for the account's current address (earlier ones keep working).
    std::string issueVerification(const store::User &user);
    // The account a valid verification token is for (without using it).
    std::optional<store::User> peekVerification(const std::string &token);
    // Uses the token: the address is verified if the account still has the address it was mailed to.
    SelfServiceResult verifyEmail(const std::string &token);

    // "Forgot password": Throttled per client address; InvalidEmail for text that is no address. For an
    // address with an account: `user` and a reset `token` (earlier reset links stop working). For any other
    // address: nothing, and the caller answers the same way.
    SelfServiceResult requestPasswordReset(const std::string &email, const std::string &clientAddress);
    std::optional<store::User> peekPasswordReset(const std::string &token);
    // Sets the new password, verifies the address (the link proved it), ends every session and desktop
    // token and voids the other reset links. The token is used only when the new password is acceptable.
    SelfServiceResult resetPassword(const std::string &token, const std::string &newPassword);

    // Needs the current password (throttled per account); ends every other web session and every desktop
    // token, keeping the session whose token hash is `keepSessionHash`.
    SelfServiceResult changePassword(const store::User &user, const std::string &currentPassword,
                                     const std::string &newPassword, const std::string &keepSessionHash);
    // Display name and country (the synced profile the desktop app sees, with a change in its feed) and the
    // language of the account's mail.
    SelfServiceResult updateProfile(const store::User &user, const std::string &displayName,
                                    const std::string &country, const std::string &language);
    // Needs the password; refused while the account buys or sells in an unfinished order. Removes the
    // personal data and leaves a tombstone (store::AccountRecords::erase).
    SelfServiceResult deleteAccount(const store::User &user, const std::string &password);

    // Counts one account mail to `email`; false when the address has had policy().mailPerRecipient
    // already (the mail is then not sent, and nothing the requester sees changes).
    bool mayMail(const std::string &email);

private:
    SelfServiceResult checkCurrentPassword(const store::User &user, const std::string &password);
    SelfServiceResult admit(const std::string &key, const ThrottleLimit &limit);

    store::Database &m_db;
    AccountService &m_accounts;
    SelfServicePolicy m_policy;
    std::vector<std::string> m_languages;
    store::UserRepository m_users;
};

SelfServiceError passwordError(PasswordProblem problem);

} // namespace caravan::accounts
