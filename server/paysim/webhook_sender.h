#pragma once

#include "paysim/state.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

// Delivers the sandbox's events on a thread of its own, signed as the provider signs them (Stripe's
// Stripe-Signature, freshly timestamped at each attempt; EasyPost's X-Hmac-Signature). A delivery that
// does not get a 2xx is tried again after retryBaseMs, then twice as long each time, up to maxAttempts.
// Chaos for tests: some events delivered twice (same event, same id), and what is queued delivered in
// shuffled order.
namespace caravan::paysim {

struct WebhookSenderOptions
{
    std::string stripeUrl; // empty: Stripe events are recorded, not sent
    std::string stripeSecret;
    std::string easyPostUrl;
    std::string easyPostSecret;
    int retryBaseMs = 1000;
    int maxAttempts = 8;
    int timeoutSeconds = 10;
    double duplicateRate = 0;
    bool reorder = false;
    std::uint64_t seed = 0; // 0: random
};

class WebhookSender
{
public:
    explicit WebhookSender(WebhookSenderOptions options);
    ~WebhookSender();
    WebhookSender(const WebhookSender &) = delete;
    WebhookSender &operator=(const WebhookSender &) = delete;

    void start();
    // Stops the thread; what is still queued is dropped.
    void stop();

    void enqueue(std::vector<Outgoing> batch);
    // Waits until nothing is queued or being delivered; false if `timeout` passed first.
    bool flush(std::chrono::milliseconds timeout);
    std::size_t pending() const;

    // Every event and its deliveries, oldest first:
    // [{"id", "type", "channel", "status", "copies": [{"status", "attempts": [{"at", "http_status",
    //   "error"}]}]}]. status: pending, delivered, failed, no_endpoint.
    json report() const;

private:
    struct Copy
    {
        std::string status = "pending";
        json attempts = json::array();
    };
    struct Record
    {
        Outgoing event;
        std::string status = "pending";
        std::vector<Copy> copies;
    };
    struct Delivery
    {
        std::size_t record = 0;
        std::size_t copy = 0;
        int attempts = 0;
        std::chrono::steady_clock::time_point due;
    };

    void run();
    // One HTTP attempt; returns the HTTP status (0 with `error` set when there was no answer).
    int post(const Outgoing &event, std::string &error) const;
    void settle(Record &record);

    WebhookSenderOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Delivery> m_queue;
    std::size_t m_inFlight = 0;
    std::vector<Record> m_records;
    std::mt19937_64 m_random;
    std::thread m_thread;
    bool m_stop = false;
};

} // namespace caravan::paysim
