#pragma once

#include <cstdint>
#include <optional>
#include <string>

// Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): after a successful
// sign-in the browser or the desktop app gets a token naming the account, signed with a server secret and
// expiring. A sign-in that carries a valid one for the account it names is from a device the account's
// owner has used, and gets its own hashing lane (accounts/account_service.h). Nothing is stored: the token
// is "<user id>.<expires at>.<nonce>.<HMAC-SHA256 of the three, hex>".
namespace caravan::accounts {

struct DeviceToken
{
    std::string userId;
    std::int64_t expiresAt = 0; // Unix seconds
};

// A new token for `userId`, valid until `expiresAt`, with a fresh random nonce.
std::string makeDeviceToken(const std::string &secret, const std::string &userId, std::int64_t expiresAt);
// The same with a given nonce (tests forge tokens with it).
std::string makeDeviceToken(const std::string &secret, const std::string &userId, std::int64_t expiresAt,
                            const std::string &nonce);
// What a token says, if its signature is the server's and it has not expired at `now`; nothing for
// anything else (malformed, too long, forged, expired).
std::optional<DeviceToken> readDeviceToken(const std::string &secret, const std::string &token,
                                           std::int64_t now);

} // namespace caravan::accounts
