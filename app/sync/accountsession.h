#pragma once

#include "data/localdatabase.h"
#include "data/tokenstore.h"
#include "data/userprofile.h"
#include "sync/appsettings.h"
#include "sync/sessionclient.h"

#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>

namespace caravan::sync {

// The account the app works for: its local database, its cached profile, its session token (in memory
// and in the keychain) and the sign-in / sign-out flow. Knows no widgets; the UI observes the signals.
//
// An account can be open without a token: offline, or when the keyring is unavailable, the seller still
// works with the local data and the cached profile (including the staff role).
class AccountSession final : public QObject
{
    Q_OBJECT

public:
    enum class KeyringState { Unknown, Available, Unavailable, Error };
    Q_ENUM(KeyringState)

    // dataRoot: where the per-account folders live (normally QStandardPaths::AppDataLocation).
    AccountSession(AppSettings &settings, QString dataRoot, QObject *parent = nullptr);
    ~AccountSession() override;

    [[nodiscard]] AppSettings &settings() { return m_settings; }
    [[nodiscard]] QString dataRoot() const { return m_dataRoot; }

    // The server new sign-ins go to (persisted in the settings).
    [[nodiscard]] QUrl serverUrl() const { return m_settings.serverUrl(); }
    void setServerUrl(const QUrl &url);

    // The custom CA file trusted for the server's certificate (ServerTrust), kept in the settings and
    // loaded again at start. "" removes it. False (and nothing changed) with a translated reason when
    // the file cannot be read or holds no certificate.
    [[nodiscard]] QString caFile() const { return m_settings.caFile(); }
    bool setCaFile(const QString &path, QString *error = nullptr);

    [[nodiscard]] bool hasAccount() const { return m_database != nullptr; }
    [[nodiscard]] std::optional<AccountRef> account() const { return m_account; }
    [[nodiscard]] data::UserProfile profile() const { return m_profile; }
    [[nodiscard]] bool isStaff() const { return hasAccount() && m_profile.isStaff(); }
    [[nodiscard]] bool isAuthenticated() const { return !m_token.isEmpty(); }
    [[nodiscard]] data::LocalDatabase *database() const { return m_database.get(); }
    [[nodiscard]] data::TokenStore &tokenStore() { return *m_tokens; }

    [[nodiscard]] KeyringState keyringState() const { return m_keyringState; }
    [[nodiscard]] QString keyringMessage() const { return m_keyringMessage; }
    // A short, translated note for the user about the session (expired, not remembered, ...); may be empty.
    [[nodiscard]] QString notice() const { return m_notice; }

    // Opens the last used account from its local data (works offline), then looks for its token in the
    // keychain and, when found, refreshes the profile from the server in the background.
    // Returns false (with error) if there is no last account or its local database cannot be opened.
    bool restoreLastAccount(QString *error = nullptr);

    // Asks the server for the current profile (roles may have changed) when a token is held; harmless
    // offline. Called after restoring and whenever the server becomes reachable again.
    void refreshProfile();

    // The signed-in account's JSON API (SessionClient::getJson/postJson with its server and token). Without
    // a token the callback gets Kind::Unauthorized at once.
    void getJson(const QString &path, SessionClient::JsonCallback done);
    void postJson(const QString &path, const QJsonObject &body, const QString &idempotencyKey,
                  SessionClient::JsonCallback done);
    void putJson(const QString &path, const QJsonObject &body, SessionClient::JsonCallback done);
    void getBytes(const QString &path, SessionClient::BytesCallback done);

    // Signs in to serverUrl(). Emits signInFinished exactly once. `totp`: a staff account's six-digit
    // code, once the server asked for it (ApiError::Kind::SecondFactorRequired / SecondFactorEnrollment).
    void signIn(const QString &email, const QString &password, const QString &totp = {});
    [[nodiscard]] bool signInInProgress() const { return m_signingIn; }
    // Revokes the session on the server (best effort), removes the token from the keychain and closes
    // the account. Local data stays on disk. Emits signedOut when the keychain answered.
    void signOut();

signals:
    void accountChanged();
    void serverUrlChanged(const QUrl &url);
    void caFileChanged(const QString &path);
    void keyringStateChanged();
    void noticeChanged();
    void signInFinished(bool ok, const caravan::sync::ApiError &error);
    void signedOut();

private:
    void signInWith(const QUrl &server, const QString &email, const QString &password, const QString &totp,
                    const QString &deviceToken);
    bool openAccount(const AccountRef &account, QString *error);
    void closeAccount();
    void applyKeyringResult(const data::TokenStore::Result &result);
    void setNotice(const QString &notice);
    // Unauthorized (translated) when there is no account with a token to call the API with.
    [[nodiscard]] std::optional<ApiError> notSignedIn() const;

    AppSettings &m_settings;
    QString m_dataRoot;
    data::TokenStore *m_tokens;
    SessionClient *m_client;
    std::unique_ptr<data::LocalDatabase> m_database;
    std::optional<AccountRef> m_account;
    data::UserProfile m_profile;
    QString m_token;
    KeyringState m_keyringState = KeyringState::Unknown;
    QString m_keyringMessage;
    QString m_notice;
    bool m_signingIn = false;
};

} // namespace caravan::sync
