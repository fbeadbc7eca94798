#pragma once

#include "accounts/hash_gate.h"
#include "accounts/password.h"
#include "listing/countries.h"
#include "store/sessions.h"
#include "store/users.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace caravan::store {
class Database;
}

namespace caravan::accounts {

// Login throttling: a fixed window per key. See docs/operations.md for why these defaults.
struct ThrottleLimit
{
    std::int64_t maxFailures;
    std::int64_t windowSeconds;
    std::int64_t lockoutSeconds;
};

struct AccountPolicy
{
    std::int64_t sessionIdleSeconds = 30 * 60;
    std::int64_t sessionAbsoluteSeconds = 12 * 3600;
    std::int64_t apiTokenSeconds = 30 * 24 * 3600;
    std::int64_t staffApiTokenSeconds = 12 * 3600; // tokens issued after the staff second factor
    ThrottleLimit perAccountAddress{5, 15 * 60, 15 * 60}; // tight: one account from one address
    ThrottleLimit perAccount{50, 5 * 60, 5 * 60};         // generous and short: any address
    ThrottleLimit perAddress{100, 15 * 60, 15 * 60};      // one address trying many accounts
    // Registration attempts (every POST, accepted or not) per client address: maxFailures counts attempts.
    ThrottleLimit registerPerAddress{10, 60 * 60, 60 * 60};
    unsigned long long passwordOpsLimit = PasswordHasher::kDefaultOpsLimit;
    std::size_t passwordMemLimit = PasswordHasher::kDefaultMemLimit;
    // Password hashes computed at once (each holds passwordMemLimit of memory), callers that may wait for
    // one, and how long they wait before the attempt is answered "try again shortly" (password.*).
    int hashPermits = 2;
    int hashMaxWaiting = 8;
    std::int64_t hashMaxWaitMs = 1000;
    // Device cookies (accounts/device_token.h): how long one is valid, the failures one may have before it
    // is locked (that cookie only), and the hash gate's reserved lane: permits and waiting callers (they
    // wait at most hashMaxWaitMs). A sign-in with a valid device cookie for its account passes neither the
    // three counters above nor the shared lane of the gate; only these.
    std::int64_t deviceTokenSeconds = 90 * 24 * 3600;
    ThrottleLimit perDevice{5, 15 * 60, 15 * 60};
    int deviceHashPermits = 1;
    int deviceHashMaxWaiting = 16;
};

enum class RegisterError {
    None,
    InvalidEmail,
    InvalidName,
    InvalidCountry,
    PasswordTooShort,
    PasswordTooLong,
    PasswordCommon,
    EmailTaken,
    Throttled // too many registration attempts from the client address; see retryAfterSeconds
};

struct RegisterResult
{
    RegisterError error = RegisterError::None;
    std::optional<store::User> user;
    std::int64_t retryAfterSeconds = 0; // for Throttled
};

enum class SignInStatus {
    Ok,
    InvalidCredentials,
    Throttled,
    // The password was right, but the account needs its second factor (accounts/staff_factor.h):
    SecondFactorRequired,   // no code was sent (the password's count is taken back)
    SecondFactorInvalid,    // a wrong or replayed code: counted by the throttle like a wrong password
    SecondFactorEnrollment, // the account has no confirmed second factor yet (the count is taken back)
};

// What the second factor says about a sign-in whose password was right.
enum class SecondFactorVerdict { NotNeeded, Passed, Required, Invalid, Enrollment };
using SecondFactorCheck = std::function<SecondFactorVerdict(const store::User &)>;

struct SignInResult
{
    SignInStatus status = SignInStatus::InvalidCredentials;
    std::optional<store::User> user;
    std::int64_t retryAfterSeconds = 0; // for Throttled
    bool deviceLane = false;            // the attempt carried a valid device cookie for the account
    // For Ok: a new device cookie for this device (give it to the browser or the app), and when it expires.
    std::string deviceToken;
    std::int64_t deviceTokenExpiresAt = 0;
};

struct IssuedWebSession
{
    std::string token; // the cookie value; only its hash is stored
    store::WebSession session;
};

struct IssuedApiToken
{
    std::string token; // shown once; only its hash is stored
    store::ApiToken info;
};

struct AccountStats
{
    std::uint64_t passwordVerifications = 0; // Argon2id verifications computed at sign-in
    std::uint64_t throttledAttempts = 0;     // sign-ins refused by the throttle before any hashing
    std::uint64_t registrationsThrottled = 0; // registrations refused by the address limit
    std::uint64_t passwordHashes = 0;        // every Argon2id computation: verifications, new and upgraded hashes
    std::uint64_t busyRefusals = 0;          // sign-ins and registrations refused: the gate's shared lane was full
    int hashesInFlight = 0;                  // computed right now
    int peakHashesInFlight = 0;              // the most computed at once since start (<= policy.hashPermits)
    // The device lane (sign-ins with a valid device cookie for their account), counted apart:
    std::uint64_t deviceVerifications = 0; // passwords verified in it (also in the two counts above)
    std::uint64_t deviceLocked = 0;        // refused because that device cookie was locked, without hashing
    std::uint64_t deviceBusyRefusals = 0;  // refused because the gate's reserved lane was full
    int peakDeviceHashesInFlight = 0;      // the most computed at once (<= policy.deviceHashPermits)
};

// Accounts, sign-in with throttling, web sessions and API tokens.
class AccountService
{
public:
    AccountService(store::Database &db, AccountPolicy policy, PasswordPolicy passwords,
                   const listing::CountryTable &countries);

