// The sign-in flow against the real caravan-server (demo data) and the real keyring.
#include "data/accountpaths.h"
#include "data/localdatabase.h"
#include "data/payoutsummary.h"
#include "data/photostore.h"
#include "data/profilerepository.h"
#include "data/tokenstore.h"
#include "models/listingtablemodel.h"
#include "sync/accountsession.h"
#include "sync/connectivitymonitor.h"
#include "testsupport.h"
#include "ui/language.h"
#include "ui/listingsview.h"
#include "ui/mainwindow.h"
#include "ui/payoutsview.h"
#include "ui/signindialog.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QSvgRenderer>
#include <QSvgWidget>
#include <QPushButton>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <catch2/catch.hpp>

#ifdef CARAVAN_SERVER_EXECUTABLE

using namespace caravan;
using Status = data::TokenStore::Status;

namespace {

const QString kDemoPassword = QStringLiteral("caravan-demo-2026");

// What an authenticator app does with the secret the server hands out: RFC 4648 base32, then the
// six-digit TOTP (RFC 6238, HMAC-SHA1, 30 s) of the step `offset` steps from now.
QString authenticatorCode(const QString &base32Secret, int offset = 0)
{
    QByteArray secret;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : base32Secret) {
        const int v = c.isUpper() ? c.unicode() - 'A' : c.unicode() - '2' + 26;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            secret.append(char((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    quint64 step = quint64(QDateTime::currentSecsSinceEpoch() / 30 + offset);
    QByteArray counter(8, '\0');
    for (int i = 7; i >= 0; --i, step >>= 8)
        counter[i] = char(step & 0xFF);
    const QByteArray mac = QMessageAuthenticationCode::hash(counter, secret, QCryptographicHash::Sha1);
    const int at = mac.back() & 0x0F;
    const quint32 binary = (quint32(uchar(mac[at]) & 0x7F) << 24) | (quint32(uchar(mac[at + 1])) << 16) |
                           (quint32(uchar(mac[at + 2])) << 8) | quint32(uchar(mac[at + 3]));
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

// caravan-server on a free loopback port with its own data directory and the demo data.
class RealServer
{
public:
    RealServer()
    {
        m_port = test::closedPort();
        // Password hashing at OWASP's floor, not the production defaults: the demo seeds many accounts.
        const QString config = m_data.filePath(QStringLiteral("test.properties"));
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("password.opslimit = 2\npassword.memlimit_mib = 19\n");
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(CARAVAN_SERVER_EXECUTABLE),
                        {QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--data-dir"),
                         m_data.path(), QStringLiteral("--config"), config, QStringLiteral("--demo")});
        REQUIRE(m_process.waitForStarted(10000));
        const bool up = test::waitFor([this] { return healthy(); }, 60000);
        INFO(m_process.readAll().toStdString());
        REQUIRE(up);
    }
    ~RealServer() { stop(); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    [[nodiscard]] QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_port));
    }

    // GET path with an optional bearer token; returns the HTTP status (0 when unreachable).
    int get(const QString &path, const QString &token = {})
    {
        QUrl target = url();
        target.setPath(path);
        QNetworkRequest request(target);
        request.setTransferTimeout(5000);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_network.get(request);
        test::waitFor([reply] { return reply->isFinished(); }, 10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private:
    bool healthy()
    {
        if (m_process.state() != QProcess::Running)
            return false;
        return get(QStringLiteral("/healthz")) == 200;
    }

    QTemporaryDir m_data;
    QProcess m_process;
    QNetworkAccessManager m_network;
    int m_port = 0;
};

data::TokenStore::Result readToken(const QString &key)
{
    data::TokenStore store;
    std::optional<data::TokenStore::Result> result;
    store.read(key, [&](const data::TokenStore::Result &r) { result = r; });
    REQUIRE(test::waitFor([&] { return result.has_value(); }, 30000));
    return *result;
}

} // namespace

TEST_CASE("sign in, keep the token in the keyring, sign out — against the real server", "[signin][keychain]")
{
    ui::installTranslators(QStringLiteral("en"));
    RealServer server;
    test::Sandbox sandbox;
    sync::AppSettings settings(sandbox.settingsFile());
    sync::AccountSession session(settings, sandbox.dataRoot());
    sync::ConnectivityMonitor connectivity;
    connectivity.setServer(server.url());
    ui::MainWindow window(session, connectivity);
    window.show();
    connectivity.start();
    REQUIRE(test::waitFor([&] { return connectivity.state() == sync::ConnectivityMonitor::State::Online; }));

    const QString email = QStringLiteral("mei.tanaka@demo.caravan");
    const QString key = data::tokenKey(server.url(), email);
    ui::SignInDialog *dialog = window.openSignInDialog();
    dialog->setServerUrl(server.url().toString());
    dialog->setEmail(email);

    // A wrong password is shown in the dialog and opens nothing.
    dialog->setPassword(QStringLiteral("not-the-password"));
    dialog->submit();
    REQUIRE(test::waitFor([&] { return !dialog->busy(); }, 20000));
    CHECK(dialog->errorText() == QStringLiteral("The email address or password is wrong."));
    CHECK_FALSE(session.hasAccount());
    CHECK(dialog->isVisible());

    // The right one signs in.
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->setPassword(kDemoPassword);
    dialog->submit();
    REQUIRE(test::waitFor([&] { return accepted.count() == 1; }, 30000));
    REQUIRE(session.isAuthenticated());
    CHECK(session.profile().email == email);
    CHECK(session.profile().displayName.size() > 0);
    CHECK_FALSE(session.isStaff());
    CHECK_FALSE(window.isSectionAvailable(models::Section::Arbitration));
    CHECK(session.keyringState() == sync::AccountSession::KeyringState::Available);

    // The profile is cached in the account's own database.
    const QString dbPath = QDir(data::accountDirectory(sandbox.dataRoot(), server.url(), email))
                               .filePath(data::LocalDatabase::fileName());
    CHECK(session.database()->filePath() == QFileInfo(dbPath).absoluteFilePath());
    const auto cached = data::ProfileRepository(session.database()->connection()).load();
    REQUIRE(cached);
    CHECK(cached->profile.roles.contains(QStringLiteral("seller")));

    // The first sync brings her five demo listings into the table and downloads their photos: the
    // covers are drawn.
    ui::ListingsView *view = nullptr;
    REQUIRE(test::waitFor(
        [&] {
            view = window.findChild<ui::ListingsView *>();
            return view && view->model()->rowCount() == 5;
        },
        30000));
    const auto coversDrawn = [&] {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex cover = view->model()->index(row, models::ListingTableModel::Cover);
            if (view->model()->data(cover, Qt::DecorationRole).value<QPixmap>().isNull())
                return false;
        }
        return true;
    };
    CHECK(test::waitFor(coversDrawn, 30000));
    const data::PhotoStore photos(data::PhotoStore::folderFor(dbPath), session.database()->connection());
    QSqlQuery shown(session.database()->connection());
    REQUIRE(shown.exec(QStringLiteral("SELECT DISTINCT sha256 FROM listing_photos")));
    int photoCount = 0;
    while (shown.next()) {
        ++photoCount;
        CHECK(photos.contains(shown.value(0).toString()));
    }
    CHECK(photoCount == 10);

    // The token landed in the keyring and is a live session on the server.
    const auto stored = readToken(key);
    REQUIRE(stored.status == Status::Ok);
    REQUIRE_FALSE(stored.token.isEmpty());
    CHECK(server.get(QStringLiteral("/api/v1/me"), stored.token) == 200);
    // ... and it is not in the settings file.
    QFile ini(settings.fileName());
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QByteArray iniText = ini.readAll();
    CHECK_FALSE(iniText.contains(stored.token.toUtf8()));
    // The server's device token is kept in the keyring too (never in the settings file), for the next
    // sign-in while someone guesses the password.
    const auto device = readToken(data::deviceTokenKey(server.url(), email));
    REQUIRE(device.status == Status::Ok);
    CHECK(device.token.startsWith(session.profile().id + QLatin1Char('.')));
    CHECK_FALSE(iniText.contains(device.token.toUtf8()));

    // Sign-out removes the token and revokes the session.
    QSignalSpy signedOut(&session, &sync::AccountSession::signedOut);
    session.signOut();
    REQUIRE(test::waitFor([&] { return signedOut.count() == 1; }, 30000));
    CHECK_FALSE(session.hasAccount());
    CHECK(readToken(key).status == Status::NotFound);
    CHECK(readToken(data::deviceTokenKey(server.url(), email)).status == Status::Ok); // kept, like a device cookie
    CHECK(
        test::waitFor([&] { return server.get(QStringLiteral("/api/v1/me"), stored.token) == 401; }, 10000));
    CHECK(QFile::exists(dbPath)); // local data stays
}

TEST_CASE("the Payouts section shows the real server's balances and keeps them for offline use",
          "[signin][keychain][payouts]")
{
    ui::installTranslators(QStringLiteral("en"));
    RealServer server;
    test::Sandbox sandbox;
    sync::AppSettings settings(sandbox.settingsFile());
    settings.setServerUrl(server.url());
    sync::AccountSession session(settings, sandbox.dataRoot());
    sync::ConnectivityMonitor connectivity;
    connectivity.setServer(server.url());
    ui::MainWindow window(session, connectivity);

    QSignalSpy finished(&session, &sync::AccountSession::signInFinished);
    session.signIn(QStringLiteral("mei.tanaka@demo.caravan"), kDemoPassword);
    REQUIRE(test::waitFor([&] { return finished.count() == 1; }, 30000));
    REQUIRE(finished.first().at(0).toBool());
    auto *payouts = qobject_cast<ui::PayoutsView *>(window.sectionWidget(models::Section::Payouts));
    REQUIRE(payouts);
    // The server answered GET /api/v1/payouts: its identity state and the time of the figures show.
    REQUIRE(test::waitFor([&] { return payouts->statusLabel()->text().startsWith(QStringLiteral("As of")); },
                          30000));
    const auto cached = data::PayoutCache(session.database()->connection()).load();
    REQUIRE(cached);
    const QStringList states{QStringLiteral("unverified"), QStringLiteral("pending"), QStringLiteral("verified"),
                             QStringLiteral("refused")};
    CHECK(states.contains(cached->identityStatus));
    CHECK(payouts->identityLabel()->text() == ui::PayoutsView::identityText(cached->identityStatus));
    CHECK(payouts->requestButton()->isEnabled() == cached->canRequest(QStringLiteral("JPY")));

    // The ledger lines download as the server's CSV.
    const QString csvPath = QDir(sandbox.dataRoot()).filePath(QStringLiteral("ledger.csv"));
    std::optional<QString> saved;
    payouts->downloadLedger(csvPath, [&](const QString &error) { saved = error; });
    REQUIRE(test::waitFor([&] { return saved.has_value(); }, 30000));
    CHECK(saved->isEmpty());
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    CHECK(csv.readLine().trimmed() ==
          "seq,created_at,transaction,business_key,kind,order,payout,account,currency,amount,balance");

    // Without the server, the same figures with their time.
    server.stop();
    payouts->refresh();
    REQUIRE(test::waitFor([&] { return payouts->statusLabel()->text().startsWith(QStringLiteral("Not up to date")); },
                          30000));
    CHECK(payouts->identityLabel()->text() == ui::PayoutsView::identityText(cached->identityStatus));
}

TEST_CASE("a staff account signed in at the real server sees Arbitration", "[signin][keychain]")
{
    ui::installTranslators(QStringLiteral("en"));
    RealServer server;
    test::Sandbox sandbox;
    sync::AppSettings settings(sandbox.settingsFile());
    settings.setServerUrl(server.url());
    sync::AccountSession session(settings, sandbox.dataRoot());
    sync::ConnectivityMonitor connectivity;
    connectivity.setServer(server.url());
    ui::MainWindow window(session, connectivity);
    CHECK_FALSE(window.isSectionAvailable(models::Section::Arbitration));

    // Staff sign in with a second factor: the first time, the server hands out the secret to set an
    // authenticator app up with; the app's first code confirms it and signs in.
    QSignalSpy finished(&session, &sync::AccountSession::signInFinished);
    session.signIn(QStringLiteral("support@demo.caravan"), kDemoPassword);
    REQUIRE(test::waitFor([&] { return finished.count() == 1; }, 30000));
    CHECK_FALSE(finished.first().at(0).toBool());
    const auto enrollment = finished.first().at(1).value<sync::ApiError>();
    REQUIRE(enrollment.kind == sync::ApiError::Kind::SecondFactorEnrollment);
    CHECK(enrollment.otpauthUri.startsWith(QStringLiteral("otpauth://totp/Caravan:support@demo.caravan?")));
    CHECK(enrollment.qrSvg.startsWith("<svg"));
    CHECK_FALSE(session.hasAccount());
    session.signIn(QStringLiteral("support@demo.caravan"), kDemoPassword,
                   authenticatorCode(enrollment.secondFactorSecret));
    REQUIRE(test::waitFor([&] { return finished.count() == 2; }, 30000));
    REQUIRE(finished.last().at(0).toBool());
    CHECK(session.isStaff());
    CHECK(window.isSectionAvailable(models::Section::Arbitration));

    // Restarting offline keeps the role from the cache.
    session.setServerUrl(server.url());
    sync::AccountSession restarted(settings, sandbox.dataRoot());
    REQUIRE(restarted.restoreLastAccount());
    CHECK(restarted.isStaff());
    REQUIRE(test::waitFor([&] { return restarted.isAuthenticated(); }, 30000));

    QSignalSpy signedOut(&session, &sync::AccountSession::signedOut);
    session.signOut();
    REQUIRE(test::waitFor([&] { return signedOut.count() == 1; }, 30000));
}

#endif

#ifdef CARAVAN_SERVER_EXECUTABLE

TEST_CASE("the sign-in dialog sets up and asks for a staff account's authenticator code", "[signin][keychain]")
{
    ui::installTranslators(QStringLiteral("en"));
    RealServer server;
    test::Sandbox sandbox;
    sync::AppSettings settings(sandbox.settingsFile());
    sync::AccountSession session(settings, sandbox.dataRoot());
    const QString email = QStringLiteral("support@demo.caravan");

    ui::SignInDialog dialog(session);
    dialog.setServerUrl(server.url().toString());
    dialog.setEmail(email);
    dialog.setPassword(kDemoPassword);
    CHECK_FALSE(dialog.asksForCode());
    dialog.submit();
    REQUIRE(test::waitFor([&] { return !dialog.busy(); }, 30000));
    // Not set up yet: the QR code, the secret and the code field.
    REQUIRE(dialog.showsEnrollment());
    CHECK(dialog.asksForCode());
    CHECK(dialog.enrollmentSecret().size() == 32);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("secretLabel"))->text().contains(dialog.enrollmentSecret().left(4)));
    CHECK(dialog.findChild<QSvgWidget *>(QStringLiteral("qrCode"))->renderer()->isValid());
    CHECK(dialog.errorText().isEmpty());
    CHECK_FALSE(session.hasAccount());

