#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

// The payment provider as the escrow service sees it (docs/escrow.md, "Payments"). One production
// adapter speaks Stripe's API (stripe_provider.h); the sandbox caravan-paysim speaks the same subset, so
// tests and the demo run the production adapter over HTTP. Every call that creates or moves something
// takes an idempotency key: the provider answers a repeated key with the first result.
namespace caravan::payments {

// A call the provider refused or could not answer. `transient` is true for network failures, timeouts,
// 429 and 5xx (try again later with the same idempotency key); false for a refusal that will not change
// (4xx: invalid request, unknown object, card declined, ...).
class ProviderError : public std::runtime_error
{
public:
    ProviderError(int status, std::string errorCode, const std::string &message, bool isTransient)
        : std::runtime_error(message)
        , httpStatus(status)
        , code(std::move(errorCode))
        , transient(isTransient)
    {}
    int httpStatus;   // 0 when no answer arrived
    std::string code; // provider's error code ("card_declined", "resource_missing", ...) or "network"
    bool transient;
};

struct CheckoutRequest
{
    std::string orderId;
    std::string idempotencyKey;
    std::int64_t amountMinor = 0; // in `currency`'s minor unit
    std::string currency;         // ISO 4217, upper case (sent lower case, as Stripe wants)
    std::string description;      // the line the buyer sees ("Vintage Seiko 5 × 1")
    std::string customerEmail;
    std::string successUrl;     // where the hosted page sends the buyer after paying
    std::string cancelUrl;      // ... and after giving up
    std::int64_t expiresAt = 0; // Unix seconds; the session cannot be paid after it
};

struct CheckoutSession
{
    std::string id;              // "cs_..."
    std::string url;             // the hosted payment page
    std::string status;          // "open", "complete", "expired"
    std::string paymentStatus;   // "unpaid", "paid"
    std::string paymentIntentId; // "pi_..." (may be empty until the buyer pays)
    std::string orderId;         // metadata[order_id]
    std::int64_t amountTotal = 0;
    std::string currency; // upper case
};

struct RefundRequest
{
    std::string paymentIntentId;
    std::int64_t amountMinor = 0; // 0: the whole remaining amount
    std::string reason;           // "requested_by_customer", "duplicate", "fraudulent" (Stripe's values)
    std::string idempotencyKey;
    std::map<std::string, std::string> metadata; // e.g. refund_id, order_id
};

struct Refund
{
    std::string id;     // "re_..."
    std::string status; // "pending", "succeeded", "failed", "canceled"
    std::int64_t amountMinor = 0;
    std::string currency;
    std::string paymentIntentId;
    std::map<std::string, std::string> metadata;
};

struct TransferRequest
{
    std::int64_t amountMinor = 0;
    std::string currency;
    std::string destinationAccount; // "acct_..."
    std::string transferGroup;      // e.g. the payout id
    std::string idempotencyKey;
    std::map<std::string, std::string> metadata; // e.g. payout_id
};

struct Transfer
{
    std::string id; // "tr_..."
    std::int64_t amountMinor = 0;
    std::string currency;
    std::string destinationAccount;
    bool reversed = false;
    std::map<std::string, std::string> metadata;
};

struct AccountRequest
{
    std::string country; // ISO 3166-1 alpha-2
    std::string email;
    std::string idempotencyKey;
    std::map<std::string, std::string> metadata; // e.g. user_id
};

struct ConnectedAccount
{
    std::string id; // "acct_..."
    bool payoutsEnabled = false;
};

// A verified webhook event, reduced to what the escrow service reacts to. The object fields that do
// not apply to the event's type are empty.
struct PaymentEvent
{
    std::string id;   // "evt_..."; recorded once
    std::string type; // "checkout.session.completed", "checkout.session.expired",
                      // "payment_intent.succeeded", "payment_intent.payment_failed", "refund.updated",
                      // "refund.created", "charge.refunded", "transfer.created", "transfer.reversed", ...
    std::int64_t created = 0;
    std::string objectId;        // data.object.id
    std::string orderId;         // metadata[order_id] of the session / payment intent / refund
    std::string paymentIntentId; // the payment intent the object belongs to
    std::string status;          // data.object.status
    std::string paymentStatus;   // data.object.payment_status (checkout sessions: "paid", "unpaid", ...)
    std::int64_t amountMinor = 0;
    std::string currency;    // upper case
    std::string failureCode; // last_payment_error.code / failure_reason
    std::string failureMessage;
    std::map<std::string, std::string> metadata;
};

// The webhook could not be accepted: missing or malformed header, bad signature, stale timestamp, or a
// body that is not an event. The HTTP answer is 400 and nothing changes.
class WebhookError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class PaymentProvider
{
public:
    virtual ~PaymentProvider() = default;

    virtual CheckoutSession createCheckoutSession(const CheckoutRequest &request) = 0;
    virtual CheckoutSession retrieveCheckoutSession(const std::string &sessionId) = 0;
    // Expires an open session so it can no longer be paid; an already expired or complete session is
    // returned as it is (no error).
    virtual CheckoutSession expireCheckoutSession(const std::string &sessionId) = 0;
    virtual Refund createRefund(const RefundRequest &request) = 0;
    virtual Refund retrieveRefund(const std::string &refundId) = 0;
    virtual ConnectedAccount createConnectedAccount(const AccountRequest &request) = 0;
    virtual Transfer createTransfer(const TransferRequest &request) = 0;

    // Verifies the signature header against the raw body (HMAC-SHA256, constant-time compare,
    // timestamp within the tolerance of `now`) and parses the event. Throws WebhookError.
    virtual PaymentEvent verifyWebhook(const std::string &rawBody, const std::string &signatureHeader,
                                       std::int64_t now) const = 0;
};

} // namespace caravan::payments
