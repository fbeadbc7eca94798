// Issue 13, "an upload corpus": files an attacker (or an unlucky seller) sends as a photo. Each is refused
// with its reason or stored re-encoded, as docs/photos.md ("Uploads on the server") lists. The inputs
// are made here with libjpeg rather than kept as binaries.
#include "accounts/crypto.h"
#include "store/photo_files.h"
#include "test_sync_helpers.h"

#include <csetjmp>
#include <cstdio>
#include <memory>
#include <jpeglib.h>

using namespace caravan::test;
using namespace caravan::test::sync;

namespace {

enum class Kind { Rgb, Gray, Cmyk, Ycck };

// A w x h JPEG: a red square on blue, so a decoded copy shows whether the colours survived.
std::string makeJpeg(int w, int h, Kind kind = Kind::Rgb, bool progressive = false)
{
    jpeg_compress_struct c{};
    jpeg_error_mgr err{};
    c.err = jpeg_std_error(&err);
    jpeg_create_compress(&c);
    unsigned char *buffer = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&c, &buffer, &size);
    c.image_width = static_cast<JDIMENSION>(w);
    c.image_height = static_cast<JDIMENSION>(h);
    const bool ink = kind == Kind::Cmyk || kind == Kind::Ycck;
    c.input_components = kind == Kind::Gray ? 1 : ink ? 4 : 3;
    c.in_color_space = kind == Kind::Gray ? JCS_GRAYSCALE : ink ? JCS_CMYK : JCS_RGB;
    jpeg_set_defaults(&c);
    if (kind == Kind::Ycck)
        jpeg_set_colorspace(&c, JCS_YCCK);
    jpeg_set_quality(&c, 90, TRUE);
    if (progressive)
        jpeg_simple_progression(&c);
    jpeg_start_compress(&c, TRUE);
    std::vector<JSAMPLE> row(static_cast<std::size_t>(w * c.input_components));
    while (c.next_scanline < c.image_height) {
        for (int x = 0; x < w; ++x) {
            const bool red = x < w / 2 && static_cast<int>(c.next_scanline) < h / 2;
            JSAMPLE *p = &row[static_cast<std::size_t>(x * c.input_components)];
            if (kind == Kind::Gray) {
                p[0] = red ? 200 : 40;
            } else if (ink) { // Adobe's inverted inks (libjpeg writes the Adobe segment): 255 = no ink
                p[0] = red ? 255 : 0;   // cyan: none for red, full for blue
                p[1] = red ? 0 : 0;     // magenta: full for both
                p[2] = red ? 0 : 255;   // yellow: full for red, none for blue
                p[3] = 255;             // no black
            } else {
                p[0] = red ? 220 : 20;
                p[1] = 20;
                p[2] = red ? 20 : 220;
            }
        }
        JSAMPROW rows[1] = {row.data()};
        jpeg_write_scanlines(&c, rows, 1);
    }
    jpeg_finish_compress(&c);
    std::string out(reinterpret_cast<const char *>(buffer), size);
    jpeg_destroy_compress(&c);
    std::free(buffer);
    return out;
}

struct Decoded
{
    bool ok = false;
    int width = 0, height = 0, components = 0;
    bool progressive = false;
    std::vector<unsigned char> pixels; // RGB or gray, row by row
};

struct Decoder
{
    jpeg_error_mgr pub{}; // first: libjpeg hands the error callback a pointer to it
    jpeg_decompress_struct d{};
    std::jmp_buf jump{};
    bool created = false;
    ~Decoder()
    {
        if (created)
            jpeg_destroy_decompress(&d);
    }
};

[[noreturn]] void decodeFailed(j_common_ptr info)
{
    std::longjmp(reinterpret_cast<Decoder *>(info->err)->jump, 1);
}

