#include "core/resources.h"
#include "trade/quote_cli.h"

#include <catch2/catch.hpp>

#include <sstream>

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
