#include "listing/listing_csv.h"
#include "listing/listing_json.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace caravan::listing;

namespace {

std::string fixture(const std::string &name)
{
    std::ifstream in(std::string(CARAVAN_TEST_FIXTURES) + "/listing/" + name, std::ios::binary);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

CsvImportResult importText(const std::string &text, const CsvImportOptions &options = {})
{
    const ValidationContext ctx;
    std::istringstream in(text);
    return importListingsCsv(in, ctx, options);
}

std::string describe(const CsvImportResult &r)
{
    std::string s;
    for (const auto &p : r.errors)
        s += "line " + std::to_string(p.line) + " " + p.issue.field + ":" + p.issue.code + "\n";
    return s;
}

bool hasError(const CsvImportResult &r, std::size_t line, const std::string &field, const std::string &code)
{
    return std::any_of(r.errors.begin(), r.errors.end(), [&](const CsvProblem &p) {
        return p.line == line && p.issue.field == field && p.issue.code == code;
    });
}

} // namespace

TEST_CASE("CSV import: the documented example file imports completely", "[core][csv][listing]")
{
    const auto r = importText(fixture("valid.csv"));
    INFO(describe(r));
    REQUIRE(r.ok());
    REQUIRE(r.listings.size() == 3);
    CHECK(r.lines == std::vector<std::size_t>{2, 4, 5});

    const Listing &watch = r.listings[0];
    CHECK(watch.id == "w-1");
    CHECK(watch.description ==
          "Runs well, keeps about +15 s/day.\nLight scratches on the crystal, original bracelet.");
    CHECK(watch.priceMinor == 18500);
    CHECK(watch.currency == "JPY");
    CHECK(watch.acceptsOffers);
    CHECK(watch.destinations == Destinations{Destinations::Mode::AllExcept, {"RU", "BY"}});
    CHECK(watch.postageServices == std::vector<std::string>{"jp-post.ems", "jp-post.small-packet"});
    CHECK(watch.packedMm == Dimensions{150, 100, 80});
    CHECK(watch.hsCode == "910221");
    CHECK(watch.status == Status::Active);
    CHECK(watch.specifics == std::map<std::string, std::string>{{"movement", "automatic"}});

    CHECK(r.listings[1].title == "Figure \"Pikachu\", Tomy 1998");
    CHECK(r.listings[1].priceMinor == 1550);
    CHECK(r.listings[2].priceMinor == 4250); // "42.5" CNY
    CHECK(r.listings[2].scheduledStart == 1796115600);
    CHECK(r.listings[2].title.rfind("手工青花瓷茶杯", 0) == 0);
}

TEST_CASE("CSV round trip: export then import gives identical listings", "[core][csv][listing]")
{
    const auto first = importText(fixture("valid.csv"));
    REQUIRE(first.ok());
    std::ostringstream out;
    exportListingsCsv(out, first.listings);
    const auto second = importText(out.str());
    INFO(describe(second) << out.str());
    REQUIRE(second.ok());
    REQUIRE(second.listings.size() == first.listings.size());
    for (std::size_t i = 0; i < first.listings.size(); ++i) {
        CHECK(second.listings[i] == first.listings[i]);
        CHECK(toStableJson(second.listings[i]) == toStableJson(first.listings[i]));
    }
    // And exporting again gives the same bytes.
    std::ostringstream again;
    exportListingsCsv(again, second.listings);
    CHECK(again.str() == out.str());
}

TEST_CASE("CSV round trip: awkward text survives", "[core][csv][listing]")
{
    Listing l;
    l.id = "odd-1";
    l.title = "Comma, \"quote\" and ,leading comma";
    l.description = "Line one\r\nLine two, with \"quotes\"\n\nLine four ,,, \"\"";
    l.brand = "Ünïcödé 品牌";
    l.specifics = {{"material", "glass, \"crystal\""}};
    l.priceMinor = 1;
    l.currency = "KWD";
    l.packedMm = Dimensions{1, 2, 3};
    std::ostringstream out;
    exportListingsCsv(out, {l, Listing{}});
    const auto r = importText(out.str());
    INFO(describe(r) << out.str());
    REQUIRE(r.ok());
    REQUIRE(r.listings.size() == 2);
    CHECK(r.listings[0] == l);
    CHECK(r.listings[1] == Listing{});
}

TEST_CASE("CSV import: errors name the line and the column, and nothing is imported", "[core][csv][listing]")
{
    const auto r = importText(fixture("errors.csv"));
    INFO(describe(r));
    CHECK(r.listings.empty());
    CHECK(r.rowsRead == 5);
    CHECK(r.badRows == 4);
    // Row e-1 spans lines 2-4 (a quoted description with newlines): it is fine, and the lines after count on.
    CHECK(hasError(r, 5, "row", "csv_column_count"));
    CHECK(hasError(r, 6, "price", "invalid_price"));
    CHECK(hasError(r, 7, "category", "unknown_category"));
    CHECK(hasError(r, 8, "title", "csv_unterminated_quote"));
    CHECK(r.errors.size() == 4);

    const auto &count = std::find_if(r.errors.begin(), r.errors.end(), [](const CsvProblem &p) {
                            return p.issue.code == "csv_column_count";
                        })->issue;
    CHECK(count.params.at("expected") == "9");
    CHECK(count.params.at("actual") == "4");
    const auto &price = std::find_if(r.errors.begin(), r.errors.end(), [](const CsvProblem &p) {
                            return p.issue.code == "invalid_price";
                        })->issue;
    CHECK(price.params.at("value") == "12.345");
    CHECK(price.params.at("digits") == "2");
}

TEST_CASE("CSV import: the caller may skip bad rows", "[core][csv][listing]")
{
    const auto r = importText(fixture("errors.csv"), CsvImportOptions{.skipBadRows = true});
    CHECK_FALSE(r.ok());
    REQUIRE(r.listings.size() == 1);
    CHECK(r.listings[0].id == "e-1");
    CHECK(r.lines == std::vector<std::size_t>{2});
    CHECK(r.listings[0].description == "A description\nthat spans\nthree lines");
}

TEST_CASE("CSV import: more row errors", "[core][csv][listing]")
{
    const std::string header =
        "id,title,quantity,price,currency,condition,destinations,hs_code,status,weight_g\n";
    const auto r = importText(header + "a,Okay title,x,10,EUR,new,all,6109,draft,\n"
                                       "b,Okay title,1,10,,new,all,6109,draft,\n"
                                       "c,Okay title,1,10,EUR,mint,all,6109,draft,\n"
                                       "d,Okay title,1,10,EUR,new,DE FR,6109,draft,\n"
                                       "e,Okay title,1,10,EUR,new,all,61.09,draft,\n"
                                       "f,Okay title,1,10,EUR,new,all,6109,paused,\n"
                                       "g,Okay title,1,10,XYZ,new,all,6109,draft,\n"
                                       "a,Okay title,1,10,EUR,new,all,6109,draft,\n"
                                       "h,Okay title,1,-3,EUR,new,all,6109,draft,\n"
                                       "i,Okay title,1,10,EUR,new,all,6109,active,50\n"
                                       "j,Bad \xFF byte,1,10,EUR,new,all,6109,draft,\n");
    INFO(describe(r));
    CHECK(r.listings.empty());
    CHECK(hasError(r, 2, "quantity", "not_an_integer"));
    CHECK(hasError(r, 3, "price", "price_without_currency"));
    CHECK(hasError(r, 4, "condition", "unknown_condition"));
    CHECK(hasError(r, 5, "destinations", "invalid_destinations"));
    CHECK(hasError(r, 6, "hs_code", "invalid_hs_code"));
    CHECK(hasError(r, 7, "status", "unknown_status"));
    CHECK(hasError(r, 8, "currency", "unknown_currency"));
    CHECK(hasError(r, 9, "id", "duplicate_id"));
    CHECK(hasError(r, 10, "price", "price_not_positive"));
    CHECK(hasError(r, 11, "description", "required")); // an active row must be publishable
    CHECK(hasError(r, 11, "length_mm", "required"));
    CHECK(hasError(r, 12, "title", "invalid_utf8"));
}

TEST_CASE("CSV import: the header is required and checked", "[core][csv][listing]")
{
    const auto empty = importText("");
    REQUIRE(empty.errors.size() == 1);
    CHECK(empty.errors[0].issue.code == "csv_empty");

    const auto noHeader = importText("Teapot,10.00,EUR\n");
    CHECK(noHeader.listings.empty());
    CHECK(hasError(noHeader, 1, "file", "csv_missing_column"));
    CHECK(hasError(noHeader, 1, "teapot", "csv_unknown_column"));

    const auto dup = importText("title,price,title\nA,1,B\n");
    CHECK(hasError(dup, 1, "title", "csv_duplicate_column"));
    CHECK(dup.rowsRead == 0);

    // Header names are matched without regard to case and surrounding spaces.
    const auto loose = importText(" Title , CURRENCY \nTeapot,EUR\n");
    REQUIRE(loose.ok());
    CHECK(loose.listings[0].currency == "EUR");
}

TEST_CASE("CSV import: unknown columns are errors unless the caller ignores them", "[core][csv][listing]")
{
    const auto strict = importText(fixture("unknown-column.csv"));
    CHECK(strict.listings.empty());
    CHECK(hasError(strict, 1, "colour", "csv_unknown_column"));

    const auto lax =
        importText(fixture("unknown-column.csv"), CsvImportOptions{.ignoreUnknownColumns = true});
    REQUIRE(lax.ok());
    REQUIRE(lax.warnings.size() == 1);
    CHECK(lax.warnings[0].issue.params.at("value") == "colour");
    REQUIRE(lax.listings.size() == 1);
    CHECK(lax.listings[0].priceMinor == 1000);

    // Skipping bad rows does not skip a bad header.
    const auto skip = importText(fixture("unknown-column.csv"), CsvImportOptions{.skipBadRows = true});
    CHECK(skip.listings.empty());
}

TEST_CASE("CSV import: a large file streams through", "[core][csv][listing]")
{
    std::string text = "id,title,description,category,quantity,price,currency,ships_from,status\n";
    constexpr int kRows = 20000;
    for (int i = 0; i < kRows; ++i)
        text += "id-" + std::to_string(i) + ",\"Item " + std::to_string(i) +
                ", boxed\",\"Line one\nline two\",toys/figures," + std::to_string(i % 9 + 1) +
                ",12.50,EUR,DE,draft\n";
    const auto r = importText(text);
    REQUIRE(r.ok());
    REQUIRE(r.listings.size() == kRows);
    CHECK(r.lines.back() == 2 + 2 * (kRows - 1));
    CHECK(r.listings.back().title == "Item " + std::to_string(kRows - 1) + ", boxed");
}
