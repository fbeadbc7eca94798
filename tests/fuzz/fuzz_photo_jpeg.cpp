// Fuzz target: the photo upload validator (server/photos/jpeg_image.h): the type by content, then a full
// JPEG decode, the dimension checks and a fresh encoding. Smaller limits than the server's keep the
// decoding of a huge declared image (a pixel flood) from slowing the fuzzer; the checks are the same.
#include "photos/jpeg_image.h"

#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace caravan::photos;
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    const std::string type = sniffImageType(bytes);
    if (type != "jpeg")
        return 0;
    const ImageLimits limits{1024, 1'000'000};
    const ImageResult result = reencodeJpeg(bytes, limits, 80);
    if (!result.ok)
        return 0;
    // What is stored is itself a valid JPEG within the limits (and re-encodes the same way).
    if (result.width <= 0 || result.height <= 0 || result.width > limits.maxEdge ||
        result.height > limits.maxEdge || sniffImageType(result.jpeg) != "jpeg")
        std::abort();
    const ImageResult again = reencodeJpeg(result.jpeg, limits, 80);
    if (!again.ok || again.width != result.width || again.height != result.height)
        std::abort();
    return 0;
}
