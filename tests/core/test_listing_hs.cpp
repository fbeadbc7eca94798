#include "listing/hs.h"

#include <catch2/catch.hpp>

using namespace caravan::listing;

TEST_CASE("HS codes: accepted shapes are normalised to digits", "[core][listing][hs]")
{
    CHECK(normalizeHsCode("6109") == "6109");
    CHECK(normalizeHsCode("610910") == "610910");
    CHECK(normalizeHsCode("6109.10") == "610910");
    CHECK(normalizeHsCode(" 6109.10 ") == "610910");
    CHECK(normalizeHsCode("6109.10.00") == "61091000");
    CHECK(normalizeHsCode("6109.10.0010") == "6109100010");
    CHECK(normalizeHsCode("6109.10.00.10") == "6109100010");
    CHECK(normalizeHsCode("61091000") == "61091000");
    CHECK(normalizeHsCode("9102.21") == "910221");
}

TEST_CASE("HS codes: other shapes are refused", "[core][listing][hs]")
{
    for (const char *bad : {"", "61", "610", "61091", "6109101", "610910001", "61091000101", "61.09", "6109.",
                            "6109..10", "6109.1", "6109-10", "6109 10", "61O9", "abcd", "0012", ".6109"}) {
        INFO(bad);
        CHECK_FALSE(normalizeHsCode(bad));
    }
}

TEST_CASE("HS codes: display form", "[core][listing][hs]")
{
    CHECK(formatHsCode("6109") == "6109");
    CHECK(formatHsCode("610910") == "6109.10");
    CHECK(formatHsCode("6109100010") == "6109.10.00.10");
}

TEST_CASE("HS headings: the bundled list names its source and covers the C2C chapters", "[core][listing][hs]")
{
    const auto &hs = HsHeadings::standard();
    CHECK_THAT(hs.source(), Catch::Contains("World Customs Organization") && Catch::Contains("2022"));
    for (const char *ch : {"33", "42", "49", "61", "62", "63", "64", "65", "69", "70", "71",
                           "82", "83", "84", "85", "90", "91", "92", "95", "96", "97"}) {
        INFO(ch);
        CHECK(hs.coversChapter(ch));
    }
    CHECK_FALSE(hs.coversChapter("01"));
    REQUIRE(hs.find("6109"));
    CHECK_THAT(hs.find("6109")->en, Catch::Contains("T-shirts"));
    CHECK_FALSE(hs.find("6109")->zhCN.empty());
    CHECK(hs.find("8524"));       // new in HS 2022 (flat panel display modules)
    CHECK(hs.find("8549"));       // new in HS 2022 (electrical and electronic waste)
    CHECK_FALSE(hs.find("9501")); // deleted in HS 2007
    CHECK_FALSE(hs.find("4204")); // deleted in HS 2007
    CHECK(hs.all().size() > 350);
}

TEST_CASE("HS headings: keyword search in English, Chinese and by code", "[core][listing][hs]")
{
    const auto &hs = HsHeadings::standard();
    auto codes = [](const std::vector<HsHeading> &v) {
        std::vector<std::string> out;
        for (const auto &h : v)
            out.push_back(h.code);
        return out;
    };
    auto has = [&](const std::vector<HsHeading> &v, const std::string &code) {
        const auto c = codes(v);
        return std::find(c.begin(), c.end(), code) != c.end();
    };

    const auto tshirt = hs.search("T-shirts");
    REQUIRE_FALSE(tshirt.empty());
    CHECK(tshirt.front().code == "6109");

    const auto watches = hs.search("wrist-watches precious metal");
    REQUIRE_FALSE(watches.empty());
    CHECK(watches.front().code == "9101");

    CHECK(has(hs.search("guitars"), "9202"));
    CHECK(has(hs.search("dolls"), "9503"));
    CHECK(has(hs.search("handbags"), "4202"));
    CHECK(has(hs.search("Perfume"), "3303")); // case-insensitive, singular finds the plural
    CHECK(has(hs.search("手表"), "9102"));
    CHECK(has(hs.search("玩偶"), "9503"));
    CHECK(has(hs.search("香水"), "3303"));

    const auto byCode = hs.search("6109.10");
    REQUIRE(byCode.size() == 1);
    CHECK(byCode.front().code == "6109");
    const auto chapter = hs.search("91");
    CHECK(chapter.size() == 14);

    CHECK(hs.search("zzzzqqq").empty());
    CHECK(hs.search("").empty());
    CHECK(hs.search("of", 3).size() == 3); // the limit is honoured
    // Every word must match: "leather footwear" finds 6403, not every leather article.
    const auto lf = hs.search("footwear leather");
    REQUIRE_FALSE(lf.empty());
    CHECK(has(lf, "6403"));
    CHECK_FALSE(has(lf, "4203"));
}
