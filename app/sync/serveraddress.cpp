#include "sync/serveraddress.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkRequest>

namespace caravan::sync {

namespace {

const QString kHttp = QStringLiteral("http");
const QString kHttps = QStringLiteral("https");

struct Trust
{
    QString file;
    QList<QSslCertificate> certificates;
};

Trust &trust()
{
    static Trust instance;
    return instance;
}

} // namespace

QUrl ServerAddress::fromUserInput(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QUrl();
    };
    if (text.isEmpty() || text.contains(QLatin1Char(' ')))
        return fail(invalidAddress());
    // No scheme: a bare host name (with an optional port and path) is reached over https. QUrl would
    // read "host:8080" as the scheme "host", so the scheme is recognised by "://" alone.
    const QString withScheme =
        text.contains(QLatin1String("://")) ? text : kHttps + QLatin1String("://") + text;
    QUrl url(withScheme, QUrl::StrictMode);
    url.setScheme(url.scheme().toLower());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != kHttp && url.scheme() != kHttps) ||
        !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return fail(invalidAddress());
    if (!isSecure(url))
        return fail(plainHttpRefused(url));
    if (error)
        error->clear();
    return url;
}

bool ServerAddress::isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    if (name == QLatin1String("localhost"))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

bool ServerAddress::isSecure(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == kHttps)
        return !url.host().isEmpty();
    return scheme == kHttp && isLoopbackHost(url.host());
}

QString ServerAddress::plainHttpRefused(const QUrl &url)
{
    return tr("Caravan does not connect to %1 over plain http: your password and sign-in would travel "
              "unencrypted. Use https:// (plain http is allowed only for a server on this computer, such "
              "as http://127.0.0.1:8080).")
        .arg(url.host());
}

QString ServerAddress::invalidAddress()
{
    return tr("The server address is not valid. Use a web address such as https://caravan.example.");
}

bool ServerTrust::setCaFile(const QString &path, QString *error)
{
    if (path.trimmed().isEmpty()) {
        trust() = Trust{};
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the CA file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.removeIf([](const QSslCertificate &certificate) { return certificate.isNull(); });
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("The file %1 holds no certificate (PEM or DER).").arg(path);
        return false;
    }
    trust() = Trust{path, certificates};
    return true;
}

QString ServerTrust::caFile()
{
    return trust().file;
}

QList<QSslCertificate> ServerTrust::customCertificates()
{
    return trust().certificates;
}

QSslConfiguration ServerTrust::configuration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!trust().certificates.isEmpty())
        configuration.addCaCertificates(trust().certificates);
    return configuration;
}

void ServerTrust::apply(QNetworkRequest &request)
{
    if (request.url().scheme().compare(kHttps, Qt::CaseInsensitive) == 0 && !trust().certificates.isEmpty())
        request.setSslConfiguration(configuration());
}

} // namespace caravan::sync
