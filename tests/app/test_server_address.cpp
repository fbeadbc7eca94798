// The server address rules (no plain http except to loopback, a bare host name means https) and the
// custom CA file, from the parser to the sign-in dialog, the settings page, the HTTP clients and a real
// TLS handshake against a server whose certificate comes from a private CA.
#include "cannedhttpserver.h"
#include "sync/accountsession.h"
#include "sync/connectivitymonitor.h"
#include "sync/serveraddress.h"
#include "sync/sessionclient.h"
#include "sync/synchttp.h"
#include "testsupport.h"
#include "ui/language.h"
#include "ui/settingspage.h"
#include "ui/signindialog.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <catch2/catch.hpp>

using namespace caravan;
using sync::ApiError;
using sync::ServerAddress;
using sync::ServerTrust;

namespace {

QUrl parsed(const QString &input, QString *error = nullptr)
{
    return ServerAddress::fromUserInput(input, error);
}

struct Outcome
{
    bool done = false;
    sync::SessionGrant grant;
    ApiError error;
};

Outcome signIn(const QUrl &server)
{
    sync::SessionClient client;
    Outcome outcome;
    client.signIn(server, QStringLiteral("mei.tanaka@demo.caravan"), QStringLiteral("secret"),
                  QStringLiteral("test device"), [&](const sync::SessionGrant &grant, const ApiError &error) {
                      outcome.done = true;
                      outcome.grant = grant;
                      outcome.error = error;
                  });
    REQUIRE(test::waitFor([&] { return outcome.done; }, 20000));
    return outcome;
}

const QByteArray kGrant = R"({"token":"tok-tls","expires_at":"2030-01-01T00:00:00Z","user":)"
                          R"({"id":"u-1","email":"mei.tanaka@demo.caravan","display_name":"Mei Tanaka",)"
                          R"("country":"JP","roles":["seller"]}})";

// A private CA and a certificate it issued for 127.0.0.1, made with the openssl command for this test.
struct PrivatePki
{
    QTemporaryDir dir;
    [[nodiscard]] QString path(const QString &name) const { return dir.filePath(name); }

    PrivatePki()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        REQUIRE_FALSE(openssl.isEmpty()); // Debian package openssl (in ./dev's list)
        QFile ext(path(QStringLiteral("server.ext")));
        REQUIRE(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
        ext.close();
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        run(openssl,
            QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                QStringList{QStringLiteral("-keyout"), path(QStringLiteral("ca.key")), QStringLiteral("-out"),
                            path(QStringLiteral("ca.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=Caravan Test Private CA")});
        run(openssl, QStringList{QStringLiteral("req")} + ec +
                         QStringList{QStringLiteral("-keyout"), path(QStringLiteral("server.key")),
                                     QStringLiteral("-out"), path(QStringLiteral("server.csr")),
                                     QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        run(openssl,
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             path(QStringLiteral("server.csr")), QStringLiteral("-CA"), path(QStringLiteral("ca.pem")),
             QStringLiteral("-CAkey"), path(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-out"), path(QStringLiteral("server.pem")), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-extfile"), path(QStringLiteral("server.ext"))});
    }

    static void run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        REQUIRE(process.waitForFinished(30000));
        INFO(process.readAll().toStdString());
        REQUIRE(process.exitCode() == 0);
    }
};

// Answers every request with one canned response over TLS, with the certificate of `pki`.
class TlsCannedServer final : public QTcpServer
{
public:
    TlsCannedServer(const PrivatePki &pki, QByteArray response)
        : m_response(std::move(response))
    {
        QFile cert(pki.path(QStringLiteral("server.pem")));
        QFile key(pki.path(QStringLiteral("server.key")));
        REQUIRE(cert.open(QIODevice::ReadOnly));
        REQUIRE(key.open(QIODevice::ReadOnly));
        m_certificate = QSslCertificate(&cert, QSsl::Pem);
        m_key = QSslKey(&key, QSsl::Ec, QSsl::Pem);
        REQUIRE_FALSE(m_certificate.isNull());
        REQUIRE_FALSE(m_key.isNull());
        REQUIRE(listen(QHostAddress::LocalHost, 0));
    }
    int requests = 0;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype lengthAt = buffer->toLower().indexOf("content-length:");
            const qsizetype length =
                lengthAt < 0 ? 0
                             : buffer->mid(lengthAt + 15, buffer->indexOf('\r', lengthAt) - lengthAt - 15)
                                   .trimmed()
                                   .toLongLong();
            if (buffer->size() < end + 4 + length)
                return;
            ++requests;
            buffer->clear();
            socket->write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: " +
                          QByteArray::number(m_response.size()) + "\r\n\r\n" + m_response);
            socket->disconnectFromHost();
        });
        socket->startServerEncryption();
    }

