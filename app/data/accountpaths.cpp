#include "data/accountpaths.h"

#include <QCryptographicHash>
#include <QDir>

namespace caravan::data {

QString normalizedServerUrl(const QUrl &server)
{
    QUrl url = server.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash |
                               QUrl::NormalizePathSegments);
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url.toString(QUrl::FullyEncoded);
}

QString accountHash(const QUrl &server, const QString &email)
{
    const QString identity = normalizedServerUrl(server) + QLatin1Char('\n') + email.trimmed().toLower();
    const QByteArray digest = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(32));
}

QString accountDirectory(const QString &dataRoot, const QUrl &server, const QString &email)
{
    return QDir(dataRoot).filePath(QLatin1String("accounts/") + accountHash(server, email));
}

QString tokenKey(const QUrl &server, const QString &email)
{
    return email.trimmed().toLower() + QLatin1Char('@') + normalizedServerUrl(server);
}

QString deviceTokenKey(const QUrl &server, const QString &email)
{
    return QStringLiteral("device:") + tokenKey(server, email);
}

} // namespace caravan::data