    const AccountPolicy &policy() const { return m_policy; }
    const listing::CountryTable &countries() const { return m_countries; }

    // Self-service registration (web): always the roles buyer and seller, never staff, the address not
    // verified yet, mail in `language`. Every attempt counts against the client address
    // (policy().registerPerAddress); while the address is locked the answer is Throttled and nothing is
    // checked, hashed or stored. A taken address answers EmailTaken with `user` = the existing account,
    // after the same password hashing as a new account: the caller must answer both alike.
    RegisterResult registerUser(const std::string &email, const std::string &displayName,
                                const std::string &country, const std::string &password,
                                const std::string &clientAddress, const std::string &language = "en");
    // Operator path (caravan-cli, demo data): any roles, including staff; the address counts as verified.
    RegisterResult createUser(const std::string &email, const std::string &displayName,
                              const std::string &country, const std::string &password,
                              const std::vector<std::string> &roles);

    // Refused without hashing while a throttle key is locked; then takes a permit of the hash gate's shared
    // lane (refused as Throttled, retry after a second, when it is full: nothing counted or written), counts
    // the attempt against the throttle keys and verifies the password. A successful sign-in takes its count
    // back.
    // With `deviceToken` a valid device cookie naming the account of `email` (the device lane), the attempt
    // is counted only against that cookie (policy().perDevice: its failures lock that cookie alone) and
    // hashed under the device lane's own gate: neither the account, address and pair counters nor the
    // shared gate refuse it. Any other device token (forged, expired, another account's) changes nothing.
    // Every successful sign-in comes with a new device token.
    // With `secondFactor`, a sign-in whose password is right is then put to it: anything but NotNeeded and
    // Passed ends in the SignInStatus of the same name, without a device token.
    SignInResult signIn(const std::string &email, const std::string &password,
                        const std::string &clientAddress, const std::string &deviceToken = {},
                        const SecondFactorCheck &secondFactor = {});

    IssuedWebSession startWebSession(const std::string &userId, const std::string &clientAddress,
                                     const std::string &userAgent);
    // The session and its user, if the token names a session within its idle and absolute limits.
    std::optional<std::pair<store::WebSession, store::User>> resolveWebSession(const std::string &token);
    void endWebSession(const std::string &token);
    // Ends every web session of the user and revokes every API token. Returns how many ended.
    std::size_t signOutEverywhere(const std::string &userId);
    std::int64_t webSessionCount(const std::string &userId);

    IssuedApiToken issueApiToken(const std::string &userId, const std::string &deviceName);
    // Inside the caller's transaction; a token issued after the staff second factor says so and expires
    // after policy().staffApiTokenSeconds.
    IssuedApiToken issueApiToken(store::Transaction &tx, const std::string &userId, const std::string &deviceName,
                                 bool secondFactor);
    std::optional<std::pair<store::ApiToken, store::User>> resolveApiToken(const std::string &token);
    bool revokeApiToken(const std::string &tokenId, const std::string &userId);
    std::vector<store::ApiToken> activeApiTokens(const std::string &userId);

    // Deletes expired sessions, tokens and stale throttle rows. Returns the number of rows removed.
    std::size_t purgeExpired();

    AccountStats stats() const;

    // For account self-service (accounts/self_service.h): the rules for a new password, and Argon2id under
    // the hash gate (nothing when the gate is full: try again shortly).
    PasswordProblem checkNewPassword(const std::string &password) const;
    std::optional<std::string> hashNewPassword(const std::string &password);
    // Whether `password` is the user's (a deleted or unknown user's never is).
    std::optional<bool> verifyPassword(const std::string &userId, const std::string &password);

    static bool isValidEmail(const std::string &email);
    static bool isValidDisplayName(const std::string &name);

private:
    std::vector<std::pair<std::string, ThrottleLimit>> throttleKeys(const std::string &email,
                                                                    const std::string &clientAddress) const;
    SignInResult verifyAdmitted(const std::string &email, const std::string &password);
    SignInResult signInOnDevice(const std::string &email, const std::string &password,
                                const std::string &deviceToken, const SecondFactorCheck &secondFactor);
    void issueDeviceToken(SignInResult &result);
    IssuedApiToken newApiToken(const std::string &userId, const std::string &deviceName, bool secondFactor) const;
    RegisterResult createAccount(const std::string &email, const std::string &displayName,
                                 const std::string &country, const std::string &password,
                                 const std::vector<std::string> &roles, const std::string &language, bool verified);

    store::Database &m_db;
    AccountPolicy m_policy;
    PasswordPolicy m_passwords;
    const listing::CountryTable &m_countries;
    PasswordHasher m_hasher;
    store::UserRepository m_users;
    store::WebSessionRepository m_sessions;
    store::ApiTokenRepository m_tokens;
    std::string m_dummyHash; // verified for unknown emails, so timing does not reveal which exist
    HashGate m_gate;            // the shared lane, and the reserved lane for device cookies
    std::string m_deviceSecret; // signs device cookies; store::SecretRepository "device_cookie"
    std::atomic<std::uint64_t> m_deviceVerifications{0};
    std::atomic<std::uint64_t> m_deviceLocked{0};
    std::atomic<std::uint64_t> m_verifications{0};
    std::atomic<std::uint64_t> m_throttled{0};
    std::atomic<std::uint64_t> m_registrationsThrottled{0};
    std::atomic<std::uint64_t> m_hashes{0};
};

} // namespace caravan::accounts
