#include "accounts/self_service.h"

#include "accounts/crypto.h"
#include "store/account_records.h"
#include "store/account_tokens.h"
#include "store/changelog.h"
#include "store/sync_store.h"
#include "store/throttle.h"

#include <algorithm>

namespace caravan::accounts {

using store::nowSeconds;
using store::TokenPurpose;

namespace {

SelfServiceResult failed(SelfServiceError error)
{
    SelfServiceResult r;
    r.error = error;
    return r;
}

} // namespace

SelfServiceError passwordError(PasswordProblem problem)
{
    switch (problem) {
    case PasswordProblem::TooShort:
        return SelfServiceError::PasswordTooShort;
    case PasswordProblem::TooLong:
        return SelfServiceError::PasswordTooLong;
    case PasswordProblem::Common:
        return SelfServiceError::PasswordCommon;
    case PasswordProblem::None:
        break;
    }
    return SelfServiceError::None;
}

AccountSelfService::AccountSelfService(store::Database &db, AccountService &accounts, SelfServicePolicy policy,
                                       std::vector<std::string> languages)
    : m_db(db)
    , m_accounts(accounts)
    , m_policy(policy)
    , m_languages(std::move(languages))
    , m_users(db)
{}

SelfServiceResult AccountSelfService::admit(const std::string &key, const ThrottleLimit &limit)
{
    const auto now = nowSeconds();
    const auto admission =
        store::ThrottleRepository(m_db).admit({{key, limit.maxFailures, limit.windowSeconds, limit.lockoutSeconds}}, now);
    if (admission.admitted)
        return {};
    auto r = failed(SelfServiceError::Throttled);
    r.retryAfterSeconds = std::max<std::int64_t>(admission.lockedUntil - now, 1);
    return r;
}

bool AccountSelfService::mayMail(const std::string &email)
{
    return admit("mail-to:" + sha256Hex(store::normaliseEmail(email)), m_policy.mailPerRecipient).error ==
           SelfServiceError::None;
}

std::string AccountSelfService::issueVerification(const store::User &user)
{
    const auto token = randomToken(32);
    const auto now = nowSeconds();
    store::AccountTokenStore(m_db).issue(sha256Hex(token), user.id, TokenPurpose::VerifyEmail, user.email, now,
                                         now + m_policy.verifyTokenSeconds, false);
    return token;
}

std::optional<store::User> AccountSelfService::peekVerification(const std::string &token)
{
    if (token.empty() || token.size() > 128)
        return std::nullopt;
    const auto found = store::AccountTokenStore(m_db).peek(sha256Hex(token), TokenPurpose::VerifyEmail, nowSeconds());
    return found ? m_users.findById(found->userId) : std::nullopt;
}

SelfServiceResult AccountSelfService::verifyEmail(const std::string &token)
{
    if (token.empty() || token.size() > 128)
        return failed(SelfServiceError::InvalidToken);
    const auto now = nowSeconds();
    store::Transaction tx(m_db);
    const auto found = store::AccountTokenStore::consume(tx, sha256Hex(token), TokenPurpose::VerifyEmail, now);
    // The address must still be the account's: a link mailed to an earlier address verifies nothing.
    if (!found || !store::AccountRecords::markEmailVerified(tx, found->userId, found->email, now))
        return failed(SelfServiceError::InvalidToken);
    store::AccountTokenStore::voidAll(tx, found->userId, TokenPurpose::VerifyEmail, now);
    tx.commit();
    SelfServiceResult r;
    r.user = m_users.findById(found->userId);
    return r;
}

SelfServiceResult AccountSelfService::requestPasswordReset(const std::string &email, const std::string &clientAddress)
{
    if (auto refused = admit("reset-address:" + sha256Hex(clientAddress), m_policy.resetPerAddress);
        refused.error != SelfServiceError::None)
        return refused;
    if (!AccountService::isValidEmail(email))
        return failed(SelfServiceError::InvalidEmail);
    SelfServiceResult r;
    r.user = m_users.findByEmail(email);
    if (!r.user)
        return r;
    r.token = randomToken(32);
    const auto now = nowSeconds();
    store::AccountTokenStore(m_db).issue(sha256Hex(r.token), r.user->id, TokenPurpose::ResetPassword, r.user->email,
                                         now, now + m_policy.resetTokenSeconds, true);
    return r;
}

std::optional<store::User> AccountSelfService::peekPasswordReset(const std::string &token)
{
    if (token.empty() || token.size() > 128)
        return std::nullopt;
    const auto found =
        store::AccountTokenStore(m_db).peek(sha256Hex(token), TokenPurpose::ResetPassword, nowSeconds());
    return found ? m_users.findById(found->userId) : std::nullopt;
}

SelfServiceResult AccountSelfService::resetPassword(const std::string &token, const std::string &newPassword)
{
    if (!peekPasswordReset(token))
        return failed(SelfServiceError::InvalidToken);
    if (const auto problem = passwordError(m_accounts.checkNewPassword(newPassword)); problem != SelfServiceError::None)
        return failed(problem);
    const auto hash = m_accounts.hashNewPassword(newPassword);
    if (!hash)
        return failed(SelfServiceError::Busy);
    const auto now = nowSeconds();
    store::Transaction tx(m_db);
    const auto found = store::AccountTokenStore::consume(tx, sha256Hex(token), TokenPurpose::ResetPassword, now);
    if (!found)
        return failed(SelfServiceError::InvalidToken);
    store::AccountRecords::setPasswordHash(tx, found->userId, *hash, now);
    store::AccountRecords::endOtherSessions(tx, found->userId, "", now);
    store::AccountTokenStore::voidAll(tx, found->userId, TokenPurpose::ResetPassword, now);
    store::AccountRecords::markEmailVerified(tx, found->userId, found->email, now);
    tx.commit();
    SelfServiceResult r;
    r.user = m_users.findById(found->userId);
    return r;
}

SelfServiceResult AccountSelfService::checkCurrentPassword(const store::User &user, const std::string &password)
{
    const auto key = "password-check:" + sha256Hex(user.id);
    if (auto refused = admit(key, m_policy.passwordChecks); refused.error != SelfServiceError::None)
        return refused;
    const auto ok = m_accounts.verifyPassword(user.id, password);
    if (!ok) {
        store::ThrottleRepository(m_db).refund({key}, nowSeconds()); // nothing was tried
        return failed(SelfServiceError::Busy);
    }
    if (!*ok)
        return failed(SelfServiceError::WrongPassword);
    store::ThrottleRepository(m_db).refund({key}, nowSeconds()); // only wrong passwords count
    return {};
}

SelfServiceResult AccountSelfService::changePassword(const store::User &user, const std::string &currentPassword,
                                                     const std::string &newPassword, const std::string &keepSessionHash)
{
    if (const auto problem = passwordError(m_accounts.checkNewPassword(newPassword)); problem != SelfServiceError::None)
        return failed(problem);
    if (auto refused = checkCurrentPassword(user, currentPassword); refused.error != SelfServiceError::None)
        return refused;
    const auto hash = m_accounts.hashNewPassword(newPassword);
    if (!hash)
        return failed(SelfServiceError::Busy);
    const auto now = nowSeconds();
    store::Transaction tx(m_db);
    store::AccountRecords::setPasswordHash(tx, user.id, *hash, now);
    store::AccountRecords::endOtherSessions(tx, user.id, keepSessionHash, now);
    store::AccountTokenStore::voidAll(tx, user.id, TokenPurpose::ResetPassword, now);
    tx.commit();
    SelfServiceResult r;
    r.user = user;
    return r;
}

SelfServiceResult AccountSelfService::updateProfile(const store::User &user, const std::string &displayName,
                                                    const std::string &country, const std::string &language)
{
    if (!AccountService::isValidDisplayName(displayName))
        return failed(SelfServiceError::InvalidName);
    if (!m_accounts.countries().contains(country))
        return failed(SelfServiceError::InvalidCountry);
    if (std::find(m_languages.begin(), m_languages.end(), language) == m_languages.end())
        return failed(SelfServiceError::InvalidLanguage);

    // The profile is a synced record (docs/sync.md): the change goes into the owner's feed, under the
    // owner's lock, like a push from the desktop app.
    store::Transaction tx(m_db);
    store::ChangeLog::lockOwner(tx, user.id);
    auto record = store::SyncStore::loadRecord(tx, "profile", user.id);
    if (!record)
        record = store::SyncStore::profileFromUser(tx, user.id);
    if (!record)
        return failed(SelfServiceError::InvalidToken);
    auto data = record->data;
    data["display_name"] = displayName;
    data["country"] = country;
    if (data != record->data || record->revision == 0) {
        record->revision += 1;
        record->data = data;
        store::SyncStore::saveRecord(tx, *record);
        store::SyncStore::updateUserProfile(tx, user.id, displayName, country);
        std::vector<store::Change> changes{{0, "profile", user.id, "upsert", record->revision, data.dump()}};
        store::ChangeLog::append(tx, user.id, changes);
    }
    store::AccountRecords::setLanguage(tx, user.id, language);
    tx.commit();
    SelfServiceResult r;
    r.user = m_users.findById(user.id);
    return r;
}

SelfServiceResult AccountSelfService::deleteAccount(const store::User &user, const std::string &password)
{
    if (auto refused = checkCurrentPassword(user, password); refused.error != SelfServiceError::None)
        return refused;
    if (store::AccountRecords(m_db).hasOpenOrders(user.id))
        return failed(SelfServiceError::OpenOrders);
    store::Transaction tx(m_db);
    store::ChangeLog::lockOwner(tx, user.id); // no push of the user's can interleave
    store::AccountRecords::erase(tx, user.id, nowSeconds());
    tx.commit();
    return {};
}

} // namespace caravan::accounts
