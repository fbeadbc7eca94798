#include "sync/accountsession.h"
#include "sync/connectivitymonitor.h"
#include "testsupport.h"
#include "ui/language.h"
#include "ui/listingsview.h"
#include "ui/mainwindow.h"
#include "ui/messagesview.h"
#include "ui/ordersview.h"
#include "ui/payoutsview.h"
#include "ui/placeholderpanel.h"
#include "ui/settingspage.h"
#include "ui/signindialog.h"
#include "ui/statusindicators.h"

#include <QDir>
#include <QLabel>
#include <QListView>
#include <catch2/catch.hpp>

using namespace caravan;
using models::Section;

namespace {

// The app as main() wires it, against a server URL nobody listens on.
struct OfflineApp
{
    test::Sandbox sandbox;
    QUrl server = QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(test::closedPort()));
    sync::AppSettings settings{sandbox.settingsFile()};
    std::unique_ptr<sync::AccountSession> session;
    std::unique_ptr<sync::ConnectivityMonitor> connectivity;
    std::unique_ptr<ui::MainWindow> window;

    explicit OfflineApp(const std::optional<data::UserProfile> &cached)
    {
        settings.setServerUrl(server);
        if (cached)
            test::seedCachedAccount(settings, sandbox.dataRoot(), server, *cached);
        session = std::make_unique<sync::AccountSession>(settings, sandbox.dataRoot());
        connectivity = std::make_unique<sync::ConnectivityMonitor>();
        connectivity->setServer(session->serverUrl());
        window = std::make_unique<ui::MainWindow>(*session, *connectivity);
        if (cached) {
            QString error;
            REQUIRE(session->restoreLastAccount(&error));
        }
        window->show();
        connectivity->start();
        REQUIRE(test::waitFor(
            [&] { return connectivity->state() == sync::ConnectivityMonitor::State::Offline; }));
        // The keyring answers too (not found, or unavailable): wait for that before looking.
        test::waitFor([&] { return session->keyringState() != sync::AccountSession::KeyringState::Unknown; },
                      5000);
    }
    ~OfflineApp()
    {
        window.reset();
        connectivity.reset();
        session.reset();
    }
};

void saveScreenshot(QWidget &window, const QString &name)
{
    QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
    window.resize(1100, 700);
    QCoreApplication::processEvents();
    const QString path = QDir(QStringLiteral(CARAVAN_SCREENSHOT_DIR)).filePath(name);
    REQUIRE(window.grab().save(path));
    CHECK(QFileInfo(path).size() > 0);
}

} // namespace

