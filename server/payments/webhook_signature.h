#pragma once

#include <cstdint>
#include <string>
#include <vector>

// The two webhook signature schemes, signing and checking in one place: the sandbox signs with these
// functions, the production adapters verify with them.
namespace caravan::payments {

// Stripe: `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`; a header
// may carry several v1 values (while a secret is being rolled) and other schemes, which are ignored.
struct StripeSignature
{
    std::int64_t timestamp = 0;
    std::vector<std::string> v1; // lower-case hex as sent
};

std::string stripeSignatureHeader(const std::string &secret, std::int64_t timestamp, const std::string &body);
// Throws WebhookError for a header without a numeric t or without any v1.
StripeSignature parseStripeSignature(const std::string &header);
// True when one of the v1 values is HMAC-SHA256(secret, "<t>.<body>") (constant-time comparison).
bool stripeSignatureMatches(const StripeSignature &signature, const std::string &secret,
                            const std::string &body);

// EasyPost: `X-Hmac-Signature: hmac-sha256-hex=<hex HMAC-SHA256(NFKD(secret), raw body)>`.
inline constexpr const char *kEasyPostSignatureHeader = "X-Hmac-Signature";
std::string easyPostSignature(const std::string &secret, const std::string &body);
// Constant-time comparison of `header` (prefix and hex case-insensitive) with the expected value.
bool easyPostSignatureMatches(const std::string &header, const std::string &secret, const std::string &body);

} // namespace caravan::payments
