// The Arbitration section and the seller's dispute pane on screen: the case in full, approval only for
// another member of staff's proposal, offline, a decision through the server that waits for a second
// approver, and screenshots in English and Chinese. The far side is an in-process HTTP server on loopback.
#include "cannedhttpserver.h"
#include "data/dispute.h"
#include "models/disputequeuemodel.h"
#include "sync/disputeclient.h"
#include "test_dispute_support.h"
#include "test_order_support.h"
#include "testsupport.h"
#include "ui/arbitrationcase.h"
#include "ui/arbitrationdecisiondialog.h"
#include "ui/arbitrationview.h"
#include "ui/language.h"
#include "ui/orderdispute.h"
#include "ui/ordersview.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

void saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
    QCoreApplication::processEvents();
    REQUIRE(widget.grab().save(QDir(QStringLiteral(CARAVAN_SCREENSHOT_DIR)).filePath(name)));
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QUrl urlOf(const test::CannedHttpServer &server)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
}

QVector<data::DisputeQueueRow> queueRows(const QDateTime &now)
{
    return {data::DisputeQueueRow::fromJson(test::disputeRowJson(QStringLiteral("d1"), QStringLiteral("escalated"),
                                                                 now.addSecs(20 * 3600),
                                                                 QStringLiteral("Seiko 5 automatic watch"),
                                                                 QStringLiteral("EUR"), 16690)),
            data::DisputeQueueRow::fromJson(test::disputeRowJson(QStringLiteral("d2"), QStringLiteral("awaiting_approval"),
                                                                 now.addDays(1).addSecs(3 * 3600),
                                                                 QStringLiteral("Kokeshi doll"), QStringLiteral("USD"),
                                                                 42000, QStringLiteral("u-staff-2"))),
            data::DisputeQueueRow::fromJson(test::disputeRowJson(QStringLiteral("d3"), QStringLiteral("escalated"),
                                                                 now.addDays(2), QStringLiteral("Tea bowl"),
                                                                 QStringLiteral("GBP"), 5400, QStringLiteral("u-me")))};
}

} // namespace

TEST_CASE("arbitration: the case shows events, photos, evidence, ledger and parties", "[arbitration][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    ui::ArbitrationCase view;
    auto c = data::DisputeCase::fromJson(test::disputeCaseJson(QStringLiteral("d1"), QStringLiteral("escalated")));
    view.setCase(c, QStringLiteral("u-me"));
    const QString text = view.text();
    CHECK(text.contains(QStringLiteral("The case is <b>scratched</b>; the listing said mint."))); // escaped, as typed
    CHECK(text.contains(QStringLiteral("Photo SHA-256 9f2c4e1a7b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8, "
                                       "received by the server")));
    CHECK(text.contains(QStringLiteral("Partial refund of")));
    CHECK(text.contains(QStringLiteral("order:o-d1:funded")));
    CHECK(text.contains(QStringLiteral("Mei Tanaka (JP)")));
    CHECK(text.contains(QStringLiteral("640 g")));
    CHECK(view.claimButton()->isEnabled());
    CHECK(view.decideButton()->isEnabled());
    CHECK(view.approveButton()->isHidden());

    // A proposal by someone else is approved or rejected here; one's own waits for a colleague.
    c = data::DisputeCase::fromJson(test::disputeCaseJson(QStringLiteral("d1"), QStringLiteral("awaiting_approval"),
                                                          QStringLiteral("u-staff-2")));
    view.setCase(c, QStringLiteral("u-me"));
    CHECK(view.approveButton()->isEnabled());
    CHECK(view.rejectButton()->isEnabled());
    CHECK_FALSE(view.decideButton()->isEnabled());
    CHECK(view.text().contains(QStringLiteral("Split: refund of the goods")));
    view.setCase(c, QStringLiteral("u-staff-2"));
    CHECK_FALSE(view.approveButton()->isEnabled());
    CHECK_FALSE(view.rejectButton()->isEnabled());
}

TEST_CASE("arbitration: offline the section says it works online only and asks nothing", "[arbitration][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::CannedHttpServer server;
    server.respondWith(200, R"({"disputes":[]})");
    sync::SessionClient session;
    sync::DisputeClient client(session, urlOf(server), QStringLiteral("t"));
    ui::ArbitrationView view(client, QStringLiteral("u-me"));
    view.setOnline(false);
    view.refresh();
    view.openCase(QStringLiteral("d1"));
    QCoreApplication::processEvents();
    CHECK(view.statusLabel()->text().contains(QStringLiteral("arbitration works online only")));
    CHECK(server.requests().isEmpty());
    view.setOnline(true); // back online: the queue is asked for at once
    REQUIRE(test::waitFor([&] { return !server.requests().isEmpty(); }));
    CHECK(server.requests().first().path == "/api/v1/staff/disputes");
    REQUIRE(test::waitFor([&] { return view.statusLabel()->text().startsWith(QStringLiteral("0 case")); }));
}

