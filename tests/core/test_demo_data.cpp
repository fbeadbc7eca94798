// The demo data (resources/demo/demo.json) must be real, publishable data: every listing passes the
// same publish validation a seller's listing passes, every photo is a JPEG that exists, and the
// accounts cover buyers, sellers in at least eight countries and one staff account.
#include "core/resources.h"
#include "listing/listing_json.h"
#include "listing/sha256.h"
#include "listing/validation.h"
#include "money/money.h"
#include "shipping/shipping.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

namespace {

nlohmann::json loadDemo()
{
    std::ifstream in(caravan::resourcePath("demo/demo.json"));
    return nlohmann::json::parse(in);
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("demo accounts: buyers, sellers in at least eight countries, one staff", "[core][demo]")
{
    const auto demo = loadDemo();
    std::set<std::string> sellerCountries, emails;
    int buyers = 0, staff = 0;
    for (const auto &u : demo.at("users")) {
        REQUIRE(emails.insert(u.at("email").get<std::string>()).second);
        for (const auto &role : u.at("roles")) {
            if (role == "seller")
                sellerCountries.insert(u.at("country").get<std::string>());
            buyers += role == "buyer";
            staff += role == "staff";
        }
    }
    CHECK(sellerCountries.size() >= 8);
    CHECK(buyers >= 3);
    CHECK(staff == 1);
    CHECK(demo.at("password").get<std::string>().size() >= 10);
}

TEST_CASE("every demo listing passes publish validation and has real JPEG photos", "[core][demo]")
{
    const auto demo = loadDemo();
    caravan::listing::ValidationContext ctx;
    for (const auto &service : caravan::shipping::ServiceCatalog::standard().services())
        ctx.postageServices.insert(service.id);

    const auto &listings = demo.at("listings");
    CHECK(listings.size() >= 50);
    for (const auto &entry : listings) {
        INFO("listing " << entry.at("title").get<std::string>());
        auto json = entry;
        const auto price = caravan::money::Money::parse(entry.at("price").get<std::string>(),
                                                        entry.at("currency").get<std::string>());
        json["price_minor"] = price.minor();
        json["status"] = "active";
        json.erase("price");
        json.erase("seller");
        nlohmann::json hashes = nlohmann::json::array();
        for (const auto &photo : entry.at("photos")) {
            const auto bytes = readFile(caravan::resourcePath(photo.get<std::string>()));
            REQUIRE(bytes.size() > 1000);
            CHECK(static_cast<unsigned char>(bytes[0]) == 0xFF); // JPEG SOI marker
            CHECK(static_cast<unsigned char>(bytes[1]) == 0xD8);
            hashes.push_back(caravan::listing::Sha256::hex(bytes));
        }
        json["photos"] = hashes;

        const auto decoded = caravan::listing::fromJson(json);
        for (const auto &issue : decoded.issues)
            UNSCOPED_INFO("decode: " << issue.field << " " << issue.code);
        REQUIRE(decoded.ok());
        const auto issues = caravan::listing::validate(decoded.listing, ctx, caravan::listing::ValidationMode::Publish);
        for (const auto &issue : issues)
            UNSCOPED_INFO("publish: " << issue.field << " " << issue.code);
        CHECK(issues.empty());
    }
}
