#include "listing/categories.h"
#include "listing/countries.h"
#include "listing/listing.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

using namespace caravan::listing;

TEST_CASE("listing: status transitions follow the documented graph", "[core][listing]")
{
    using S = Status;
    const std::vector<std::pair<S, S>> allowed{
        {S::Draft, S::Scheduled},  {S::Draft, S::Active},    {S::Scheduled, S::Draft},
        {S::Scheduled, S::Active}, {S::Scheduled, S::Ended}, {S::Active, S::Sold},
        {S::Active, S::Ended},     {S::Sold, S::Active},     {S::Ended, S::Draft}};
    const std::vector<S> all{S::Draft, S::Scheduled, S::Active, S::Sold, S::Ended};
    for (auto from : all) {
        for (auto to : all) {
            const bool expected =
                std::find(allowed.begin(), allowed.end(), std::make_pair(from, to)) != allowed.end();
            INFO(toString(from) << " -> " << toString(to));
            CHECK(canTransition(from, to) == expected);
        }
    }
    CHECK_FALSE(canTransition(S::Draft, S::Sold));
    CHECK_FALSE(canTransition(S::Sold, S::Draft));
    CHECK(allowedTransitions(S::Active) == std::vector<S>{S::Sold, S::Ended});
}

TEST_CASE("listing: condition and status ids round-trip", "[core][listing]")
{
    for (auto c : {Condition::New, Condition::LikeNew, Condition::Good, Condition::Fair, Condition::ForParts})
        CHECK(parseCondition(toString(c)) == c);
    for (auto s : {Status::Draft, Status::Scheduled, Status::Active, Status::Sold, Status::Ended})
        CHECK(parseStatus(toString(s)) == s);
    CHECK_FALSE(parseCondition("mint"));
    CHECK_FALSE(parseStatus("Active"));
}

TEST_CASE("listing: every condition has a name and a definition in both languages", "[core][listing]")
{
    const auto &infos = conditionInfos();
    REQUIRE(infos.size() == 5);
    for (const auto &i : infos) {
        CHECK(parseCondition(i.id));
        CHECK_FALSE(i.name.en.empty());
        CHECK_FALSE(i.name.zhCN.empty());
        CHECK(i.definition.en.size() > 40);
        CHECK(i.definition.zhCN.size() > 20);
        CHECK(i.definition.in("zh_CN") == i.definition.zhCN);
        CHECK(i.definition.in("en") == i.definition.en);
    }
}

TEST_CASE("listing: destinations text form", "[core][listing]")
{
    auto all = Destinations::parse("all");
    REQUIRE(all);
    CHECK(all->mode == Destinations::Mode::All);
    CHECK(all->allows("FR"));

    auto only = Destinations::parse("only: DE, FR ,IT");
    REQUIRE(only);
    CHECK(only->countries == std::vector<std::string>{"DE", "FR", "IT"});
    CHECK(only->toString() == "only:DE,FR,IT");
    CHECK(only->allows("FR"));
    CHECK_FALSE(only->allows("US"));

    auto except = Destinations::parse("except:RU,BY");
    REQUIRE(except);
    CHECK(except->allows("FR"));
    CHECK_FALSE(except->allows("RU"));
    CHECK(Destinations::parse(except->toString()) == except);

    CHECK_FALSE(Destinations::parse("DE,FR"));
    CHECK_FALSE(Destinations::parse("everywhere"));
}

TEST_CASE("listing: UTC timestamps", "[core][listing]")
{
    CHECK(parseUtcTimestamp("1970-01-01T00:00:00Z") == 0);
    CHECK(parseUtcTimestamp("2026-12-01T09:00:00Z") == 1796115600);
    CHECK(parseUtcTimestamp("2026-12-01T18:00:00+09:00") == 1796115600);
    CHECK(parseUtcTimestamp("2024-02-29T12:00:00Z"));
    CHECK_FALSE(parseUtcTimestamp("2023-02-29T12:00:00Z"));
    CHECK_FALSE(parseUtcTimestamp("2026-12-01 09:00"));
    CHECK_FALSE(parseUtcTimestamp("2026-12-01T24:00:00Z"));
    CHECK_FALSE(parseUtcTimestamp("2026-12-01T09:00:00"));
    CHECK(formatUtcTimestamp(1796115600) == "2026-12-01T09:00:00Z");
    for (std::int64_t t : {0LL, 951782400LL, 4102444799LL})
        CHECK(parseUtcTimestamp(formatUtcTimestamp(t)) == t);
}

TEST_CASE("countries: Debian's ISO 3166-1 list, and an override folder", "[core][listing]")
{
    const auto &sys = CountryTable::system();
    CHECK(sys.size() > 240);
    CHECK(sys.contains("DE"));
    CHECK(sys.contains("JP"));
    CHECK(sys.contains("CN"));
    CHECK_FALSE(sys.contains("XX"));
    CHECK_FALSE(sys.contains("de"));
    CHECK_FALSE(sys.contains("DEU"));
    CHECK_FALSE(sys.contains("UK")); // the United Kingdom is GB
    CHECK(sys.name("FR") == "France");

    std::mt19937_64 rng(std::random_device{}());
    const auto dir = std::filesystem::temp_directory_path() / ("caravan-iso-" + std::to_string(rng()));
    std::filesystem::create_directories(dir);
    {
        std::ofstream f(dir / "iso_3166-1.json");
        f << R"({"3166-1": [{"alpha_2": "AA", "name": "Testland"}, {"alpha_2": "BB", "name": "Otherland"}]})";
    }
    ::setenv("CARAVAN_ISO_CODES", dir.c_str(), 1); // each test case runs in its own process
    CHECK(CountryTable::defaultDir() == dir);
    ::unsetenv("CARAVAN_ISO_CODES");
    CHECK(CountryTable::defaultDir() == "/usr/share/iso-codes/json");
    const auto custom = CountryTable::loadFrom(dir);
    CHECK(custom.size() == 2);
    CHECK(custom.contains("AA"));
    CHECK_FALSE(custom.contains("DE"));
    {
        std::ofstream f(dir / "iso_3166-1.json");
        f << R"({"3166-1": [{"alpha_2": "toolong"}]})";
    }
    CHECK_THROWS_WITH(CountryTable::loadFrom(dir), Catch::Contains("bad alpha_2"));
    std::filesystem::remove_all(dir);
    CHECK_THROWS_WITH(CountryTable::loadFrom(dir), Catch::Contains("CARAVAN_ISO_CODES"));
}