TEST_CASE("arbitration: a decision goes to the server and says when it waits for a second approver",
          "[arbitration][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::CannedHttpServer server;
    // Every request gets the case (with its dispute now awaiting approval): the queue reads no rows from it.
    server.respondWith(200, json(test::disputeCaseJson(QStringLiteral("d1"), QStringLiteral("awaiting_approval"),
                                                       QStringLiteral("u-me"))));
    sync::SessionClient session;
    sync::DisputeClient client(session, urlOf(server), QStringLiteral("t"));
    ui::ArbitrationView view(client, QStringLiteral("u-me"));
    view.caseView()->setCase(
        data::DisputeCase::fromJson(test::disputeCaseJson(QStringLiteral("d1"), QStringLiteral("escalated"))),
        QStringLiteral("u-me"));
    ui::ArbitrationDecisionDialog *dialog = view.openDecisionDialog();
    REQUIRE(dialog);
    dialog->setOutcome(QStringLiteral("split"));
    dialog->setRefund(QStringLiteral("30"));
    dialog->confirm();
    REQUIRE(test::waitFor([&] { return dialog->messageText().contains(QStringLiteral("second approver")); }));
    const auto request = server.requests().first();
    CHECK(request.path == "/api/v1/staff/disputes/d1/decision");
    CHECK_FALSE(request.header("Idempotency-Key").isEmpty());
    CHECK(QJsonDocument::fromJson(request.body).object().value(QStringLiteral("refund_minor")).toInteger() == 3000);
    dialog->close();
}

TEST_CASE("disputes: the seller's pane offers what the dispute's status allows", "[disputes][ui]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::CannedHttpServer server;
    server.respondWith(200, R"({"disputes":[]})");
    sync::SessionClient session;
    sync::DisputeClient client(session, urlOf(server), QStringLiteral("t"));
    ui::OrderDisputePanel pane(client);
    auto c = data::DisputeCase::fromJson(test::disputeCaseJson(QStringLiteral("d1"), QStringLiteral("awaiting_seller")));
    pane.showCase(c);
    CHECK(pane.answerButton()->isEnabled());
    CHECK_FALSE(pane.escalateButton()->isEnabled());
    CHECK(pane.returnReceivedButton()->isHidden());
    CHECK(pane.text().contains(QStringLiteral("It left here without a scratch.")));
    c.dispute.status = QStringLiteral("returning");
    pane.showCase(c);
    CHECK_FALSE(pane.answerButton()->isEnabled());
    CHECK(pane.escalateButton()->isEnabled());
    CHECK(pane.returnReceivedButton()->isEnabled());
    CHECK(pane.statusText() == QStringLiteral("In dispute: Item being returned"));
}

TEST_CASE("screenshots of the arbitration queue, a case, the decision dialog and a seller's dispute",
          "[arbitration][screenshots]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString suffix = language == QLatin1String("en") ? QString() : QStringLiteral("-zh_CN");
        ui::installTranslators(language);
        test::CannedHttpServer server;
        // One answer that reads as the case, as the seller's list of disputes and as no queue rows.
        QJsonObject answer = test::disputeCaseJson(QStringLiteral("d1"), QStringLiteral("escalated"));
        answer.insert(QStringLiteral("disputes"), QJsonArray{answer.value(QStringLiteral("dispute"))});
        server.respondWith(200, json(answer));
        sync::SessionClient session;
        sync::DisputeClient client(session, urlOf(server), QStringLiteral("t"));
        {
            ui::ArbitrationView view(client, QStringLiteral("u-me"));
            view.resize(1100, 760);
            view.show();
            view.showQueue(queueRows(QDateTime::currentDateTimeUtc()));
            REQUIRE(view.model()->rowCount() == 3);
            REQUIRE(test::waitFor([&] { return view.caseView()->hasCase(); }));
            saveScreenshot(view, QStringLiteral("arbitration") + suffix + QStringLiteral(".png"));
            ui::ArbitrationDecisionDialog *dialog = view.openDecisionDialog();
            REQUIRE(dialog);
            dialog->setOutcome(QStringLiteral("split"));
            dialog->setRefund(QStringLiteral("30.00"));
            dialog->setBuyerFeeRefunded(true);
            dialog->setNote(language == QLatin1String("en") ? QStringLiteral("The photos show a scratch the listing "
                                                                             "did not mention.")
                                                            : QStringLiteral("照片显示了商品描述中未提及的划痕。"));
            saveScreenshot(*dialog, QStringLiteral("arbitration-decision") + suffix + QStringLiteral(".png"));
            dialog->close();
        }
        {
            test::Sandbox sandbox;
            auto db = test::openOrderDatabase(sandbox);
            data::SyncJournal journal(db->connection());
            test::pullOrders(journal, {answer.value(QStringLiteral("order")).toObject()});
            ui::OrdersView orders(db->connection());
            orders.setDisputeClient(&client);
            orders.resize(1100, 760);
            orders.show();
            orders.selectOrder(QStringLiteral("o-d1"));
            REQUIRE(orders.disputePanel());
            REQUIRE(orders.detailTabs()->count() == 2);
            orders.detailTabs()->setCurrentWidget(orders.disputePanel());
            REQUIRE(test::waitFor([&] { return !orders.disputePanel()->disputeCase().dispute.id.isEmpty(); }));
            saveScreenshot(orders, QStringLiteral("orders-dispute") + suffix + QStringLiteral(".png"));
        }
    }
    ui::installTranslators(QStringLiteral("en"));
}
