// Fuzz target: the ECB exchange-rate files (shared/money/fx.h, FxTable::parseEcb: daily and historic XML
// and CSV). A file that is not one throws MoneyError; a table that was read answers lookups.
#include "money/fx.h"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace caravan::money;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    try {
        const FxTable table = FxTable::parseEcb(text, "fuzz");
        if (const auto latest = table.latestDate()) {
            (void)table.find("EUR", "USD", *latest);
            (void)table.find("JPY", "GBP", *latest, FxPolicy::EuMonthly);
            (void)FxTable::parseEcb(table.toJson(), "fuzz"); // not ECB's shape: throws
        }
    } catch (const MoneyError &) {
        // documented
    }
    return 0;
}
