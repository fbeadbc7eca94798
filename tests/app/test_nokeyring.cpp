// This executable's main removes every way to a Secret Service (no session bus, no display).
#include "data/accountpaths.h"
#include "data/tokenstore.h"
#include "sync/accountsession.h"
#include "sync/connectivitymonitor.h"
#include "testsupport.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"

#include <QDirIterator>
#include <QLabel>
#include <catch2/catch.hpp>

using namespace caravan;
using Status = data::TokenStore::Status;

namespace {

data::TokenStore::Result run(const std::function<void(data::TokenStore::Callback)> &call)
{
    std::optional<data::TokenStore::Result> result;
    call([&](const data::TokenStore::Result &r) { result = r; });
    REQUIRE(test::waitFor([&] { return result.has_value(); }, 30000));
    return *result;
}

bool anyFileContains(const QString &root, const QByteArray &needle)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("without a keyring, storing a token is an error and nothing is written in plain text", "[keychain]")
{
    // Point every per-user location into the sandbox so a plain-text fallback would be found.
    test::Sandbox sandbox;
    qputenv("XDG_CONFIG_HOME", sandbox.path(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", sandbox.path(QStringLiteral("share")).toUtf8());
    qputenv("XDG_CACHE_HOME", sandbox.path(QStringLiteral("cache")).toUtf8());

    data::TokenStore store;
    const QString key = test::uniqueEmail() + QStringLiteral("@http://127.0.0.1:8080");
    const QByteArray secret = QByteArrayLiteral("never-in-plain-text-") + test::uniqueEmail().toUtf8();

    const auto written = run([&](auto done) { store.write(key, QString::fromUtf8(secret), done); });
    CHECK(written.status == Status::KeyringUnavailable);
    CHECK(written.message.contains(QStringLiteral("keyring")));
    const auto read = run([&](auto done) { store.read(key, done); });
    CHECK(read.status == Status::KeyringUnavailable);
    CHECK(read.token.isEmpty());
    CHECK_FALSE(anyFileContains(sandbox.path(), secret));
}

TEST_CASE("without a keyring, the user is told and keeps working offline", "[keychain][mainwindow]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    const QUrl server(QStringLiteral("http://127.0.0.1:") + QString::number(test::closedPort()));
    sync::AppSettings settings(sandbox.settingsFile());
    settings.setServerUrl(server);
    test::seedCachedAccount(settings, sandbox.dataRoot(), server, test::sellerProfile());

    sync::AccountSession session(settings, sandbox.dataRoot());
    sync::ConnectivityMonitor connectivity;
    connectivity.setServer(server);
    ui::MainWindow window(session, connectivity);
    REQUIRE(session.restoreLastAccount());
    window.show();
    REQUIRE(test::waitFor(
        [&] { return session.keyringState() == sync::AccountSession::KeyringState::Unavailable; }, 30000));
    CHECK(session.hasAccount());
    CHECK_FALSE(session.isAuthenticated());
    CHECK(session.keyringMessage().contains(QStringLiteral("offline")));

    // The banner and the settings page say it in words.
    auto *banner = window.findChild<QWidget *>(QStringLiteral("noticeBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    bool bannerSaysKeyring = false;
    for (auto *label : banner->findChildren<QLabel *>())
        bannerSaysKeyring = bannerSaysKeyring || label->text().contains(QStringLiteral("keyring"));
    CHECK(bannerSaysKeyring);
    auto *settingsPage = qobject_cast<ui::SettingsPage *>(window.sectionWidget(models::Section::Settings));
    REQUIRE(settingsPage);
    CHECK(settingsPage->keyringText().contains(QStringLiteral("keyring")));

    // The local data is there to work with.
    REQUIRE(session.database());
    CHECK(session.profile().displayName == QStringLiteral("Mei Tanaka"));
}
