#include "core/resources.h"
#include "core/version.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("the version has three numeric parts", "[core]")
{
    const std::string v = caravan::kVersion;
    REQUIRE(v == std::to_string(caravan::kVersionMajor) + "." + std::to_string(caravan::kVersionMinor) + "."
                     + std::to_string(caravan::kVersionPatch));
}

TEST_CASE("the resource folder is found", "[core]")
{
    REQUIRE(std::filesystem::is_directory(caravan::resourceDir()));
    REQUIRE_THROWS_WITH(caravan::resourcePath("no/such/file.json"),
                        Catch::Contains("resource missing"));
}
