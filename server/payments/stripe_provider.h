#pragma once

#include "payments/form_encoding.h"
#include "payments/payment_provider.h"

#include <nlohmann/json_fwd.hpp>

// The production payment adapter: Stripe's REST API (docs/payments.md has the subset). The same code
// talks to https://api.stripe.com and to the sandbox caravan-paysim; only Config differs.
namespace caravan::payments {

// Every request pins the API version, so the objects and events have the fields this adapter reads
// whatever the account's default version is. Create the webhook endpoint with the same version.
inline constexpr const char *kStripeApiVersion = "2024-06-20";

class StripeProvider final : public PaymentProvider
{
public:
    struct Config
    {
        std::string apiBase = "https://api.stripe.com"; // or http://127.0.0.1:PORT for caravan-paysim
        std::string secretKey;                          // sk_live_... / sk_test_...
        std::string webhookSecret;                      // whsec_...
        std::int64_t webhookToleranceSeconds = 300;
        int timeoutSeconds = 15;
    };

    explicit StripeProvider(Config config);

    CheckoutSession createCheckoutSession(const CheckoutRequest &request) override;
    CheckoutSession retrieveCheckoutSession(const std::string &sessionId) override;
    CheckoutSession expireCheckoutSession(const std::string &sessionId) override;
    Refund createRefund(const RefundRequest &request) override;
    Refund retrieveRefund(const std::string &refundId) override;
    ConnectedAccount createConnectedAccount(const AccountRequest &request) override;
    Transfer createTransfer(const TransferRequest &request) override;
    PaymentEvent verifyWebhook(const std::string &rawBody, const std::string &signatureHeader,
                               std::int64_t now) const override;

    // The event in a webhook body, without looking at any signature. Throws WebhookError when the body
    // is not a Stripe event.
    static PaymentEvent parseEvent(const std::string &rawBody);

    // The objects as the API returns them, reduced to the interface's types.
    static CheckoutSession toCheckoutSession(const nlohmann::json &object);
    static Refund toRefund(const nlohmann::json &object);
    static Transfer toTransfer(const nlohmann::json &object);
    static ConnectedAccount toAccount(const nlohmann::json &object);

    const Config &config() const { return m_config; }

private:
    // One API call; returns the parsed answer of a 2xx, throws ProviderError otherwise. POSTs that
    // create something carry `idempotencyKey`.
    nlohmann::json call(const std::string &method, const std::string &path, const FormFields &fields,
                        const std::string &idempotencyKey) const;

    Config m_config;
};

} // namespace caravan::payments
