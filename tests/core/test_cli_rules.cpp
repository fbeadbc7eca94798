#include "core/resources.h"
#include "trade/quote_cli.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

using caravan::trade::runQuoteCommand;
using caravan::trade::runRulesCommand;

TEST_CASE("rules check passes on the shipped rule data", "[core][trade][cli]")
{
    std::ostringstream out, err;
    const int rc = runRulesCommand({"check"}, out, err);
    INFO(out.str() << err.str());
    CHECK(rc == 0);
    CHECK_THAT(out.str(), Catch::Contains(": OK"));
}

namespace {
int quote(const std::vector<std::string> &args, std::string &out, std::string &err)
{
    std::ostringstream o, e;
    const int rc = runQuoteCommand(args, o, e);
    out = o.str();
    err = e.str();
    return rc;
}
} // namespace

TEST_CASE("caravan-cli quote prints the documented JSON", "[core][trade][cli]")
{
    std::string out, err;
    const int rc = quote({"--from", "JP", "--to", "DE", "--date", "2026-08-01", "--seller", "business", "--shipping",
                          "12.50 EUR", "--item", "description=T-shirt,hs=6109.10,value=20.00 EUR,qty=5,origin=CN",
                          "--json"},
                         out, err);
    INFO(err);
    REQUIRE(rc == 0);
    const auto j = nlohmann::json::parse(out);
    CHECK(j["currency"] == "EUR");
    CHECK(j["customs_value"] == "112.50");
    CHECK(j["duty"] == "3.00");
    CHECK(j["tax"] == "21.95");
    CHECK(j["total"] == "24.95");
    CHECK(j["collected_at"] == "checkout");
    CHECK(j["fees"].is_array());
    CHECK(j["lines"].size() > 3);
    CHECK(j["warnings"].is_array());
}

TEST_CASE("caravan-cli quote with a service and parcel, and an --fx override", "[core][trade][cli]")
{
    std::string out, err;
    int rc = quote({"--from", "DE", "--to", "AU", "--date", "2026-08-01", "--item", "description=Lamp,hs=9405,value=120.00 EUR",
                    "--service", "sample-ems", "--parcel", "30x20x10cm,1.2kg", "--fx", "EUR/AUD=1.6500", "--json"},
                   out, err);
    INFO(err);
    REQUIRE(rc == 0);
    const auto j = nlohmann::json::parse(out);
    CHECK(j["shipping"]["service"] == "sample-ems");
    CHECK(j["shipping"]["chargeable_weight_g"] == 1500);
    CHECK(j["shipping"]["amount"] == "43.00"); // 1.5 kg falls in the 2 kg step
    CHECK(j["goods"] == "198.00");             // 120 EUR × 1.65
    CHECK(j["collected_at"] == "none");        // a private seller, under AUD 1,000
    rc = quote({"--from", "DE", "--to", "AU", "--item", "value=1 EUR", "--service", "sample-post-registered", "--parcel",
                "72x10x5cm,0.5kg"},
               out, err);
    CHECK(rc == 2);
    CHECK_THAT(err, Catch::Contains("parcel") && Catch::Contains("longest side 72 cm > 60 cm"));
}

