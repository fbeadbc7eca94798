// Tracking numbers in the formats carriers publish (shared/shipping/tracking.h).
#include "shipping/tracking.h"

#include <catch2/catch.hpp>

using namespace caravan::shipping;

TEST_CASE("Tracking numbers: UPU S10 identifiers with their check digit", "[core][shipping]")
{
    // Check digits computed by hand with the S10 weights 8 6 4 2 3 5 9 7.
    CHECK(isS10("RR123456785DE"));  // sum 204, 11 - 204 mod 11 = 5
    CHECK(isS10("EE000000005JP"));  // sum 0: 11 - 0 = 11, written 5
    CHECK(isS10("EE000000014JP"));  // sum 7: 11 - 7 = 4
    CHECK_FALSE(isS10("RR123456786DE"));
    CHECK_FALSE(isS10("RR12345678DE"));
    CHECK_FALSE(isS10("R1123456785DE"));
    CHECK_FALSE(isS10("rr123456785de")); // normalized first
    CHECK(normalizeTrackingNumber(" rr 123 456 785 de ") == "RR123456785DE");
}

TEST_CASE("Tracking numbers: each known carrier's format, any other carrier's general rule",
          "[core][shipping]")
{
    CHECK_FALSE(trackingProblem("post", "RR123456785DE"));
    CHECK(trackingProblem("post", "RR123456786DE") == "check_digit");
    CHECK(trackingProblem("post", "1234567890") == "format");
    CHECK_FALSE(trackingProblem("dhl_express", "1234567890"));
    CHECK(trackingProblem("DHL Express", "123456789") == "format");
    CHECK_FALSE(trackingProblem("ups", "1Z999AA10123456784"));
    CHECK(trackingProblem("UPS", "1Z999AA10123456785") == "check_digit");
    CHECK(trackingProblem("ups", "2Z999AA10123456784") == "format");
    CHECK_FALSE(trackingProblem("fedex", "123456789012"));
    CHECK_FALSE(trackingProblem("fedex", "123456789012345"));
    CHECK(trackingProblem("fedex", "1234567890123") == "format");
    // Unknown carriers: 4 to 40 letters, digits or '-'.
    CHECK_FALSE(trackingProblem("Correos", "PK-0042"));
    CHECK(trackingProblem("Correos", "PK!") == "length");
    CHECK(trackingProblem("Correos", "PK!0042") == "characters");
    CHECK(trackingProblem("Correos", std::string(41, '1')) == "length");

    CHECK(findCarrier("Ups")->id == "ups");
    CHECK(findCarrier("Postal service (UPU S10 number)")->id == "post");
    CHECK(findCarrier("Royal Mail") == nullptr);
    for (const auto &c : knownCarriers()) {
        INFO(c.id);
        CHECK_FALSE(trackingProblem(c.id, c.sample)); // the placeholder shown is itself valid
    }
    CHECK(validCarrierName("Correos"));
    CHECK_FALSE(validCarrierName(""));
    CHECK_FALSE(validCarrierName("a\tb"));
    CHECK_FALSE(validCarrierName(std::string(41, 'x')));
}
