#include "sync/appsettings.h"

#include "data/accountpaths.h"

namespace caravan::sync {

namespace {
const QString kServerKey = QStringLiteral("server/url");
const QString kCaFileKey = QStringLiteral("server/ca_file");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kAccountsGroup = QStringLiteral("accounts");
const QString kLastEmailKey = QStringLiteral("last/email");
const QString kLastServerKey = QStringLiteral("last/server");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("Caravan"), QStringLiteral("caravan")))
{}

AppSettings::AppSettings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

QUrl AppSettings::serverUrl() const
{
    const QUrl url(m_settings->value(kServerKey).toString());
    return url.isValid() && !url.isEmpty() ? url : defaultServerUrl();
}

void AppSettings::setServerUrl(const QUrl &url)
{
    m_settings->setValue(kServerKey, data::normalizedServerUrl(url));
}

QString AppSettings::caFile() const
{
    return m_settings->value(kCaFileKey).toString();
}

void AppSettings::setCaFile(const QString &path)
{
    if (path.isEmpty())
        m_settings->remove(kCaFileKey);
    else
        m_settings->setValue(kCaFileKey, path);
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguageKey, language);
}

QList<AccountRef> AppSettings::knownAccounts() const
{
    QList<AccountRef> accounts;
    const int size = m_settings->beginReadArray(kAccountsGroup);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        accounts.append(AccountRef{m_settings->value(QStringLiteral("email")).toString(),
                                   QUrl(m_settings->value(QStringLiteral("server")).toString())});
    }
    m_settings->endArray();
    return accounts;
}

void AppSettings::rememberAccount(const AccountRef &account)
{
    QList<AccountRef> accounts = knownAccounts();
    if (accounts.contains(account))
        return;
    accounts.append(account);
    m_settings->beginWriteArray(kAccountsGroup, static_cast<int>(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("email"), accounts.at(i).email);
        m_settings->setValue(QStringLiteral("server"), data::normalizedServerUrl(accounts.at(i).server));
    }
    m_settings->endArray();
}

std::optional<AccountRef> AppSettings::lastAccount() const
{
    const QString email = m_settings->value(kLastEmailKey).toString();
    const QUrl server(m_settings->value(kLastServerKey).toString());
    if (email.isEmpty() || !server.isValid() || server.isEmpty())
        return std::nullopt;
    return AccountRef{email, server};
}

void AppSettings::setLastAccount(const AccountRef &account)
{
    m_settings->setValue(kLastEmailKey, account.email);
    m_settings->setValue(kLastServerKey, data::normalizedServerUrl(account.server));
}

void AppSettings::clearLastAccount()
{
    m_settings->remove(kLastEmailKey);
    m_settings->remove(kLastServerKey);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace caravan::sync
