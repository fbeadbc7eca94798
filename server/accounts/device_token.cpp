#include "accounts/device_token.h"

#include "accounts/crypto.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace caravan::accounts {

namespace {

constexpr std::size_t kMaxTokenBytes = 256;

std::string signature(const std::string &secret, const std::string &userId, const std::string &expiresAt,
                      const std::string &nonce)
{
    // The purpose first, so no other HMAC the server makes with a secret can stand in for this one.
    return hmacSha256Hex(secret, "caravan device cookie v1\n" + userId + "\n" + expiresAt + "\n" + nonce);
}

bool tokenPart(const std::string &s)
{
    return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](unsigned char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_';
    });
}

} // namespace

std::string makeDeviceToken(const std::string &secret, const std::string &userId, std::int64_t expiresAt,
                            const std::string &nonce)
{
    const auto expires = std::to_string(expiresAt);
    return userId + "." + expires + "." + nonce + "." + signature(secret, userId, expires, nonce);
}

std::string makeDeviceToken(const std::string &secret, const std::string &userId, std::int64_t expiresAt)
{
    return makeDeviceToken(secret, userId, expiresAt, randomToken(16));
}

std::optional<DeviceToken> readDeviceToken(const std::string &secret, const std::string &token,
                                           std::int64_t now)
{
    if (token.empty() || token.size() > kMaxTokenBytes)
        return std::nullopt;
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto dot = token.find('.', start);
        parts.push_back(token.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    if (parts.size() != 4 || !std::all_of(parts.begin(), parts.end(), tokenPart))
        return std::nullopt;
    const auto &expires = parts[1];
    std::int64_t expiresAt = 0;
    const auto [end, error] = std::from_chars(expires.data(), expires.data() + expires.size(), expiresAt);
    if (error != std::errc() || end != expires.data() + expires.size())
        return std::nullopt;
    if (!constantTimeEquals(signature(secret, parts[0], expires, parts[2]), parts[3]))
        return std::nullopt;
    if (now >= expiresAt)
        return std::nullopt;
    return DeviceToken{parts[0], expiresAt};
}

} // namespace caravan::accounts
