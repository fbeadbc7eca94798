#include "listing/messages.h"
#include "listing/validation.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace caravan::listing;

namespace {

Listing publishable()
{
    Listing l;
    l.id = "b3a0c1d2-0001";
    l.title = "Vintage Seiko 5 automatic watch (1978)";
    l.description = "Runs well, keeps about +15 s/day. Light scratches on the crystal, original bracelet.";
    l.category = "watches/wristwatches";
    l.condition = Condition::Good;
    l.brand = "Seiko";
    l.specifics = {{"movement", "automatic"}, {"case_diameter_mm", "37"}};
    l.quantity = 1;
    l.priceMinor = 18500;
    l.currency = "JPY";
    l.acceptsOffers = true;
    l.handlingDays = 3;
    l.shipsFrom = "JP";
    l.originCountry = "JP";
    l.destinations = Destinations{Destinations::Mode::AllExcept, {"RU"}};
    l.postageServices = {"jp-post.ems", "jp-post.small-packet"};
    l.weightG = 180;
    l.packedMm = Dimensions{150, 100, 80};
    l.hsCode = "910221";
    l.status = Status::Active;
    return l;
}

bool hasIssue(const std::vector<Issue> &issues, const std::string &field, const std::string &code)
{
    return std::any_of(issues.begin(), issues.end(),
                       [&](const Issue &i) { return i.field == field && i.code == code; });
}

std::string describe(const std::vector<Issue> &issues)
{
    std::string s;
    for (const auto &i : issues)
        s += i.field + ":" + i.code + " ";
    return s;
}

} // namespace

TEST_CASE("validation: a complete listing publishes without issues", "[core][listing][validation]")
{
    const ValidationContext ctx;
    const auto issues = validate(publishable(), ctx, ValidationMode::Publish);
    INFO(describe(issues));
    CHECK(issues.empty());
}

TEST_CASE("validation: an empty draft is fine, publishing it names every missing field",
          "[core][listing][validation]")
{
    const ValidationContext ctx;
    Listing empty;
    CHECK(validate(empty, ctx, ValidationMode::Draft).empty());
    CHECK(validateForStatus(empty, ctx).empty());

    const auto issues = validate(empty, ctx, ValidationMode::Publish);
    for (const char *field :
         {"title", "description", "category", "condition", "quantity", "price_minor", "currency",
          "handling_days", "ships_from", "origin", "services", "weight_g", "dims_mm", "hs_code"}) {
        INFO(field);
        CHECK(hasIssue(issues, field, "required"));
    }
    CHECK_FALSE(hasIssue(issues, "brand", "required")); // optional
}

TEST_CASE("validation: a draft checks only what is present", "[core][listing][validation]")
{
    const ValidationContext ctx;
    Listing d;
    d.title = "Hi"; // too short to publish, fine in a draft
    d.shipsFrom = "XX";
    const auto issues = validate(d, ctx, ValidationMode::Draft);
    CHECK(issues.size() == 1);
    CHECK(hasIssue(issues, "ships_from", "invalid_country"));
    CHECK(hasIssue(validate(d, ctx, ValidationMode::Publish), "title", "too_short"));
}

