#include "http/dispatcher.h"

#include "http/client_address.h"
#include "http/request_id.h"
#include "http/security_headers.h"
#include "runtime/log.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/URI.h>
#include <chrono>
#include <netinet/in.h>
#include <netinet/tcp.h>

namespace caravan::http {

using server::logEvent;
using server::LogLevel;

namespace {

// "/api/v1/orders/{id}" again from the route's segments (the label of its metrics).
std::string routePattern(const Route &route)
{
    if (route.segments.empty())
        return "/";
    std::string pattern;
    for (const auto &segment : route.segments)
        pattern.append("/").append(segment);
    return pattern;
}

bool isApiPath(const std::string &path)
{
    return path == "/api" || path.rfind("/api/", 0) == 0;
}

// Reads the body up to `limit` bytes; false if there is more.
bool readBody(std::istream &in, std::size_t limit, std::string &body)
{
    body.clear();
    char buffer[8192];
    while (in) {
        in.read(buffer, sizeof buffer);
        const auto got = static_cast<std::size_t>(in.gcount());
        if (body.size() + got > limit)
            return false;
        body.append(buffer, got);
    }
    return true;
}

class RequestHandler : public Poco::Net::HTTPRequestHandler
{
public:
    explicit RequestHandler(const Dispatcher &dispatcher)
        : m_dispatcher(dispatcher)
    {}

    void handleRequest(Poco::Net::HTTPServerRequest &in, Poco::Net::HTTPServerResponse &out) override
    {
        const auto started = std::chrono::steady_clock::now();
        // Both directions of a kept-alive connection would otherwise wait for a delayed ACK (up to 40 ms
        // per request on Linux): a client that writes the header and then the body (Qt does) holds the
        // body back (Nagle) until the header is acknowledged, so the header is acknowledged now; and the
        // answer's body, written after its header, goes out at once (TCP_NODELAY).
        if (auto *impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl *>(&in)) {
            auto &socket = impl->socket();
            socket.setNoDelay(true);
#ifdef TCP_QUICKACK
            socket.setOption(IPPROTO_TCP, TCP_QUICKACK, 1);
#endif
        }
        const auto &options = m_dispatcher.options();
        Request request;
        request.method = in.getMethod();
        request.clientAddress = in.clientAddress().host().toString();
        std::vector<std::string> forwardedFor; // every X-Forwarded-For line, in order (a proxy may add one)
        for (const auto &[name, value] : in) {
            auto lower = lowerAscii(name);
            if (lower == "x-forwarded-for")
                forwardedFor.push_back(value);
            request.headers.emplace(std::move(lower), value);
        }
        // Only a connection from a trusted proxy may say who the client is, whether it used TLS, and which
        // request id it gave the request.
        if (options.trustProxy && isTrustedProxy(request.clientAddress, options.trustedProxies)) {
            request.clientAddress = clientAddress(request.clientAddress, forwardedFor, options.trustedProxies);
            request.secure = lowerAscii(request.header("x-forwarded-proto")) == "https";
            if (const auto incoming = request.header("x-request-id"); isWellFormedRequestId(incoming))
                request.requestId = incoming;
        }
        if (request.requestId.empty())
            request.requestId = newRequestId();
        const server::LogRequestScope logScope(request.requestId);
        request.cookies = parseCookies(request.header("cookie"));

        Response response;
        bool keepAlive = true;
        try {
            Poco::URI uri(in.getURI());
            request.path = uri.getPath();
            request.query = parseUrlEncoded(uri.getRawQuery());
            const auto limit = bodyLimitFor(options, request.path);
            if (in.hasContentLength() && in.getContentLength64() > static_cast<Poco::Int64>(limit)) {
                response = tooLarge(request);
                keepAlive = false;
            } else if (!readBody(in.stream(), limit, request.body)) {
                response = tooLarge(request);
                keepAlive = false;
            } else {
                response = m_dispatcher.handle(request);
            }
        } catch (const Poco::SyntaxException &) {
            response = Response::text(400, "Bad request: the URL is malformed.\n");
        }
        applySecurityHeaders(response, request.secure, m_dispatcher.options().contentSecurityPolicy);
        response.setHeader("X-Request-Id", request.requestId);

        out.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(response.status));
        out.setContentType(response.contentType);
        for (const auto &[name, value] : response.headers) {
            if (name == "Set-Cookie")
                out.add(name, value);
            else
                out.set(name, value);
        }
        if (!keepAlive)
            out.setKeepAlive(false);
        out.setContentLength64(static_cast<Poco::Int64>(response.body.size()));
        if (request.method == "HEAD")
            out.send();
        else
            out.sendBuffer(response.body.data(), response.body.size());

