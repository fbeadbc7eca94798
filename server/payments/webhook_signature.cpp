#include "payments/webhook_signature.h"

#include "accounts/crypto.h"
#include "payments/json_fields.h"
#include "payments/payment_provider.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace caravan::payments {

namespace {

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

// EasyPost's client libraries normalise the secret to Unicode NFKD before using it as the HMAC key
// (a plain ASCII secret is unchanged).
std::string nfkd(const std::string &text)
{
    bool ascii = true;
    for (unsigned char c : text)
        ascii = ascii && c < 0x80;
    if (ascii)
        return text;
    UErrorCode status = U_ZERO_ERROR;
    const auto *normalizer = icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status))
        return text;
    const auto normalized = normalizer->normalize(icu::UnicodeString::fromUTF8(text), status);
    if (U_FAILURE(status))
        return text;
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

} // namespace

std::string stripeSignatureHeader(const std::string &secret, std::int64_t timestamp, const std::string &body)
{
    const auto t = std::to_string(timestamp);
    return "t=" + t + ",v1=" + accounts::hmacSha256Hex(secret, t + "." + body);
}

StripeSignature parseStripeSignature(const std::string &header)
{
    StripeSignature out;
    bool haveTimestamp = false;
    std::size_t start = 0;
    while (start <= header.size()) {
        auto end = header.find(',', start);
        if (end == std::string::npos)
            end = header.size();
        const auto item = trim(header.substr(start, end - start));
        start = end + 1;
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            continue;
        const auto name = item.substr(0, eq);
        const auto value = item.substr(eq + 1);
        if (name == "t") {
            if (value.empty() || value.size() > 12 ||
                value.find_first_not_of("0123456789") != std::string::npos)
                throw WebhookError("the Stripe-Signature timestamp is not a number of seconds");
            out.timestamp = std::stoll(value);
            haveTimestamp = true;
        } else if (name == "v1" && !value.empty()) {
            out.v1.push_back(lowerAscii(value));
        }
    }
    if (!haveTimestamp)
        throw WebhookError("the Stripe-Signature header has no timestamp (t=)");
    if (out.v1.empty())
        throw WebhookError("the Stripe-Signature header has no v1 signature");
    return out;
}

bool stripeSignatureMatches(const StripeSignature &signature, const std::string &secret,
                            const std::string &body)
{
    const auto expected = accounts::hmacSha256Hex(secret, std::to_string(signature.timestamp) + "." + body);
    bool match = false;
    for (const auto &candidate : signature.v1)
        match = accounts::constantTimeEquals(expected, candidate) || match; // no early exit
    return match;
}

std::string easyPostSignature(const std::string &secret, const std::string &body)
{
    return "hmac-sha256-hex=" + accounts::hmacSha256Hex(nfkd(secret), body);
}

bool easyPostSignatureMatches(const std::string &header, const std::string &secret, const std::string &body)
{
    return accounts::constantTimeEquals(lowerAscii(easyPostSignature(secret, body)),
                                        lowerAscii(trim(header)));
}

} // namespace caravan::payments
