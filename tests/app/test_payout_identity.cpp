// The payout identity in the seller app (docs/escrow.md, "Payout identity"): the form reads the chosen
// document into memory and sends it with the fields; the Payouts section says where the identity stands
// and why payouts wait; each payout's lines are asked of the server.
#include "data/payoutidentity.h"
#include "data/payoutsummary.h"
#include "test_order_support.h"
#include "testsupport.h"
#include "ui/language.h"
#include "ui/payoutidentitydialog.h"
#include "ui/payoutsview.h"

#include <QDateEdit>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

QByteArray scanPdf()
{
    return QByteArrayLiteral(
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% scan of a passport\ntrailer\n%%EOF\n");
}

QString writeFile(const test::Sandbox &sandbox, const QString &name, const QByteArray &bytes)
{
    const QString path = sandbox.path(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QJsonObject summaryJson(const QString &status, const QString &reason, const QJsonValue &wait)
{
    return {{QStringLiteral("identity_status"), status},
            {QStringLiteral("identity_reason"), reason},
            {QStringLiteral("payouts_wait"), wait},
            {QStringLiteral("balances"), QJsonArray{}},
            {QStringLiteral("payouts"), QJsonArray{}}};
}

} // namespace

TEST_CASE("payouts: the identity form reads the document into memory and sends it with the fields",
          "[payouts][identity]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    QDir().mkpath(sandbox.dataRoot());
    const QString scan = writeFile(sandbox, QStringLiteral("passport-scan.pdf"), scanPdf());
    const QString notes =
        writeFile(sandbox, QStringLiteral("notes.txt"), QByteArrayLiteral("my passport number"));

    data::PayoutIdentityState state;
    state.retentionDays = 30;
    ui::PayoutIdentityDialog dialog(state, QStringLiteral("JP"));
    CHECK(dialog.countryEdit()->text() == QLatin1String("JP"));
    CHECK_FALSE(dialog.sendButton()->isEnabled()); // nothing filled in yet
    dialog.legalNameEdit()->setText(QStringLiteral("Hana Sato"));
    dialog.dateOfBirthEdit()->setDate(QDate(1988, 2, 29));
    dialog.line1Edit()->setText(QStringLiteral("1-2-3 Jingumae"));
    dialog.cityEdit()->setText(QStringLiteral("Shibuya"));
    dialog.postalCodeEdit()->setText(QStringLiteral("150-0001"));
    CHECK_FALSE(dialog.sendButton()->isEnabled()); // still no document
    CHECK(dialog.form().problem().contains(QStringLiteral("identity document")));

    // A file that is not a photo or a PDF is refused by its content, with the reason.
    CHECK_FALSE(dialog.chooseDocument(notes));
    CHECK(dialog.messageLabel()->text().contains(QStringLiteral("not a JPEG or PNG photo or a PDF")));
    CHECK(dialog.chooseDocument(scan));
    CHECK(dialog.documentLabel()->text().startsWith(QStringLiteral("passport-scan.pdf")));
    CHECK(dialog.sendButton()->isEnabled());

    const QJsonObject body = dialog.form().toJson();
    CHECK(body.value(QStringLiteral("legal_name")).toString() == QLatin1String("Hana Sato"));
    CHECK(body.value(QStringLiteral("date_of_birth")).toString() == QLatin1String("1988-02-29"));
    CHECK(body.value(QStringLiteral("address")).toObject().value(QStringLiteral("country")).toString() ==
          QLatin1String("JP"));
    CHECK(QByteArray::fromBase64(body.value(QStringLiteral("document_base64")).toString().toLatin1()) ==
          scanPdf());

    QSignalSpy submitted(&dialog, &ui::PayoutIdentityDialog::submitted);
    dialog.sendButton()->click();
    REQUIRE(submitted.count() == 1);
    CHECK(submitted.first().at(0).value<data::PayoutIdentityForm>().document() == scanPdf());
    CHECK(dialog.messageLabel()->text() == QStringLiteral("Sending…"));

    // Nothing of the document was written anywhere but the file the seller chose.
    QDirIterator files(sandbox.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path == scan)
            continue;
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO(path.toStdString());
        CHECK_FALSE(file.readAll().contains(QByteArrayLiteral("scan of a passport")));
    }

    // Sending again fills in what the server holds (the document is chosen again).
    state.status = QStringLiteral("refused");
    state.legalName = QStringLiteral("Hana Sato");
    state.dateOfBirth = QDate(1988, 2, 29);
    state.address = QJsonObject{{QStringLiteral("line1"), QStringLiteral("1-2-3 Jingumae")},
                                {QStringLiteral("city"), QStringLiteral("Shibuya")},
                                {QStringLiteral("country"), QStringLiteral("JP")}};
    ui::PayoutIdentityDialog again(state, QStringLiteral("DE"));
    CHECK(again.legalNameEdit()->text() == QLatin1String("Hana Sato"));
    CHECK(again.countryEdit()->text() == QLatin1String("JP"));
    CHECK(again.dateOfBirthEdit()->date() == QDate(1988, 2, 29));
    CHECK(again.documentLabel()->text() == QLatin1String("No document chosen"));

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        ui::installTranslators(language);
        ui::PayoutIdentityDialog shown(state, QStringLiteral("JP"));
        shown.chooseDocument(scan);
        shown.resize(640, 560);
        shown.show();
        QDir().mkpath(QStringLiteral(CARAVAN_SCREENSHOT_DIR));
        REQUIRE(shown.grab().save(QDir(QStringLiteral(CARAVAN_SCREENSHOT_DIR))
                                      .filePath(QStringLiteral("payouts-identity-%1.png").arg(language))));
    }
    ui::installTranslators(QStringLiteral("en"));
}

