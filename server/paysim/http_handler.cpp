#include "paysim/http_handler.h"

#include "runtime/log.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/URI.h>

namespace caravan::paysim {

namespace {

constexpr std::size_t kMaxBodyBytes = 1024 * 1024;
constexpr const char *kPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                                "form-action 'self' http: https:; frame-ancestors 'none'; base-uri 'none'";

class Handler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit Handler(const SandboxHandlerFactory &factory)
        : m_factory(factory)
    {}

    void handleRequest(Poco::Net::HTTPServerRequest &in, Poco::Net::HTTPServerResponse &out) override
    {
        if (auto *impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl *>(&in))
            impl->socket().setNoDelay(true);
        http::Request request;
        request.method = in.getMethod();
        request.clientAddress = in.clientAddress().host().toString();
        for (const auto &[name, value] : in)
            request.headers.emplace(http::lowerAscii(name), value);

        http::Response response;
        try {
            Poco::URI uri(in.getURI());
            request.path = uri.getPath();
            request.query = http::parseUrlEncoded(uri.getRawQuery());
            if (readBody(in.stream(), request.body)) {
                response = m_factory.handle(request);
            } else {
                response = http::Response::text(413, "SANDBOX: the request body is larger than 1 MiB.\n");
                out.setKeepAlive(false);
            }
        } catch (const Poco::SyntaxException &) {
            response = http::Response::text(400, "SANDBOX: the URL is malformed.\n");
        }
        response.setHeader("X-Sandbox", "caravan-paysim; not a real payment provider");
        response.setHeader("Content-Security-Policy", kPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (response.header("Cache-Control").empty())
            response.setHeader("Cache-Control", "no-store");

        out.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
        out.setContentType(response.contentType);
        for (const auto &[name, value] : response.headers)
            out.set(name, value);
        out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
        if (request.method == "HEAD")
            out.send();
        else
            out.sendBuffer(response.body.data(), response.body.size());
    }

private:
    static bool readBody(std::istream &in, std::string &body)
    {
        char buffer[8192];
        while (in) {
            in.read(buffer, sizeof buffer);
            body.append(buffer, static_cast<std::size_t>(in.gcount()));
            if (body.size() > kMaxBodyBytes)
                return false;
        }
        return true;
    }

    const SandboxHandlerFactory &m_factory;
};

} // namespace

SandboxHandlerFactory::SandboxHandlerFactory(const http::Router &router, ErrorAnswer error)
    : m_router(router)
    , m_error(std::move(error))
{}

Poco::Net::HTTPRequestHandler *
SandboxHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest &)
{
    return new Handler(*this);
}

http::Response SandboxHandlerFactory::handle(http::Request &request) const
{
    try {
        const std::string method = request.method == "HEAD" ? "GET" : request.method;
        const auto match = m_router.match(method, request.path, request.params);
        if (!match.route) {
            auto r = m_error(request, match.pathMatched ? 405 : 404);
            if (match.pathMatched)
                r.setHeader("Allow", match.allowed);
            return r;
        }
        return match.route->handler(request);
    } catch (const std::exception &e) {
        server::logEvent(server::LogLevel::Error, "paysim_handler_failed",
                         {{"path", request.path}, {"error", e.what()}});
        return m_error(request, 500);
    }
}

} // namespace caravan::paysim
