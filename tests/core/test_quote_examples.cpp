// Table-driven checks against published worked examples. Each case cites its source and the date it was read.
#include "trade/quote.h"

#include <catch2/catch.hpp>

using namespace caravan::trade;
using caravan::money::Decimal;
using caravan::money::Money;

namespace {

QuoteItem item(const std::string &desc, const std::string &hs, const std::string &value, std::int64_t qty = 1)
{
    QuoteItem i;
    i.description = desc;
    i.hs = hs;
    i.unitValue = Money::parse(value);
    i.quantity = qty;
    return i;
}

QuoteRequest request(const std::string &from, const std::string &to, const std::string &date, SellerKind seller)
{
    QuoteRequest r;
    r.from = from;
    r.to = to;
    r.date = Date::parse(date);
    r.seller = seller;
    return r;
}

const RuleSet &rules()
{
    return RuleSet::standard();
}

} // namespace

// Revenue (Ireland), "Calculate what you owe" worked example, read 2026-11-22:
// https://revenue.ie/en/customs/individuals/info-travelling-duty-free/from-outside-eu/calculate.aspx
// Camera EUR 500 (0% duty) + ten shirts EUR 600 (12%, flat 2.5% because they do not exceed EUR 700):
// duty EUR 15; VAT 23% of EUR 1,115 = EUR 256.45; total EUR 271.45. The same 2.5% flat rate of
// Reg. (EEC) 2658/87 covers consignments between private persons, which is the case computed here.
TEST_CASE("IE: the 2.5% flat rate and VAT on duty, Revenue worked example", "[core][trade][examples]")
{
    auto r = request("US", "IE", "2026-08-01", SellerKind::Private);
    r.gift = true;
    r.items = {item("Digital camera", "8525.89", "500.00 EUR"), item("Men's cotton shirt", "6205.20", "60.00 EUR", 10)};
    const Quote q = computeQuote(rules(), r);
    CHECK(q.duty.toString() == "15.00 EUR");
    CHECK(q.taxBase.toString() == "1115.00 EUR");
    CHECK(q.tax.toString() == "256.45 EUR");
    CHECK(q.total.toString() == "271.45 EUR");
    CHECK(q.collectedAt == CollectedAt::Border);
}

// DHL, "Changes to EU de minimis customs rule", read 2026-11-22:
// https://www.dhl.com/no-en/microsites/supply-chain/fulfillment-network/knowledge-hub/changes-to-eu-de-minimis-customs-rule-get-smart-with-our-world-class-fulfillment-services.html
// "a pen, a book, and a hat ... the customs duty will be EUR 9"; "four identical pens and a book ... EUR 6".
TEST_CASE("EU: EUR 3 per tariff subheading from 2026-07-01, DHL examples", "[core][trade][examples]")
{
    auto r = request("CN", "FR", "2026-07-01", SellerKind::Business);
    r.items = {item("Pen", "9608.10", "2.00 EUR"), item("Book", "4901.99", "10.00 EUR"), item("Hat", "6505.00", "8.00 EUR")};
    CHECK(computeQuote(rules(), r).duty.toString() == "9.00 EUR");
    r.items = {item("Pen", "9608.10", "2.00 EUR", 4), item("Book", "4901.99", "10.00 EUR")};
    CHECK(computeQuote(rules(), r).duty.toString() == "6.00 EUR");
}

// Council Regulation (EU) 2026/382 (relief abolished, EUR 3 from 2026-07-01), as summarised by WiseTech Academy,
// read 2026-11-22: https://wisetechacademy.com/news/eu-applies-3-customs-duty-per-item-on-low-value-e-commerce-consignments/
TEST_CASE("EU: the same parcel on 2026-06-30 and 2026-07-01", "[core][trade][examples]")
{
    auto r = request("JP", "DE", "2026-06-30", SellerKind::Business);
    r.shipping = Money::parse("12.50 EUR");
    r.items = {item("T-shirt", "6109.10", "20.00 EUR", 5)};
    const Quote before = computeQuote(rules(), r);
    r.date = Date::parse("2026-07-01");
    const Quote after = computeQuote(rules(), r);
    CHECK(before.duty.toString() == "0.00 EUR");
    CHECK(before.tax.toString() == "21.38 EUR"); // 19% of 112.50
    CHECK(after.duty.toString() == "3.00 EUR");
    CHECK(after.tax.toString() == "21.95 EUR"); // 19% of 115.50
    CHECK(before.collectedAt == CollectedAt::Checkout);
    CHECK(after.collectedAt == CollectedAt::Checkout);
}