TEST_CASE("validation: each rule", "[core][listing][validation]")
{
    const ValidationContext ctx;
    auto check = [&](auto mutate, const std::string &field, const std::string &code) {
        Listing l = publishable();
        mutate(l);
        const auto issues = validate(l, ctx, ValidationMode::Publish);
        INFO(field << " " << code << " got: " << describe(issues));
        CHECK(hasIssue(issues, field, code));
    };
    check([](Listing &l) { l.id = "has space"; }, "id", "invalid_id");
    check([](Listing &l) { l.title = std::string(81, 'a'); }, "title", "too_long");
    check([](Listing &l) { l.title = "Tea"; }, "title", "too_short");
    check([](Listing &l) { l.title = "Tab\there"; }, "title", "control_chars");
    check([](Listing &l) { l.title = "Bad \xC3\x28 bytes"; }, "title", "invalid_utf8");
    check([](Listing &l) { l.description = "Too short."; }, "description", "too_short");
    check([](Listing &l) { l.description = std::string(5001, 'x'); }, "description", "too_long");
    check([](Listing &l) { l.brand = std::string(61, 'b'); }, "brand", "too_long");
    check([](Listing &l) { l.category = "watches/sundials"; }, "category", "unknown_category");
    check([](Listing &l) { l.specifics["colour_of_moon"] = "x"; }, "specifics.colour_of_moon",
          "unknown_specific");
    check([](Listing &l) { l.specifics["movement"] = "steam"; }, "specifics.movement",
          "specific_not_allowed");
    check([](Listing &l) { l.specifics.erase("movement"); }, "specifics.movement", "required");
    check([](Listing &l) { l.specifics["case_diameter_mm"] = "37mm"; }, "specifics.case_diameter_mm",
          "not_an_integer");
    check([](Listing &l) { l.specifics["case_diameter_mm"] = "300"; }, "specifics.case_diameter_mm",
          "out_of_range");
    check([](Listing &l) { l.quantity = 0; }, "quantity", "out_of_range");
    check([](Listing &l) { l.quantity = 10000; }, "quantity", "out_of_range");
    check([](Listing &l) { l.priceMinor = 0; }, "price_minor", "price_not_positive");
    check([](Listing &l) { l.priceMinor = -5; }, "price_minor", "price_not_positive");
    check([](Listing &l) { l.priceMinor = Limits::kPriceMaxMinor + 1; }, "price_minor", "price_too_high");
    check([](Listing &l) { l.currency = "XYZ"; }, "currency", "unknown_currency");
    check([](Listing &l) { l.currency.clear(); }, "price_minor", "price_without_currency");
    check([](Listing &l) { l.handlingDays = 31; }, "handling_days", "out_of_range");
    check([](Listing &l) { l.shipsFrom = "jp"; }, "ships_from", "invalid_country");
    check([](Listing &l) { l.originCountry = "EU"; }, "origin", "invalid_country");
    check(
        [](Listing &l) {
            l.destinations = {Destinations::Mode::Only, {}};
        },
        "destinations", "destinations_empty");
    check(
        [](Listing &l) {
            l.destinations = {Destinations::Mode::Only, {"DE", "XX"}};
        },
        "destinations", "invalid_country");
    check(
        [](Listing &l) {
            l.destinations = {Destinations::Mode::Only, {"DE", "DE"}};
        },
        "destinations", "duplicate_country");
    check(
        [](Listing &l) {
            l.destinations = {Destinations::Mode::All, {"DE"}};
        },
        "destinations", "invalid_destinations");
    check([](Listing &l) { l.postageServices = {"Bad Id"}; }, "services", "invalid_postage_service");
    check([](Listing &l) { l.postageServices = {"a", "a"}; }, "services", "duplicate_postage_service");
    check([](Listing &l) { l.postageServices.assign(11, "x"); }, "services", "too_many");
    check([](Listing &l) { l.weightG = 0; }, "weight_g", "out_of_range");
    check([](Listing &l) { l.weightG = 70001; }, "weight_g", "out_of_range");
    check([](Listing &l) { l.packedMm = Dimensions{150, 0, 80}; }, "dims_mm.width", "out_of_range");
    check([](Listing &l) { l.packedMm = Dimensions{3001, 10, 80}; }, "dims_mm.length", "out_of_range");
    check([](Listing &l) { l.hsCode = "9102.21"; }, "hs_code", "invalid_hs_code"); // stored form is digits
    check([](Listing &l) { l.hsCode = "12345"; }, "hs_code", "invalid_hs_code");
    check([](Listing &l) { l.hsCode = "7701"; }, "hs_code", "unknown_hs_chapter");
    check([](Listing &l) { l.hsCode = "9801"; }, "hs_code", "unknown_hs_chapter");
    check([](Listing &l) { l.hsCode = "9199"; }, "hs_code", "unknown_hs_heading");
    check([](Listing &l) { l.photos = {"not-a-hash"}; }, "photos", "invalid_photo_hash");
    check([](Listing &l) { l.photos.assign(13, std::string(64, 'a')); }, "photos", "too_many");
    check([](Listing &l) { l.status = Status::Scheduled; }, "scheduled_at", "scheduled_start_required");
}

TEST_CASE("validation: codes outside the bundled chapters are accepted by shape",
          "[core][listing][validation]")
{
    const ValidationContext ctx;
    Listing l = publishable();
    l.hsCode = "44201100"; // chapter 44 (wood) is not in the bundled list
    CHECK(validate(l, ctx, ValidationMode::Publish).empty());
}

