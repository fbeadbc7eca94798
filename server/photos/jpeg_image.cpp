#include "photos/jpeg_image.h"

#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <jpeglib.h>
#include <memory>
#include <vector>

namespace caravan::photos {

namespace {

// A progressive JPEG may hold any number of scans, and each is a pass over the whole picture: a small file
// with thousands of scans keeps a core busy for minutes. Real encoders write at most a dozen or so.
constexpr int kMaxScans = 64;

// libjpeg reports errors through a callback that must not return: jump back to the caller.
struct ErrorManager
{
    jpeg_error_mgr pub;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
    bool warned = false;
};

[[noreturn]] void onError(j_common_ptr info)
{
    auto *err = reinterpret_cast<ErrorManager *>(info->err);
    (*info->err->format_message)(info, err->message);
    std::longjmp(err->jump, 1);
}

void onMessage(j_common_ptr info, int level)
{
    // Level -1 is a warning about the data (corrupt or truncated): a photo we accept decodes cleanly.
    if (level < 0) {
        auto *err = reinterpret_cast<ErrorManager *>(info->err);
        if (!err->warned)
            (*info->err->format_message)(info, err->message);
        err->warned = true;
    }
}

ImageResult failure(int status, const std::string &code, const std::string &reason)
{
    ImageResult r;
    r.status = status;
    r.code = code;
    r.reason = reason;
    return r;
}

bool startsWith(const std::string &bytes, std::initializer_list<unsigned char> magic, std::size_t at = 0)
{
    if (bytes.size() < at + magic.size())
        return false;
    std::size_t i = at;
    for (unsigned char m : magic)
        if (static_cast<unsigned char>(bytes[i++]) != m)
            return false;
    return true;
}

// Both libjpeg structs live outside the setjmp frame so a longjmp leaves nothing half-destroyed.
struct Codec
{
    jpeg_decompress_struct in{};
    jpeg_progress_mgr progress{};
    jpeg_compress_struct out{};
    ErrorManager inErr{};
    ErrorManager outErr{};
    bool inCreated = false;
    bool outCreated = false;
    unsigned char *buffer = nullptr;
    unsigned long bufferSize = 0;
    std::vector<JSAMPLE> row;

