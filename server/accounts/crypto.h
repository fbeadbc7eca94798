#pragma once

#include <string>
#include <string_view>

// Small wrappers over libsodium: randomness, hashing, HMAC and constant-time comparison.
namespace caravan::accounts {

// Initialises libsodium once; every function below calls it.
void ensureSodium();

// `bytes` random bytes from the OS CSPRNG, as unpadded URL-safe base64.
std::string randomToken(std::size_t bytes = 32);
std::string sha256Hex(std::string_view data);
// The SHA-256 of `data` in standard, padded base64 (as the Repr-Digest header of RFC 9530 carries it).
std::string sha256Base64(std::string_view data);
std::string hmacSha256Hex(std::string_view key, std::string_view message);
bool constantTimeEquals(std::string_view a, std::string_view b);

} // namespace caravan::accounts
