// The staff second factor's building blocks: TOTP (RFC 6238) over HOTP (RFC 4226), RFC 4648 base32, the
// sealed secrets and the enrolment QR code. Fixed times only: nothing here reads the clock.
#include "accounts/qr_code.h"
#include "accounts/crypto.h"
#include "accounts/secret_box.h"
#include "accounts/totp.h"

#include <catch2/catch.hpp>

using namespace caravan::accounts;

TEST_CASE("TOTP: the RFC 6238 Appendix B SHA-1 vectors", "[totp]")
{
    const std::string secret = "12345678901234567890";
    const std::vector<std::pair<std::int64_t, std::string>> vectors{
        {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
        {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"}};
    for (const auto &[time, code] : vectors) {
        INFO(time);
        CHECK(totp::codeAt(secret, time, 8) == code);
    }
    // The six-digit codes the app reads are the last six of the same numbers.
    CHECK(totp::codeAt(secret, 59) == "287082");
    CHECK(totp::stepAt(59) == 1);
    CHECK(totp::stepAt(1111111109) == 37037036);
}

TEST_CASE("HOTP: the RFC 4226 Appendix D values", "[totp]")
{
    const std::string secret = "12345678901234567890";
    const std::vector<std::string> codes{"755224", "287082", "359152", "969429", "338314",
                                         "254676", "287922", "162583", "399871", "520489"};
    for (std::size_t i = 0; i < codes.size(); ++i)
        CHECK(totp::hotp(secret, i) == codes[i]);
}

TEST_CASE("base32: the RFC 4648 test vectors, both ways", "[totp]")
{
    const std::vector<std::pair<std::string, std::string>> vectors{
        {"", ""},
        {"f", "MY======"},
        {"fo", "MZXQ===="},
        {"foo", "MZXW6==="},
        {"foob", "MZXW6YQ="},
        {"fooba", "MZXW6YTB"},
        {"foobar", "MZXW6YTBOI======"}};
    for (const auto &[plain, encoded] : vectors) {
        INFO(plain);
        CHECK(totp::base32Encode(plain) == encoded);
        CHECK(totp::base32Decode(encoded) == plain);
        // Without padding, in lower case, in groups with spaces: what people type.
        auto bare = encoded.substr(0, encoded.find('='));
        CHECK(totp::base32Encode(plain, false) == bare);
        std::string lower;
        for (const char c : bare)
            lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        CHECK(totp::base32Decode(lower) == plain);
    }
    CHECK(totp::base32Decode("MZXW 6YTB") == std::string("fooba"));
    CHECK_FALSE(totp::base32Decode("MZXW1YTB")); // 1 is not in the alphabet
    CHECK_FALSE(totp::base32Decode("M"));        // no whole byte
    CHECK_FALSE(totp::base32Decode("MZ=XW"));    // symbols after padding
    CHECK_FALSE(totp::base32Decode("MZ"));       // leftover bits that are not zero
    const auto secret = totp::newSecret();
    CHECK(secret.size() == 20);
    CHECK(totp::base32Decode(totp::base32Encode(secret, false)) == secret);
    CHECK(totp::newSecret() != secret);
}

TEST_CASE("TOTP verification: one step of drift either way, each step once, only six digits", "[totp]")
{
    const std::string secret = "12345678901234567890";
    const std::int64_t now = 1111111111; // step 37037037
    const auto step = totp::stepAt(now);
    CHECK(totp::verify(secret, totp::codeAt(secret, now), now, 0) == step);
    CHECK(totp::verify(secret, totp::codeAt(secret, now - 30), now, 0) == step - 1);
    CHECK(totp::verify(secret, totp::codeAt(secret, now + 30), now, 0) == step + 1);
    CHECK_FALSE(totp::verify(secret, totp::codeAt(secret, now - 60), now, 0));
    CHECK_FALSE(totp::verify(secret, totp::codeAt(secret, now + 60), now, 0));
    // A step once accepted, and every step before it, is never accepted again.
    CHECK_FALSE(totp::verify(secret, totp::codeAt(secret, now), now, step));
    CHECK_FALSE(totp::verify(secret, totp::codeAt(secret, now - 30), now, step));
    CHECK(totp::verify(secret, totp::codeAt(secret, now + 30), now, step) == step + 1);
    // Another secret's code, and anything that is not six digits, is refused.
    CHECK_FALSE(totp::verify("another secret of 20b", totp::codeAt(secret, now), now, 0));
    for (const std::string bad : {"", "12345", "1234567", "12345a", " 123456", "１２３４５６"})
        CHECK_FALSE(totp::verify(secret, bad, now, 0));
}

TEST_CASE("otpauth URI: issuer Caravan, the account's address, the secret in base32", "[totp]")
{
    const std::string secret = "12345678901234567890";
    CHECK(totp::otpauthUri(secret, "help+desk@caravan.example") ==
          "otpauth://totp/Caravan:help%2Bdesk@caravan.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
          "&issuer=Caravan&algorithm=SHA1&digits=6&period=30");
}

TEST_CASE("sealed secrets open only with their key and for their user", "[totp]")
{
    const auto key = randomToken(32);
    const SecretBox box(key);
    const auto sealed = box.seal("user-1", "12345678901234567890");
    CHECK(sealed.find("1234567890") == std::string::npos);
    CHECK(box.open("user-1", sealed) == std::string("12345678901234567890"));
    CHECK(box.seal("user-1", "12345678901234567890") != sealed); // a fresh nonce each time
    CHECK_FALSE(box.open("user-2", sealed));
    CHECK_FALSE(SecretBox(randomToken(32)).open("user-1", sealed));
    auto changed = sealed;
    changed[changed.size() / 2] = changed[changed.size() / 2] == 'A' ? 'B' : 'A';
    CHECK_FALSE(box.open("user-1", changed));
    CHECK_FALSE(box.open("user-1", "not base64 at all!"));
    CHECK_THROWS(SecretBox("too short"));
}

TEST_CASE("the enrolment QR code has QR's shape: finder patterns in three corners", "[totp]")
{
    const auto uri = totp::otpauthUri("12345678901234567890", "help@caravan.example");
    const auto modules = qrModules(uri);
    const auto n = modules.size();
    REQUIRE(n >= 21);
    CHECK((n - 17) % 4 == 0); // version v is 17 + 4v modules wide
    for (const auto &row : modules)
        CHECK(row.size() == n);
    // A finder pattern: a dark 7x7 ring, a light ring inside, a dark 3x3 core.
    const auto finder = [&](std::size_t x0, std::size_t y0) {
        for (std::size_t y = 0; y < 7; ++y)
            for (std::size_t x = 0; x < 7; ++x) {
                const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
                const bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
                if (modules[y0 + y][x0 + x] != (ring || core))
                    return false;
            }
        return true;
    };
    CHECK(finder(0, 0));
    CHECK(finder(n - 7, 0));
    CHECK(finder(0, n - 7));
    CHECK_FALSE(finder(n - 7, n - 7)); // the fourth corner has none
    const auto svg = qrSvg(uri);
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(svg.find("<path fill=\"#000000\" d=\"M16 16h4v4h-4z") != std::string::npos); // the first module
    const auto text = qrTerminal(uri);
    CHECK(std::count(text.begin(), text.end(), '\n') == static_cast<long>((n + 8 + 1) / 2));
}
