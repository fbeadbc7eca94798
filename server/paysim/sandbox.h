#pragma once

#include "paysim/options.h"

#include <cstdint>
#include <memory>
#include <string>

// caravan-paysim as a library: an HTTP server on its own port with the Stripe and EasyPost subsets,
// the hosted pages, the control API, the webhook sender and the clock that expires sessions and settles
// delayed refunds. Tests start it in-process on port 0; main.cpp only parses the command line.
namespace caravan::paysim {

class SandboxState;
class WebhookSender;

class Sandbox
{
public:
    explicit Sandbox(PaysimOptions options);
    ~Sandbox();
    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;

    // Binds the port (throws Poco::Net::NetException if it is taken) and starts serving.
    void start();
    // Stops accepting, finishes the requests in flight, stops the sender and the clock.
    void stop();

    std::uint16_t port() const;
    // http://127.0.0.1:PORT (or --public-url), without a trailing slash; set by start().
    const std::string &baseUrl() const;
    // Where it actually listens: http://ADDRESS:PORT (127.0.0.1 for 0.0.0.0).
    std::string listenUrl() const;
    const PaysimOptions &options() const;

    SandboxState &state();
    WebhookSender &sender();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace caravan::paysim