    ~Codec()
    {
        if (outCreated)
            jpeg_destroy_compress(&out);
        if (inCreated)
            jpeg_destroy_decompress(&in);
        std::free(buffer);
    }
};

// Called by libjpeg while it reads the scans: stops a file with more scans than any camera writes.
void onProgress(j_common_ptr info)
{
    auto *in = reinterpret_cast<j_decompress_ptr>(info);
    if (in->input_scan_number > kMaxScans) {
        auto *err = reinterpret_cast<ErrorManager *>(info->err);
        std::snprintf(err->message, sizeof err->message, "it has more than %d scans", kMaxScans);
        std::longjmp(err->jump, 1);
    }
}

// CMYK (or YCCK, which libjpeg turns into CMYK) to RGB, in place: the row keeps its first 3/4. Adobe's
// applications (the only common writers of CMYK JPEGs, marked by an Adobe segment) store the inks inverted.
void cmykToRgb(std::vector<JSAMPLE> &row, JDIMENSION width, bool inverted)
{
    for (JDIMENSION x = 0; x < width; ++x) {
        int c = row[4 * x], m = row[4 * x + 1], y = row[4 * x + 2], k = row[4 * x + 3];
        if (!inverted) {
            c = 255 - c;
            m = 255 - m;
            y = 255 - y;
            k = 255 - k;
        }
        row[3 * x] = static_cast<JSAMPLE>(c * k / 255);
        row[3 * x + 1] = static_cast<JSAMPLE>(m * k / 255);
        row[3 * x + 2] = static_cast<JSAMPLE>(y * k / 255);
    }
}

} // namespace

std::string sniffImageType(const std::string &bytes)
{
    if (startsWith(bytes, {0xFF, 0xD8, 0xFF}))
        return "jpeg";
    if (startsWith(bytes, {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
        return "png";
    if (startsWith(bytes, {'G', 'I', 'F', '8'}))
        return "gif";
    if (startsWith(bytes, {'R', 'I', 'F', 'F'}) && startsWith(bytes, {'W', 'E', 'B', 'P'}, 8))
        return "webp";
    if (startsWith(bytes, {'f', 't', 'y', 'p'}, 4))
        return "heic";
    if (startsWith(bytes, {'I', 'I', 0x2A, 0x00}) || startsWith(bytes, {'M', 'M', 0x00, 0x2A}))
        return "tiff";
    return {};
}

ImageResult reencodeJpeg(const std::string &bytes, const ImageLimits &limits, int quality)
{
    const auto type = sniffImageType(bytes);
    if (type.empty())
        return failure(415, "not_an_image",
                       "The file is not an image (its first bytes are no image format's).");
    if (type != "jpeg")
        return failure(415, "unsupported_type", "The file is a " + type + " image; only JPEG is accepted.");

    // On the heap: after a longjmp only memory, never a register-held local, is read again.
    const auto holder = std::make_unique<Codec>();
    Codec &c = *holder;
    c.in.err = jpeg_std_error(&c.inErr.pub);
    c.inErr.pub.error_exit = onError;
    c.inErr.pub.emit_message = onMessage;
    c.out.err = jpeg_std_error(&c.outErr.pub);
    c.outErr.pub.error_exit = onError;
    c.outErr.pub.emit_message = onMessage;

    if (setjmp(c.inErr.jump))
        return failure(422, "corrupt_image",
                       std::string("The JPEG cannot be decoded: ") + c.inErr.message + ".");
    if (setjmp(c.outErr.jump))
        return failure(422, "corrupt_image",
                       std::string("The JPEG cannot be re-encoded: ") + c.outErr.message + ".");

    jpeg_create_decompress(&c.in);
    c.inCreated = true;
    c.progress.progress_monitor = onProgress;
    c.in.progress = &c.progress;
    jpeg_mem_src(&c.in, reinterpret_cast<const unsigned char *>(bytes.data()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&c.in, TRUE);
    const auto width = static_cast<std::int64_t>(c.in.image_width);
    const auto height = static_cast<std::int64_t>(c.in.image_height);
    if (width > limits.maxEdge || height > limits.maxEdge || width * height > limits.maxPixels)
        return failure(422, "too_large_dimensions",
                       "The photo is " + std::to_string(width) + " x " + std::to_string(height) +
                           " pixels; at most " + std::to_string(limits.maxEdge) +
                           " pixels on the longest side and " + std::to_string(limits.maxPixels / 1'000'000) +
                           " megapixels are accepted.");
    const bool gray = c.in.jpeg_color_space == JCS_GRAYSCALE;
    // Print files come in CMYK: decoded as CMYK and turned into RGB here (libjpeg converts only to CMYK).
    const bool cmyk = c.in.jpeg_color_space == JCS_CMYK || c.in.jpeg_color_space == JCS_YCCK;
    c.in.out_color_space = gray ? JCS_GRAYSCALE : cmyk ? JCS_CMYK : JCS_RGB;
    jpeg_start_decompress(&c.in);

    jpeg_create_compress(&c.out);
    c.outCreated = true;
    jpeg_mem_dest(&c.out, &c.buffer, &c.bufferSize);
    c.out.image_width = c.in.output_width;
    c.out.image_height = c.in.output_height;
    c.out.input_components = gray ? 1 : 3;
    c.out.in_color_space = gray ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&c.out);
    jpeg_set_quality(&c.out, quality, TRUE);
    c.out.optimize_coding = TRUE;
    c.out.write_JFIF_header = TRUE;
    jpeg_start_compress(&c.out, TRUE);

    // Row by row: the whole picture is never in memory twice.
    c.row.resize(static_cast<std::size_t>(c.in.output_width) *
                 static_cast<std::size_t>(c.in.output_components));
    JSAMPROW rows[1] = {c.row.data()};
    while (c.in.output_scanline < c.in.output_height) {
        if (jpeg_read_scanlines(&c.in, rows, 1) != 1)
            return failure(422, "corrupt_image", "The JPEG ends before its last row.");
        if (c.inErr.warned)
            return failure(422, "corrupt_image", std::string("The JPEG is damaged: ") + c.inErr.message + ".");
        if (cmyk)
            cmykToRgb(c.row, c.in.output_width, c.in.saw_Adobe_marker);
        jpeg_write_scanlines(&c.out, rows, 1);
    }
    jpeg_finish_decompress(&c.in);
    if (c.inErr.warned)
        return failure(422, "corrupt_image", std::string("The JPEG is damaged: ") + c.inErr.message + ".");
    jpeg_finish_compress(&c.out);

    ImageResult r;
    r.ok = true;
    r.width = static_cast<int>(width);
    r.height = static_cast<int>(height);
    r.jpeg.assign(reinterpret_cast<const char *>(c.buffer), c.bufferSize);
    return r;
}

} // namespace caravan::photos
