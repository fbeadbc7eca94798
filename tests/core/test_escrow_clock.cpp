#include "escrow/clock.h"
#include "escrow/policy.h"
#include "listing/listing.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

using namespace caravan::escrow;

namespace {

std::int64_t at(const std::string &iso)
{
    const auto t = caravan::listing::parseUtcTimestamp(iso);
    REQUIRE(t.has_value());
    return *t;
}

std::string iso(std::int64_t t)
{
    return caravan::listing::formatUtcTimestamp(t);
}

} // namespace

// 2026-11-23 is a Monday; 2026-11-28/29 the weekend after it.
TEST_CASE("escrow: working days skip weekends and end at 23:59:59 UTC", "[escrow][clock]")
{
    CHECK(iso(endOfWorkingDay(at("2026-11-23T10:00:00Z"), 0)) == "2026-11-23T23:59:59Z");
    CHECK(iso(endOfWorkingDay(at("2026-11-23T00:00:00Z"), 1)) == "2026-11-24T23:59:59Z");
    CHECK(iso(endOfWorkingDay(at("2026-11-23T23:59:59Z"), 4)) == "2026-11-27T23:59:59Z"); // Friday
    CHECK(iso(endOfWorkingDay(at("2026-11-23T10:00:00Z"), 5)) == "2026-11-30T23:59:59Z"); // over the weekend
    CHECK(iso(endOfWorkingDay(at("2026-11-27T18:00:00Z"), 1)) == "2026-11-30T23:59:59Z"); // Friday + 1
    CHECK(iso(endOfWorkingDay(at("2026-11-27T18:00:00Z"), 10)) == "2026-12-11T23:59:59Z");
    // Paid at the weekend: day 0 is the Monday after, day 1 the Monday too (the first working day after
    // Saturday).
    CHECK(iso(endOfWorkingDay(at("2026-11-28T12:00:00Z"), 0)) == "2026-11-30T23:59:59Z");
    CHECK(iso(endOfWorkingDay(at("2026-11-28T12:00:00Z"), 1)) == "2026-11-30T23:59:59Z");
    CHECK(iso(endOfWorkingDay(at("2026-11-29T23:59:59Z"), 1)) == "2026-11-30T23:59:59Z");
    CHECK(iso(endOfWorkingDay(at("2026-11-29T00:00:00Z"), 2)) == "2026-12-01T23:59:59Z");
    // Across a year end (no holidays: 1 January is a working day when it is a weekday).
    CHECK(iso(endOfWorkingDay(at("2026-12-31T08:00:00Z"), 1)) == "2027-01-01T23:59:59Z");
    CHECK(iso(endOfWorkingDay(at("2026-12-31T08:00:00Z"), 2)) == "2027-01-04T23:59:59Z");
    // Before 1970 the day is still the calendar day (1969-12-31 was a Wednesday).
    CHECK(iso(endOfWorkingDay(-1, 0)) == "1969-12-31T23:59:59Z");
}

TEST_CASE("escrow: ship-by uses the listing's handling days, the default, and the cap", "[escrow][clock]")
{
    EscrowPolicy policy;
    const std::int64_t monday = at("2026-11-23T09:30:00Z");
    CHECK(iso(shipByDeadline(monday, 2, policy)) == "2026-11-25T23:59:59Z");
    CHECK(iso(shipByDeadline(monday, std::nullopt, policy)) == "2026-11-26T23:59:59Z"); // default 3
    CHECK(iso(shipByDeadline(monday, 0, policy)) == "2026-11-23T23:59:59Z");
    CHECK(iso(shipByDeadline(monday, 5, policy)) == "2026-11-30T23:59:59Z");
    CHECK(shipByDeadline(monday, 30, policy) == shipByDeadline(monday, 5, policy)); // max 5 working days
    CHECK(shipByDeadline(monday, -4, policy) == shipByDeadline(monday, 0, policy));
    policy.maxHandlingDays = 2;
    CHECK(iso(shipByDeadline(monday, std::nullopt, policy)) == "2026-11-25T23:59:59Z");
    policy.defaultHandlingDays = 1;
    CHECK(iso(shipByDeadline(at("2026-11-27T22:00:00Z"), std::nullopt, policy)) == "2026-11-30T23:59:59Z");
}