// Decodes a JPEG the way a browser would (RGB or gray); ok = false if libjpeg gives up.
Decoded decode(const std::string &bytes)
{
    // On the heap, as in server/photos: after a longjmp only memory is read again.
    const auto holder = std::make_unique<Decoder>();
    auto out = std::make_unique<Decoded>();
    Decoder &k = *holder;
    k.d.err = jpeg_std_error(&k.pub);
    k.pub.error_exit = decodeFailed;
    if (setjmp(k.jump))
        return {};
    jpeg_create_decompress(&k.d);
    k.created = true;
    jpeg_mem_src(&k.d, reinterpret_cast<const unsigned char *>(bytes.data()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&k.d, TRUE);
    out->progressive = jpeg_has_multiple_scans(&k.d);
    jpeg_start_decompress(&k.d);
    out->width = static_cast<int>(k.d.output_width);
    out->height = static_cast<int>(k.d.output_height);
    out->components = k.d.output_components;
    out->pixels.resize(static_cast<std::size_t>(out->width) * out->height * out->components);
    while (k.d.output_scanline < k.d.output_height) {
        JSAMPROW rows[1] = {&out->pixels[static_cast<std::size_t>(k.d.output_scanline) * out->width *
                                         out->components]};
        jpeg_read_scanlines(&k.d, rows, 1);
    }
    jpeg_finish_decompress(&k.d);
    out->ok = true;
    return *out;
}

// The RGB of the pixel at (x, y) of a decoded colour picture.
std::array<int, 3> rgbAt(const Decoded &img, int x, int y)
{
    const auto at = static_cast<std::size_t>((y * img.width + x) * 3);
    return {img.pixels[at], img.pixels[at + 1], img.pixels[at + 2]};
}

// The offset of the header segment `code` (its 0xFF), walking the segments from the start of image up to
// the first scan; npos if there is none.
std::size_t findMarker(const std::string &jpeg, unsigned char code)
{
    std::size_t at = 2;
    while (at + 4 <= jpeg.size() && static_cast<unsigned char>(jpeg[at]) == 0xFF) {
        const auto marker = static_cast<unsigned char>(jpeg[at + 1]);
        if (marker == code)
            return at;
        if (marker == 0xDA)
            break;
        at += 2 + (static_cast<unsigned char>(jpeg[at + 2]) << 8 | static_cast<unsigned char>(jpeg[at + 3]));
    }
    return std::string::npos;
}

// The upload as the app sends it: the whole photo in one request (chunks beyond 1 MiB in order).
HttpResponse upload(TestServer &ts, const Seller &s, const std::string &bytes)
{
    const auto sha = caravan::accounts::sha256Hex(bytes);
    constexpr std::size_t chunk = 1024 * 1024;
    HttpResponse r;
    std::size_t at = 0;
    do {
        Client c(ts.port());
        r = c.request("PUT",
                      "/api/v1/photos/" + sha + "/upload?offset=" + std::to_string(at) +
                          "&total=" + std::to_string(bytes.size()),
                      bytes.substr(at, chunk), "application/octet-stream", s.auth());
        at += chunk;
    } while (r.status == 200 && at < bytes.size());
    return r;
}

std::string errorOf(const HttpResponse &r)
{
    return json::parse(r.body).value("error", "");
}

std::optional<std::string> stored(TestServer &ts, const std::string &bytes)
{
    return caravan::store::PhotoFiles(ts.env().dataDir() / "photos").read(caravan::accounts::sha256Hex(bytes));
}

// A refused upload leaves nothing behind: the server still misses the photo and has no file of it.
void requireNothingKept(TestServer &ts, const Seller &s, const std::string &bytes)
{
    const auto sha = caravan::accounts::sha256Hex(bytes);
    Client c(ts.port());
    const auto r = c.postJson("/api/v1/photos/missing", json{{"hashes", {sha}}}.dump(), s.auth());
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body).at("missing") == json::array({sha}));
    CHECK_FALSE(stored(ts, bytes));
}

} // namespace

