// Fuzz target: a listing as the sync protocol encodes it (shared/listing/listing_json.h, fromJsonText),
// then the checks the server runs on a decoded listing, and the stable encoding of a valid one.
#include "listing/listing_json.h"
#include "listing/validation.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace caravan::listing;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const JsonDecodeResult decoded = fromJsonText(text);
    if (!decoded.ok())
        return 0;
    static const ValidationContext context{};
    const auto issues = validateForStatus(decoded.listing, context);
    // A listing that passed validation encodes (invalid UTF-8 is reported by validation first), and the
    // encoding decodes back to the same listing.
    if (issues.empty()) {
        const std::string stable = toStableJson(decoded.listing);
        const JsonDecodeResult again = fromJsonText(stable);
        if (!again.ok() || toStableJson(again.listing) != stable)
            std::abort();
    }
    return 0;
}
