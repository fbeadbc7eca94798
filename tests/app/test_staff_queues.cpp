// The staff queues beside the disputes, on screen: reported listings (remove with a note, dismiss),
// payout identities (the document shown from memory, nothing written to the data folder; refuse with a
// reason) and risk flags (explained in the user's language). The far side is an in-process HTTP server.
#include "cannedhttpserver.h"
#include "models/ordertext.h"
#include "models/staffqueuemodels.h"
#include "models/stafftext.h"
#include "sync/staffclient.h"
#include "test_staff_support.h"
#include "testsupport.h"
#include "ui/identityreview.h"
#include "ui/language.h"
#include "ui/reportsview.h"
#include "ui/riskflagsview.h"
#include "ui/staffnotedialog.h"
#include "ui/staffphotostrip.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QUrl urlOf(const test::CannedHttpServer &server)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
}

// The requests with `method` whose path starts with `prefix`.
QList<test::CannedHttpServer::Request> requestsTo(const test::CannedHttpServer &server,
                                                  const QByteArray &method, const QByteArray &prefix)
{
    QList<test::CannedHttpServer::Request> found;
    for (const auto &r : server.requests())
        if (r.method == method && r.path.startsWith(prefix))
            found.append(r);
    return found;
}

// Points the user's data, cache, config and temporary folders into `root` while it lives.
struct PrivateFolders
{
    explicit PrivateFolders(const QString &root)
    {
        for (const char *name : {"XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "TMPDIR"}) {
            saved.append({name, qgetenv(name)});
            const QString folder = root + QLatin1Char('/') + QString::fromLatin1(name).toLower();
            QDir().mkpath(folder);
            qputenv(name, folder.toLocal8Bit());
        }
    }
    ~PrivateFolders()
    {
        for (const auto &[name, value] : saved)
            value.isNull() ? qunsetenv(name) : qputenv(name, value);
    }
    QList<std::pair<const char *, QByteArray>> saved;
};

} // namespace