private:
    QByteArray m_response;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

// Leaves the process-wide trust as every other test expects it: the system's CAs only.
struct TrustReset
{
    ~TrustReset() { ServerTrust::setCaFile({}); }
};

} // namespace

TEST_CASE("a typed server address: bare names are https, plain http only to loopback", "[serveraddress]")
{
    CHECK(parsed(QStringLiteral("caravan.example")) == QUrl(QStringLiteral("https://caravan.example")));
    CHECK(parsed(QStringLiteral(" caravan.example:8443/base ")) ==
          QUrl(QStringLiteral("https://caravan.example:8443/base")));
    CHECK(parsed(QStringLiteral("HTTPS://Caravan.Example")) ==
          QUrl(QStringLiteral("https://caravan.example")));
    CHECK(parsed(QStringLiteral("127.0.0.1:8080")) == QUrl(QStringLiteral("https://127.0.0.1:8080")));

    for (const char *loopback : {"http://127.0.0.1:8080", "http://127.10.20.30", "http://[::1]:8080",
                                 "http://localhost:8080", "http://LOCALHOST"}) {
        INFO(loopback);
        const QUrl url = parsed(QLatin1String(loopback));
        CHECK(url.scheme() == QLatin1String("http"));
        CHECK(ServerAddress::isSecure(url));
    }

    for (const char *remote : {"http://caravan.example", "http://10.0.0.7:8080", "http://128.0.0.1",
                               "http://localhost.evil.example", "http://127.0.0.1.evil.example",
                               "http://[::2]", "http://[::ffff:10.0.0.1]"}) {
        INFO(remote);
        QString error;
        CHECK(parsed(QLatin1String(remote), &error).isEmpty());
        CHECK(error.contains(QLatin1String("plain http")));
        CHECK(error.contains(QUrl(QLatin1String(remote)).host()));
    }

    for (const char *invalid :
         {"", "   ", "ftp://caravan.example", "https://", "https://user:pw@caravan.example",
          "https://caravan.example/?next=x", "file:///etc/passwd", "caravan example"}) {
        INFO(invalid);
        QString error;
        CHECK(parsed(QLatin1String(invalid), &error).isEmpty());
        CHECK(error.contains(QLatin1String("not valid")));
    }
}

TEST_CASE("the refusal is translated into Simplified Chinese", "[serveraddress][translations]")
{
    REQUIRE(ui::installTranslators(QStringLiteral("zh_CN")));
    const QString refused = ServerAddress::plainHttpRefused(QUrl(QStringLiteral("http://caravan.example")));
    const QString invalid = ServerAddress::invalidAddress();
    REQUIRE(ui::installTranslators(QStringLiteral("en")));
    CHECK(refused.contains(QStringLiteral("caravan.example")));
    CHECK(refused.contains(QStringLiteral("http")));
    CHECK(refused.contains(QStringLiteral("加密")));
    CHECK(invalid.contains(QStringLiteral("服务器地址无效")));
}

TEST_CASE("no password, token or probe goes out over plain http to another computer", "[serveraddress]")
{
    const QUrl remote(QStringLiteral("http://caravan.example"));
    const Outcome outcome = signIn(remote);
    CHECK(outcome.error.kind == ApiError::Kind::Insecure);
    CHECK(outcome.error.message.contains(QLatin1String("plain http")));

    sync::SyncHttp http;
    http.setServer(remote);
    http.setToken(QStringLiteral("tok"));
    bool answered = false;
    sync::HttpAnswer answer;
    http.get(QStringLiteral("/api/v1/sync/changes"), {}, [&](const sync::HttpAnswer &a) {
        answered = true;
        answer = a;
    });
    REQUIRE(test::waitFor([&] { return answered; }));
    CHECK(answer.insecure);
    CHECK_FALSE(answer.transient());
    CHECK(answer.errorText.contains(QLatin1String("plain http")));
    CHECK(http.requestCount() == 0);

    sync::ConnectivityMonitor monitor;
    monitor.setServer(remote);
    monitor.start();
    CHECK(monitor.state() == sync::ConnectivityMonitor::State::Offline);
    monitor.stop();

    // Loopback over plain http still works (the demo and the tests use it).
    test::CannedHttpServer local;
    local.respondWith(201, kGrant);
    const Outcome ok = signIn(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(local.port())));
    CHECK(ok.error.kind == ApiError::Kind::None);
    CHECK(ok.grant.token == QStringLiteral("tok-tls"));
}

