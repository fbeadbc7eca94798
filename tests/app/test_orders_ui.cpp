// The Orders section in an offscreen window: the list and the detail, the ship dialog, the packing slip,
// and the main window that reloads it after a sync.
#include "data/orderrepository.h"
#include "data/outboxrepository.h"
#include "sync/accountsession.h"
#include "sync/connectivitymonitor.h"
#include "sync/synccontroller.h"
#include "test_order_support.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/orderdetail.h"
#include "ui/ordersview.h"
#include "ui/placeholderpanel.h"
#include "ui/shipdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace caravan;
using Filter = models::OrderTableModel::Filter;

namespace {

data::Order paidOrder()
{
    return data::Order::fromJson(
        test::orderRecord(QStringLiteral("o-1"), QStringLiteral("paid"), test::orderTestNow()));
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
    QCoreApplication::processEvents();
    REQUIRE(widget.grab().save(QDir(QStringLiteral(CARAVAN_SCREENSHOT_DIR)).filePath(name)));
}

} // namespace

TEST_CASE("the ship dialog checks the carrier and the number while the seller types", "[orders]")
{
    ui::installTranslators(QStringLiteral("en"));
    ui::ShipDialog dialog(paidOrder());
    dialog.show();
    QComboBox *carrier = dialog.carrierBox();
    QLineEdit *number = dialog.trackingEdit();
    REQUIRE(carrier->count() == 4);
    CHECK(dialog.carrier() == QStringLiteral("post"));
    CHECK(number->placeholderText() == QStringLiteral("e.g. RR123456785DE"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.message() == QStringLiteral("Enter the tracking number from the carrier's receipt."));

    number->setText(QStringLiteral("rr 123 456 785 de"));
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.message() == QStringLiteral("Will be sent as RR123456785DE."));
    number->setText(QStringLiteral("RR123456789DE"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.message().contains(QStringLiteral("check digit")));
    number->setText(QStringLiteral("RR12345678DE"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.check().problem == QStringLiteral("format"));
    number->setText(QStringLiteral("RR1234!785DE"));
    CHECK(dialog.check().problem == QStringLiteral("characters"));

    carrier->setCurrentIndex(carrier->findData(QStringLiteral("ups")));
    CHECK(dialog.carrier() == QStringLiteral("ups"));
    CHECK(number->placeholderText() == QStringLiteral("e.g. 1Z999AA10123456784"));
    number->setText(QStringLiteral("1Z999AA10123456784"));
    CHECK(dialog.okButton()->isEnabled());

    // Another carrier typed in: only the general rule.
    carrier->setEditText(QStringLiteral("Royal Mail"));
    CHECK(dialog.carrier() == QStringLiteral("Royal Mail"));
    CHECK(number->placeholderText() == QStringLiteral("The number on the carrier's receipt"));
    number->setText(QStringLiteral("AB1"));
    CHECK(dialog.check().problem == QStringLiteral("length"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    number->setText(QStringLiteral("AB-1234"));
    CHECK(dialog.okButton()->isEnabled());
    carrier->setEditText(QString());
    CHECK(dialog.check().problem == QStringLiteral("carrier"));
    CHECK_FALSE(dialog.okButton()->isEnabled());

    QSignalSpy submitted(&dialog, &ui::ShipDialog::submitted);
    carrier->setEditText(QStringLiteral("DHL Express"));
    number->setText(QStringLiteral("1234567890"));
    REQUIRE(dialog.okButton()->isEnabled());
    dialog.okButton()->click();
    REQUIRE(submitted.count() == 1);
    CHECK(submitted[0][0].toString() == QStringLiteral("dhl_express"));
    CHECK(submitted[0][1].toString() == QStringLiteral("1234567890"));
}

TEST_CASE("the orders view lists orders and shows one in full and marks it shipped", "[orders]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(30 * 3600 + 1800);
    QJsonObject shipped = test::orderRecord(QStringLiteral("o-shipped"), QStringLiteral("shipped"), {},
                                            QStringLiteral("Kokeshi doll"));
    shipped.insert(QStringLiteral("carrier"), QStringLiteral("ups"));
    shipped.insert(QStringLiteral("tracking_number"), QStringLiteral("1Z999AA10123456784"));
    test::pullOrders(journal, {test::orderRecord(QStringLiteral("o-paid"), QStringLiteral("paid"), soon,
                                                 QStringLiteral("Seiko 5 automatic watch"), 2),
                               shipped});

    ui::OrdersView view(db->connection());
    view.resize(1100, 650);
    view.show();
    QSignalSpy queued(&view, &ui::OrdersView::shipmentQueued);
    REQUIRE(view.model()->rowCount() == 2);
    CHECK(view.filterBox()->count() == static_cast<int>(Filter::FilterCount));
    CHECK(view.filterBox()->itemText(0) == QStringLiteral("All (2)"));
    CHECK(view.filterBox()->itemText(1) == QStringLiteral("To ship (1)"));
    // The order to ship comes first and is shown.
    CHECK(view.selectedId() == QStringLiteral("o-paid"));
    ui::OrderDetail *detail = view.detail();
    CHECK(detail->orderId() == QStringLiteral("o-paid"));
    const QString text = detail->text();
    INFO(text.toStdString());
    for (const char *expected : {"Seiko 5 automatic watch × 2",
                                 "Emma Johnson",
                                 "Invalidenstraße 117",
                                 "Hinterhaus, 3. OG",
                                 "10115 Berlin",
                                 "Germany (DE)",
                                 "+49 30 1234567",
                                 "Total paid by the buyer",
                                 "107.70 EUR",
                                 "116.87 USD",
                                 "Paid out to you",
                                 "100.20 EUR",
                                 "1 EUR = 1.085 USD, of 2026-12-01 (ECB)",
                                 "Ship by",
                                 "1 day 6 h left",
                                 "Order placed",
                                 "Paid (Awaiting payment → Paid) by the payment provider",
                                 "amount: 1921",
                                 "parcel_weighed",
                                 "Not shipped yet."})
        CHECK(text.contains(QString::fromUtf8(expected)));
    CHECK(detail->refusalText().isEmpty());
    CHECK(detail->shipButton()->isEnabled());
    CHECK(detail->packingSlipButton()->isEnabled());
    saveScreenshot(view, QStringLiteral("orders.png"));

    // The packing slip is a PDF.
    const QString slip = sandbox.path(QStringLiteral("slip.pdf"));
    QString error;
    REQUIRE(view.writePackingSlip(QStringLiteral("o-paid"), slip, &error));
    QFile pdf(slip);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(pdf.size() > 1000);
    CHECK_FALSE(view.writePackingSlip(QStringLiteral("nope"), slip, &error));
    CHECK(error == QStringLiteral("There is no order nope."));
    // Kept with the screenshots, to look at.
    QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
    CHECK(view.writePackingSlip(
        QStringLiteral("o-paid"),
        QDir(QStringLiteral(CARAVAN_SCREENSHOT_DIR)).filePath(QStringLiteral("packing-slip.pdf")), &error));

    // A shipped order cannot be shipped again.
    view.selectOrder(QStringLiteral("o-shipped"));
    CHECK(detail->orderId() == QStringLiteral("o-shipped"));
    CHECK_FALSE(detail->shipButton()->isEnabled());
    CHECK(detail->text().contains(QStringLiteral("UPS, tracking number 1Z999AA10123456784")));
    CHECK(view.openShipDialog(QStringLiteral("o-shipped")) == nullptr);

    // Mark the paid one shipped through the dialog.
    view.selectOrder(QStringLiteral("o-paid"));
    detail->shipButton()->click();
    auto *dialog = view.findChild<ui::ShipDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    dialog->trackingEdit()->setText(QStringLiteral("RR123456785DE"));
    dialog->okButton()->click();
    REQUIRE(test::waitFor([&] { return view.findChild<ui::ShipDialog *>() == nullptr; }, 3000));
    CHECK(queued.count() == 1);
    CHECK(data::OutboxRepository(db->connection()).count() == 1);
    CHECK(view.selectedId() == QStringLiteral("o-paid"));
    CHECK_FALSE(detail->shipButton()->isEnabled());
    CHECK(detail->text().contains(
        QStringLiteral("waiting to sync: Postal service (UPU S10 number), RR123456785DE")));
    const int row = view.model()->rowOf(QStringLiteral("o-paid"));
    CHECK(view.model()->data(view.model()->index(row, models::OrderTableModel::Status)).toString() ==
          QStringLiteral("Shipped — waiting to sync"));
    CHECK(view.filterBox()->itemText(1) == QStringLiteral("To ship (0)"));
    CHECK(view.filterBox()->itemText(3) == QStringLiteral("Shipped (2)"));

    // The server refuses it (the buyer cancelled): the banner says so after the reload.
    const auto sent = journal.pendingMutations(10);
    REQUIRE(sent.size() == 1);
    data::PushResult refused;
    refused.id = sent[0].id;
    refused.status = QStringLiteral("rejected");
    refused.code = QStringLiteral("not_shippable");
    REQUIRE(journal.applyPushResults(sent, {refused}));
    view.reloadFromDatabase();
    CHECK(view.selectedId() == QStringLiteral("o-paid"));
    CHECK(detail->refusalText().contains(QStringLiteral("no longer paid")));
    CHECK(view.model()
              ->data(view.model()->index(view.model()->rowOf(QStringLiteral("o-paid")),
                                         models::OrderTableModel::Status))
              .toString() == QStringLiteral("Refused: the order is no longer paid"));

    // A filter keeps the view to the orders it names.
    view.setFilter(Filter::Shipped);
    CHECK(view.model()->rowCount() == 1);
    CHECK(view.selectedId() == QStringLiteral("o-shipped"));
}

TEST_CASE("a newly paid order is announced once", "[orders]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    test::pullOrders(
        journal, {test::orderRecord(QStringLiteral("old"), QStringLiteral("paid"), test::orderTestNow())});
    ui::OrdersView view(db->connection());
    QSignalSpy announced(&view, &ui::OrdersView::newPaidOrders);
    view.reloadFromDatabase();
    CHECK(announced.isEmpty()); // what was there at the start is not news

    test::pullOrders(journal, {test::orderRecord(QStringLiteral("new"), QStringLiteral("awaiting_payment"))});
    view.reloadFromDatabase();
    CHECK(announced.isEmpty()); // not paid yet
    test::pullOrders(journal,
                     {test::orderRecord(QStringLiteral("new"), QStringLiteral("paid"), test::orderTestNow(),
                                        QStringLiteral("Tea bowl"), 3)},
                     4);
    view.reloadFromDatabase();
    REQUIRE(announced.count() == 1);
    CHECK(announced[0][0].toStringList() == QStringList{QStringLiteral("Tea bowl × 3")});
    view.reloadFromDatabase();
    CHECK(announced.count() == 1);
}

TEST_CASE("the main window shows the account's orders and reloads them after a sync", "[orders][mainwindow]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    const QUrl server(QStringLiteral("http://127.0.0.1:") + QString::number(test::closedPort()));
    sync::AppSettings settings(sandbox.settingsFile());
    settings.setServerUrl(server);
    test::seedCachedAccount(settings, sandbox.dataRoot(), server, test::sellerProfile());
    sync::AccountSession session(settings, sandbox.dataRoot());
    sync::ConnectivityMonitor connectivity;
    {
        ui::MainWindow signedOut(session, connectivity);
        auto *panel = qobject_cast<ui::PlaceholderPanel *>(signedOut.sectionWidget(models::Section::Orders));
        REQUIRE(panel);
        CHECK(panel->explanation().startsWith(QStringLiteral("Sign in once to see the orders")));
    }
    ui::MainWindow window(session, connectivity);
    QString error;
    REQUIRE(session.restoreLastAccount(&error));
    // The keyring answers (not found, or unavailable) before anything is looked at or torn down.
    test::waitFor([&] { return session.keyringState() != sync::AccountSession::KeyringState::Unknown; },
                  5000);
    window.show();
    auto *view = qobject_cast<ui::OrdersView *>(window.sectionWidget(models::Section::Orders));
    REQUIRE(view);
    CHECK(view->model()->rowCount() == 0);
    CHECK(view->detail()->isHidden()); // nothing to show in full yet
    window.showSection(models::Section::Orders);
    CHECK(window.currentSection() == models::Section::Orders);

    // A sync cycle pulls a paid order into the account's database.
    sync::SyncClient *client = window.syncController()->client();
    REQUIRE(client);
    data::SyncJournal journal(session.database()->connection());
    test::pullOrders(
        journal, {test::orderRecord(QStringLiteral("o-new"), QStringLiteral("paid"),
                                    QDateTime::currentDateTimeUtc().addDays(2), QStringLiteral("Tea bowl"))});
    emit client->progressChanged(sync::SyncClient::Phase::Pulling, 1, 0);
    emit client->syncFinished(true);
    REQUIRE(view->model()->rowCount() == 1);
    CHECK_FALSE(view->detail()->isHidden());
    CHECK(view->detail()->orderId() == QStringLiteral("o-new"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Tea bowl × 1")));
    saveScreenshot(window, QStringLiteral("orders-main-window.png"));
}

TEST_CASE("screenshots of the orders section and the ship dialog in English and Chinese",
          "[orders][screenshots]")
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const QString suffix = language == QLatin1String("en") ? QString() : QStringLiteral("-zh_CN");
        ui::installTranslators(language);
        test::Sandbox sandbox;
        auto db = test::openOrderDatabase(sandbox);
        data::SyncJournal journal(db->connection());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonObject shipped = test::orderRecord(QStringLiteral("o-shipped"), QStringLiteral("shipped"), {},
                                                QStringLiteral("Kokeshi doll"));
        shipped.insert(QStringLiteral("carrier"), QStringLiteral("ups"));
        shipped.insert(QStringLiteral("tracking_number"), QStringLiteral("1Z999AA10123456784"));
        test::pullOrders(
            journal, {test::orderRecord(QStringLiteral("o-paid"), QStringLiteral("paid"),
                                        now.addSecs(30 * 3600), QStringLiteral("Seiko 5 automatic watch"), 2),
                      test::orderRecord(QStringLiteral("o-late"), QStringLiteral("paid"),
                                        now.addSecs(-5 * 3600), QStringLiteral("Tea bowl")),
                      shipped});
        {
            ui::OrdersView view(db->connection());
            view.resize(1100, 650);
            view.show();
            REQUIRE(view.model()->rowCount() == 3);
            if (language != QLatin1String("en"))
                saveScreenshot(view, QStringLiteral("orders") + suffix + QStringLiteral(".png"));
            ui::ShipDialog *dialog = view.openShipDialog(QStringLiteral("o-paid"));
            REQUIRE(dialog);
            dialog->trackingEdit()->setText(QStringLiteral("RR123456785DE"));
            saveScreenshot(*dialog, QStringLiteral("ship-dialog") + suffix + QStringLiteral(".png"));
            dialog->close();
        }
        if (language == QLatin1String("en"))
            continue; // orders-main-window.png is saved by the main window's test

        const QUrl server(QStringLiteral("http://127.0.0.1:") + QString::number(test::closedPort()));
        sync::AppSettings settings(sandbox.settingsFile());
        settings.setServerUrl(server);
        test::seedCachedAccount(settings, sandbox.dataRoot(), server, test::sellerProfile());
        sync::AccountSession session(settings, sandbox.dataRoot());
        sync::ConnectivityMonitor connectivity;
        ui::MainWindow window(session, connectivity);
        QString error;
        REQUIRE(session.restoreLastAccount(&error));
        test::waitFor([&] { return session.keyringState() != sync::AccountSession::KeyringState::Unknown; },
                      5000);
        window.show();
        auto *sectionView = qobject_cast<ui::OrdersView *>(window.sectionWidget(models::Section::Orders));
        REQUIRE(sectionView);
        window.showSection(models::Section::Orders);
        sync::SyncClient *client = window.syncController()->client();
        REQUIRE(client);
        data::SyncJournal accountJournal(session.database()->connection());
        test::pullOrders(accountJournal, {test::orderRecord(QStringLiteral("o-new"), QStringLiteral("paid"),
                                                            now.addDays(2), QStringLiteral("Tea bowl"))});
        emit client->progressChanged(sync::SyncClient::Phase::Pulling, 1, 0);
        emit client->syncFinished(true);
        REQUIRE(sectionView->model()->rowCount() == 1);
        saveScreenshot(window, QStringLiteral("orders-main-window") + suffix + QStringLiteral(".png"));
    }
    ui::installTranslators(QStringLiteral("en"));
}
