#include "paysim/sandbox.h"

#include "core/version.h"
#include "paysim/checkout.h"
#include "paysim/context.h"
#include "paysim/control_api.h"
#include "paysim/easypost_api.h"
#include "paysim/hosted_pages.h"
#include "paysim/http_handler.h"
#include "paysim/money_moves.h"
#include "paysim/stripe_api.h"
#include "paysim/webhook_sender.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <condition_variable>
#include <thread>

namespace caravan::paysim {

namespace {

constexpr auto kClockTick = std::chrono::milliseconds(100);

WebhookSenderOptions senderOptions(const PaysimOptions &o)
{
    WebhookSenderOptions s;
    s.stripeUrl = o.webhookUrl;
    s.stripeSecret = o.webhookSecret;
    s.easyPostUrl = o.trackingWebhookUrl;
    s.easyPostSecret = o.trackingWebhookSecret;
    s.retryBaseMs = o.retryBaseMs;
    s.maxAttempts = o.maxAttempts;
    s.timeoutSeconds = o.deliveryTimeoutSeconds;
    s.duplicateRate = o.duplicateRate;
    s.reorder = o.reorder;
    s.seed = o.seed;
    return s;
}

bool startsWith(const std::string &text, const char *prefix)
{
    return text.rfind(prefix, 0) == 0;
}

// 404, 405 and 500 in the shape the caller of that path expects.
http::Response errorAnswer(const http::Request &request, int status)
{
    const std::string what = status == 404   ? "Unrecognized request URL"
                             : status == 405 ? "This URL does not take " + request.method
                                             : "The sandbox failed to handle the request";
    if (startsWith(request.path, "/v1/") || startsWith(request.path, "/sandbox/"))
        return stripeError(ApiError(status, status == 500 ? "api_error" : "invalid_request_error", "", "",
                                    what + " (" + request.method + ": " + request.path + ")."));
    if (startsWith(request.path, "/v2/"))
        return easyPostError(status,
                             status == 404   ? "NOT_FOUND"
                             : status == 405 ? "METHOD_NOT_ALLOWED"
                                             : "INTERNAL_SERVER_ERROR",
                             what + ".");
    return sandboxPage(status, "Error " + std::to_string(status),
                       "<h1>" + std::to_string(status) + "</h1><p>" + htmlEscape(what) + ".</p>");
}

std::string hostForUrl(const std::string &address)
{
    if (address == "0.0.0.0" || address.empty())
        return "127.0.0.1";
    if (address == "::")
        return "[::1]";
    return address.find(':') != std::string::npos ? "[" + address + "]" : address;
}

} // namespace

struct Sandbox::Impl
{
    explicit Impl(PaysimOptions o)
        : options(std::move(o))
        , state(options.statePath)
        , sender(senderOptions(options))
        , context{state, sender, options, {}}
    {
        addStripeRoutes(router, context);
        addEasyPostRoutes(router, context);
        addHostedPages(router, context);
        addControlRoutes(router, context);
        state.setEventSink([this](std::vector<Outgoing> batch) { sender.enqueue(std::move(batch)); });
    }

    void tickClock()
    {
        std::unique_lock lock(clockMutex);
        while (!clockStop) {
            clockWake.wait_for(lock, kClockTick);
            if (clockStop)
                break;
            lock.unlock();
            {
                SandboxState::Lock stateLock(state);
                expireDueSessions(state, SandboxState::now());
                settleDueRefunds(state, SandboxState::nowMs());
            }
            lock.lock();
        }
    }

    PaysimOptions options;
    SandboxState state;
    WebhookSender sender;
    SandboxContext context;
    http::Router router;
    std::unique_ptr<Poco::ThreadPool> threadPool;
    std::unique_ptr<Poco::Net::HTTPServer> httpServer;
    std::uint16_t port = 0;
    std::thread clock;
    std::mutex clockMutex;
    std::condition_variable clockWake;
    bool clockStop = false;
};

Sandbox::Sandbox(PaysimOptions options)
    : d(std::make_unique<Impl>(std::move(options)))
{}

Sandbox::~Sandbox()
{
    stop();
}

void Sandbox::start()
{
    if (d->httpServer)
        return;
    const auto &o = d->options;
    // Not SO_REUSEPORT (Poco's constructor sets it): a port another process listens on is an error here.
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(o.address, static_cast<Poco::UInt16>(o.port)), true, false);
    socket.listen(64);
    d->port = socket.address().port();
    d->context.baseUrl =
        o.publicUrl.empty() ? "http://" + hostForUrl(o.address) + ":" + std::to_string(d->port) : o.publicUrl;
    while (!d->context.baseUrl.empty() && d->context.baseUrl.back() == '/')
        d->context.baseUrl.pop_back();

    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setServerName("caravan-paysim");
    params->setSoftwareVersion(std::string("caravan-paysim/") + kVersion + " (SANDBOX)");
    params->setMaxThreads(o.maxThreads);
    params->setMaxQueued(256);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(5, 0));
    params->setTimeout(Poco::Timespan(30, 0));
    d->threadPool = std::make_unique<Poco::ThreadPool>(2, o.maxThreads + 1, 60);
    Poco::Net::HTTPRequestHandlerFactory::Ptr factory = new SandboxHandlerFactory(d->router, errorAnswer);
    d->httpServer = std::make_unique<Poco::Net::HTTPServer>(factory, *d->threadPool, socket, params);

    d->sender.start();
    d->clockStop = false;
    d->clock = std::thread([impl = d.get()] { impl->tickClock(); });
    d->httpServer->start();
}

void Sandbox::stop()
{
    if (!d || !d->httpServer)
        return;
    d->httpServer->stopAll(false);
    d->threadPool->joinAll();
    d->httpServer.reset();
    d->threadPool.reset();
    {
        std::lock_guard lock(d->clockMutex);
        d->clockStop = true;
    }
    d->clockWake.notify_all();
    if (d->clock.joinable())
        d->clock.join();
    d->sender.stop();
}

std::uint16_t Sandbox::port() const
{
    return d->port;
}

const std::string &Sandbox::baseUrl() const
{
    return d->context.baseUrl;
}

std::string Sandbox::listenUrl() const
{
    return "http://" + hostForUrl(d->options.address) + ":" + std::to_string(d->port);
}

const PaysimOptions &Sandbox::options() const
{
    return d->options;
}

SandboxState &Sandbox::state()
{
    return d->state;
}

WebhookSender &Sandbox::sender()
{
    return d->sender;
}

} // namespace caravan::paysim
