#include "paysim/trackers.h"

#include "payments/easypost_tracking.h"

#include <algorithm>
#include <array>

namespace caravan::paysim {

namespace {

// EasyPost's documented values (docs.easypost.com/docs/trackers).
constexpr std::array kStatuses = {"unknown",          "pre_transit",
                                  "in_transit",       "out_for_delivery",
                                  "delivered",        "available_for_pickup",
                                  "return_to_sender", "failure",
                                  "cancelled",        "error"};

struct Detail
{
    const char *value;
    const char *message;
};

constexpr std::array<Detail, 29> kDetails = {{
    {"address_correction", "Address corrected"},
    {"arrived_at_destination", "Arrived at destination"},
    {"arrived_at_facility", "Arrived at facility"},
    {"arrived_at_pickup_location", "Arrived at pickup location"},
    {"awaiting_information", "Awaiting information"},
    {"cancelled", "Cancelled"},
    {"damaged", "Reported damaged"},
    {"delayed", "Delayed"},
    {"delivery_exception", "Delivery exception"},
    {"departed_facility", "Departed facility"},
    {"departed_origin_facility", "Departed origin facility"},
    {"expired", "Tracking expired"},
    {"failure", "Delivery failed"},
    {"held", "Held at carrier facility"},
    {"in_transit", "In transit"},
    {"label_created", "Shipping label created"},
    {"lost", "Reported lost"},
    {"missorted", "Missorted"},
    {"out_for_delivery", "Out for delivery"},
    {"received_at_destination_facility", "Received at destination facility"},
    {"received_at_origin_facility", "Received at origin facility"},
    {"refused", "Refused by recipient"},
    {"return", "Returning to sender"},
    {"status_update", "Status update"},
    {"transferred_to_destination_carrier", "Handed to the destination carrier"},
    {"transit_exception", "Transit exception"},
    {"unknown", "Unknown"},
    {"weather_delay", "Weather delay"},
    {payments::kHeldByCustoms, "Held by customs"}, // Caravan's addition: EasyPost has no customs detail
}};

ApiError easyPostError(int status, const std::string &code, const std::string &message)
{
    return ApiError(status, "", code, "", message);
}

json detailJson(const std::string &status, const std::string &statusDetail, const std::string &message,
                const std::string &carrier)
{
    return {{"object", "TrackingDetail"},
            {"message", message},
            {"description", ""},
            {"status", status},
            {"status_detail", statusDetail},
            {"datetime", isoTime(SandboxState::now())},
            {"source", carrier},
            {"carrier_code", ""},
            {"tracking_location",
             {{"object", "TrackingLocation"},
              {"city", nullptr},
              {"state", nullptr},
              {"country", nullptr},
              {"zip", nullptr}}}};
}

} // namespace

json &tracker(SandboxState &state, const std::string &id)
{
    const auto it = state.trackers.find(id);
    if (it == state.trackers.end())
        throw easyPostError(404, "NOT_FOUND", "The requested resource could not be found.");
    return it->second;
}

json createTracker(SandboxContext &ctx, const json &body)
{
    auto &state = ctx.state;
    const json request = body.is_object() ? body.value("tracker", json()) : json();
    const auto code = request.is_object() ? request.value("tracking_code", "") : std::string();
    const auto carrier = request.is_object() ? request.value("carrier", "") : std::string();
    if (code.empty())
        throw easyPostError(422, "PARAMETER.REQUIRED", "Missing required parameter: tracker.tracking_code.");
    if (carrier.empty())
        throw easyPostError(422, "PARAMETER.REQUIRED",
                            "The sandbox does not guess carriers: give tracker.carrier.");
    for (const auto &[id, t] : state.trackers)
        if (t["tracking_code"] == code && t["carrier"] == carrier)
            return t;

    const auto id = state.newId("trk_");
    const auto at = isoTime(SandboxState::now());
    json t = {{"id", id},
              {"object", "Tracker"},
              {"mode", "test"},
              {"tracking_code", code},
              {"status", "pre_transit"},
              {"status_detail", "label_created"},
              {"signed_by", nullptr},
              {"weight", nullptr},
              {"est_delivery_date", nullptr},
              {"shipment_id", nullptr},
              {"carrier", carrier},
              {"tracking_details",
               json::array({detailJson("pre_transit", "label_created", "Shipping label created", carrier)})},
              {"carrier_detail", nullptr},
              {"finalized", false},
              {"is_return", false},
              {"public_url", ctx.baseUrl + "/track/" + id},
              {"fees", json::array()},
              {"created_at", at},
              {"updated_at", at}};
    state.trackers[id] = t;
    state.touch();
    state.emitEasyPost("tracker.created", t, json::object());
    return t;
}

json addTrackingEvent(SandboxState &state, const std::string &id, const std::string &status,
                      const std::string &statusDetail, const std::string &message)
{
    auto &t = tracker(state, id);
    if (std::find(kStatuses.begin(), kStatuses.end(), status) == kStatuses.end())
        throw easyPostError(422, "PARAMETER.INVALID", "Unknown status '" + status + "'.");
    const auto detail = std::find_if(kDetails.begin(), kDetails.end(),
                                     [&](const Detail &d) { return statusDetail == d.value; });
    if (detail == kDetails.end())
        throw easyPostError(422, "PARAMETER.INVALID", "Unknown status_detail '" + statusDetail + "'.");
    const json previous = {{"status", t["status"]}};
    t["tracking_details"].push_back(detailJson(
        status, statusDetail, message.empty() ? detail->message : message, t["carrier"].get<std::string>()));
    t["status"] = status;
    t["status_detail"] = statusDetail;
    t["updated_at"] = isoTime(SandboxState::now());
    t["finalized"] = status == "delivered" || status == "return_to_sender" || status == "cancelled";
    state.touch();
    state.emitEasyPost("tracker.updated", t, previous);
    return t;
}

} // namespace caravan::paysim
