#include "listing/categories.h"
#include "listing/hs.h"
#include "listing/validation.h"

#include <catch2/catch.hpp>

using namespace caravan::listing;

TEST_CASE("categories: the fixed top-level ids, in order, with names in both languages", "[core][listing]")
{
    const auto &cat = CategoryCatalog::standard();
    const std::vector<std::string> expected{"apparel",
                                            "footwear",
                                            "bags",
                                            "books",
                                            "toys",
                                            "jewellery",
                                            "watches",
                                            "electronics",
                                            "cosmetics",
                                            "collectibles",
                                            "musical-instruments",
                                            "home-decor",
                                            "crafts",
                                            "art"};
    CHECK(cat.topLevel() == expected);
    for (const auto &id : cat.allIds()) {
        const Category *c = cat.find(id);
        REQUIRE(c);
        INFO(id);
        CHECK_FALSE(c->name.en.empty());
        CHECK_FALSE(c->name.zhCN.empty());
        CHECK(c->hsHeading.size() == 4);
        for (const auto &s : c->specifics) {
            CHECK_FALSE(s.name.en.empty());
            CHECK_FALSE(s.name.zhCN.empty());
            for (const auto &v : s.values) {
                CHECK_FALSE(v.name.en.empty());
                CHECK_FALSE(v.name.zhCN.empty());
            }
        }
        if (!c->parent.empty())
            CHECK(id.starts_with(c->parent + "/"));
    }
    CHECK(cat.find("toys/figures"));
    CHECK(cat.find("electronics/cameras"));
    CHECK(cat.find("toys/figures")->isLeaf());
    CHECK_FALSE(cat.find("toys")->isLeaf());
    CHECK_FALSE(cat.find("toys/spaceships"));
}

TEST_CASE("categories: every default HS heading is a real heading of the bundled list", "[core][listing]")
{
    const auto &cat = CategoryCatalog::standard();
    const auto &hs = HsHeadings::standard();
    for (const auto &id : cat.allIds()) {
        const auto heading = cat.suggestedHsHeading(id);
        INFO(id << " -> " << heading);
        REQUIRE(heading.size() == 4);
        if (hs.coversChapter(heading.substr(0, 2)))
            CHECK(hs.find(heading));
    }
    CHECK(cat.suggestedHsHeading("apparel/tops") == "6109");
    CHECK(cat.suggestedHsHeading("electronics/cameras") == "8525");
    CHECK(cat.suggestedHsHeading("books/children") == "4903");
    CHECK(cat.suggestedHsHeading("toys/figures") == "9503");
    CHECK(cat.suggestedHsHeading("nope").empty());
}

TEST_CASE("categories: subcategories inherit item specifics and may add or redefine them", "[core][listing]")
{
    const auto &cat = CategoryCatalog::standard();
    const Category *toys = cat.find("toys");
    const Category *figures = cat.find("toys/figures");
    REQUIRE(toys);
    REQUIRE(figures);
    REQUIRE(figures->specific("age_range"));
    CHECK(figures->specific("age_range")->required);
    CHECK(figures->specific("age_range")->type == SpecificDef::Type::Enum);
    CHECK(figures->specific("scale"));
    CHECK_FALSE(toys->specific("scale"));

    const Category *scarves = cat.find("apparel/scarves");
    REQUIRE(scarves);
    REQUIRE(scarves->specific("size"));
    CHECK_FALSE(scarves->specific("size")->required); // redefined: a scarf has no required size
    CHECK(cat.find("apparel/tops")->specific("size")->required);

    const auto *movement = cat.find("watches/wristwatches")->specific("movement");
    REQUIRE(movement);
    CHECK(movement->allowsValue("automatic"));
    CHECK_FALSE(movement->allowsValue("Automatic"));
}

TEST_CASE("categories: the HS code default comes from the category", "[core][listing]")
{
    const auto &cat = CategoryCatalog::standard();
    Listing l;
    l.category = "bags/handbags";
    CHECK(applyCategoryDefaults(l, cat));
    CHECK(l.hsCode == "4202");

    Listing own;
    own.category = "bags/handbags";
    own.hsCode = "420221";
    CHECK_FALSE(applyCategoryDefaults(own, cat));
    CHECK(own.hsCode == "420221");

    Listing none;
    CHECK_FALSE(applyCategoryDefaults(none, cat));
    CHECK(none.hsCode.empty());
}