TEST_CASE("the sign-in dialog and the settings page refuse plain http to another computer",
          "[serveraddress][ui]")
{
    test::Sandbox sandbox;
    sync::AppSettings settings(sandbox.settingsFile());
    sync::AccountSession session(settings, sandbox.dataRoot());
    sync::ConnectivityMonitor connectivity;

    ui::SignInDialog dialog(session);
    dialog.setServerUrl(QStringLiteral("http://caravan.example"));
    dialog.setEmail(QStringLiteral("mei.tanaka@demo.caravan"));
    dialog.setPassword(QStringLiteral("secret-password"));
    dialog.submit();
    CHECK_FALSE(dialog.busy());
    CHECK(dialog.errorText().contains(QLatin1String("plain http")));
    CHECK(settings.serverUrl() == sync::AppSettings::defaultServerUrl());

    ui::SettingsPage page(session, connectivity);
    page.applyServerText(QStringLiteral("http://caravan.example"));
    CHECK(page.serverNoteText().contains(QLatin1String("plain http")));
    CHECK(settings.serverUrl() == sync::AppSettings::defaultServerUrl());
    page.applyServerText(QStringLiteral("caravan.example"));
    CHECK(settings.serverUrl() == QUrl(QStringLiteral("https://caravan.example")));

    // An address an older version stored is shown with the reason nothing is sent to it.
    settings.setServerUrl(QUrl(QStringLiteral("http://old.example")));
    ui::SettingsPage reopened(session, connectivity);
    CHECK(reopened.serverNoteText().contains(QLatin1String("plain http")));
}

TEST_CASE("a custom CA file lets the app trust a server with a private CA", "[serveraddress][tls]")
{
    REQUIRE(QSslSocket::supportsSsl());
    TrustReset reset;
    PrivatePki pki;
    TlsCannedServer server(pki, kGrant);
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));

    // Without the CA the certificate is not trusted and nothing is sent.
    const Outcome untrusted = signIn(url);
    CHECK(untrusted.error.kind == ApiError::Kind::Tls);
    CHECK(server.requests == 0);

    test::Sandbox sandbox;
    sync::AppSettings settings(sandbox.settingsFile());
    {
        sync::AccountSession session(settings, sandbox.dataRoot());
        sync::ConnectivityMonitor connectivity;
        ui::SettingsPage page(session, connectivity);
        page.applyCaFileText(sandbox.path(QStringLiteral("missing.pem")));
        CHECK(page.caNoteText().contains(QLatin1String("missing.pem")));
        CHECK(settings.caFile().isEmpty());
        page.applyCaFileText(pki.path(QStringLiteral("server.ext"))); // a file without a certificate
        CHECK(page.caNoteText().contains(QLatin1String("no certificate")));
        page.applyCaFileText(pki.path(QStringLiteral("ca.pem")));
        CHECK(page.caNoteText().contains(QLatin1String("Caravan Test Private CA")));
        CHECK(settings.caFile() == pki.path(QStringLiteral("ca.pem")));
    }
    ServerTrust::setCaFile({});
    // The next start loads the CA file from the settings.
    sync::AccountSession restarted(settings, sandbox.dataRoot());
    REQUIRE(ServerTrust::caFile() == pki.path(QStringLiteral("ca.pem")));

    const Outcome trusted = signIn(url);
    CHECK(trusted.error.kind == ApiError::Kind::None);
    CHECK(trusted.grant.token == QStringLiteral("tok-tls"));
    CHECK(server.requests == 1);

    // The connectivity probe uses the same trust.
    sync::ConnectivityMonitor monitor;
    monitor.setServer(url);
    monitor.start();
    REQUIRE(test::waitFor([&] { return monitor.state() != sync::ConnectivityMonitor::State::Unknown; }));
    CHECK(monitor.state() == sync::ConnectivityMonitor::State::Online);
    monitor.stop();

    // Removing the CA file goes back to the system's CAs only.
    REQUIRE(restarted.setCaFile({}));
    CHECK(settings.caFile().isEmpty());
    CHECK(signIn(url).error.kind == ApiError::Kind::Tls);
}
