#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP, HMAC-SHA1) for the staff second factor,
// and the RFC 4648 base32 that authenticator apps read the secret in.
namespace caravan::accounts::totp {

constexpr std::int64_t kStepSeconds = 30;
constexpr int kDigits = 6;
constexpr std::size_t kSecretBytes = 20; // 160 bits, RFC 4226's recommendation for HMAC-SHA1

// RFC 4648 base32 (alphabet A-Z 2-7) with '=' padding when `pad`; authenticator URIs leave it out.
std::string base32Encode(std::string_view bytes, bool pad = true);
// Decodes RFC 4648 base32: upper or lower case, padding optional; spaces are ignored (people type the
// secret in groups). Nothing for any other character or an impossible length.
std::optional<std::string> base32Decode(std::string_view text);

// A new secret: kSecretBytes from libsodium's randombytes_buf.
std::string newSecret();

// HOTP (RFC 4226): the `digits`-digit code of `counter`, zero-padded.
std::string hotp(std::string_view secret, std::uint64_t counter, int digits = kDigits);
// The time step of Unix time `unixSeconds` (T0 = 0).
std::int64_t stepAt(std::int64_t unixSeconds);
// TOTP (RFC 6238): the code of the step holding `unixSeconds`.
std::string codeAt(std::string_view secret, std::int64_t unixSeconds, int digits = kDigits);

// The step whose code `code` is, looking at the step of `now` and one step either side (clock drift),
// and only at steps after `lastAcceptedStep` (a code once accepted is never accepted again). Nothing
// when the code is malformed (not exactly kDigits ASCII digits) or matches none of them. Compared in
// constant time.
std::optional<std::int64_t> verify(std::string_view secret, std::string_view code, std::int64_t now,
                                   std::int64_t lastAcceptedStep);

// Whether `code` has the shape of a code: exactly kDigits ASCII digits.
bool isWellFormed(std::string_view code);

// otpauth://totp/Caravan:<account>?secret=<base32>&issuer=Caravan&algorithm=SHA1&digits=6&period=30
// (the Key Uri Format authenticator apps read), the label and values percent-encoded.
std::string otpauthUri(std::string_view secret, const std::string &account,
                       const std::string &issuer = "Caravan");

} // namespace caravan::accounts::totp