TEST_CASE("escrow: delivery and release add whole calendar days - a pause moves the deadline",
          "[escrow][clock]")
{
    EscrowPolicy policy;
    const std::int64_t shipped = at("2026-11-27T15:20:05Z");
    CHECK(iso(deliveryDueDeadline(shipped, 14, policy)) == "2026-12-18T15:20:05Z"); // 14 + 7 grace days
    CHECK(deliveryDueDeadline(shipped, 0, policy) == shipped + 7 * 86400);
    policy.deliveryGraceDays = 0;
    CHECK(deliveryDueDeadline(shipped, 0, policy) == shipped);

    policy.inspectionDaysByCategory = {{"collectibles", 3}, {"art/paintings", 4}};
    const std::int64_t delivered = at("2026-11-28T08:00:00Z");
    CHECK(iso(releaseDeadline(delivered, "toys/figures", policy)) == "2026-11-30T08:00:00Z"); // default 2
    CHECK(iso(releaseDeadline(delivered, "collectibles/coins", policy)) == "2026-12-01T08:00:00Z");
    CHECK(iso(releaseDeadline(delivered, "art/paintings", policy)) == "2026-12-02T08:00:00Z");
    CHECK(releaseDeadline(delivered, "art/prints", policy) == delivered + 2 * 86400);

    const std::int64_t deadline = at("2026-12-01T08:00:00Z");
    CHECK(resumeAfterPause(deadline, at("2026-11-29T10:00:00Z"), at("2026-11-30T16:30:00Z")) ==
          deadline + 30 * 3600 + 30 * 60);
    CHECK(resumeAfterPause(deadline, at("2026-11-29T10:00:00Z"), at("2026-11-29T10:00:00Z")) == deadline);
    // A resume stamped before the pause (clock skew between servers) never pulls the deadline in.
    CHECK(resumeAfterPause(deadline, at("2026-11-29T10:00:00Z"), at("2026-11-29T09:00:00Z")) == deadline);
}

TEST_CASE("escrow: inspection days by the longest matching category prefix", "[escrow][policy]")
{
    EscrowPolicy policy;
    policy.inspectionDaysByCategory = {{"toys", 3}, {"toys/figures", 5}, {"art", 4}};
    CHECK(policy.inspectionDaysFor("toys") == 3);
    CHECK(policy.inspectionDaysFor("toys/figures") == 5);
    CHECK(policy.inspectionDaysFor("toys/figures/anime") == 5);
    CHECK(policy.inspectionDaysFor("toys/dolls") == 3);
    CHECK(policy.inspectionDaysFor("toyshop") == 2);         // not a part boundary
    CHECK(policy.inspectionDaysFor("toys/figuresets") == 3); // "toys/figures" does not end at a '/'
    CHECK(policy.inspectionDaysFor("artisan/pottery") == 2);
    CHECK(policy.inspectionDaysFor("") == 2);
    CHECK(policy.inspectionDaysFor("electronics") == 2);
    // The order of the pairs does not matter: the longest prefix wins.
    policy.inspectionDaysByCategory = {{"toys/figures", 5}, {"toys", 3}};
    CHECK(policy.inspectionDaysFor("toys/figures/anime") == 5);
    CHECK(policy.inspectionDaysFor("toys/cars") == 3);
}

TEST_CASE("escrow: category days parse from the configuration text", "[escrow][policy]")
{
    using Pairs = std::vector<std::pair<std::string, int>>;
    CHECK(EscrowPolicy::parseCategoryDays("collectibles:3,art/paintings:4") ==
          Pairs{{"collectibles", 3}, {"art/paintings", 4}});
    CHECK(EscrowPolicy::parseCategoryDays(" collectibles : 3 , art:0 ") ==
          Pairs{{"collectibles", 3}, {"art", 0}});
    CHECK(EscrowPolicy::parseCategoryDays("toys:60") == Pairs{{"toys", 60}});
    CHECK(EscrowPolicy::parseCategoryDays("").empty());
    CHECK(EscrowPolicy::parseCategoryDays("   ").empty());

    CHECK_THROWS_WITH(EscrowPolicy::parseCategoryDays("toys:61"), Catch::Contains("toys:61"));
    CHECK_THROWS_WITH(EscrowPolicy::parseCategoryDays("toys:-1"), Catch::Contains("0 to 60"));
    CHECK_THROWS_WITH(EscrowPolicy::parseCategoryDays("toys:3,art:x"), Catch::Contains("art:x"));
    CHECK_THROWS_WITH(EscrowPolicy::parseCategoryDays("toys:3.5"), Catch::Contains("toys:3.5"));
    CHECK_THROWS_WITH(EscrowPolicy::parseCategoryDays("toys"), Catch::Contains("category:days"));
    CHECK_THROWS_WITH(EscrowPolicy::parseCategoryDays(":3"), Catch::Contains("category is empty"));
    CHECK_THROWS_WITH(EscrowPolicy::parseCategoryDays("toys:"), Catch::Contains("toys:"));
    CHECK_THROWS_WITH(EscrowPolicy::parseCategoryDays("toys:3,,art:4"), Catch::Contains("empty entry"));
    CHECK_THROWS_WITH(EscrowPolicy::parseCategoryDays("toys:3,"), Catch::Contains("empty entry"));
    CHECK_THROWS_WITH(EscrowPolicy::parseCategoryDays("toys:3,toys:4"), Catch::Contains("twice"));
    CHECK_THROWS_AS(EscrowPolicy::parseCategoryDays("toys:3,art"), std::invalid_argument);
}