// HMRC Notice 143 para 2.4 gift examples, read 2026-11-22 (quoted at https://en.paperblog.com/expats-beware-sending-gifts-to-the-uk-398032
// and https://www.gov.uk/goods-sent-from-abroad/tax-and-duty for today's GBP 39 limit):
// "One item valued at GBP 44: import VAT is chargeable on the full value";
// "Six of the same items valued at GBP 8 each": whole items are relieved while they fit in the limit
// (five under the old GBP 40 limit, four under today's GBP 39), VAT on the rest.
TEST_CASE("GB: gift relief on whole items, HMRC examples", "[core][trade][examples]")
{
    auto r = request("US", "GB", "2026-08-01", SellerKind::Private);
    r.gift = true;
    r.items = {item("Scarf", "6214.20", "44.00 GBP")};
    const Quote one = computeQuote(rules(), r);
    CHECK(one.tax.toString() == "8.80 GBP");
    CHECK(one.duty.toString() == "0.00 GBP");
    r.items = {item("Mug", "6912.00", "8.00 GBP", 6)};
    const Quote six = computeQuote(rules(), r);
    CHECK(six.taxBase.toString() == "16.00 GBP");
    CHECK(six.tax.toString() == "3.20 GBP");
    r.items = {item("Mug", "6912.00", "39.00 GBP")};
    CHECK(computeQuote(rules(), r).total.isZero());
}

// Swiss Post / BAZG, read 2026-11-22: tax amounts of CHF 5 or less are not collected; at the standard rate the
// goods value (shipping included) may reach about CHF 62:
// https://www.post.ch/en/post-startseite/post-privatkunden/post-empfangen/post-importverzollung/post-versenden-import-zoll-mwst.htm
TEST_CASE("CH: VAT of CHF 5 or less is not collected", "[core][trade][examples]")
{
    auto r = request("DE", "CH", "2026-08-01", SellerKind::Private);
    r.items = {item("Jacket", "6201.40", "53.00 CHF")};
    r.shipping = Money::parse("8.70 CHF"); // 61.70 -> VAT 5.00
    const Quote low = computeQuote(rules(), r);
    CHECK(low.tax.isZero());
    CHECK(low.duty.isZero()); // industrial tariffs abolished 2024-01-01
    CHECK(low.collectedAt == CollectedAt::None);
    r.shipping = Money::parse("9.00 CHF"); // 62.00 -> VAT 5.02
    CHECK(computeQuote(rules(), r).tax.toString() == "5.02 CHF");
}

// CBSA, "Low value shipments", read 2026-11-22: https://www.cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html
// Mail items up to CAD 20 are free; by courier from the US up to CAD 40 no duty or tax, CAD 40.01 to 150 tax only.
TEST_CASE("CA: post and courier thresholds, CBSA", "[core][trade][examples]")
{
    auto r = request("US", "CA", "2026-08-01", SellerKind::Private);
    r.items = {item("Sweater", "6110.20", "20.00 CAD")};
    r.channel = Channel::Post;
    CHECK(computeQuote(rules(), r).total.isZero());
    r.items = {item("Sweater", "6110.20", "35.00 CAD")};
    CHECK(computeQuote(rules(), r).total.isPositive());
    r.channel = Channel::Courier;
    CHECK(computeQuote(rules(), r).total.isZero());
    r.items = {item("Sweater", "6110.20", "100.00 CAD")};
    const Quote q = computeQuote(rules(), r);
    CHECK(q.duty.isZero());
    CHECK(q.tax.toString() == "5.00 CAD");
}

// HKTDC on China's postal articles tax, read 2026-11-22:
// https://china-trade-research.hktdc.com/business-news/article/Has-China-Reduced-its-Personal-Postal-Articles-Tax
// Rates 13% / 20% / 50%; tax of CNY 50 or less is waived.
TEST_CASE("CN: postal articles tax and its CNY 50 waiver - CBEC limit warning", "[core][trade][examples]")
{
    auto r = request("JP", "CN", "2026-08-01", SellerKind::Private);
    r.items = {item("Book", "4901.99", "300 CNY")};
    CHECK(computeQuote(rules(), r).tax.isZero()); // 13% = 39
    r.items = {item("Dress", "6204.42", "300 CNY")};
    CHECK(computeQuote(rules(), r).tax.toString() == "60.00 CNY"); // 20%
    r.seller = SellerKind::Business;
    r.items = {item("Camera", "8525.89", "6000 CNY")};
    const Quote q = computeQuote(rules(), r);
    CHECK(q.tax.toString() == "546.00 CNY"); // 13% x 70%
    CHECK_THAT(q.warnings.front() + q.warnings.back(), Catch::Contains("5,000"));
}
