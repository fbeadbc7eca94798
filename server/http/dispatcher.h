#pragma once

#include "http/client_address.h"
#include "http/router.h"
#include "http/security_headers.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <chrono>
#include <functional>
#include <map>
#include <optional>

namespace caravan::http {

struct DispatcherOptions
{
    std::size_t maxBodyBytes = 1024 * 1024;
    bool trustProxy = false; // take the client address and scheme from X-Forwarded-For/-Proto
    // The proxies whose X-Forwarded-For hops are believed (http.trusted_proxies); see clientAddress().
    std::vector<Cidr> trustedProxies;
    // The Content-Security-Policy of every response (contentSecurityPolicy() in security_headers.h).
    std::string contentSecurityPolicy = kContentSecurityPolicy;
    // Paths whose bodies may be larger than maxBodyBytes (a payout identity document, a web form with
    // photos), with their limit. A `*` stands for one path segment: "/disputes/*/messages".
    std::map<std::string, std::size_t> largerBodies{};
};

// The body limit of `path`: its entry in options.largerBodies, else options.maxBodyBytes.
std::size_t bodyLimitFor(const DispatcherOptions &options, const std::string &path);

struct PipelineHooks
{
    // Runs before the handler: recognises the caller, checks CSRF and access. A response stops the request.
    std::function<std::optional<Response>(Request &, const Route &)> before;
    // The page or JSON for an error status the dispatcher decides itself (400, 404, 405, 413, 500).
    std::function<Response(Request &, int status, bool api)> error;
    // After the answer was sent (metrics): the request with its route, the response, the time it took.
    std::function<void(const Request &, const Response &, std::chrono::steady_clock::duration)> finished;
};

// Turns Poco's requests into Request, runs the route, writes the Response with the security headers,
// and logs one line per request.
class Dispatcher : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Dispatcher(const Router &router, PipelineHooks hooks, DispatcherOptions options);
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &request) override;

    // The whole pipeline for an already-parsed request (also what the Poco handler calls).
    Response handle(Request &request) const;

    const DispatcherOptions &options() const { return m_options; }
    const PipelineHooks &hooks() const { return m_hooks; }

private:
    const Router &m_router;
    PipelineHooks m_hooks;
    DispatcherOptions m_options;
};

} // namespace caravan::http