TEST_CASE("caravan-cli quote: bad input exits 2 naming the field", "[core][trade][cli]")
{
    const std::vector<std::string> base{"--from", "JP", "--to", "DE", "--date", "2026-08-01"};
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"--item", "value=20.00 EUR"}, ""},
        {{"--item", "description=x,value=20.005 EUR"}, "item 1 value"},
        {{"--item", "description=x,value=twenty EUR"}, "item 1 value"},
        {{"--item", "description=x"}, "item 1 value"},
        {{"--item", "description=x,value=1 EUR,qty=0"}, "item 1 qty"},
        {{"--item", "description=x,value=1 EUR,hs=61"}, "item 1 hs"},
        {{"--item", "description=x,value=1 EUR,origin=XX"}, "item 1 origin"},
        {{"--item", "description=x,value=1 EUR,duty_rate=abc"}, "item 1 duty_rate"},
        {{"--item", "value=1 EUR", "--shipping", "12.50"}, "shipping"},
        {{"--item", "value=1 EUR", "--fx", "AUD-USD"}, "fx"},
        {{"--item", "value=1 EUR", "--seller", "company"}, "seller"},
        {{"--item", "value=1 EUR", "--channel", "pigeon"}, "channel"},
        {{"--item", "value=1 EUR", "--parcel", "30x20cm,1kg", "--service", "sample-ems"}, "parcel"},
        {{"--item", "value=1 XPF"}, "items[0].value"}, // no XPF rate in the shipped data: no number is printed
    };
    for (const auto &[extra, field] : cases) {
        auto args = base;
        args.insert(args.end(), extra.begin(), extra.end());
        std::string out, err;
        const int rc = quote(args, out, err);
        INFO(err);
        if (field.empty()) {
            CHECK(rc == 0);
            continue;
        }
        CHECK(rc == 2);
        CHECK(out.empty());
        CHECK_THAT(err, Catch::Contains(field + ":"));
    }
    std::string out, err;
    CHECK(quote({"--to", "DE", "--item", "value=1 EUR"}, out, err) == 2);
    CHECK_THAT(err, Catch::Contains("from:"));
    CHECK(quote({"--from", "JP", "--to", "ZZ", "--item", "value=1 EUR"}, out, err) == 2);
    CHECK_THAT(err, Catch::Contains("to:"));
    CHECK(quote({"--from", "JP", "--to", "DE", "--date", "2026-02-30", "--item", "value=1 EUR"}, out, err) == 2);
    CHECK_THAT(err, Catch::Contains("date:"));
}

TEST_CASE("rules check reports bad data", "[core][trade][cli]")
{
    const auto dir = std::filesystem::temp_directory_path() / ("caravan-rules-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir / "rules");
    {
        std::ofstream f(dir / "rules" / "XX.json");
        f << R"({"format":"caravan-trade-rules/1","jurisdiction":"QQ","version":"1","covers_from":"2025-01-01",
  "destinations":["QQ"],"rules":[
  {"id":"a","kind":"currency","effective_from":"2025-01-01","effective_to":"2025-06-30","source":"https://x","currency":"EUR"},
  {"id":"b","kind":"currency","effective_from":"2025-08-01","effective_to":null,"source":"https://x","currency":"EUR"},
  {"id":"c","kind":"tax_rate","effective_from":"2025-01-01","effective_to":null,"source":"https://x","name":"VAT","standard":"20%"},
  {"id":"d","kind":"tax_rate","effective_from":"2025-06-01","effective_to":null,"source":"https://x","name":"VAT","standard":"21%"},
  {"id":"e","kind":"duty_exemption","effective_from":"2025-01-01","effective_to":null,"threshold":"150 EUR","basis":"intrinsic"},
  {"id":"f","kind":"duty_exemption","effective_from":"2025-01-01","effective_to":null,"source":"https://x","threshold":"150 ABC","basis":"intrinsic"}
]})";
    }
    std::ostringstream out, err;
    const int rc = runRulesCommand({"check", "--dir", dir.string()}, out, err);
    std::filesystem::remove_all(dir);
    const std::string s = out.str();
    INFO(s << err.str());
    CHECK(rc == 1);
    CHECK_THAT(s, Catch::Contains("\"QQ\" is not an ISO 3166-1 country code"));
    CHECK_THAT(s, Catch::Contains("gap after a"));
    CHECK_THAT(s, Catch::Contains("overlaps c"));
    CHECK_THAT(s, Catch::Contains("#e: \"source\" is missing"));
    CHECK_THAT(s, Catch::Contains("unknown currency \"ABC\""));
    CHECK_THAT(s, Catch::Contains("no valuation rule"));
}
