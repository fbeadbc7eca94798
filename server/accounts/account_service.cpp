#include "accounts/account_service.h"

#include "accounts/crypto.h"
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
                                            const std::string &clientAddress)
{
    store::ThrottleRepository throttle(m_db);
    const auto key = "register-address:" + sha256Hex(clientAddress);
    const auto now = nowSeconds();
    if (const auto until = throttle.lockedUntil({key}, now); until > now) {
        RegisterResult result;
        result.error = RegisterError::Throttled;
        result.retryAfterSeconds = until - now;
        return result;
    }
    const auto &limit = m_policy.registerPerAddress;
    throttle.recordFailure(key, now, limit.windowSeconds, limit.maxFailures, limit.lockoutSeconds);
    return createUser(email, displayName, country, password, {"buyer", "seller"});
}

RegisterResult AccountService::createUser(const std::string &email, const std::string &displayName,
                                          const std::string &country, const std::string &password,
                                          const std::vector<std::string> &roles)
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
        result.user = m_users.create({email, displayName, country, m_hasher.hash(password), roles});
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

SignInResult AccountService::signIn(const std::string &email, const std::string &password,
                                    const std::string &clientAddress)
{
    store::ThrottleRepository throttle(m_db);
    const auto keys = throttleKeys(email, clientAddress);
    std::vector<std::string> names;
    for (const auto &k : keys)
        names.push_back(k.first);

    SignInResult result;
    const auto now = nowSeconds();
    if (const auto until = throttle.lockedUntil(names, now); until > now) {
        ++m_throttled;
        result.status = SignInStatus::Throttled;
        result.retryAfterSeconds = until - now;
        return result;
    }

    const auto user =
        password.size() <= PasswordPolicy::kMaxLength ? m_users.findByEmail(email) : std::nullopt;
    const std::string stored = user ? m_users.passwordHash(user->id) : m_dummyHash;
    ++m_verifications;
    const bool ok = m_hasher.verify(stored, password) && user.has_value();
    if (!ok) {
        for (const auto &[key, limit] : keys)
            throttle.recordFailure(key, now, limit.windowSeconds, limit.maxFailures, limit.lockoutSeconds);
        result.status = SignInStatus::InvalidCredentials;
        return result;
    }
    throttle.clear(keys.front().first);
    if (m_hasher.needsRehash(stored))
        m_users.setPasswordHash(user->id, m_hasher.hash(password));
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

IssuedApiToken AccountService::issueApiToken(const std::string &userId, const std::string &deviceName)
{
    IssuedApiToken issued;
    issued.token = "cvn_" + randomToken(32);
    const auto now = nowSeconds();
    issued.info = {store::newUuid(), userId, deviceName, now, now, now + m_policy.apiTokenSeconds, 0};
    m_tokens.create(issued.info, sha256Hex(issued.token));
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
                  m_policy.perAddress.windowSeconds, m_policy.registerPerAddress.windowSeconds});
    return m_sessions.purgeExpired(now, m_policy.sessionIdleSeconds) + m_tokens.purgeExpired(now) +
           throttle.purgeStale(now, longestWindow);
}

AccountStats AccountService::stats() const
{
    return {m_verifications.load(), m_throttled.load()};
}

} // namespace caravan::accounts