TEST_CASE("the main window starts with the server down and nobody signed in", "[mainwindow]")
{
    ui::installTranslators(QStringLiteral("en"));
    OfflineApp app(std::nullopt);
    ui::MainWindow &window = *app.window;
    for (Section section :
         {Section::Listings, Section::Orders, Section::Payouts, Section::Messages, Section::Settings}) {
        CHECK(window.isSectionAvailable(section));
        CHECK(window.sectionWidget(section));
    }
    CHECK_FALSE(window.isSectionAvailable(Section::Arbitration));
    CHECK(window.currentSection() == Section::Listings);
    auto *status = window.statusIndicators();
    CHECK(status->accountText() == QStringLiteral("Not signed in"));
    CHECK(status->serverText().contains(app.server.toDisplayString()));
    CHECK(status->connectivityText().startsWith(QStringLiteral("Offline")));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("noticeBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
}

TEST_CASE("a seller's cached account opens offline without Arbitration", "[mainwindow]")
{
    ui::installTranslators(QStringLiteral("en"));
    OfflineApp app(test::sellerProfile());
    ui::MainWindow &window = *app.window;
    REQUIRE(app.session->hasAccount());
    CHECK_FALSE(app.session->isAuthenticated());
    CHECK_FALSE(window.isSectionAvailable(Section::Arbitration));
    CHECK(window.statusIndicators()->accountText().contains(QStringLiteral("Mei Tanaka")));

    // Listings and Orders are the real views; sections not built yet say so plainly.
    CHECK(qobject_cast<ui::ListingsView *>(window.sectionWidget(Section::Listings)) != nullptr);
    CHECK(qobject_cast<ui::OrdersView *>(window.sectionWidget(Section::Orders)) != nullptr);
    CHECK(qobject_cast<ui::PayoutsView *>(window.sectionWidget(Section::Payouts)) != nullptr);
    CHECK(qobject_cast<ui::MessagesView *>(window.sectionWidget(Section::Messages)) != nullptr);
    window.showSection(Section::Messages);
    CHECK(window.currentSection() == Section::Messages);
    window.showSection(Section::Orders);
    CHECK(window.currentSection() == Section::Orders);

    // The Listings slot can be replaced by the real listings widget.
    auto *listings = new QLabel(QStringLiteral("listings go here"));
    window.showSection(Section::Listings);
    window.setSectionWidget(Section::Listings, listings);
    CHECK(window.sectionWidget(Section::Listings) == listings);
    CHECK(listings->isVisible());

    auto *settings = qobject_cast<ui::SettingsPage *>(window.sectionWidget(Section::Settings));
    REQUIRE(settings);
    CHECK(settings->accountText().contains(QStringLiteral("mei.tanaka@demo.caravan")));
    CHECK_FALSE(settings->keyringText().isEmpty());
}

TEST_CASE("a staff account's cached role shows Arbitration offline", "[mainwindow]")
{
    ui::installTranslators(QStringLiteral("en"));
    OfflineApp app(test::staffProfile());
    ui::MainWindow &window = *app.window;
    CHECK(app.session->isStaff());
    CHECK(window.isSectionAvailable(Section::Arbitration));
    window.showSection(Section::Arbitration);
    CHECK(window.currentSection() == Section::Arbitration);
    auto *navigation = window.findChild<QListView *>(QStringLiteral("navigation"));
    REQUIRE(navigation);
    CHECK(navigation->model()->rowCount() == 6);
}

TEST_CASE("screenshots of the main window, in English and in Chinese", "[mainwindow][screenshot]")
{
    {
        ui::installTranslators(QStringLiteral("en"));
        OfflineApp app(test::sellerProfile());
        saveScreenshot(*app.window, QStringLiteral("main-window.png"));
        app.window->showSection(Section::Settings);
        saveScreenshot(*app.window, QStringLiteral("settings.png"));
    }
    {
        ui::installTranslators(QStringLiteral("zh_CN"));
        OfflineApp app(test::staffProfile(QStringLiteral("support@demo.caravan")));
        CHECK(app.window->statusIndicators()->connectivityText().startsWith(QStringLiteral("离线")));
        app.window->showSection(Section::Orders);
        saveScreenshot(*app.window, QStringLiteral("main-window-zh_CN.png"));
        app.window->showSection(Section::Settings);
        saveScreenshot(*app.window, QStringLiteral("settings-zh_CN.png"));
    }
    ui::installTranslators(QStringLiteral("en"));
}

TEST_CASE("the sign-in dialog says plainly that the server is unreachable", "[mainwindow][screenshot]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        ui::installTranslators(language);
        OfflineApp app(std::nullopt);
        ui::SignInDialog *dialog = app.window->openSignInDialog();
        dialog->setEmail(QStringLiteral("mei.tanaka@demo.caravan"));
        dialog->setPassword(QStringLiteral("caravan-demo-2026"));
        dialog->submit();
        REQUIRE(test::waitFor([&] { return !dialog->busy(); }));
        CHECK(dialog->errorText().contains(app.server.toDisplayString()));
        CHECK_FALSE(app.session->hasAccount());
        if (language == QLatin1String("en"))
            CHECK(dialog->errorText().startsWith(QStringLiteral("Cannot reach the server")));
        // A server typed in the dialog becomes the one the status bar shows and the probe checks.
        const QUrl other(QStringLiteral("http://127.0.0.1:") + QString::number(test::closedPort()));
        dialog->setServerUrl(other.toString());
        dialog->submit();
        REQUIRE(test::waitFor([&] { return !dialog->busy(); }));
        CHECK(app.connectivity->server() == other);
        CHECK(app.window->statusIndicators()->serverText().contains(other.toDisplayString()));
        CHECK(dialog->errorText().contains(other.toDisplayString()));
        dialog->adjustSize();
        QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
        const QString name = language == QLatin1String("en")
                                 ? QStringLiteral("sign-in-unreachable.png")
                                 : QStringLiteral("sign-in-unreachable-zh_CN.png");
        REQUIRE(dialog->grab().save(QDir(QStringLiteral(CARAVAN_SCREENSHOT_DIR)).filePath(name)));
    }
    ui::installTranslators(QStringLiteral("en"));
}
