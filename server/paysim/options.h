#pragma once

#include <cstdint>
#include <string>
#include <vector>

// caravan-paysim's command line (docs/payments.md, "caravan-paysim").
namespace caravan::paysim {

struct PaysimOptions
{
    std::string address = "127.0.0.1";
    int port = 0;          // 0: any free port (printed on the first line of standard output)
    std::string publicUrl; // where the sandbox's pages are reached; empty: http://<address>:<port>
    std::string apiKey = "sk_test_caravan_sandbox"; // Bearer (Stripe) and Basic user (EasyPost)
    std::string merchantName = "Caravan";

    std::string webhookUrl; // Stripe events; empty: recorded, not sent
    std::string webhookSecret = "whsec_caravan_sandbox";
    std::string trackingWebhookUrl; // EasyPost events
    std::string trackingWebhookSecret = "caravan_tracking_sandbox";

    int retryBaseMs = 1000; // the first retry after this, then doubling
    int maxAttempts = 8;    // deliveries of one event before the sandbox gives up
    int deliveryTimeoutSeconds = 10;
    double duplicateRate = 0; // 0..1: share of events delivered twice
    bool reorder = false;     // deliver the queued events in shuffled order
    std::uint64_t seed = 0;   // for the chaos; 0: random

    int refundDelayMs = 0; // 0: refunds succeed at once; otherwise pending, then succeeded
    std::int64_t checkoutMinLifetimeSeconds = 1800; // Stripe: expires_at at least 30 minutes ahead
    std::int64_t idempotencyTtlSeconds = 86400;     // Stripe keeps keys 24 hours

    std::string statePath; // empty: nothing persists
    int maxThreads = 16;
};

enum class CliAction { Run, Help, Version };

// `args` without argv[0]. Throws std::invalid_argument naming the bad option.
CliAction parseArguments(const std::vector<std::string> &args, PaysimOptions &options);
std::string usageText();

} // namespace caravan::paysim
