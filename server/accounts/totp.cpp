#include "accounts/totp.h"

#include "accounts/crypto.h"

#include <Poco/HMACEngine.h>
#include <Poco/SHA1Engine.h>
#include <array>
#include <sodium.h>

namespace caravan::accounts::totp {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int base32Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}

// Poco's HMACEngine takes its key as a std::string and the message through update().
class HmacSha1 : public Poco::HMACEngine<Poco::SHA1Engine>
{
public:
    explicit HmacSha1(std::string_view key)
        : Poco::HMACEngine<Poco::SHA1Engine>(std::string(key))
    {}
};

std::string percentEncode(std::string_view text)
{
    static const char *hex = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
            c == '.' || c == '_' || c == '~' || c == '@') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

} // namespace

std::string base32Encode(std::string_view bytes, bool pad)
{
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const unsigned char b : bytes) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 5) {
            out += kAlphabet[(buffer >> (bits - 5)) & 31];
            bits -= 5;
        }
    }
    if (bits > 0)
        out += kAlphabet[(buffer << (5 - bits)) & 31];
    if (pad)
        while (out.size() % 8 != 0)
            out += '=';
    return out;
}

std::optional<std::string> base32Decode(std::string_view text)
{
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t symbols = 0;
    bool padding = false;
    for (const char c : text) {
        if (c == ' ')
            continue;
        if (c == '=') {
            padding = true;
            continue;
        }
        const int v = base32Value(c);
        if (v < 0 || padding) // an unknown character, or a symbol after the padding
            return std::nullopt;
        ++symbols;
        buffer = (buffer << 5) | static_cast<std::uint32_t>(v);
        bits += 5;
        if (bits >= 8) {
            out += static_cast<char>((buffer >> (bits - 8)) & 0xFF);
            bits -= 8;
        }
    }
    // A final group of 1, 3 or 6 symbols cannot come from whole bytes; leftover bits must be zero.
    const auto tail = symbols % 8;
    if (tail == 1 || tail == 3 || tail == 6)
        return std::nullopt;
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

std::string newSecret()
{
    ensureSodium();
    std::string secret(kSecretBytes, '\0');
    randombytes_buf(secret.data(), secret.size());
    return secret;
}

std::string hotp(std::string_view secret, std::uint64_t counter, int digits)
{
    std::array<unsigned char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[static_cast<std::size_t>(i)] = static_cast<unsigned char>(counter & 0xFF);
        counter >>= 8;
    }
    HmacSha1 hmac(secret);
    hmac.update(message.data(), message.size());
    const auto &mac = hmac.digest();
    // Dynamic truncation (RFC 4226, 5.3).
    const std::size_t offset = mac.back() & 0x0F;
    const std::uint32_t binary = (std::uint32_t(mac[offset] & 0x7F) << 24) |
                                 (std::uint32_t(mac[offset + 1]) << 16) | (std::uint32_t(mac[offset + 2]) << 8) |
                                 std::uint32_t(mac[offset + 3]);
    std::uint32_t modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    std::string code = std::to_string(binary % modulus);
    return std::string(static_cast<std::size_t>(digits) - code.size(), '0') + code;
}

std::int64_t stepAt(std::int64_t unixSeconds)
{
    return unixSeconds >= 0 ? unixSeconds / kStepSeconds : -((-unixSeconds + kStepSeconds - 1) / kStepSeconds);
}

std::string codeAt(std::string_view secret, std::int64_t unixSeconds, int digits)
{
    return hotp(secret, static_cast<std::uint64_t>(stepAt(unixSeconds)), digits);
}

bool isWellFormed(std::string_view code)
{
    if (code.size() != static_cast<std::size_t>(kDigits))
        return false;
    for (const char c : code)
        if (c < '0' || c > '9')
            return false;
    return true;
}

std::optional<std::int64_t> verify(std::string_view secret, std::string_view code, std::int64_t now,
                                   std::int64_t lastAcceptedStep)
{
    if (!isWellFormed(code))
        return std::nullopt;
    const auto current = stepAt(now);
    std::optional<std::int64_t> found;
    // Every candidate is computed and compared, so the time taken does not tell which one matched.
    for (std::int64_t step = current - 1; step <= current + 1; ++step) {
        if (step < 0)
            continue;
        const bool match = constantTimeEquals(hotp(secret, static_cast<std::uint64_t>(step)), code);
        if (match && step > lastAcceptedStep && !found)
            found = step;
    }
    return found;
}

std::string otpauthUri(std::string_view secret, const std::string &account, const std::string &issuer)
{
    return "otpauth://totp/" + percentEncode(issuer) + ":" + percentEncode(account) +
           "?secret=" + base32Encode(secret, false) + "&issuer=" + percentEncode(issuer) +
           "&algorithm=SHA1&digits=" + std::to_string(kDigits) + "&period=" + std::to_string(kStepSeconds);
}

} // namespace caravan::accounts::totp
