// The CN 22 / CN 23 customs declaration filled from an order, with and without the local listing.
#include "data/listingrepository.h"
#include "data/profilerepository.h"
#include "models/orderdeclaration.h"
#include "test_listing_support.h"
#include "test_order_support.h"
#include "ui/customsdeclarationdialog.h"
#include "ui/language.h"
#include "ui/orderdetail.h"
#include "ui/ordersview.h"

#include <QFile>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

// The listing the test orders were placed for ("listing-" + the order id), in the local listings.
void saveLocalListing(data::LocalDatabase &db, const QString &orderId)
{
    listing::Listing l = test::publishableListing();
    l.id = "listing-" + orderId.toStdString();
    l.status = listing::Status::Draft;
    l.hsCode = "910211";
    l.weightG = 250;
    l.originCountry = "JP";
    l.shipsFrom = "JP";
    data::ListingRepository repo(db.connection());
    const auto saved = repo.save(l);
    INFO(repo.lastError().toStdString());
    REQUIRE(saved.ok);
}

} // namespace

TEST_CASE("the customs declaration of an order holds its address, quantity and value", "[orders][customs]")
{
    ui::installTranslators(QStringLiteral("en"));
    test::Sandbox sandbox;
    auto db = test::openOrderDatabase(sandbox);
    data::SyncJournal journal(db->connection());
    test::pullOrders(journal,
                     {test::orderRecord(QStringLiteral("o-1"), QStringLiteral("paid"), test::orderTestNow(),
                                        QStringLiteral("Seiko 5 automatic watch"), 2),
                      test::orderRecord(QStringLiteral("o-big"), QStringLiteral("paid"), test::orderTestNow(),
                                        QStringLiteral("Kokeshi doll"), 10)});
    REQUIRE(data::ProfileRepository(db->connection())
                .save(test::sellerProfile(), QStringLiteral("http://127.0.0.1:8080")));
    saveLocalListing(*db, QStringLiteral("o-big"));

    ui::OrdersView view(db->connection());
    view.show();
    CHECK(view.openCustomsDeclaration(QStringLiteral("nope")) == nullptr);

    SECTION("without the listing the seller fills in HS code, weight and origin")
    {
        view.selectOrder(QStringLiteral("o-1"));
        QPushButton *button = view.detail()->customsButton();
        REQUIRE(button->isEnabled());
        CHECK(button->text() == QStringLiteral("Customs form…"));
        button->click();
        auto *dialog = view.findChild<ui::CustomsDeclarationDialog *>();
        REQUIRE(dialog);
        CHECK(dialog->isVisible());
        const trade::Declaration d = dialog->declaration();
        CHECK(d.addressee.name == "Emma Johnson");
        CHECK(d.addressee.street == "Invalidenstraße 117, Hinterhaus, 3. OG");
        CHECK(d.addressee.postcode == "10115");
        CHECK(d.addressee.city == "Berlin");
        CHECK(d.addressee.country == "DE");
        CHECK(d.sender.name == "Mei Tanaka");
        CHECK(d.sender.country == "JP");
        CHECK(d.category == trade::ItemCategory::SaleOfGoods);
        REQUIRE(d.lines.size() == 1);
        CHECK(d.lines[0].description == "Seiko 5 automatic watch");
        CHECK(d.lines[0].quantity == 2);
        CHECK(d.lines[0].value.toString() == money::Money::ofMinor(9000, "EUR").toString());
        CHECK(d.lines[0].hs.empty());
        CHECK(d.lines[0].origin.empty());
        CHECK(d.lines[0].netWeightGrams == 0);
        const auto a = dialog->assessment();
        CHECK(a.form == trade::DeclarationForm::CN22);
        CHECK(a.hasErrors()); // the sender's street, HS code, weight, origin
        CHECK(dialog->statusText().contains(QStringLiteral("HS tariff number")));
        dialog->close();
    }

    SECTION("with the local listing the form is complete and saves as a PDF")
    {
        ui::CustomsDeclarationDialog *dialog = view.openCustomsDeclaration(QStringLiteral("o-big"));
        REQUIRE(dialog);
        trade::Declaration d = dialog->declaration();
        REQUIRE(d.lines.size() == 1);
        CHECK(d.lines[0].quantity == 10);
        CHECK(d.lines[0].value.toString() == money::Money::ofMinor(45000, "EUR").toString());
        CHECK(d.lines[0].hs == "910211");
        CHECK(d.lines[0].origin == "JP");
        CHECK(d.lines[0].netWeightGrams == 2500);
        CHECK(d.addressee.country == "DE");
        CHECK(dialog->assessment().form == trade::DeclarationForm::CN23); // 450 EUR is over SDR 300

        // The seller adds the street the profile does not hold, then saves.
        d.sender.street = "1-2-3 Asakusa";
        d.sender.city = "Tokyo";
        d.sender.postcode = "111-0032";
        dialog->setDeclaration(d);
        INFO(dialog->statusText().toStdString());
        CHECK_FALSE(dialog->assessment().hasErrors());
        const QString path = sandbox.path(QStringLiteral("cn23.pdf"));
        QString error;
        REQUIRE(dialog->writePdf(path, &error));
        QFile pdf(path);
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == QByteArray("%PDF-"));
        dialog->close();
    }
}

TEST_CASE("the customs declaration of an order keeps the region and falls back to the profile's country",
          "[orders][customs]")
{
    QJsonObject record = test::orderRecord(QStringLiteral("o-2"), QStringLiteral("paid"));
    QJsonObject shipTo = record.value(QStringLiteral("ship_to")).toObject();
    shipTo.insert(QStringLiteral("line2"), QString());
    shipTo.insert(QStringLiteral("city"), QStringLiteral("Austin"));
    shipTo.insert(QStringLiteral("region"), QStringLiteral("TX"));
    shipTo.insert(QStringLiteral("country"), QStringLiteral("us"));
    record.insert(QStringLiteral("ship_to"), shipTo);
    const data::Order order = data::Order::fromJson(record);
    const data::UserProfile seller = test::sellerProfile();
    const trade::Declaration d = models::declarationForOrder(order, nullptr, &seller);
    CHECK(d.addressee.street == "Invalidenstraße 117");
    CHECK(d.addressee.city == "Austin, TX");
    CHECK(d.addressee.country == "US");
    CHECK(d.addressee.phone == "+49 30 1234567");
    CHECK(d.sender.country == "JP");
    REQUIRE(d.postage);
    CHECK(d.postage->toString() == money::Money::ofMinor(1500, "EUR").toString());
    CHECK(d.lines.at(0).quantity == 1);
}