        const auto took = std::chrono::steady_clock::now() - started;
        const auto ms = std::chrono::duration<double, std::milli>(took).count();
        char msText[32];
        std::snprintf(msText, sizeof msText, "%.1f", ms);
        logEvent(response.status >= 500 ? LogLevel::Error : LogLevel::Info, "request",
                 {{"method", request.method},
                  {"path", request.path},
                  {"status", std::to_string(response.status)},
                  {"ms", msText},
                  {"bytes", std::to_string(response.body.size())},
                  {"client", request.clientAddress}});
        if (const auto &finished = m_dispatcher.hooks().finished)
            finished(request, response, took);
    }

private:
    Response tooLarge(Request &request) const
    {
        auto r = Response::text(413, "Request body too large.\n");
        if (isApiPath(request.path))
            r = Response::jsonError(413, "payload_too_large",
                                    "The request body is larger than the server accepts.");
        return r;
    }

    const Dispatcher &m_dispatcher;
};

} // namespace

Dispatcher::Dispatcher(const Router &router, PipelineHooks hooks, DispatcherOptions options)
    : m_router(router)
    , m_hooks(std::move(hooks))
    , m_options(options)
{}

Poco::Net::HTTPRequestHandler *Dispatcher::createRequestHandler(const Poco::Net::HTTPServerRequest &)
{
    return new RequestHandler(*this);
}

Response Dispatcher::handle(Request &request) const
{
    const bool api = isApiPath(request.path);
    try {
        const std::string method = request.method == "HEAD" ? "GET" : request.method;
        const auto match = m_router.match(method, request.path, request.params);
        if (match.route)
            request.route = routePattern(*match.route);
        if (!match.route) {
            auto r = m_hooks.error(request, match.pathMatched ? 405 : 404, api);
            if (match.pathMatched)
                r.setHeader("Allow", match.allowed);
            return r;
        }
        if (m_hooks.before)
            if (auto stop = m_hooks.before(request, *match.route))
                return *stop;
        return match.route->handler(request);
    } catch (const std::exception &e) {
        std::string detail = e.what();
        if (const auto *pe = dynamic_cast<const Poco::Exception *>(&e))
            detail = pe->displayText();
        logEvent(LogLevel::Error, "handler_failed", {{"path", request.path}, {"error", detail}});
        return m_hooks.error(request, 500, api);
    }
}

namespace {

// Whether `path` matches `pattern`, where each `*` is one whole path segment.
bool matchesSegments(const std::string &pattern, const std::string &path)
{
    std::size_t p = 0, q = 0;
    while (p < pattern.size() && q < path.size()) {
        if (pattern[p] == '*') {
            const auto end = path.find('/', q);
            if (end == q)
                return false; // an empty segment
            q = end == std::string::npos ? path.size() : end;
            ++p;
        } else if (pattern[p++] != path[q++]) {
            return false;
        }
    }
    return p == pattern.size() && q == path.size();
}

} // namespace

std::size_t bodyLimitFor(const DispatcherOptions &options, const std::string &path)
{
    if (const auto exact = options.largerBodies.find(path); exact != options.largerBodies.end())
        return exact->second;
    for (const auto &[pattern, limit] : options.largerBodies)
        if (pattern.find('*') != std::string::npos && matchesSegments(pattern, path))
            return limit;
    return options.maxBodyBytes;
}

} // namespace caravan::http
