// Fuzz target: the listing CSV importer (shared/listing/listing_csv.h) with the app's validation, both
// strict and skipping bad rows; what it imports exports and imports again to the same listings.
#include "listing/listing_csv.h"
#include "listing/listing_json.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace caravan::listing;
    const std::string text(reinterpret_cast<const char *>(data), size);
    static const ValidationContext context{};
    {
        std::istringstream in(text);
        (void)importListingsCsv(in, context);
    }
    std::istringstream in(text);
    const CsvImportResult result = importListingsCsv(in, context, {true, true});
    if (result.listings.empty())
        return 0;
    std::ostringstream out;
    exportListingsCsv(out, result.listings);
    std::istringstream back(out.str());
    const CsvImportResult again = importListingsCsv(back, context);
    if (!again.ok() || again.listings.size() != result.listings.size())
        std::abort();
    for (std::size_t i = 0; i < again.listings.size(); ++i)
        if (sellerOwnedJson(again.listings[i]) != sellerOwnedJson(result.listings[i]))
            std::abort();
    return 0;
}
