#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

namespace caravan::sync {

// A known account: who and on which server. Secrets never live here (the token is in the keychain).
struct AccountRef
{
    QString email;
    QUrl server;
    friend bool operator==(const AccountRef &, const AccountRef &) = default;
};

// Non-secret, machine-wide preferences in QSettings: the server URL and its custom CA file, the known
// accounts, the last account and the interface language.
class AppSettings final
{
public:
    // Uses the platform's default location for organisation "Caravan", application "caravan".
    AppSettings();
    // Uses an INI file at `filePath` (a separate profile, e.g. for a second installation).
    explicit AppSettings(const QString &filePath);

    static QUrl defaultServerUrl() { return QUrl(QStringLiteral("http://127.0.0.1:8080")); }

    [[nodiscard]] QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);

    // A PEM (or DER) file of certificate authorities trusted for the server's TLS certificate in
    // addition to the system's (a server with a private CA); "" = the system's only.
    [[nodiscard]] QString caFile() const;
    void setCaFile(const QString &path);

    // "" means: follow the system locale.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);

    [[nodiscard]] QList<AccountRef> knownAccounts() const;
    void rememberAccount(const AccountRef &account);
    [[nodiscard]] std::optional<AccountRef> lastAccount() const;
    void setLastAccount(const AccountRef &account);
    void clearLastAccount();

    void sync();
    [[nodiscard]] QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace caravan::sync
