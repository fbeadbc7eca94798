#include "accounts/account_service.h"

#include "accounts/crypto.h"
#include "accounts/device_token.h"
#include "store/throttle.h"

#include <algorithm>

namespace caravan::accounts {

using store::nowSeconds;

AccountService::AccountService(store::Database &db, AccountPolicy policy, PasswordPolicy passwords,
                               const listing::CountryTable &countries)
    : m_db(db)
    , m_policy(policy)
    , m_passwords(std::move(passwords))
    , m_countries(countries)
    , m_hasher(policy.passwordOpsLimit, policy.passwordMemLimit)
    , m_users(db)
    , m_sessions(db)
    , m_tokens(db)
    , m_dummyHash(m_hasher.hash(randomToken(24)))
    , m_gate(policy.hashPermits, policy.hashMaxWaiting, std::chrono::milliseconds(policy.hashMaxWaitMs),
             policy.deviceHashPermits, policy.deviceHashMaxWaiting)
    , m_deviceSecret(store::SecretRepository(db).getOrCreate("device_cookie", randomToken(32)))
{}

bool AccountService::isValidEmail(const std::string &email)
{
    if (email.size() < 3 || email.size() > 254)
        return false;
    const auto at = email.find('@');
    if (at == std::string::npos || at == 0 || at != email.rfind('@') || at + 1 >= email.size())
        return false;
    const auto domain = email.substr(at + 1);
    if (domain.find('.') == std::string::npos || domain.front() == '.' || domain.back() == '.')
        return false;
    return std::none_of(email.begin(), email.end(), [](unsigned char c) {
        return c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == ',' || c == ';';
    });
}

bool AccountService::isValidDisplayName(const std::string &name)
{
    const auto length = utf8Length(name);
    if (length < 1 || length > 80 || name.front() == ' ' || name.back() == ' ')
        return false;
    return std::none_of(name.begin(), name.end(), [](unsigned char c) { return c < 0x20 || c == 0x7F; });
}

RegisterResult AccountService::registerUser(const std::string &email, const std::string &displayName,
                                            const std::string &country, const std::string &password,
                                            const std::string &clientAddress, const std::string &language)
{
    store::ThrottleRepository throttle(m_db);
    const auto key = "register-address:" + sha256Hex(clientAddress);
    const auto now = nowSeconds();
    const auto &limit = m_policy.registerPerAddress;
    // Counted in one step with the lock check, so parallel attempts cannot slip past the limit.
    const auto admission =
        throttle.admit({{key, limit.maxFailures, limit.windowSeconds, limit.lockoutSeconds}}, now);
    RegisterResult refused;
    refused.error = RegisterError::Throttled;
    if (!admission.admitted) {
        ++m_registrationsThrottled;
        refused.retryAfterSeconds = admission.lockedUntil - now;
        return refused;
    }
    const auto permit = m_gate.acquire(); // the new account's password hash is computed under it
    if (!permit) {
        refused.retryAfterSeconds = 1;
        return refused;
    }
    auto result = createAccount(email, displayName, country, password, {"buyer", "seller"}, language, false);
    if (result.error == RegisterError::EmailTaken) {
        // The same work as for a new account (one Argon2id hash), so the time taken does not tell that the
        // address has an account; the caller answers both the same way and mails the owner.
        ++m_hashes;
        static_cast<void>(m_hasher.hash(password));
        result.user = m_users.findByEmail(email);
    }
    return result;
}

RegisterResult AccountService::createUser(const std::string &email, const std::string &displayName,
                                          const std::string &country, const std::string &password,
                                          const std::vector<std::string> &roles)
{
    return createAccount(email, displayName, country, password, roles, "en", true);
}

RegisterResult AccountService::createAccount(const std::string &email, const std::string &displayName,
                                             const std::string &country, const std::string &password,
                                             const std::vector<std::string> &roles, const std::string &language,
                                             bool verified)
{
    RegisterResult result;
    if (!isValidEmail(email))
        result.error = RegisterError::InvalidEmail;
    else if (!isValidDisplayName(displayName))
        result.error = RegisterError::InvalidName;
    else if (!m_countries.contains(country))
        result.error = RegisterError::InvalidCountry;
    else {
        switch (m_passwords.check(password)) {
        case PasswordProblem::TooShort:
            result.error = RegisterError::PasswordTooShort;
            break;
        case PasswordProblem::TooLong:
            result.error = RegisterError::PasswordTooLong;
            break;
        case PasswordProblem::Common:
            result.error = RegisterError::PasswordCommon;
            break;
        case PasswordProblem::None:
            break;
        }
    }
    if (result.error != RegisterError::None)
        return result;
    if (m_users.findByEmail(email)) {
        result.error = RegisterError::EmailTaken;
        return result;
    }
    try {
        ++m_hashes;
        result.user =
            m_users.create({email, displayName, country, m_hasher.hash(password), roles, language, verified});
    } catch (const store::EmailTakenError &) {
        result.error = RegisterError::EmailTaken;
    }
    return result;
}

std::vector<std::pair<std::string, ThrottleLimit>>
AccountService::throttleKeys(const std::string &email, const std::string &clientAddress) const
{
    const auto account = store::normaliseEmail(email);
    // Keys are hashed: bounded length, and no typed-in address (or mistyped password) is stored.
    return {
        {"account-address:" + sha256Hex(account + "\n" + clientAddress), m_policy.perAccountAddress},
        {"account:" + sha256Hex(account), m_policy.perAccount},
        {"address:" + sha256Hex(clientAddress), m_policy.perAddress},
    };
}

namespace {

// Puts a sign-in whose password was right to the second factor.
void applySecondFactor(SignInResult &result, const SecondFactorCheck &check)
{
    if (result.status != SignInStatus::Ok || !check)
        return;
    switch (check(*result.user)) {
    case SecondFactorVerdict::NotNeeded:
    case SecondFactorVerdict::Passed:
        return;
    case SecondFactorVerdict::Required:
        result.status = SignInStatus::SecondFactorRequired;
        return;
    case SecondFactorVerdict::Invalid:
        result.status = SignInStatus::SecondFactorInvalid;
        return;
    case SecondFactorVerdict::Enrollment:
        result.status = SignInStatus::SecondFactorEnrollment;
        return;
    }
}

// The password was right: the attempt's count is taken back, unless a wrong second-factor code keeps it.
bool passwordWasRight(const SignInResult &result)
{
    return result.status == SignInStatus::Ok || result.status == SignInStatus::SecondFactorRequired ||
           result.status == SignInStatus::SecondFactorEnrollment;
}

} // namespace

SignInResult AccountService::signIn(const std::string &email, const std::string &password,
                                    const std::string &clientAddress, const std::string &deviceToken,
                                    const SecondFactorCheck &secondFactor)
{
    // The device lane: only for a cookie the server signed, not expired, naming the account being signed
    // into (each one comes from a successful sign-in to it). Checked without hashing anything.
    if (const auto device = readDeviceToken(m_deviceSecret, deviceToken, nowSeconds())) {
        const auto user =
            password.size() <= PasswordPolicy::kMaxLength ? m_users.findByEmail(email) : std::nullopt;
        if (user && user->id == device->userId)
            return signInOnDevice(email, password, deviceToken, secondFactor);
    }
    store::ThrottleRepository throttle(m_db);
    const auto keys = throttleKeys(email, clientAddress);
    std::vector<std::string> names;
    std::vector<store::ThrottleKey> counted;
    for (const auto &[key, limit] : keys) {
        names.push_back(key);
        counted.push_back({key, limit.maxFailures, limit.windowSeconds, limit.lockoutSeconds});
    }

    SignInResult result;
    const auto now = nowSeconds();
    const auto refuse = [&](std::int64_t retryAfter) {
        ++m_throttled;
        result.status = SignInStatus::Throttled;
        result.retryAfterSeconds = std::max<std::int64_t>(retryAfter, 1);
        return result;
    };
    // A cheap read first: during a lock (the common case under attack) nothing is written.
    if (const auto until = throttle.lockedUntil(names, now); until > now)
        return refuse(until - now);
    // Then a permit of the hash gate: when the gate is full (the other common case under attack) the attempt
    // is refused having written nothing, so a burst costs the database only reads.
    const auto permit = m_gate.acquire();
    if (!permit)
        return refuse(1);
    // The attempt counts before the slow hash: however many run in parallel, no more than a key's limit get
    // past it (the lock check and the count are one transaction).
    const auto admitted = nowSeconds();
    const auto admission = throttle.admit(counted, admitted);
    if (!admission.admitted)
        return refuse(admission.lockedUntil - admitted);
    result = verifyAdmitted(email, password);
    applySecondFactor(result, secondFactor);
    if (passwordWasRight(result)) {
        // A success is not a failure: the pair's count starts over, the other keys get their count back.
        throttle.clear(keys.front().first);
        throttle.refund({names.begin() + 1, names.end()}, nowSeconds());
    }
    if (result.status == SignInStatus::Ok)
        issueDeviceToken(result);
    return result;
}

SignInResult AccountService::signInOnDevice(const std::string &email, const std::string &password,
                                            const std::string &deviceToken, const SecondFactorCheck &secondFactor)
{
    store::ThrottleRepository throttle(m_db);
    const auto key = "device:" + sha256Hex(deviceToken);
    const auto &limit = m_policy.perDevice;
    SignInResult result;
    result.deviceLane = true;
    const auto now = nowSeconds();
    const auto refuse = [&](std::int64_t retryAfter) {
        ++m_throttled;
        result.status = SignInStatus::Throttled;
        result.retryAfterSeconds = std::max<std::int64_t>(retryAfter, 1);
        return result;
    };
    // Counted before the hash, like every sign-in: however many run in parallel with one cookie, at most
    // its limit per window are hashed; then this cookie (and no other, and not the account) is locked.
    const auto admission =
        throttle.admit({{key, limit.maxFailures, limit.windowSeconds, limit.lockoutSeconds}}, now);
    if (!admission.admitted) {
        ++m_deviceLocked;
        return refuse(admission.lockedUntil - now);
    }
    const auto permit = m_gate.acquire(HashGate::Lane::Reserved);
    if (!permit) {
        throttle.refund({key}, nowSeconds()); // nothing was tried: the attempt does not count
        return refuse(1);
    }
    ++m_deviceVerifications;
    result = verifyAdmitted(email, password);
    result.deviceLane = true;
    applySecondFactor(result, secondFactor);
    if (passwordWasRight(result))
        throttle.clear(key);
    if (result.status == SignInStatus::Ok)
        issueDeviceToken(result);
    return result;
}

void AccountService::issueDeviceToken(SignInResult &result)
{
    result.deviceTokenExpiresAt = nowSeconds() + m_policy.deviceTokenSeconds;
    result.deviceToken = makeDeviceToken(m_deviceSecret, result.user->id, result.deviceTokenExpiresAt);
}

SignInResult AccountService::verifyAdmitted(const std::string &email, const std::string &password)
{
    SignInResult result;
    const auto user =
        password.size() <= PasswordPolicy::kMaxLength ? m_users.findByEmail(email) : std::nullopt;
    const std::string stored = user ? m_users.passwordHash(user->id) : m_dummyHash;
    ++m_verifications;
    ++m_hashes;
    const bool ok = m_hasher.verify(stored, password) && user.has_value();
    if (!ok) {
        result.status = SignInStatus::InvalidCredentials;
        return result;
    }
    if (m_hasher.needsRehash(stored)) { // parameters raised since this hash was made: upgrade it now
        ++m_hashes;
        m_users.setPasswordHash(user->id, m_hasher.hash(password));
    }
    result.status = SignInStatus::Ok;
    result.user = user;
    return result;
}

IssuedWebSession AccountService::startWebSession(const std::string &userId, const std::string &clientAddress,
                                                 const std::string &userAgent)
{
    IssuedWebSession issued;
    issued.token = randomToken(32);
    const auto now = nowSeconds();
    issued.session = {
        sha256Hex(issued.token), userId, randomToken(32), now, now, now + m_policy.sessionAbsoluteSeconds};
    m_sessions.create(issued.session, clientAddress, userAgent);
    return issued;
}

std::optional<std::pair<store::WebSession, store::User>>
AccountService::resolveWebSession(const std::string &token)
{
    if (token.empty() || token.size() > 128)
        return std::nullopt;
    const auto hash = sha256Hex(token);
    auto session = m_sessions.find(hash);
    if (!session)
        return std::nullopt;
    const auto now = nowSeconds();
    if (now >= session->expiresAt || now - session->lastSeenAt > m_policy.sessionIdleSeconds) {
        m_sessions.remove(hash);
        return std::nullopt;
    }
    auto user = m_users.findById(session->userId);
    if (!user)
        return std::nullopt;
    if (now > session->lastSeenAt) {
        m_sessions.touch(hash, now);
        session->lastSeenAt = now;
    }
    return std::make_pair(*session, *user);
}

void AccountService::endWebSession(const std::string &token)
{
    if (!token.empty())
        m_sessions.remove(sha256Hex(token));
}

std::size_t AccountService::signOutEverywhere(const std::string &userId)
{
    const auto sessions = m_sessions.removeAllForUser(userId);
    const auto tokens = m_tokens.revokeAllForUser(userId, nowSeconds());
    return sessions + tokens;
}

std::int64_t AccountService::webSessionCount(const std::string &userId)
{
    return m_sessions.countForUser(userId);
}

IssuedApiToken AccountService::newApiToken(const std::string &userId, const std::string &deviceName,
                                           bool secondFactor) const
{
    IssuedApiToken issued;
    issued.token = "cvn_" + randomToken(32);
    const auto now = nowSeconds();
    const auto ttl = secondFactor ? m_policy.staffApiTokenSeconds : m_policy.apiTokenSeconds;
    issued.info = {store::newUuid(), userId, deviceName, now, now, now + ttl, 0, secondFactor};
    return issued;
}

IssuedApiToken AccountService::issueApiToken(const std::string &userId, const std::string &deviceName)
{
    auto issued = newApiToken(userId, deviceName, false);
    m_tokens.create(issued.info, sha256Hex(issued.token));
    return issued;
}

IssuedApiToken AccountService::issueApiToken(store::Transaction &tx, const std::string &userId,
                                             const std::string &deviceName, bool secondFactor)
{
    auto issued = newApiToken(userId, deviceName, secondFactor);
    store::ApiTokenRepository::create(tx, issued.info, sha256Hex(issued.token));
    return issued;
}

std::optional<std::pair<store::ApiToken, store::User>>
AccountService::resolveApiToken(const std::string &token)
{
    if (token.size() < 8 || token.size() > 128)
        return std::nullopt;
    auto info = m_tokens.findByHash(sha256Hex(token));
    const auto now = nowSeconds();
    if (!info || info->revokedAt != 0 || now >= info->expiresAt)
        return std::nullopt;
    auto user = m_users.findById(info->userId);
    if (!user)
        return std::nullopt;
    m_tokens.touch(info->id, now);
    return std::make_pair(*info, *user);
}

bool AccountService::revokeApiToken(const std::string &tokenId, const std::string &userId)
{
    return m_tokens.revoke(tokenId, userId, nowSeconds());
}

std::vector<store::ApiToken> AccountService::activeApiTokens(const std::string &userId)
{
    return m_tokens.listActive(userId, nowSeconds());
}

std::size_t AccountService::purgeExpired()
{
    const auto now = nowSeconds();
    store::ThrottleRepository throttle(m_db);
    const auto longestWindow =
        std::max({m_policy.perAccountAddress.windowSeconds, m_policy.perAccount.windowSeconds,
                  m_policy.perAddress.windowSeconds, m_policy.registerPerAddress.windowSeconds,
                  m_policy.perDevice.windowSeconds});
    return m_sessions.purgeExpired(now, m_policy.sessionIdleSeconds) + m_tokens.purgeExpired(now) +
           throttle.purgeStale(now, longestWindow);
}

PasswordProblem AccountService::checkNewPassword(const std::string &password) const
{
    return m_passwords.check(password);
}

std::optional<std::string> AccountService::hashNewPassword(const std::string &password)
{
    const auto permit = m_gate.acquire();
    if (!permit)
        return std::nullopt;
    ++m_hashes;
    return m_hasher.hash(password);
}

std::optional<bool> AccountService::verifyPassword(const std::string &userId, const std::string &password)
{
    if (password.size() > PasswordPolicy::kMaxLength)
        return false;
    const auto permit = m_gate.acquire();
    if (!permit)
        return std::nullopt;
    const auto stored = m_users.passwordHash(userId);
    ++m_verifications;
    ++m_hashes;
    return m_hasher.verify(stored.empty() ? m_dummyHash : stored, password) && !stored.empty();
}

AccountStats AccountService::stats() const
{
    const auto gate = m_gate.stats();
    const auto deviceGate = m_gate.stats(HashGate::Lane::Reserved);
    AccountStats s;
    s.passwordVerifications = m_verifications.load();
    s.throttledAttempts = m_throttled.load();
    s.registrationsThrottled = m_registrationsThrottled.load();
    s.passwordHashes = m_hashes.load();
    s.busyRefusals = gate.refused;
    s.hashesInFlight = gate.inFlight;
    s.peakHashesInFlight = gate.peakInFlight;
    s.deviceVerifications = m_deviceVerifications.load();
    s.deviceLocked = m_deviceLocked.load();
    s.deviceBusyRefusals = deviceGate.refused;
    s.peakDeviceHashesInFlight = deviceGate.peakInFlight;
    return s;
}

} // namespace caravan::accounts
