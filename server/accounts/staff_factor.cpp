#include "accounts/staff_factor.h"

#include "accounts/crypto.h"
#include "accounts/totp.h"
#include "store/audit_log.h"
#include "store/staff_factor.h"
#include "store/throttle.h"

#include <stdexcept>

namespace caravan::accounts {

namespace {

constexpr const char *kStaffRole = "staff";

StaffEnrollment enrollmentOf(const std::string &secret, const store::User &user)
{
    return {totp::base32Encode(secret, false), totp::otpauthUri(secret, user.email)};
}

store::AuditEntry entry(const store::User &user, const std::string &action, nlohmann::json detail)
{
    store::AuditEntry e;
    e.actorId = user.id;
    e.action = action;
    e.subjectType = "user";
    e.subjectId = user.id;
    e.detail = std::move(detail);
    return e;
}

} // namespace

StaffSecondFactor::StaffSecondFactor(store::Database &db, AccountService &accounts)
    : m_db(db)
    , m_accounts(accounts)
    , m_box(store::SecretRepository(db).getOrCreate("second_factor_key", randomToken(32)))
{}

std::string StaffSecondFactor::openSecret(const std::string &userId, const std::string &sealed) const
{
    auto secret = m_box.open(userId, sealed);
    if (!secret) // another server key, or an edited row: the operator enrols the user again
        throw std::runtime_error("the second-factor secret of user " + userId +
                                 " does not open with this server's key");
    return *secret;
}

bool StaffSecondFactor::isEnrolled(const std::string &userId)
{
    const auto record = store::StaffFactorStore::find(m_db, userId);
    return record && record->confirmed();
}

std::optional<StaffEnrollment> StaffSecondFactor::pendingEnrollment(const store::User &user,
                                                                    const std::string &via)
{
    if (auto record = store::StaffFactorStore::find(m_db, user.id)) {
        if (record->confirmed())
            return std::nullopt;
        return enrollmentOf(openSecret(user.id, record->sealedSecret), user);
    }
    const auto secret = totp::newSecret();
    store::Transaction tx(m_db);
    if (store::StaffFactorStore::insertIfMissing(tx, {user.id, m_box.seal(user.id, secret), store::nowSeconds(), 0, 0})) {
        auto e = entry(user, "staff.second_factor_created", {{"via", via}});
        if (via == "caravan-cli")
            e.actorId.clear(); // the operator on the server, not the user
        store::AuditLog::append(tx, e);
        tx.commit();
        return enrollmentOf(secret, user);
    }
    tx.commit();
    // Another request made one at the same moment: that one is the secret.
    return pendingEnrollment(user, via);
}

void StaffSecondFactor::recordRefusal(const store::User &user, const std::string &clientAddress,
                                      const std::string &reason)
{
    store::Transaction tx(m_db);
    store::AuditLog::append(tx, entry(user, "staff.second_factor_refused",
                                      {{"reason", reason}, {"client_address", clientAddress}}));
    tx.commit();
}

StaffSignIn StaffSecondFactor::signIn(const store::User &user, const std::string &code,
                                      const std::string &deviceName, const std::string &clientAddress)
{
    StaffSignIn out;
    if (!user.hasRole(kStaffRole)) {
        out.verdict = SecondFactorVerdict::NotNeeded;
        return out;
    }
    const auto record = store::StaffFactorStore::find(m_db, user.id);
    const bool confirmed = record && record->confirmed();
    if (!confirmed && (code.empty() || !record)) {
        out.verdict = SecondFactorVerdict::Enrollment;
        out.enrollment = pendingEnrollment(user, "sign-in");
        if (!out.enrollment) // confirmed in the meantime by another request
            out.verdict = SecondFactorVerdict::Required;
        return out;
    }
    if (code.empty()) {
        out.verdict = SecondFactorVerdict::Required;
        return out;
    }
    const auto now = store::nowSeconds();
    const auto secret = openSecret(user.id, record->sealedSecret);
    const auto step = totp::verify(secret, code, now, record->lastStep);
    if (!step) {
        // A code of a step already used is a replay (someone saw it); anything else a wrong code.
        const bool replayed = totp::verify(secret, code, now, -1).has_value();
        recordRefusal(user, clientAddress,
                      replayed ? "replayed_code" : confirmed ? "wrong_code" : "wrong_enrollment_code");
        out.verdict = SecondFactorVerdict::Invalid;
        return out;
    }
    store::Transaction tx(m_db);
    if (!store::StaffFactorStore::acceptStep(tx, user.id, *step, now)) {
        tx.commit(); // nothing written: a request with the same code was first
        recordRefusal(user, clientAddress, "replayed_code");
        out.verdict = SecondFactorVerdict::Invalid;
        return out;
    }
    if (!confirmed)
        store::AuditLog::append(tx, entry(user, "staff.second_factor_enrolled", {{"client_address", clientAddress}}));
    out.token = m_accounts.issueApiToken(tx, user.id, deviceName, true);
    store::AuditLog::append(tx, entry(user, "staff.sign_in",
                                      {{"token_id", out.token->info.id},
                                       {"device_name", deviceName},
                                       {"client_address", clientAddress},
                                       {"expires_at", out.token->info.expiresAt}}));
    tx.commit();
    out.verdict = SecondFactorVerdict::Passed;
    return out;
}

} // namespace caravan::accounts
