#pragma once

#include "payments/tracking_provider.h"

#include <nlohmann/json_fwd.hpp>

// The production tracking adapter: EasyPost's tracker API and its tracker.updated webhooks
// (docs/payments.md). The same code talks to https://api.easypost.com and to caravan-paysim.
namespace caravan::payments {

// EasyPost's status_detail values have no customs hold; this is the detail Caravan treats as one
// (caravan-paysim sends it). A documented "held" detail whose carrier message names customs counts too.
inline constexpr const char *kHeldByCustoms = "held_by_customs";

class EasyPostTracking final : public TrackingProvider
{
public:
    struct Config
    {
        std::string apiBase = "https://api.easypost.com"; // or http://127.0.0.1:PORT for caravan-paysim
        std::string apiKey;
        std::string webhookSecret;
        int timeoutSeconds = 15;
    };

    explicit EasyPostTracking(Config config);

    Tracker createTracker(const TrackerRequest &request) override;
    // An Event about something other than a tracker (batch.updated, ...) is valid and comes back with
    // only eventId set, so the caller acknowledges and ignores it.
    TrackingUpdate verifyWebhook(const std::string &rawBody,
                                 const std::string &signatureHeader) const override;

    static TrackingUpdate parseEvent(const std::string &rawBody); // throws WebhookError
    static Tracker toTracker(const nlohmann::json &object);
    // True for the customs hold (see kHeldByCustoms).
    static bool meansCustomsHold(const std::string &statusDetail, const std::string &message);

private:
    Config m_config;
};

} // namespace caravan::payments