TEST_CASE("validation: known postage services and the scheduled start against a given clock",
          "[core][listing][validation]")
{
    ValidationContext ctx{.postageServices = {"jp-post.ems", "jp-post.small-packet"}, .now = 1796115600};
    Listing l = publishable();
    CHECK(validate(l, ctx, ValidationMode::Publish).empty());
    l.postageServices = {"jp-post.ems", "dhl.express"};
    CHECK(hasIssue(validate(l, ctx, ValidationMode::Publish), "services", "unknown_postage_service"));

    Listing s = publishable();
    s.status = Status::Scheduled;
    s.scheduledStart = 1796115600 + 3600;
    CHECK(validateForStatus(s, ctx).empty());
    s.scheduledStart = 1796115600 - 1;
    const auto issues = validateForStatus(s, ctx);
    REQUIRE(hasIssue(issues, "scheduled_at", "scheduled_start_in_past"));
    CHECK(issues.front().params.at("value") == "2026-12-01T08:59:59Z");
}

TEST_CASE("validation: publishing requires the category's required specifics", "[core][listing][validation]")
{
    const ValidationContext ctx;
    Listing l = publishable();
    l.category = "apparel/tops";
    l.hsCode = "610910";
    l.specifics = {{"department", "women"}};
    const auto issues = validate(l, ctx, ValidationMode::Publish);
    CHECK(hasIssue(issues, "specifics.size", "required"));
    CHECK_FALSE(hasIssue(issues, "specifics.department", "required"));
    CHECK_FALSE(hasIssue(issues, "specifics.colour", "required")); // optional specific
    l.specifics["size"] = "M";
    CHECK(validate(l, ctx, ValidationMode::Publish).empty());
    // A draft does not need them yet.
    l.specifics.erase("size");
    CHECK(validate(l, ctx, ValidationMode::Draft).empty());
}

TEST_CASE("messages: every issue code has an English and a Chinese template", "[core][listing][messages]")
{
    const auto &m = MessageCatalog::standard();
    for (auto code : kIssueCodes) {
        for (auto lang : MessageCatalog::kLanguages) {
            INFO(code << " " << lang);
            CHECK(m.hasTemplate(code, lang));
        }
    }
    // ... and the catalog holds no code the program cannot produce.
    for (const auto &code : m.codes()) {
        INFO(code);
        CHECK(isKnownIssueCode(code));
    }
}

TEST_CASE("messages: rendering fills the field label and parameters in the seller's language",
          "[core][listing][messages]")
{
    const auto &m = MessageCatalog::standard();
    const Issue tooLong{"title", "too_long", {{"max", "80"}, {"length", "95"}}};
    CHECK(m.render(tooLong, "en") == "Title is too long (95 characters); shorten it to at most 80.");
    const auto zh = m.render(tooLong, "zh_CN");
    CHECK_THAT(zh, Catch::Contains("标题") && Catch::Contains("95") && Catch::Contains("80"));
    CHECK(m.render(tooLong, "fr") == m.render(tooLong, "en")); // unknown language: English

    // Item specifics are labelled with the specific's own name, from the validator's parameters.
    const ValidationContext ctx;
    Listing l = publishable();
    l.specifics.erase("movement");
    const auto issues = validate(l, ctx, ValidationMode::Publish);
    REQUIRE(issues.size() == 1);
    CHECK(m.render(issues[0], "en") == "Movement is required to publish this listing.");
    CHECK_THAT(m.render(issues[0], "zh_CN"), Catch::Contains("机芯"));

    // Nothing is dropped for an unknown code.
    CHECK(m.render(Issue{"x", "no_such_code", {{"a", "1"}}}, "en") == "x: no_such_code a=1");
}

TEST_CASE("messages: every issue a validation produces renders without unfilled parameters",
          "[core][listing][messages]")
{
    const auto &m = MessageCatalog::standard();
    const ValidationContext ctx{.now = 1796115600};
    Listing l = publishable();
    l.title = std::string(90, 't');
    l.specifics = {{"movement", "steam"}, {"case_diameter_mm", "x"}, {"bogus", "1"}};
    l.quantity = 0;
    l.currency = "XYZ";
    l.destinations = {Destinations::Mode::Only, {"DE", "DE", "QQ"}};
    l.postageServices = {"Bad"};
    l.hsCode = "9199";
    l.status = Status::Scheduled;
    l.scheduledStart = 1;
    const auto issues = validate(l, ctx, ValidationMode::Publish);
    CHECK(issues.size() >= 10);
    for (const auto &issue : issues) {
        for (auto lang : MessageCatalog::kLanguages) {
            const auto text = m.render(issue, lang);
            INFO(issue.code << " " << lang << ": " << text);
            CHECK(text.find('{') == std::string::npos);
        }
    }
}
