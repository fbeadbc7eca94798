#include "sync/accountsession.h"

#include "data/accountpaths.h"
#include "data/profilerepository.h"
#include "sync/serveraddress.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAccountSession, "caravan.sync.account")

namespace caravan::sync {

AccountSession::AccountSession(AppSettings &settings, QString dataRoot, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_dataRoot(std::move(dataRoot))
    , m_tokens(new data::TokenStore(this))
    , m_client(new SessionClient(this))
{
    // The custom CA of the settings applies to every request from now on; a file that went missing is
    // said once (the system's CAs still apply, so a public server keeps working).
    QString reason;
    if (!ServerTrust::setCaFile(m_settings.caFile(), &reason)) {
        qCWarning(lcAccountSession) << "the custom CA file is not used:" << reason;
        ServerTrust::setCaFile({});
        setNotice(reason);
    }
}

AccountSession::~AccountSession() = default;

void AccountSession::setServerUrl(const QUrl &url)
{
    const QUrl before = m_settings.serverUrl();
    m_settings.setServerUrl(url);
    m_settings.sync();
    if (m_settings.serverUrl() != before)
        emit serverUrlChanged(m_settings.serverUrl());
}

bool AccountSession::setCaFile(const QString &path, QString *error)
{
    const QString file = path.trimmed();
    if (!ServerTrust::setCaFile(file, error))
        return false;
    if (file == m_settings.caFile())
        return true;
    m_settings.setCaFile(file);
    m_settings.sync();
    emit caFileChanged(file);
    return true;
}

bool AccountSession::openAccount(const AccountRef &account, QString *error)
{
    closeAccount();
    const QString folder = data::accountDirectory(m_dataRoot, account.server, account.email);
    QString reason;
    auto database =
        data::LocalDatabase::open(QDir(folder).filePath(data::LocalDatabase::fileName()), &reason);
    if (!database) {
        qCWarning(lcAccountSession) << "cannot open the local data of" << account.email << reason;
        if (error)
            *error = reason;
        return false;
    }
    m_database = std::move(database);
    m_account = account;
    const auto cached = data::ProfileRepository(m_database->connection()).load();
    m_profile = cached ? cached->profile : data::UserProfile{QString(), account.email, {}, {}, {}};
    return true;
}

void AccountSession::closeAccount()
{
    m_database.reset();
    m_account.reset();
    m_profile = {};
    m_token.clear();
}

bool AccountSession::restoreLastAccount(QString *error)
{
    const auto last = m_settings.lastAccount();
    if (!last)
        return false;
    if (!openAccount(*last, error))
        return false;
    emit accountChanged();
    const QString key = data::tokenKey(last->server, last->email);
    const AccountRef account = *last;
    m_tokens->read(key, [this, account](const data::TokenStore::Result &result) {
        if (m_account != account)
            return; // another account was opened meanwhile
        applyKeyringResult(result);
        if (result.status == data::TokenStore::Status::Ok && !result.token.isEmpty()) {
            m_token = result.token;
            emit accountChanged();
            refreshProfile();
        } else if (result.status == data::TokenStore::Status::NotFound) {
            setNotice(tr("Not signed in. Your local data is available; sign in to sync."));
        }
    });
    return true;
}

std::optional<ApiError> AccountSession::notSignedIn() const
{
    if (m_account && !m_token.isEmpty())
        return std::nullopt;
    ApiError error;
    error.kind = ApiError::Kind::Unauthorized;
    error.message = tr("Sign in to reach the server.");
    return error;
}

void AccountSession::getJson(const QString &path, SessionClient::JsonCallback done)
{
    if (const auto refused = notSignedIn()) {
        done({}, *refused);
        return;
    }
    m_client->getJson(m_account->server, m_token, path, std::move(done));
}

void AccountSession::getBytes(const QString &path, SessionClient::BytesCallback done)
{
    if (const auto refused = notSignedIn()) {
        done({}, *refused);
        return;
    }
    m_client->getBytes(m_account->server, m_token, path, std::move(done));
}

void AccountSession::postJson(const QString &path, const QJsonObject &body, const QString &idempotencyKey,
                              SessionClient::JsonCallback done)
{
    if (const auto refused = notSignedIn()) {
        done({}, *refused);
        return;
    }
    m_client->postJson(m_account->server, m_token, path, body, idempotencyKey, std::move(done));
}

void AccountSession::putJson(const QString &path, const QJsonObject &body, SessionClient::JsonCallback done)
{
    if (const auto refused = notSignedIn()) {
        done({}, *refused);
        return;
    }
    m_client->putJson(m_account->server, m_token, path, body, std::move(done));
}

void AccountSession::refreshProfile()
{
    if (!m_account || m_token.isEmpty())
        return;
    const AccountRef account = *m_account;
    m_client->fetchProfile(account.server, m_token,
                           [this, account](const data::UserProfile &user, const ApiError &error) {
                               if (m_account != account)
                                   return;
                               if (error.kind == ApiError::Kind::Unauthorized) {
                                   // The token is no longer valid anywhere: forget it.
                                   m_token.clear();
                                   m_tokens->remove(data::tokenKey(account.server, account.email),
                                                    [](const data::TokenStore::Result &) {});
                                   setNotice(error.message);
                                   emit accountChanged();
                                   return;
                               }
                               if (error.kind != ApiError::Kind::None)
                                   return; // offline or server trouble: keep the cached profile
                               m_profile = user;
                               data::ProfileRepository(m_database->connection())
                                   .save(user, data::normalizedServerUrl(account.server));
                               emit accountChanged();
                           });
}

void AccountSession::signIn(const QString &email, const QString &password, const QString &totp)
{
    if (m_signingIn)
        return;
    m_signingIn = true;
    const QUrl server = serverUrl();
    // The device token of an earlier sign-in, if the keyring has one: the server then lets this computer
    // sign in even while the account is locked by someone guessing its password.
    m_tokens->read(data::deviceTokenKey(server, email),
                   [this, server, email, password, totp](const data::TokenStore::Result &stored) {
                       const bool found = stored.status == data::TokenStore::Status::Ok;
                       signInWith(server, email, password, totp, found ? stored.token : QString());
                   });
}

void AccountSession::signInWith(const QUrl &server, const QString &email, const QString &password,
                                const QString &totp, const QString &deviceToken)
{
    m_client->signIn(
        server, email.trimmed(), password, SessionClient::defaultDeviceName(), deviceToken, totp,
        [this, server, email](const SessionGrant &grant, const ApiError &error) {
            if (error.kind != ApiError::Kind::None) {
                m_signingIn = false;
                emit signInFinished(false, error);
                return;
            }
            const AccountRef account{grant.user.email.trimmed().toLower(), server};
            QString reason;
            if (!openAccount(account, &reason)) {
                m_signingIn = false;
                ApiError local;
                local.kind = ApiError::Kind::BadResponse;
                local.message = tr("Signed in, but the local data cannot be opened: %1").arg(reason);
                // Do not leave a live session behind that nobody can use.
                m_client->revoke(server, grant.token, [](const ApiError &) {});
                emit signInFinished(false, local);
                return;
            }
            m_profile = grant.user;
            m_token = grant.token;
            data::ProfileRepository(m_database->connection())
                .save(grant.user, data::normalizedServerUrl(server));
            m_settings.rememberAccount(account);
            m_settings.setLastAccount(account);
            m_settings.sync();
            setNotice({});
            emit accountChanged();
            if (!grant.deviceToken.isEmpty())
                m_tokens->write(data::deviceTokenKey(server, email), grant.deviceToken,
                                [](const data::TokenStore::Result &) {}); // without it, the next sign-in is as today
            m_tokens->write(data::tokenKey(server, account.email), grant.token,
                            [this, account](const data::TokenStore::Result &result) {
                                m_signingIn = false;
                                applyKeyringResult(result);
                                if (result.status != data::TokenStore::Status::Ok && m_account == account)
                                    setNotice(tr("Signed in for this session only: the sign-in could not be "
                                                 "saved in the keyring."));
                                emit signInFinished(true, {});
                            });
        });
}

void AccountSession::signOut()
{
    if (!m_account) {
        emit signedOut();
        return;
    }
    const AccountRef account = *m_account;
    if (!m_token.isEmpty())
        m_client->revoke(account.server, m_token, [](const ApiError &error) {
            if (error.kind != ApiError::Kind::None)
                qCInfo(lcAccountSession) << "the server did not confirm the sign-out:" << error.message;
        });
    closeAccount();
    m_settings.clearLastAccount();
    m_settings.sync();
    setNotice({});
    emit accountChanged();
    m_tokens->remove(data::tokenKey(account.server, account.email),
                     [this](const data::TokenStore::Result &result) {
                         applyKeyringResult(result);
                         if (result.status != data::TokenStore::Status::Ok)
                             setNotice(result.message);
                         emit signedOut();
                     });
}

void AccountSession::applyKeyringResult(const data::TokenStore::Result &result)
{
    KeyringState state = KeyringState::Available;
    QString message;
    switch (result.status) {
    case data::TokenStore::Status::Ok:
    case data::TokenStore::Status::NotFound:
        break;
    case data::TokenStore::Status::KeyringUnavailable:
        state = KeyringState::Unavailable;
        message = result.message;
        break;
    case data::TokenStore::Status::Failed:
        state = KeyringState::Error;
        message = result.message;
        break;
    }
    if (state == m_keyringState && message == m_keyringMessage)
        return;
    m_keyringState = state;
    m_keyringMessage = message;
    emit keyringStateChanged();
}

void AccountSession::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

} // namespace caravan::sync
