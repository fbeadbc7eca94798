// The Arbitration section as the staff console: its four tabs, the dispute case's photos fetched from the
// staff photo route and shown as thumbnails, and screenshots of each tab in English and Chinese.
#include "cannedhttpserver.h"
#include "models/disputequeuemodel.h"
#include "models/staffqueuemodels.h"
#include "sync/disputeclient.h"
#include "sync/staffclient.h"
#include "test_dispute_support.h"
#include "test_staff_support.h"
#include "testsupport.h"
#include "ui/arbitrationcase.h"
#include "ui/arbitrationview.h"
#include "ui/identityreview.h"
#include "ui/language.h"
#include "ui/reportsview.h"
#include "ui/riskflagsview.h"
#include "ui/staffconsole.h"
#include "ui/staffphotostrip.h"

#include <QDialog>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

const QString kEventPhoto =
    QStringLiteral("9f2c4e1a7b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QUrl urlOf(const test::CannedHttpServer &server)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
}

bool asked(const test::CannedHttpServer &server, const QByteArray &prefix)
{
    for (const auto &r : server.requests())
        if (r.path.startsWith(prefix))
            return true;
    return false;
}

// Every staff route of the console answered with the canned queues.
void serveStaffRoutes(test::CannedHttpServer &server)
{
    QJsonObject disputes{{QStringLiteral("disputes"),
                          QJsonArray{test::disputeRowJson(QStringLiteral("d1"), QStringLiteral("escalated"),
                                                          QDateTime::currentDateTimeUtc().addSecs(20 * 3600),
                                                          QStringLiteral("Seiko 5 automatic watch"),
                                                          QStringLiteral("EUR"), 16690)}}};
    server.respondTo("/api/v1/staff/disputes", 200, json(disputes));
    server.respondTo("/api/v1/staff/disputes/", 200,
                     json(test::disputeCaseJson(QStringLiteral("d1"), QStringLiteral("escalated"))));
    server.respondTo("/api/v1/staff/photos/", 200,
                     test::imageBytes(QColor(0xc8, 0xa0, 0x6e), 480, 360, "JPEG"), "image/jpeg");
    server.respondTo("/api/v1/staff/reports?", 200, json(test::reportQueueJson()));
    server.respondTo("/api/v1/staff/reports/", 200,
                     json(test::reportedListingJson(QStringLiteral("l-bag"), QStringLiteral("open"))));
    server.respondTo("/api/v1/staff/identities?", 200, json(test::identityQueueJson()));
    const QByteArray document = test::imageBytes(QColor(0xe6, 0xee, 0xf4), 720, 460, "PNG");
    server.respondTo(
        "/api/v1/staff/identities/u-hana", 200,
        json(test::identityJson(QStringLiteral("pending"), QStringLiteral("image/png"), document.size())));
    server.respondTo("/api/v1/staff/identities/u-hana/document", 200, document, "image/png");
    server.respondTo("/api/v1/staff/risk-flags", 200, json(test::riskFlagsJson()));
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
    QCoreApplication::processEvents();
    REQUIRE(widget.grab().save(QDir(QStringLiteral(CARAVAN_SCREENSHOT_DIR)).filePath(name)));
}

} // namespace

TEST_CASE("arbitration: the case view fetches each photo from the staff route and shows a thumbnail",
          "[arbitration][staff][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::CannedHttpServer server;
    serveStaffRoutes(server);
    sync::SessionClient session;
    sync::DisputeClient disputes(session, urlOf(server), QStringLiteral("t"));
    sync::StaffClient staff(session, urlOf(server), QStringLiteral("t"));
    ui::ArbitrationView view(disputes, QStringLiteral("u-me"));
    view.setPhotoClient(&staff);
    view.resize(1100, 760);
    view.show();
    view.openCase(QStringLiteral("d1"));
    REQUIRE(test::waitFor([&] { return view.caseView()->hasCase(); }));
    ui::StaffPhotoStrip *strip = view.caseView()->photoStrip();
    REQUIRE(strip->count() == 2); // the buyer's photo and the seller's packing photo
    REQUIRE(test::waitFor([&] { return strip->loadedCount() == 2; }));
    CHECK(asked(server, "/api/v1/staff/photos/" + kEventPhoto.toLatin1()));
    CHECK_FALSE(strip->thumbnail(0)->icon().isNull());
    CHECK(strip->thumbnail(0)->toolTip().contains(kEventPhoto));
    CHECK(strip->captionText(0).startsWith(kEventPhoto.left(12)));
    CHECK(strip->captionText(0).contains(QStringLiteral("received")));
    // The hashes and receipt times stay in the case's text too.
    CHECK(view.caseView()->text().contains(QStringLiteral("Photo SHA-256 ") + kEventPhoto));

    // Click: the photo larger, with its hash and receipt time.
    strip->thumbnail(0)->click();
    QDialog *larger = nullptr;
    REQUIRE(test::waitFor([&] {
        larger = view.window()->findChild<QDialog *>(QStringLiteral("staffPhotoDialog"));
        return larger && larger->isVisible();
    }));
    bool captioned = false;
    for (const QLabel *label : larger->findChildren<QLabel *>())
        captioned = captioned || label->text().contains(QStringLiteral("SHA-256 ") + kEventPhoto);
    CHECK(captioned);
    larger->close();

    // Showing the case again asks for no photo twice.
    const auto before = server.requests().size();
    view.openCase(QStringLiteral("d1"));
    REQUIRE(test::waitFor([&] { return server.requests().size() > before; }));
    QCoreApplication::processEvents();
    int photoRequests = 0;
    for (const auto &r : server.requests())
        photoRequests += r.path.startsWith("/api/v1/staff/photos/") ? 1 : 0;
    CHECK(photoRequests == 2);
}

