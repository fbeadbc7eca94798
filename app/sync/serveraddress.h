#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

class QNetworkRequest;

namespace caravan::sync {

// The rules for the address of a Caravan server, wherever it is typed (sign-in dialog, settings page,
// --server): the password and the token must never travel in clear.
//   - "caravan.example" or "caravan.example:8443/base" (no scheme) means https;
//   - https:// is accepted for any host;
//   - http:// only for loopback: 127.0.0.0/8, ::1 and "localhost" (a server on this computer).
class ServerAddress final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::sync::ServerAddress)

public:
    // The server URL for what a person typed, or an empty URL with a translated reason in `error`.
    [[nodiscard]] static QUrl fromUserInput(const QString &input, QString *error = nullptr);

    // True when `host` names this computer: 127.0.0.0/8, ::1 (also as ::ffff:127.x.y.z) or localhost.
    [[nodiscard]] static bool isLoopbackHost(const QString &host);
    // True when requests to `url` may carry a password or a token: https, or http to loopback.
    [[nodiscard]] static bool isSecure(const QUrl &url);

    // The translated message for a plain-http address of another computer.
    [[nodiscard]] static QString plainHttpRefused(const QUrl &url);
    [[nodiscard]] static QString invalidAddress();
};

// The TLS trust for every request to the server: the system's certificate authorities plus, when set,
// those of a custom CA file (for a server whose certificate comes from a private CA). One per process,
// used from the GUI thread only (as every QNetworkAccessManager of the app is).
class ServerTrust final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::sync::ServerTrust)

public:
    // Reads the certificates (PEM, or one DER certificate) of `path`. An empty path removes the custom
    // CA. On failure the trust is unchanged and `error` holds a translated reason.
    static bool setCaFile(const QString &path, QString *error = nullptr);
    [[nodiscard]] static QString caFile();
    [[nodiscard]] static QList<QSslCertificate> customCertificates();

    // The default TLS configuration with the custom CA's certificates added.
    [[nodiscard]] static QSslConfiguration configuration();
    // Gives an https request that configuration (other requests are left as they are).
    static void apply(QNetworkRequest &request);
};

} // namespace caravan::sync
