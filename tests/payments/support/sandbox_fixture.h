#pragma once

#include "payments/easypost_tracking.h"
#include "payments/provider_http.h"
#include "payments/stripe_provider.h"
#include "paysim/options.h"
#include "paysim/sandbox.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace Poco::Net {
class HTTPServer;
}

namespace caravan::test {

// A webhook endpoint on 127.0.0.1 (port 0) that records every POST and answers 200, or the statuses it
// was told to answer first.
class WebhookReceiver
{
public:
    struct Received
    {
        std::string path;
        std::map<std::string, std::string> headers; // lower-case names
        std::string body;
    };

    WebhookReceiver();
    ~WebhookReceiver();

    std::string url(const std::string &path) const;
    std::vector<Received> received() const;
    std::vector<Received> received(const std::string &path) const;
    // The next `count` requests are answered with `status`.
    void failNext(int count, int status = 500);
    // Bounded wait until `done` holds for what has arrived; false if `timeout` passed first.
    bool waitFor(const std::function<bool(const std::vector<Received> &)> &done,
                 std::chrono::milliseconds timeout = std::chrono::seconds(20));

    void record(Received r, int &status);

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::vector<Received> m_received;
    int m_failures = 0;
    int m_failStatus = 500;
    std::unique_ptr<Poco::Net::HTTPServer> m_server;
    std::uint16_t m_port = 0;
};

inline constexpr const char *kWebhookSecret = "whsec_test_secret";
inline constexpr const char *kTrackingSecret = "tracking_test_secret";

// The sandbox in-process with its webhooks going to a receiver, and the production adapters pointed at it.
class SandboxFixture
{
public:
    explicit SandboxFixture(const std::function<void(paysim::PaysimOptions &)> &adjust = {});
    ~SandboxFixture();

    paysim::Sandbox &sandbox() { return *m_sandbox; }
    payments::StripeProvider &stripe() { return *m_stripe; }
    payments::EasyPostTracking &tracking() { return *m_tracking; }
    WebhookReceiver &receiver() { return m_receiver; }
    const std::string &base() const { return m_sandbox->baseUrl(); }

    // A checkout request for `orderId` with sensible defaults.
    payments::CheckoutRequest checkoutRequest(const std::string &orderId, std::int64_t amount = 1250,
                                              const std::string &currency = "EUR") const;

    // The Stripe events that arrived, each verified by StripeProvider::verifyWebhook.
    std::vector<payments::PaymentEvent> stripeEvents();
    // Bounded wait for a verified Stripe event of `type` (about `objectId` when given).
    std::optional<payments::PaymentEvent> waitForEvent(const std::string &type,
                                                       const std::string &objectId = {});

private:
    WebhookReceiver m_receiver;
    std::unique_ptr<paysim::Sandbox> m_sandbox;
    std::unique_ptr<payments::StripeProvider> m_stripe;
    std::unique_ptr<payments::EasyPostTracking> m_tracking;
};

// A browser without scripts: GET a page, POST a form.
payments::HttpAnswer httpGet(const std::string &url);
payments::HttpAnswer httpPostForm(const std::string &url, const std::map<std::string, std::string> &fields);
payments::HttpAnswer httpPostJson(const std::string &url, const std::string &json);
// The action of the page's first POST form ("/pay/cs_..."), or "" if it has none.
std::string formAction(const std::string &html);
// Loads the hosted page at `sessionUrl`, fills its form with `card` and submits it.
payments::HttpAnswer payOnPage(const std::string &sessionUrl, const std::string &card,
                               const std::string &expiry = "12/34");

std::int64_t unixNow();

} // namespace caravan::test
