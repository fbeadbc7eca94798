#pragma once

#include <cstdint>
#include <string>

// Photo verification for uploads: the type by content, a full decode, the dimensions, and a fresh
// encoding (which carries no metadata: no EXIF, no GPS, no comments).
namespace caravan::photos {

struct ImageLimits
{
    int maxEdge = 4096;                  // pixels, longest side
    std::int64_t maxPixels = 24'000'000; // width * height
};

struct ImageResult
{
    bool ok = false;
    int status = 0;     // on failure: 415 (not a JPEG) or 422 (a broken or oversized JPEG)
    std::string code;   // not_an_image, unsupported_type, corrupt_image, too_large_dimensions
    std::string reason; // English, for logs and the API's message
    std::string jpeg;   // on success: the re-encoded JPEG
    int width = 0;
    int height = 0;
};

// What the bytes are by their first bytes: "jpeg", "png", "gif", "webp", "heic", "tiff", or "".
std::string sniffImageType(const std::string &bytes);

// Decodes the whole JPEG (any warning of libjpeg, e.g. a premature end of data, counts as broken),
// checks the dimensions and re-encodes it at `quality`.
ImageResult reencodeJpeg(const std::string &bytes, const ImageLimits &limits = {}, int quality = 90);

} // namespace caravan::photos
