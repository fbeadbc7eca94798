// CN 22 / CN 23: the UPU's SDR 300 limit, the sender's choice, and the validation messages.
#include "trade/declaration.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace caravan;
using money::Date;
using money::Money;
using trade::DeclarationIssue;

namespace {

money::FxTable sdrTable()
{
    money::FxTable fx;
    fx.add({"XDR", "EUR", money::Decimal::parse("1.17176"), Date::parse("2025-10-20"), "IMF test"});
    fx.add({"EUR", "JPY", money::Decimal::parse("176.45"), Date::parse("2025-10-21"), "ECB test"});
    return fx;
}

trade::Declaration valid(const char *value)
{
    trade::Declaration d;
    d.sender = {"Mei Tanaka", "1-2-3 Jingumae", "150-0001", "Tokyo", "JP", "", ""};
    d.addressee = {"Lukas Weber", "Hauptstr. 5", "10115", "Berlin", "DE", "", ""};
    d.category = trade::ItemCategory::SaleOfGoods;
    d.date = Date::parse("2025-11-10");
    d.lines.push_back({"Wool sweater", "6110.11", 1, Money::parse(value), 450, "JP"});
    return d;
}

bool has(const trade::DeclarationAssessment &a, DeclarationIssue::Code code)
{
    return std::any_of(a.issues.begin(), a.issues.end(), [&](const auto &i) { return i.code == code; });
}

} // namespace

TEST_CASE("CN 22 up to SDR 300, CN 23 above", "[declaration]")
{
    const auto fx = sdrTable();
    // 351.52 EUR / 1.17176 = 299.9932 SDR (shown rounded up: 300.00); 351.53 EUR = 300.0017 SDR
    auto below = trade::assessDeclaration(valid("351.52 EUR"), fx);
    CHECK_FALSE(below.hasErrors());
    CHECK(below.form == trade::DeclarationForm::CN22);
    REQUIRE(below.valueInSdr);
    CHECK(below.valueInSdr->toString() == "300.00 XDR");
    CHECK(below.reason.find("at most SDR 300") != std::string::npos);

    auto above = trade::assessDeclaration(valid("351.53 EUR"), fx);
    CHECK(above.form == trade::DeclarationForm::CN23);
    REQUIRE(above.valueInSdr);
    CHECK(above.valueInSdr->toString() == "300.01 XDR");
    CHECK(above.reason.find("over SDR 300") != std::string::npos);
}

TEST_CASE("a value in yen is converted through the euro", "[declaration]")
{
    const auto fx = sdrTable();
    // 62,000 JPY / (176.45 × 1.17176) = 299.869 SDR
    auto a = trade::assessDeclaration(valid("62000 JPY"), fx);
    CHECK(a.form == trade::DeclarationForm::CN22);
    REQUIRE(a.valueInSdr);
    CHECK(a.valueInSdr->toString() == "299.87 XDR");
    CHECK(a.rateText.find("JPY") != std::string::npos);
    auto b = trade::assessDeclaration(valid("62100 JPY"), fx);
    CHECK(b.form == trade::DeclarationForm::CN23);
}

TEST_CASE("the sender may choose CN 23 - parcels always carry one", "[declaration]")
{
    const auto fx = sdrTable();
    auto d = valid("20.00 EUR");
    d.senderChoosesCn23 = true;
    CHECK(trade::assessDeclaration(d, fx).form == trade::DeclarationForm::CN23);
    d.senderChoosesCn23 = false;
    d.parcel = true;
    CHECK(trade::assessDeclaration(d, fx).form == trade::DeclarationForm::CN23);
}

TEST_CASE("no SDR rate: CN 23 with a warning, never a guessed value", "[declaration]")
{
    money::FxTable empty;
    auto a = trade::assessDeclaration(valid("20.00 EUR"), empty);
    CHECK(a.form == trade::DeclarationForm::CN23);
    CHECK_FALSE(a.valueInSdr);
    CHECK(has(a, DeclarationIssue::Code::NoSdrRate));
    CHECK_FALSE(a.hasErrors()); // a warning: CN 23 is valid at any value
}

TEST_CASE("validation names each missing or wrong field", "[declaration]")
{
    const auto fx = sdrTable();
    trade::Declaration d = valid("20.00 EUR");
    d.sender.name.clear();
    d.addressee.country = "XX";
    d.lines.push_back({"gift", "61", 0, Money::parse("-1.00 EUR"), 0, "Japan"});
    d.lines.push_back({"", "", 1, Money::parse("5.00 USD"), 100, ""});
    const auto a = trade::assessDeclaration(d, fx);
    CHECK(a.hasErrors());
    CHECK(has(a, DeclarationIssue::Code::MissingSenderName));
    CHECK(has(a, DeclarationIssue::Code::BadAddresseeCountry));
    CHECK(has(a, DeclarationIssue::Code::VagueDescription));
    CHECK(has(a, DeclarationIssue::Code::BadHs));
    CHECK(has(a, DeclarationIssue::Code::BadQuantity));
    CHECK(has(a, DeclarationIssue::Code::BadValue));
    CHECK(has(a, DeclarationIssue::Code::BadWeight));
    CHECK(has(a, DeclarationIssue::Code::BadOrigin));
    CHECK(has(a, DeclarationIssue::Code::MissingDescription));
    CHECK(has(a, DeclarationIssue::Code::MissingHs)); // a sale of goods needs an HS code
    CHECK(has(a, DeclarationIssue::Code::MissingOrigin));
    CHECK(has(a, DeclarationIssue::Code::MixedCurrencies));
    for (const auto &i : a.issues) {
        INFO(i.message);
        CHECK_FALSE(i.field.empty());
        CHECK_FALSE(i.message.empty());
    }
    const auto line2 = std::find_if(a.issues.begin(), a.issues.end(),
                                    [](const auto &i) { return i.code == DeclarationIssue::Code::BadHs; });
    CHECK(line2->line == 1);
    CHECK(line2->field == "lines[1].hs");
}

TEST_CASE("a gift needs no HS code - other needs an explanation - totals add up", "[declaration]")
{
    const auto fx = sdrTable();
    trade::Declaration d = valid("20.00 EUR");
    d.category = trade::ItemCategory::Gift;
    d.lines[0].hs.clear();
    d.lines[0].origin.clear();
    d.lines.push_back({"Paperback novel", "4901.99", 2, Money::parse("12.50 EUR"), 600, "JP"});
    auto a = trade::assessDeclaration(d, fx);
    CHECK_FALSE(a.hasErrors());
    CHECK(a.totalValue.toString() == "32.50 EUR");
    CHECK(a.totalNetGrams == 1050);
    CHECK(a.totalGrossGrams == 1050);
    d.grossWeightGrams = 1000;
    CHECK(has(trade::assessDeclaration(d, fx), DeclarationIssue::Code::GrossBelowNet));
    d.grossWeightGrams = 1300;
    d.category = trade::ItemCategory::Other;
    a = trade::assessDeclaration(d, fx);
    CHECK(has(a, DeclarationIssue::Code::MissingExplanation));
    CHECK(a.totalGrossGrams == 1300);
    CHECK(trade::parseItemCategory("returned_goods") == trade::ItemCategory::ReturnedGoods);
    CHECK_FALSE(trade::parseItemCategory("bribe"));
}
