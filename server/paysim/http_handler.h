#pragma once

#include "http/router.h"

#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <functional>

// The sandbox's own request pipeline over the server's Router, Request and Response: no sessions, no
// CSRF, a Content-Security-Policy that lets the payment form send the buyer back to the merchant's
// success_url, and an X-Sandbox header on every answer.
namespace caravan::paysim {

// The answer for a status the pipeline decides itself (404, 405, 413, 500), by path (JSON for the APIs,
// a SANDBOX page otherwise).
using ErrorAnswer = std::function<http::Response(const http::Request &, int status)>;

class SandboxHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    SandboxHandlerFactory(const http::Router &router, ErrorAnswer error);
    Poco::Net::HTTPRequestHandler *createRequestHandler(const Poco::Net::HTTPServerRequest &request) override;

    http::Response handle(http::Request &request) const;

private:
    const http::Router &m_router;
    ErrorAnswer m_error;
};

} // namespace caravan::paysim
