#include "payments/easypost_tracking.h"

#include "payments/json_fields.h"
#include "payments/payment_provider.h"
#include "payments/provider_http.h"
#include "payments/webhook_signature.h"

#include <Poco/DateTime.h>
#include <Poco/DateTimeParser.h>
#include <nlohmann/json.hpp>

namespace caravan::payments {

using nlohmann::json;

namespace {

// EasyPost's datetimes are ISO 8601 ("2026-12-02T10:15:00Z", sometimes with an offset); 0 if unreadable.
std::int64_t unixSeconds(const std::string &text)
{
    if (text.empty())
        return 0;
    Poco::DateTime parsed;
    int tzd = 0;
    if (!Poco::DateTimeParser::tryParse(text, parsed, tzd))
        return 0;
    parsed.makeUTC(tzd);
    return static_cast<std::int64_t>(parsed.timestamp().epochTime());
}

ProviderError errorFrom(const HttpAnswer &answer, const std::string &what)
{
    const json body = json::parse(answer.body, nullptr, false);
    const json &error = jsonObject(body, "error");
    std::string code = jsonString(error, "code");
    if (code.empty())
        code = "http_" + std::to_string(answer.status);
    std::string message = jsonString(error, "message");
    if (message.empty())
        message = what + " answered HTTP " + std::to_string(answer.status);
    const bool transient = answer.status == 429 || answer.status >= 500;
    return ProviderError(answer.status, code, message, transient);
}

} // namespace

EasyPostTracking::EasyPostTracking(Config config)
    : m_config(std::move(config))
{}

bool EasyPostTracking::meansCustomsHold(const std::string &statusDetail, const std::string &message)
{
    if (statusDetail == kHeldByCustoms)
        return true;
    return statusDetail == "held" && lowerAscii(message).find("customs") != std::string::npos;
}

Tracker EasyPostTracking::toTracker(const json &object)
{
    Tracker t;
    t.id = jsonString(object, "id");
    t.trackingCode = jsonString(object, "tracking_code");
    t.carrier = jsonString(object, "carrier");
    t.status = jsonString(object, "status");
    return t;
}

Tracker EasyPostTracking::createTracker(const TrackerRequest &request)
{
    json tracker = {{"tracking_code", request.trackingCode}};
    if (!request.carrier.empty())
        tracker["carrier"] = request.carrier;
    HttpCall call;
    call.method = "POST";
    call.url = joinUrl(m_config.apiBase, "/v2/trackers");
    call.timeoutSeconds = m_config.timeoutSeconds;
    call.headers = {{"Authorization", basicAuthorization(m_config.apiKey, "")},
                    {"Accept", "application/json"},
                    {"User-Agent", "caravan-server (EasyPost adapter)"}};
    call.contentType = "application/json";
    call.body = json{{"tracker", tracker}}.dump();
    const std::string what = "EasyPost POST /v2/trackers";
    const auto answer = sendHttp(call);
    if (answer.status < 200 || answer.status >= 300)
        throw errorFrom(answer, what);
    const json body = json::parse(answer.body, nullptr, false);
    if (!body.is_object() || jsonString(body, "id").empty())
        throw ProviderError(answer.status, "invalid_response", what + " answered without a tracker", true);
    return toTracker(body);
}

TrackingUpdate EasyPostTracking::verifyWebhook(const std::string &rawBody,
                                               const std::string &signatureHeader) const
{
    if (m_config.webhookSecret.empty())
        throw WebhookError("no tracking webhook secret is configured (tracking.webhook_secret)");
    if (signatureHeader.empty())
        throw WebhookError(std::string("the request has no ") + kEasyPostSignatureHeader + " header");
    if (!easyPostSignatureMatches(signatureHeader, m_config.webhookSecret, rawBody))
        throw WebhookError(std::string("the ") + kEasyPostSignatureHeader +
                           " header does not match the body");
    return parseEvent(rawBody);
}

TrackingUpdate EasyPostTracking::parseEvent(const std::string &rawBody)
{
    const json body = json::parse(rawBody, nullptr, false);
    TrackingUpdate u;
    u.eventId = jsonString(body, "id");
    if (u.eventId.empty() || jsonString(body, "object") != "Event")
        throw WebhookError("the body is not an EasyPost Event (id and object \"Event\" are required)");
    const json &tracker = jsonObject(body, "result");
    const auto description = jsonString(body, "description");
    if (description.rfind("tracker.", 0) != 0 || jsonString(tracker, "object") != "Tracker")
        return u; // another kind of event: acknowledged, nothing to do

    u.trackerId = jsonString(tracker, "id");
    u.trackingCode = jsonString(tracker, "tracking_code");
    u.carrier = jsonString(tracker, "carrier");
    u.status = jsonString(tracker, "status");
    u.statusDetail = jsonString(tracker, "status_detail");
    u.occurredAt = unixSeconds(jsonString(tracker, "updated_at"));

    // The latest scan decides the hold: the detail with the newest datetime (the later one on a tie).
    const json *latest = nullptr;
    std::int64_t latestAt = 0;
    if (const auto it = tracker.find("tracking_details"); it != tracker.end() && it->is_array())
        for (const auto &detail : *it) {
            const auto at = unixSeconds(jsonString(detail, "datetime"));
            if (!latest || at >= latestAt) {
                latest = &detail;
                latestAt = at;
            }
        }
    if (latest) {
        const auto detail = jsonString(*latest, "status_detail");
        u.heldByCustoms = meansCustomsHold(detail, jsonString(*latest, "message"));
        if (u.statusDetail.empty())
            u.statusDetail = detail;
        if (latestAt > 0)
            u.occurredAt = latestAt;
    } else {
        u.heldByCustoms = meansCustomsHold(u.statusDetail, {});
    }
    if (u.occurredAt == 0)
        u.occurredAt = unixSeconds(jsonString(body, "created_at"));
    return u;
}

} // namespace caravan::payments
