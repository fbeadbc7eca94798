#include "support/sandbox_fixture.h"

#include "payments/form_encoding.h"
#include "payments/json_fields.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>
#include <chrono>
#include <regex>
#include <thread>

namespace caravan::test {

namespace {

class RecordingHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit RecordingHandler(WebhookReceiver &receiver)
        : m_receiver(receiver)
    {}

    void handleRequest(Poco::Net::HTTPServerRequest &in, Poco::Net::HTTPServerResponse &out) override
    {
        WebhookReceiver::Received r;
        r.path = in.getURI();
        for (const auto &[name, value] : in)
            r.headers[payments::lowerAscii(name)] = value;
        Poco::StreamCopier::copyToString(in.stream(), r.body);
        int status = 200;
        m_receiver.record(std::move(r), status);
        out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
        out.setContentLength(0);
        out.send();
    }

private:
    WebhookReceiver &m_receiver;
};

class RecordingFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    explicit RecordingFactory(WebhookReceiver &receiver)
        : m_receiver(receiver)
    {}
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &) override
    {
        return new RecordingHandler(m_receiver);
    }

private:
    WebhookReceiver &m_receiver;
};

payments::HttpAnswer send(const std::string &method, const std::string &url, const std::string &contentType,
                          const std::string &body)
{
    payments::HttpCall call;
    call.method = method;
    call.url = url;
    call.contentType = contentType;
    call.body = body;
    call.timeoutSeconds = 30;
    return payments::sendHttp(call);
}

} // namespace

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

WebhookReceiver::WebhookReceiver()
{
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    m_port = socket.address().port();
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(8);
    m_server = std::make_unique<Poco::Net::HTTPServer>(new RecordingFactory(*this), socket, params);
    m_server->start();
}

WebhookReceiver::~WebhookReceiver()
{
    m_server->stopAll(true);
}

std::string WebhookReceiver::url(const std::string &path) const
{
    return "http://127.0.0.1:" + std::to_string(m_port) + path;
}

void WebhookReceiver::record(Received r, int &status)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_failures > 0) {
            --m_failures;
            status = m_failStatus;
        }
        m_received.push_back(std::move(r));
    }
    m_arrived.notify_all();
}

std::vector<WebhookReceiver::Received> WebhookReceiver::received() const
{
    std::lock_guard lock(m_mutex);
    return m_received;
}

std::vector<WebhookReceiver::Received> WebhookReceiver::received(const std::string &path) const
{
    std::vector<Received> out;
    for (auto &r : received())
        if (r.path == path)
            out.push_back(r);
    return out;
}

void WebhookReceiver::failNext(int count, int status)
{
    std::lock_guard lock(m_mutex);
    m_failures = count;
    m_failStatus = status;
}

bool WebhookReceiver::waitFor(const std::function<bool(const std::vector<Received> &)> &done,
                              std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    return m_arrived.wait_for(lock, timeout, [&] { return done(m_received); });
}

SandboxFixture::SandboxFixture(const std::function<void(paysim::PaysimOptions &)> &adjust)
{
    paysim::PaysimOptions o;
    o.port = 0;
    o.apiKey = "sk_test_fixture";
    o.webhookUrl = m_receiver.url("/stripe");
    o.webhookSecret = kWebhookSecret;
    o.trackingWebhookUrl = m_receiver.url("/easypost");
    o.trackingWebhookSecret = kTrackingSecret;
    o.retryBaseMs = 20;
    o.checkoutMinLifetimeSeconds = 0;
    if (adjust)
        adjust(o);
    m_sandbox = std::make_unique<paysim::Sandbox>(o);
    m_sandbox->start();
    payments::StripeProvider::Config stripe;
    stripe.apiBase = m_sandbox->listenUrl();
    stripe.secretKey = o.apiKey;
    stripe.webhookSecret = kWebhookSecret;
    stripe.timeoutSeconds = 30;
    m_stripe = std::make_unique<payments::StripeProvider>(stripe);
    payments::EasyPostTracking::Config tracking;
    tracking.apiBase = m_sandbox->listenUrl();
    tracking.apiKey = o.apiKey;
    tracking.webhookSecret = kTrackingSecret;
    m_tracking = std::make_unique<payments::EasyPostTracking>(tracking);
}

SandboxFixture::~SandboxFixture()
{
    m_sandbox->stop();
}

payments::CheckoutRequest SandboxFixture::checkoutRequest(const std::string &orderId, std::int64_t amount,
                                                          const std::string &currency) const
{
    payments::CheckoutRequest r;
    r.orderId = orderId;
    r.idempotencyKey = "checkout:" + orderId;
    r.amountMinor = amount;
    r.currency = currency;
    r.description = "Vintage Seiko 5 × 1";
    r.customerEmail = "buyer@example.com";
    r.successUrl = "http://127.0.0.1:9/orders/" + orderId + "?session={CHECKOUT_SESSION_ID}";
    r.cancelUrl = "http://127.0.0.1:9/orders/" + orderId;
    r.expiresAt = unixNow() + 3600;
    return r;
}

std::vector<payments::PaymentEvent> SandboxFixture::stripeEvents()
{
    std::vector<payments::PaymentEvent> out;
    for (const auto &r : m_receiver.received("/stripe"))
        out.push_back(m_stripe->verifyWebhook(r.body, r.headers.at("stripe-signature"), unixNow()));
    return out;
}

std::optional<payments::PaymentEvent> SandboxFixture::waitForEvent(const std::string &type,
                                                                   const std::string &objectId)
{
    std::optional<payments::PaymentEvent> found;
    m_receiver.waitFor([&](const std::vector<WebhookReceiver::Received> &all) {
        for (const auto &r : all) {
            if (r.path != "/stripe")
                continue;
            const auto e = payments::StripeProvider::parseEvent(r.body);
            if (e.type == type && (objectId.empty() || e.objectId == objectId)) {
                found = m_stripe->verifyWebhook(r.body, r.headers.at("stripe-signature"), unixNow());
                return true;
            }
        }
        return false;
    });
    return found;
}

payments::HttpAnswer httpGet(const std::string &url)
{
    return send("GET", url, "", "");
}

payments::HttpAnswer httpPostForm(const std::string &url, const std::map<std::string, std::string> &fields)
{
    return send("POST", url, "application/x-www-form-urlencoded",
                payments::encodeForm(payments::FormFields(fields.begin(), fields.end())));
}

payments::HttpAnswer httpPostJson(const std::string &url, const std::string &json)
{
    return send("POST", url, "application/json", json);
}

std::string formAction(const std::string &html)
{
    static const std::regex form(R"re(<form method="post" action="([^"]*)")re");
    std::smatch m;
    return std::regex_search(html, m, form) ? m[1].str() : std::string();
}

payments::HttpAnswer payOnPage(const std::string &sessionUrl, const std::string &card,
                               const std::string &expiry)
{
    const auto page = httpGet(sessionUrl);
    const auto action = formAction(page.body);
    if (page.status != 200 || action.empty())
        return page;
    const auto origin = sessionUrl.substr(0, sessionUrl.find('/', sessionUrl.find("//") + 2));
    return httpPostForm(
        origin + action,
        {{"card_number", card}, {"card_expiry", expiry}, {"card_cvc", "123"}, {"card_name", "Ada Buyer"}});
}

} // namespace caravan::test