TEST_CASE("staff reports: the queue fills, a listing opens with its photos and reports, removal needs a note",
          "[staff][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::CannedHttpServer server;
    server.respondTo("/api/v1/staff/reports?", 200, json(test::reportQueueJson()));
    server.respondTo("/api/v1/staff/reports/", 200,
                     json(test::reportedListingJson(QStringLiteral("l-bag"), QStringLiteral("open"))));
    server.respondTo("/api/v1/staff/photos/", 200, test::imageBytes(Qt::darkRed, 320, 240, "JPEG"),
                     "image/jpeg");
    sync::SessionClient session;
    sync::StaffClient client(session, urlOf(server), QStringLiteral("t"));
    ui::ReportsView view(client);
    view.refresh();
    REQUIRE(test::waitFor([&] { return view.model()->rowCount() == 2; }));
    CHECK(requestsTo(server, "GET", "/api/v1/staff/reports").first().path ==
          "/api/v1/staff/reports?status=open");
    CHECK(view.model()->data(view.model()->index(0, models::ReportQueueModel::Reasons)).toString() ==
          QStringLiteral("Counterfeit ×2, Misleading ×1"));
    CHECK(view.statusLabel()->text() == QStringLiteral("2 reported listings"));

    // The first row is chosen and its listing asked for: its reports (escaped, as typed) and its photos.
    REQUIRE(test::waitFor([&] { return !view.listing().isEmpty(); }));
    CHECK(requestsTo(server, "GET", "/api/v1/staff/reports/l-bag").size() == 1);
    CHECK(view.detailText().contains(QStringLiteral("The logo is <b>misspelt</b>; sold as genuine.")));
    CHECK(view.detailText().contains(QStringLiteral("240.00")));
    REQUIRE(test::waitFor([&] { return view.photoStrip()->loadedCount() == 2; }));
    CHECK(requestsTo(server, "GET", "/api/v1/staff/photos/" + test::listingPhoto(0).toLatin1()).size() == 1);
    CHECK_FALSE(view.photoStrip()->thumbnail(0)->icon().isNull());
    CHECK(view.photoStrip()->captionText(0).startsWith(test::listingPhoto(0).left(12)));

    // Choosing another row asks for that listing.
    view.table()->selectRow(1);
    REQUIRE(
        test::waitFor([&] { return !requestsTo(server, "GET", "/api/v1/staff/reports/l-case").isEmpty(); }));
    REQUIRE(test::waitFor([&] { return !view.listing().isEmpty(); }));

    // Remove: the confirmation says what happens, and the button waits for the note.
    CHECK(view.removeButton()->isEnabled());
    CHECK(view.actionHint()->text().isEmpty());
    ui::StaffNoteDialog *dialog = view.openDecision(QStringLiteral("remove"));
    REQUIRE(dialog);
    CHECK(dialog->questionText() ==
          QStringLiteral(
              "Remove this listing? Buyers stop seeing it and its photos; the seller reads your note."));
    CHECK_FALSE(dialog->confirmButton()->isEnabled());
    CHECK(dialog->messageText().contains(QStringLiteral("Write a note for the seller")));
    CHECK(dialog->confirmButton()->toolTip().contains(QStringLiteral("Write a note for the seller")));
    dialog->confirm(); // refused without a note: nothing is sent
    QCoreApplication::processEvents();
    CHECK(requestsTo(server, "POST", "/").isEmpty());
    dialog->setNote(QStringLiteral("The logo is counterfeit; counterfeit goods may not be sold."));
    CHECK(dialog->confirmButton()->isEnabled());
    dialog->confirm();
    REQUIRE(test::waitFor([&] { return !requestsTo(server, "POST", "/").isEmpty(); }));
    const auto post = requestsTo(server, "POST", "/").first();
    CHECK(post.path == "/api/v1/staff/reports/l-bag/decision");
    CHECK_FALSE(post.header("Idempotency-Key").isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(post.body).object();
    CHECK(body.value(QStringLiteral("decision")).toString() == QStringLiteral("remove"));
    CHECK(body.value(QStringLiteral("note")).toString() ==
          QStringLiteral("The logo is counterfeit; counterfeit goods may not be sold."));
    REQUIRE(test::waitFor(
        [&] { return view.statusLabel()->text().startsWith(QStringLiteral("The listing is removed")); }));

    // Dismiss needs no note; the server's refusal is shown in the dialog.
    server.respondTo("/api/v1/staff/reports/l-bag/decision", 409,
                     R"({"error":"no_open_reports","message":"This listing has no open reports."})");
    view.showListing(data::ReportedListing::fromJson(
        test::reportedListingJson(QStringLiteral("l-bag"), QStringLiteral("open"))));
    dialog = view.openDecision(QStringLiteral("dismiss"));
    REQUIRE(dialog);
    CHECK(dialog->confirmButton()->isEnabled());
    dialog->confirm();
    REQUIRE(test::waitFor(
        [&] { return dialog->messageText().contains(QStringLiteral("no report on this listing")); }));
    CHECK(QJsonDocument::fromJson(requestsTo(server, "POST", "/").last().body)
              .object()
              .value(QStringLiteral("decision")) == QStringLiteral("dismiss"));
    server.respondTo("/api/v1/staff/reports/l-bag/decision", 422,
                     R"({"error":"invalid","message":"a note is required to remove","field":"note"})");
    dialog->confirm();
    REQUIRE(
        test::waitFor([&] { return dialog->messageText().contains(QStringLiteral("the field “note”")); }));
    dialog->close();

    // A listing whose reports were decided: the buttons are disabled and say why.
    view.showListing(data::ReportedListing::fromJson(
        test::reportedListingJson(QStringLiteral("l-bag"), QStringLiteral("removed"))));
    CHECK_FALSE(view.removeButton()->isEnabled());
    CHECK_FALSE(view.dismissButton()->isEnabled());
    CHECK(view.actionHint()->text() ==
          QStringLiteral("Nothing to decide: every report on this listing was decided already."));
    CHECK(view.removeButton()->toolTip() == view.actionHint()->text());
    CHECK(view.detailText().contains(QStringLiteral("Counterfeit logo.")));
    CHECK(view.openDecision(QStringLiteral("remove")) == nullptr);

    // The server's errors are shown; the removed filter asks for that status.
    server.respondTo(
        "/api/v1/staff/reports?", 403,
        R"({"error":"second_factor_required","message":"Sign in again with your second factor."})");
    view.setStatusFilter(QStringLiteral("removed"));
    view.refresh();
    REQUIRE(test::waitFor([&] {
        return view.statusLabel()->text().startsWith(
            QStringLiteral("The reported listings could not be read"));
    }));
    CHECK(view.statusLabel()->text().contains(QStringLiteral("Sign in again with your second factor.")));
    CHECK(requestsTo(server, "GET", "/api/v1/staff/reports?").last().path ==
          "/api/v1/staff/reports?status=removed");
}

TEST_CASE("staff identities: the document is shown from memory and nothing of it reaches the data folder",
          "[staff][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    QDir().mkpath(sandbox.dataRoot());
    const PrivateFolders folders(sandbox.path(QStringLiteral("home")));
    const QByteArray png = test::imageBytes(QColor(0x2a, 0x6f, 0x97), 900, 600, "PNG");
    test::CannedHttpServer server;
    server.respondTo("/api/v1/staff/identities?", 200, json(test::identityQueueJson()));
    server.respondTo(
        "/api/v1/staff/identities/u-hana", 200,
        json(test::identityJson(QStringLiteral("pending"), QStringLiteral("image/png"), png.size())));
    server.respondTo("/api/v1/staff/identities/u-hana/document", 200, png, "image/png");
    sync::SessionClient session;
    sync::StaffClient client(session, urlOf(server), QStringLiteral("t"));
    ui::IdentityReview view(client);
    view.refresh();
    REQUIRE(test::waitFor([&] { return view.model()->rowCount() == 1; }));
    CHECK(requestsTo(server, "GET", "/api/v1/staff/identities?").first().path ==
          "/api/v1/staff/identities?status=pending");
    REQUIRE(test::waitFor([&] { return !view.documentLabel()->pixmap().isNull(); }));
    CHECK(requestsTo(server, "GET", "/api/v1/staff/identities/u-hana").size() ==
          2); // the record and its document
    CHECK(view.detailText().contains(QStringLiteral("1988-02-29")));
    CHECK(view.detailText().contains(QStringLiteral("1-2-3 Jingumae, 150-0001, Shibuya, JP")));
    CHECK(view.documentLabel()->pixmap().width() <= 560);
    CHECK(view.documentBytes() == png);
    CHECK(view.saveButton()->isHidden()); // an image is only shown

    // Nothing was written anywhere: not the data folder, the cache, the settings or a temporary file.
    QDirIterator files(sandbox.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList written;
    while (files.hasNext())
        written.append(files.next());
    INFO(written.join(QStringLiteral(", ")).toStdString());
    CHECK(written.isEmpty());
    CHECK(QDir(sandbox.dataRoot()).isEmpty());

    // Refuse needs a reason, and says so.
    CHECK(view.refuseButton()->isEnabled());
    ui::StaffNoteDialog *dialog = view.openDecision(QStringLiteral("refuse"));
    REQUIRE(dialog);
    CHECK_FALSE(dialog->confirmButton()->isEnabled());
    CHECK(dialog->messageText() == QStringLiteral("Write the reason: an identity is refused only with one."));
    dialog->setNote(QStringLiteral("The name on the document is not Hana Sato."));
    server.respondTo(
        "/api/v1/staff/identities/u-hana/decision", 200,
        json(test::identityJson(QStringLiteral("refused"), QStringLiteral("image/png"), png.size())));
    dialog->confirm();
    REQUIRE(test::waitFor([&] { return !requestsTo(server, "POST", "/").isEmpty(); }));
    auto post = requestsTo(server, "POST", "/").first();
    CHECK(post.path == "/api/v1/staff/identities/u-hana/decision");
    CHECK(QJsonDocument::fromJson(post.body).object() ==
          QJsonObject{
              {QStringLiteral("decision"), QStringLiteral("refuse")},
              {QStringLiteral("reason"), QStringLiteral("The name on the document is not Hana Sato.")}});
    REQUIRE(test::waitFor([&] { return !view.approveButton()->isEnabled(); }));
    CHECK(view.actionHint()->text() == QStringLiteral("Already decided: Refused."));
    CHECK(view.approveButton()->toolTip() == QStringLiteral("Already decided: Refused."));

    // Approve sends its decision; the server's refusal stays in the dialog.
    view.showIdentity(data::IdentityRecord::fromJson(
        test::identityJson(QStringLiteral("pending"), QStringLiteral("image/png"), png.size())));
    server.respondTo("/api/v1/staff/identities/u-hana/decision", 404,
                     R"({"error":"no_identity","message":"This user has not submitted a payout identity."})");
    dialog = view.openDecision(QStringLiteral("approve"));
    REQUIRE(dialog);
    CHECK(dialog->confirmButton()->isEnabled());
    dialog->confirm();
    REQUIRE(
        test::waitFor([&] { return dialog->messageText().contains(QStringLiteral("no payout identity")); }));
    CHECK(QJsonDocument::fromJson(requestsTo(server, "POST", "/").last().body)
              .object()
              .value(QStringLiteral("decision")) == QStringLiteral("approve"));
    dialog->close();

    // A PDF cannot be drawn here: it is described, and a copy is written only where the user chooses.
    const QByteArray pdf = test::pdfBytes();
    server.respondTo("/api/v1/staff/identities/u-hana/document", 200, pdf, "application/pdf");
    view.showIdentity(data::IdentityRecord::fromJson(
        test::identityJson(QStringLiteral("pending"), QStringLiteral("application/pdf"), pdf.size())));
    REQUIRE(test::waitFor(
        [&] { return view.documentLabel()->text().startsWith(QStringLiteral("PDF document, 2 KB")); }));
    CHECK(view.documentLabel()->pixmap().isNull());
    CHECK_FALSE(view.saveButton()->isHidden());
    QDirIterator still(sandbox.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    CHECK_FALSE(still.hasNext());
    QTemporaryDir chosen;
    const QString copy = chosen.filePath(QStringLiteral("passport.pdf"));
    REQUIRE(view.saveDocumentTo(copy));
    QFile saved(copy);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == pdf);
}

TEST_CASE("staff risk flags: each kind explained from its figures, in English and in Chinese", "[staff][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::CannedHttpServer server;
    server.respondTo("/api/v1/staff/risk-flags", 200, json(test::riskFlagsJson()));
    sync::SessionClient session;
    sync::StaffClient client(session, urlOf(server), QStringLiteral("t"));
    ui::RiskFlagsView view(client);
    view.refresh();
    REQUIRE(test::waitFor([&] { return view.model()->rowCount() == 4; }));
    CHECK(server.requests().first().path == "/api/v1/staff/risk-flags");
    CHECK(view.statusLabel()->text() == QStringLiteral("4 flags"));
    CHECK(view.detailText().startsWith(QStringLiteral("The account is 3 days old")));

    const auto flags = view.model()->rows();
    REQUIRE(flags.size() == 4);
    const QStringList english{
        QStringLiteral(
            "The account is 3 days old and placed 4 orders of 500.00 EUR or more in the last 7 days."),
        QStringLiteral("6 payments failed in the last 24 hours."),
        QStringLiteral("5 orders sold in the last 14 days are not shipped; 0 shipped."),
        QStringLiteral(
            "9 shipping addresses in a week.")}; // a kind this version does not know: the server's words
    for (int i = 0; i < 4; ++i)
        CHECK(models::StaffText::riskExplanation(flags.at(i)) == english.at(i));
    CHECK(models::StaffText::riskKind(flags.at(0).kind) == QStringLiteral("New account, high-value orders"));
    view.table()->selectRow(2);
    CHECK(view.detailText().startsWith(english.at(2)));

    ui::installTranslators(QStringLiteral("zh_CN"));
    const QStringList chinese{QStringLiteral("该账户注册 3 天，在最近 7 天内下了 4 笔不低于 %1 的订单。"),
                              QStringLiteral("最近 24 小时内有 6 笔付款失败。"),
                              QStringLiteral("最近 14 天内售出的 5 笔订单未发货；已发货 0 笔。"),
                              QStringLiteral("9 shipping addresses in a week.")};
    CHECK(models::StaffText::riskExplanation(flags.at(0)) ==
          chinese.at(0).arg(models::OrderText::money(50000, QStringLiteral("EUR"))));
    for (int i = 1; i < 4; ++i)
        CHECK(models::StaffText::riskExplanation(flags.at(i)) == chinese.at(i));
    CHECK(models::StaffText::riskKind(QStringLiteral("failed_payments")) == QStringLiteral("付款失败"));
    ui::installTranslators(QStringLiteral("en"));

    // Errors are shown.
    server.respondTo("/api/v1/staff/risk-flags", 500, R"({"error":"internal"})");
    view.refresh();
    REQUIRE(test::waitFor([&] {
        return view.statusLabel()->text().startsWith(QStringLiteral("The risk flags could not be read"));
    }));
}

TEST_CASE("staff queues: offline each tab says it works online only and asks nothing", "[staff][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::CannedHttpServer server;
    server.respondWith(200, R"({"reports":[],"identities":[],"flags":[]})");
    sync::SessionClient session;
    sync::StaffClient client(session, urlOf(server), QStringLiteral("t"));
    ui::ReportsView reports(client);
    ui::IdentityReview identities(client);
    ui::RiskFlagsView flags(client);
    reports.setOnline(false);
    identities.setOnline(false);
    flags.setOnline(false);
    reports.refresh();
    reports.openListing(QStringLiteral("l-bag"));
    identities.refresh();
    identities.openIdentity(QStringLiteral("u-hana"));
    flags.refresh();
    CHECK(reports.openDecision(QStringLiteral("remove")) == nullptr);
    QCoreApplication::processEvents();
    CHECK(server.requests().isEmpty());
    for (QLabel *status : {reports.statusLabel(), identities.statusLabel(), flags.statusLabel()})
        CHECK(status->text().contains(QStringLiteral("works online only")));
    CHECK_FALSE(reports.removeButton()->isEnabled());
    CHECK(reports.actionHint()->text() == QStringLiteral("Offline: decisions need the server."));
    CHECK_FALSE(identities.refuseButton()->isEnabled());

    reports.setOnline(true); // back online: the queue is asked for at once
    REQUIRE(test::waitFor([&] { return !server.requests().isEmpty(); }));
    CHECK(server.requests().first().path == "/api/v1/staff/reports?status=open");
}