TEST_CASE("upload corpus: hostile and unusual files are refused or stored re-encoded", "[photos][security]")
{
    TestServer ts;
    const auto mei = makeSeller(ts, "mei@example.org");
    const auto photo = makeJpeg(64, 48);
    REQUIRE(decode(photo).ok);

    SECTION("a JPEG that is also an HTML page is stored re-encoded, without the page")
    {
        const std::string page = "<html><body><script>alert(document.cookie)</script></body></html>";
        // The page in a comment segment right after the start marker, and again after the end marker.
        const auto len = page.size() + 2;
        const auto polyglot = photo.substr(0, 2) +
                              std::string{char(0xFF), char(0xFE), char(len >> 8), char(len & 0xFF)} + page +
                              photo.substr(2) + page;
        REQUIRE(decode(polyglot).ok);
        const auto r = upload(ts, mei, polyglot);
        INFO(r.body);
        REQUIRE(r.status == 200);
        CHECK(json::parse(r.body).at("complete") == true);
        const auto kept = stored(ts, polyglot);
        REQUIRE(kept);
        CHECK(kept->find("<script") == std::string::npos);
        CHECK(kept->find("<html") == std::string::npos);
        const auto img = decode(*kept);
        REQUIRE(img.ok);
        CHECK(img.width == 64);
        CHECK(img.height == 48);
    }

    SECTION("a pixel flood (a tiny file whose header claims 50000 x 50000 pixels) is refused from the header")
    {
        auto flood = makeJpeg(16, 16);
        const auto sof = findMarker(flood, 0xC0);
        REQUIRE(sof != std::string::npos);
        for (std::size_t i = sof + 5; i < sof + 9; i += 2) { // height, then width: 50000 = 0xC350
            flood[i] = char(0xC3);
            flood[i + 1] = char(0x50);
        }
        CHECK(flood.size() < 1024);
        auto r = upload(ts, mei, flood);
        CHECK(r.status == 422);
        CHECK(errorOf(r) == "too_large_dimensions");
        CHECK_THAT(r.body, Catch::Contains("50000 x 50000"));
        requireNothingKept(ts, mei, flood);
        // Beyond 65500 on a side libjpeg itself refuses the header.
        for (std::size_t i = sof + 5; i < sof + 9; ++i)
            flood[i] = char(0xFF);
        r = upload(ts, mei, flood);
        CHECK(r.status == 422);
        CHECK(errorOf(r) == "corrupt_image");
        CHECK_THAT(r.body, Catch::Contains("65500"));
        requireNothingKept(ts, mei, flood);
    }

    SECTION("a thin strip one pixel over the longest edge (16 x 4097) is refused from the header")
    {
        auto flood = makeJpeg(16, 16);
        const auto sof = findMarker(flood, 0xC0);
        REQUIRE(sof != std::string::npos);
        flood[sof + 5] = char(0x10), flood[sof + 6] = char(0x01); // height 4097
        flood[sof + 7] = char(0x00), flood[sof + 8] = char(0x10); // width 16
        const auto r = upload(ts, mei, flood);
        CHECK(r.status == 422);
        CHECK(errorOf(r) == "too_large_dimensions");
        requireNothingKept(ts, mei, flood);
    }

    SECTION("a truncated JPEG is refused: cut in the data, and only the end marker missing")
    {
        const auto big = makeJpeg(256, 256, Kind::Rgb);
        for (const auto &cut : {big.substr(0, big.size() / 2), big.substr(0, big.size() - 2),
                                big.substr(0, findMarker(big, 0xDA) + 4)}) {
            const auto r = upload(ts, mei, cut);
            INFO(r.body);
            CHECK(r.status == 422);
            CHECK(errorOf(r) == "corrupt_image");
            requireNothingKept(ts, mei, cut);
        }
    }

    SECTION("fake magic bytes: a JPEG start marker in front of something else is refused")
    {
        const std::string script = std::string("\xFF\xD8\xFF\xE0", 4) + "<?php system($_GET['c']); ?>";
        auto r = upload(ts, mei, script);
        CHECK(r.status == 422);
        CHECK(errorOf(r) == "corrupt_image");
        requireNothingKept(ts, mei, script);
        // Other formats' magic: 415 with the type named; HTML and anything else: not an image.
        const std::string gif = "GIF89a<script>alert(1)</script>";
        r = upload(ts, mei, gif);
        CHECK(r.status == 415);
        CHECK(errorOf(r) == "unsupported_type");
        const std::string html = "<!DOCTYPE html><html><script>alert(1)</script></html>";
        r = upload(ts, mei, html);
        CHECK(r.status == 415);
        CHECK(errorOf(r) == "not_an_image");
        requireNothingKept(ts, mei, html);
    }

    SECTION("CMYK and YCCK JPEGs are stored as RGB with their colours")
    {
        for (const auto kind : {Kind::Cmyk, Kind::Ycck}) {
            const auto cmyk = makeJpeg(64, 48, kind);
            const auto r = upload(ts, mei, cmyk);
            INFO(r.body);
            REQUIRE(r.status == 200);
            const auto kept = stored(ts, cmyk);
            REQUIRE(kept);
            const auto img = decode(*kept);
            REQUIRE(img.ok);
            CHECK(img.components == 3);
            CHECK(img.width == 64);
            const auto red = rgbAt(img, 8, 8);
            const auto blue = rgbAt(img, 56, 40);
            CHECK(red[0] > 200);
            CHECK(red[2] < 60);
            CHECK(blue[2] > 200);
            CHECK(blue[0] < 60);
        }
    }

    SECTION("a progressive JPEG is stored re-encoded as a baseline JPEG")
    {
        const auto progressive = makeJpeg(120, 80, Kind::Rgb, true);
        REQUIRE(decode(progressive).progressive);
        const auto r = upload(ts, mei, progressive);
        INFO(r.body);
        REQUIRE(r.status == 200);
        const auto kept = stored(ts, progressive);
        REQUIRE(kept);
        const auto img = decode(*kept);
        REQUIRE(img.ok);
        CHECK_FALSE(img.progressive);
        CHECK(img.width == 120);
        CHECK(img.height == 80);
        CHECK(rgbAt(img, 10, 10)[0] > 180);
    }

    SECTION("a progressive JPEG with hundreds of scans is refused before they are decoded")
    {
        const auto progressive = makeJpeg(64, 64, Kind::Gray, true);
        // Repeat the last scan (its header and data, up to the end marker) 300 times.
        std::size_t lastScan = std::string::npos;
        for (auto at = findMarker(progressive, 0xDA); at != std::string::npos;
             at = progressive.find(std::string("\xFF\xDA", 2), at + 2))
            lastScan = at;
        REQUIRE(lastScan != std::string::npos);
        const auto scan = progressive.substr(lastScan, progressive.size() - 2 - lastScan);
        std::string bomb = progressive.substr(0, progressive.size() - 2);
        for (int i = 0; i < 300; ++i)
            bomb += scan;
        bomb += "\xFF\xD9";
        const auto r = upload(ts, mei, bomb);
        INFO(r.body);
        CHECK(r.status == 422);
        CHECK(errorOf(r) == "corrupt_image");
        CHECK_THAT(r.body, Catch::Contains("scans"));
        requireNothingKept(ts, mei, bomb);
    }

    SECTION("a 0-byte file is refused")
    {
        Client c(ts.port());
        const auto r = c.request("PUT", "/api/v1/photos/" + caravan::accounts::sha256Hex("") + "/upload?offset=0&total=0",
                                 "", "application/octet-stream", mei.auth());
        CHECK(r.status == 400);
        CHECK(errorOf(r) == "empty_photo");
        requireNothingKept(ts, mei, "");
    }

    SECTION("12 MiB + 1 byte is refused at its first chunk, before anything is stored")
    {
        std::string huge = makeJpeg(64, 48);
        huge.resize(12 * 1024 * 1024 + 1, '\0');
        const auto r = upload(ts, mei, huge);
        CHECK(r.status == 413);
        CHECK(errorOf(r) == "photo_too_large");
        requireNothingKept(ts, mei, huge);
        Client c(ts.port());
        const auto status = c.get("/api/v1/photos/" + caravan::accounts::sha256Hex(huge) + "/upload", mei.auth());
        CHECK(json::parse(status.body).at("offset") == 0);
        // Exactly 12 MiB is within the limit and is then judged as a picture: bytes after the end marker
        // are never read, and the re-encoding drops them.
        huge.pop_back();
        const auto atLimit = upload(ts, mei, huge);
        INFO(atLimit.body);
        CHECK(atLimit.status == 200);
        const auto kept = stored(ts, huge);
        REQUIRE(kept);
        CHECK(kept->size() < 64 * 1024);
    }
}