TEST_CASE("payouts: the section says where the identity stands and why payouts wait", "[payouts][identity]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    ui::PayoutsView view(db->connection(), nullptr);
    const auto show = [&](const QString &status, const QString &reason, const QJsonValue &wait) {
        view.setSummary(data::PayoutSummary::fromJson(summaryJson(status, reason, wait),
                                                      QDateTime::currentDateTimeUtc()));
    };

    show(QStringLiteral("not_submitted"), {}, QStringLiteral("identity_not_submitted"));
    CHECK(view.identityLabel()->text().contains(QStringLiteral("not submitted yet")));
    CHECK(view.identityButton()->text() == QStringLiteral("Verify identity…"));
    CHECK_FALSE(view.identityButton()->isHidden());

    show(QStringLiteral("pending"), {}, QStringLiteral("identity_pending"));
    CHECK(view.identityLabel()->text().contains(QStringLiteral("being checked")));
    CHECK(view.identityButton()->text() == QStringLiteral("Send identity again…"));

    show(QStringLiteral("refused"), QStringLiteral("The photo is blurred."),
         QStringLiteral("identity_refused"));
    CHECK(view.identityLabel()->text().contains(QStringLiteral("The photo is blurred.")));
    CHECK_FALSE(view.identityButton()->isHidden());
    const auto cached = data::PayoutCache(db->connection()).load(); // kept for offline use, reason included
    REQUIRE(cached);
    CHECK(cached->identityReason == QLatin1String("The photo is blurred."));
    CHECK(cached->payoutsWait == QLatin1String("identity_refused"));

    show(QStringLiteral("verified"), {}, QJsonValue());
    CHECK(view.identityLabel()->text().contains(QStringLiteral("is verified")));
    CHECK(view.identityButton()->isHidden());

    // A server that pays out without the check says so.
    show(QStringLiteral("not_submitted"), {}, QJsonValue());
    CHECK(view.identityLabel()->text().contains(QStringLiteral("without an identity check")));

    // Without a server the lines of a payout cannot be asked for, and the view says so.
    view.showPayoutLines(QStringLiteral("po-1"));
    CHECK(view.payoutLinesTable()->rowCount() == 0);
    CHECK(view.payoutLinesLabel()->text().contains(QStringLiteral("when the server can be reached")));
}
