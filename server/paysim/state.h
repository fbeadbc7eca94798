#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

// Everything the sandbox knows: the provider's objects in the shape its API serves them, what it keeps
// beside them, the idempotency records and the events it sent. One mutex guards it all; every operation
// holds it from start to end (SandboxState::Lock), which also saves the state file and hands the events
// the operation emitted to the webhook sender.
namespace caravan::paysim {

using nlohmann::json;

// A refusal in the provider's error shape. `executed` is false for requests refused before they ran
// (bad parameters): Stripe keeps no idempotent result for those.
struct ApiError : std::runtime_error
{
    ApiError(int httpStatus, std::string errorType, std::string errorCode, std::string errorParam,
             const std::string &message, bool ran = false)
        : std::runtime_error(message)
        , status(httpStatus)
        , type(std::move(errorType))
        , code(std::move(errorCode))
        , param(std::move(errorParam))
        , executed(ran)
    {}
    int status;
    std::string type;  // invalid_request_error, card_error, idempotency_error, api_error
    std::string code;  // resource_missing, amount_too_large, ... (may be empty)
    std::string param; // the parameter at fault (may be empty)
    bool executed;
};

// "No such refund: 're_x'" (404 resource_missing), as Stripe words it.
ApiError noSuch(const std::string &what, const std::string &id, const std::string &param = "id");
// 400 invalid_request_error for a parameter.
ApiError badParam(const std::string &param, const std::string &message);

enum class Channel { Stripe, EasyPost };

struct Outgoing
{
    std::string eventId;
    std::string type; // Stripe's type or EasyPost's description
    Channel channel = Channel::Stripe;
    std::string body; // the event as JSON text, signed at each delivery
};

struct IdempotencyRecord
{
    std::string method;
    std::string path;
    std::string params; // canonical JSON of the decoded parameters
    int status = 200;
    std::string body;
    std::int64_t created = 0;
};

class SandboxState
{
public:
    // statePath empty: nothing is saved. Otherwise the file is read now if it exists.
    explicit SandboxState(std::string statePath = {});

    // Holds the mutex for one operation; at the end, saves the state (if anything changed) and passes the
    // emitted events to the sink.
    class Lock
    {
    public:
        explicit Lock(SandboxState &state);
        ~Lock();
        Lock(const Lock &) = delete;
        Lock &operator=(const Lock &) = delete;

    private:
        SandboxState &m_state;
        std::unique_lock<std::mutex> m_lock;
    };

    void setEventSink(std::function<void(std::vector<Outgoing>)> sink) { m_sink = std::move(sink); }

    // Objects by id, as the API returns them.
    std::map<std::string, json> sessions, paymentIntents, charges, refunds, accounts, transfers, trackers;
    // What the sandbox keeps beside an object, by the object's id (never served).
    std::map<std::string, json> extras;
    std::map<std::string, IdempotencyRecord> idempotency; // by key
    std::vector<json> events;                             // {"channel", "event"}, oldest first

    // Call after changing anything, so the lock saves the file.
    void touch() { m_dirty = true; }
    std::string newId(const std::string &prefix) const; // prefix + 24 random letters and digits
    static std::int64_t now();                          // Unix seconds
    static std::int64_t nowMs();                        // Unix milliseconds

    // Records a Stripe event about `object` (a snapshot) and queues it for delivery.
    void emitStripe(const std::string &type, const json &object);
    // Records an EasyPost Event ("tracker.updated") about a tracker and queues it.
    void emitEasyPost(const std::string &description, const json &tracker, const json &previousAttributes);

    // Drops idempotency records older than `ttlSeconds`.
    void pruneIdempotency(std::int64_t ttlSeconds);

private:
    void save() const;
    void load();
    json toJson() const;

    std::mutex m_mutex;
    std::string m_path;
    bool m_dirty = false;
    std::vector<Outgoing> m_outbox;
    std::function<void(std::vector<Outgoing>)> m_sink;
};

// "2026-12-02T10:15:00Z".
std::string isoTime(std::int64_t unixSeconds);

} // namespace caravan::paysim
