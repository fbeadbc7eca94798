#pragma once

#include <cstdint>
#include <string>

// The carrier-tracking service as the escrow service sees it (docs/escrow.md). The production adapter
// speaks EasyPost's tracker API (easypost_tracking.h); caravan-paysim plays it too.
namespace caravan::payments {

struct TrackerRequest
{
    std::string trackingCode;
    std::string
        carrier; // the carrier's name as the tracking service knows it ("JapanPost", "DHLExpress", ...)
};

struct Tracker
{
    std::string id; // "trk_..."
    std::string trackingCode;
    std::string carrier;
    std::string status; // see TrackingUpdate
};

// One verified tracking webhook, reduced to what moves an order.
struct TrackingUpdate
{
    std::string eventId;   // "evt_..."; recorded once
    std::string trackerId; // "trk_..."
    std::string trackingCode;
    std::string carrier;
    // EasyPost's status: unknown, pre_transit, in_transit, out_for_delivery, delivered,
    // available_for_pickup, return_to_sender, failure, cancelled, error
    std::string status;
    std::string statusDetail;    // e.g. "arrived_at_destination", "held_by_customs" (hold), "status_update"
    bool heldByCustoms = false;  // the latest detail says customs hold the parcel
    std::int64_t occurredAt = 0; // Unix seconds of the latest tracking detail
};

class TrackingProvider
{
public:
    virtual ~TrackingProvider() = default;
    // Throws ProviderError (payment_provider.h).
    virtual Tracker createTracker(const TrackerRequest &request) = 0;
    // Verifies the HMAC signature header and parses the event; throws WebhookError.
    virtual TrackingUpdate verifyWebhook(const std::string &rawBody,
                                         const std::string &signatureHeader) const = 0;
};

} // namespace caravan::payments
