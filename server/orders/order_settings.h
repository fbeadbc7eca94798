#pragma once

#include "escrow/policy.h"

#include <cstdint>
#include <string>

namespace caravan::orders {

// Escrow's part of the server configuration (docs/escrow.md, "Configuration"); read by
// runtime/settings.cpp, defaults here and in escrow::EscrowPolicy.
// The clocks and limits of disputes (docs/disputes.md, "Configuration").
struct DisputeSettings
{
    int sellerResponseDays = 3;
    int buyerResponseDays = 14;
    int staffTargetDays = 2;
    int returnShipDays = 7;
    int returnRefundDays = 14;
    std::int64_t secondApprovalMinor = 20000; // in the buyer's currency's minor units
};

struct OrderSettings
{
    escrow::EscrowPolicy policy;

    std::string publicUrl; // where the provider sends the buyer back; empty: http://127.0.0.1:<port>

    std::string paymentsApiBase = "https://api.stripe.com";
    // The origin of the provider's hosted payment page, which the checkout forms redirect to (the pages'
    // CSP allows forms to go there). Empty: https://checkout.stripe.com for Stripe's API, else the
    // origin of paymentsApiBase (caravan-paysim serves both).
    std::string paymentsPageOrigin;
    std::string paymentsSecretKey; // empty: orders cannot be paid (503 payments_unavailable)
    std::string paymentsWebhookSecret;
    std::int64_t paymentsWebhookToleranceSeconds = 300;
    int paymentsTimeoutSeconds = 15;

    std::string trackingApiBase = "https://api.easypost.com";
    std::string trackingApiKey; // empty: no carrier tracking; delivery comes from the buyer or the clock
    std::string trackingWebhookSecret;

    std::int64_t idempotencyTtlSeconds = 86400;
    std::int64_t idempotencyLockSeconds = 60;
    int timerIntervalSeconds = 30;
    int payoutIntervalSeconds = 86400;
    // payouts.require_identity: money is paid out only to sellers whose payout identity staff verified.
    bool requireIdentity = true;
    int maxOrderQuantity = 100;
    DisputeSettings disputes;

    std::string paymentPageOrigin() const;
    bool paymentsConfigured() const { return !paymentsSecretKey.empty() && !paymentsWebhookSecret.empty(); }
    bool trackingConfigured() const { return !trackingApiKey.empty() && !trackingWebhookSecret.empty(); }
};

} // namespace caravan::orders