TEST_CASE("staff console: four tabs, each asks for its queue when first shown, offline none asks",
          "[staff][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::CannedHttpServer server;
    serveStaffRoutes(server);
    sync::SessionClient session;
    sync::DisputeClient disputes(session, urlOf(server), QStringLiteral("t"));
    sync::StaffClient staff(session, urlOf(server), QStringLiteral("t"));
    ui::StaffConsole console(disputes, staff, QStringLiteral("u-me"));
    REQUIRE(console.tabs()->count() == 4);
    CHECK(console.tabs()->tabText(0) == QStringLiteral("Disputes"));
    CHECK(console.tabs()->tabText(1) == QStringLiteral("Reported listings"));
    CHECK(console.tabs()->tabText(2) == QStringLiteral("Payout identities"));
    CHECK(console.tabs()->tabText(3) == QStringLiteral("Risk flags"));

    console.setOnline(false);
    console.refresh();
    for (int tab = 0; tab < 4; ++tab)
        console.showTab(static_cast<ui::StaffConsole::Tab>(tab));
    QCoreApplication::processEvents();
    CHECK(server.requests().isEmpty());
    CHECK(console.reports()->statusLabel()->text().contains(QStringLiteral("works online only")));
    CHECK(console.disputes()->statusLabel()->text().contains(QStringLiteral("works online only")));

    console.setOnline(true);
    REQUIRE(test::waitFor([&] {
        return asked(server, "/api/v1/staff/disputes") && asked(server, "/api/v1/staff/reports") &&
               asked(server, "/api/v1/staff/identities") && asked(server, "/api/v1/staff/risk-flags");
    }));
    REQUIRE(test::waitFor([&] { return console.riskFlags()->model()->rowCount() == 4; }));
}

TEST_CASE(
    "screenshots of the staff console's tabs: disputes with photos, reported listings, payout identities "
    "and risk flags",
    "[staff][screenshots]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString suffix = language == QLatin1String("en") ? QString() : QStringLiteral("-zh_CN");
        ui::installTranslators(language);
        test::CannedHttpServer server;
        serveStaffRoutes(server);
        sync::SessionClient session;
        sync::DisputeClient disputes(session, urlOf(server), QStringLiteral("t"));
        sync::StaffClient staff(session, urlOf(server), QStringLiteral("t"));
        ui::StaffConsole console(disputes, staff, QStringLiteral("u-me"));
        console.resize(1100, 760);
        console.show();
        console.refresh();
        REQUIRE(test::waitFor([&] {
            return console.disputes()->caseView()->hasCase() &&
                   console.disputes()->caseView()->photoStrip()->loadedCount() == 2;
        }));
        saveScreenshot(console, QStringLiteral("staff-disputes") + suffix + QStringLiteral(".png"));

        console.showTab(ui::StaffConsole::Reports);
        REQUIRE(test::waitFor([&] {
            return !console.reports()->listing().isEmpty() &&
                   console.reports()->photoStrip()->loadedCount() == 2;
        }));
        saveScreenshot(console, QStringLiteral("staff-reports") + suffix + QStringLiteral(".png"));

        console.showTab(ui::StaffConsole::Identities);
        REQUIRE(test::waitFor([&] { return !console.identities()->documentLabel()->pixmap().isNull(); }));
        saveScreenshot(console, QStringLiteral("staff-identities") + suffix + QStringLiteral(".png"));

        console.showTab(ui::StaffConsole::RiskFlags);
        REQUIRE(test::waitFor([&] { return console.riskFlags()->model()->rowCount() == 4; }));
        saveScreenshot(console, QStringLiteral("staff-risk-flags") + suffix + QStringLiteral(".png"));
    }
    ui::installTranslators(QStringLiteral("en"));
}
