#pragma once

#include "accounts/account_service.h"
#include "accounts/secret_box.h"

#include <optional>
#include <string>

namespace caravan::store {
class Database;
}

// The staff second factor (docs/security.md, "Staff second factor"): a staff account signs in to the API
// with its password and a TOTP code (RFC 6238, accounts/totp.h). The secret is made by
// `caravan-cli user add --role staff` or at the first sign-in, kept sealed (accounts/secret_box.h) and
// confirmed by the first valid code; each time step is accepted once. Sign-ins, refused codes, new
// secrets and confirmations are written to the audit log (store/audit_log.h) in the transaction of what
// they record.
namespace caravan::accounts {

// What an authenticator app needs to take the secret.
struct StaffEnrollment
{
    std::string secretBase32; // RFC 4648, unpadded
    std::string otpauthUri;   // otpauth://totp/Caravan:<email>?secret=...&issuer=Caravan
};

struct StaffSignIn
{
    SecondFactorVerdict verdict = SecondFactorVerdict::Required;
    std::optional<StaffEnrollment> enrollment; // for Enrollment
    std::optional<IssuedApiToken> token;       // for Passed: issued with the code's step, in one transaction
};

class StaffSecondFactor
{
public:
    // The sealing key is the server secret "second_factor_key" (store::SecretRepository), made once.
    StaffSecondFactor(store::Database &db, AccountService &accounts);

    // The user's secret to enrol with: made now when there is none (recorded in the audit log as made by
    // `via`), the same one again while no code has confirmed it; nothing once it is confirmed.
    std::optional<StaffEnrollment> pendingEnrollment(const store::User &user, const std::string &via);

    // The second factor of a staff user whose password was right (NotNeeded for anyone else). `code` ""
    // when the request carried none. Passed comes with the API token (issued after the second factor) for
    // `deviceName`, its step accepted and the sign-in recorded in the same transaction.
    StaffSignIn signIn(const store::User &user, const std::string &code, const std::string &deviceName,
                       const std::string &clientAddress);

    // Whether the user's secret is confirmed (for tests and the CLI).
    bool isEnrolled(const std::string &userId);

private:
    std::string openSecret(const std::string &userId, const std::string &sealed) const;
    void recordRefusal(const store::User &user, const std::string &clientAddress, const std::string &reason);

    store::Database &m_db;
    AccountService &m_accounts;
    SecretBox m_box;
};

} // namespace caravan::accounts