    // Without a full code nothing is sent; a wrong one is refused and the set-up stays on screen.
    dialog.setCode(QStringLiteral("123"));
    dialog.submit();
    CHECK_FALSE(dialog.busy());
    CHECK(dialog.errorText() == QStringLiteral("Enter the 6-digit code your authenticator app shows."));
    const QString secret = dialog.enrollmentSecret();
    QString wrong = QStringLiteral("000000");
    for (int n = 0; n < 10 && (wrong == authenticatorCode(secret, -1) || wrong == authenticatorCode(secret) ||
                               wrong == authenticatorCode(secret, 1));
         ++n)
        wrong = QStringLiteral("00000%1").arg(n);
    dialog.setCode(wrong);
    dialog.submit();
    REQUIRE(test::waitFor([&] { return !dialog.busy(); }, 30000));
    CHECK(dialog.errorText().startsWith(QStringLiteral("The code is wrong or was used already.")));
    CHECK(dialog.showsEnrollment());

    // The app's code confirms it and signs in.
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.setCode(authenticatorCode(secret));
    dialog.submit();
    REQUIRE(test::waitFor([&] { return accepted.count() == 1; }, 30000));
    REQUIRE(session.isAuthenticated());
    CHECK(session.isStaff());
    QSignalSpy signedOut(&session, &sync::AccountSession::signedOut);
    session.signOut();
    REQUIRE(test::waitFor([&] { return signedOut.count() == 1; }, 30000));

    // The next time: only the code field.
    ui::SignInDialog again(session);
    again.setServerUrl(server.url().toString());
    again.setEmail(email);
    again.setPassword(kDemoPassword);
    again.submit();
    REQUIRE(test::waitFor([&] { return !again.busy(); }, 30000));
    REQUIRE(again.asksForCode());
    CHECK_FALSE(again.showsEnrollment());
    QSignalSpy acceptedAgain(&again, &QDialog::accepted);
    again.setCode(authenticatorCode(secret, 1)); // the next step's code: the one just used is spent
    again.submit();
    REQUIRE(test::waitFor([&] { return acceptedAgain.count() == 1; }, 30000));
    CHECK(session.isStaff());
}

#endif
