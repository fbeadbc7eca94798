#include "paysim/state.h"

#include "accounts/crypto.h"
#include "payments/stripe_provider.h"

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sodium.h>
#include <sstream>

namespace caravan::paysim {

namespace {

constexpr const char *kFormat = "caravan-paysim-state/1";

json objectsToJson(const std::map<std::string, json> &objects)
{
    json out = json::object();
    for (const auto &[id, object] : objects)
        out[id] = object;
    return out;
}

void objectsFromJson(const json &in, std::map<std::string, json> &objects)
{
    objects.clear();
    if (in.is_object())
        for (const auto &[id, object] : in.items())
            objects[id] = object;
}

} // namespace

ApiError noSuch(const std::string &what, const std::string &id, const std::string &param)
{
    return ApiError(404, "invalid_request_error", "resource_missing", param,
                    "No such " + what + ": '" + id + "'");
}

ApiError badParam(const std::string &param, const std::string &message)
{
    return ApiError(400, "invalid_request_error", "parameter_invalid", param, message);
}

std::string isoTime(std::int64_t unixSeconds)
{
    return Poco::DateTimeFormatter::format(
        Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(unixSeconds)), "%Y-%m-%dT%H:%M:%SZ");
}

SandboxState::SandboxState(std::string statePath)
    : m_path(std::move(statePath))
{
    if (!m_path.empty() && std::filesystem::exists(m_path))
        load();
}

SandboxState::Lock::Lock(SandboxState &state)
    : m_state(state)
    , m_lock(state.m_mutex)
{}

SandboxState::Lock::~Lock()
{
    if (m_state.m_dirty) {
        m_state.m_dirty = false;
        try {
            m_state.save();
        } catch (const std::exception &) {
            // The file is a convenience for demos; the objects in memory stay right.
        }
    }
    if (!m_state.m_outbox.empty()) {
        auto batch = std::move(m_state.m_outbox);
        m_state.m_outbox.clear();
        if (m_state.m_sink)
            m_state.m_sink(std::move(batch));
    }
}

std::string SandboxState::newId(const std::string &prefix) const
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    accounts::ensureSodium();
    std::string id = prefix;
    for (int i = 0; i < 24; ++i)
        id += alphabet[randombytes_uniform(sizeof alphabet - 1)];
    return id;
}

std::int64_t SandboxState::now()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::int64_t SandboxState::nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void SandboxState::emitStripe(const std::string &type, const json &object)
{
    const json event = {{"id", newId("evt_")},
                        {"object", "event"},
                        {"api_version", payments::kStripeApiVersion},
                        {"created", now()},
                        {"data", {{"object", object}}},
                        {"livemode", false},
                        {"pending_webhooks", 1},
                        {"request", {{"id", nullptr}, {"idempotency_key", nullptr}}},
                        {"type", type}};
    events.push_back({{"channel", "stripe"}, {"event", event}});
    m_outbox.push_back({event["id"].get<std::string>(), type, Channel::Stripe, event.dump()});
    touch();
}

void SandboxState::emitEasyPost(const std::string &description, const json &tracker,
                                const json &previousAttributes)
{
    const auto at = isoTime(now());
    const json event = {{"id", newId("evt_")},
                        {"object", "Event"},
                        {"mode", "test"},
                        {"description", description},
                        {"previous_attributes", previousAttributes},
                        {"created_at", at},
                        {"updated_at", at},
                        {"result", tracker},
                        {"status", "pending"},
                        {"pending_urls", json::array()},
                        {"completed_urls", json::array()},
                        {"user_id", "user_sandbox"}};
    events.push_back({{"channel", "easypost"}, {"event", event}});
    m_outbox.push_back({event["id"].get<std::string>(), description, Channel::EasyPost, event.dump()});
    touch();
}

void SandboxState::pruneIdempotency(std::int64_t ttlSeconds)
{
    const auto oldest = now() - ttlSeconds;
    for (auto it = idempotency.begin(); it != idempotency.end();) {
        if (it->second.created < oldest) {
            it = idempotency.erase(it);
            touch();
        } else {
            ++it;
        }
    }
}

json SandboxState::toJson() const
{
    json keys = json::object();
    for (const auto &[key, r] : idempotency)
        keys[key] = {{"method", r.method}, {"path", r.path}, {"params", r.params},
                     {"status", r.status}, {"body", r.body}, {"created", r.created}};
    return {{"format", kFormat},
            {"checkout_sessions", objectsToJson(sessions)},
            {"payment_intents", objectsToJson(paymentIntents)},
            {"charges", objectsToJson(charges)},
            {"refunds", objectsToJson(refunds)},
            {"accounts", objectsToJson(accounts)},
            {"transfers", objectsToJson(transfers)},
            {"trackers", objectsToJson(trackers)},
            {"extras", objectsToJson(extras)},
            {"idempotency", keys},
            {"events", events}};
}

// Written to a temporary file next to it and renamed over it: a crash leaves the old or the new file.
void SandboxState::save() const
{
    if (m_path.empty())
        return;
    const std::string temporary = m_path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out << toJson().dump();
        out.flush();
        if (!out)
            throw std::runtime_error("cannot write " + temporary);
    }
    std::filesystem::rename(temporary, m_path);
}

void SandboxState::load()
{
    std::ifstream in(m_path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    json state = json::parse(text.str(), nullptr, false);
    if (!state.is_object() || state.value("format", "") != kFormat)
        throw std::runtime_error(m_path + " is not a caravan-paysim state file (" + kFormat + ")");
    objectsFromJson(state["checkout_sessions"], sessions);
    objectsFromJson(state["payment_intents"], paymentIntents);
    objectsFromJson(state["charges"], charges);
    objectsFromJson(state["refunds"], refunds);
    objectsFromJson(state["accounts"], accounts);
    objectsFromJson(state["transfers"], transfers);
    objectsFromJson(state["trackers"], trackers);
    objectsFromJson(state["extras"], extras);
    idempotency.clear();
    if (state["idempotency"].is_object())
        for (const auto &[key, r] : state["idempotency"].items())
            idempotency[key] = {r.value("method", ""), r.value("path", ""),
                                r.value("params", ""), r.value("status", 200),
                                r.value("body", ""),   r.value("created", std::int64_t(0))};
    events.clear();
    if (state["events"].is_array())
        for (const auto &e : state["events"])
            events.push_back(e);
}

} // namespace caravan::paysim
