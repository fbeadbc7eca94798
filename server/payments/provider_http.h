#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

// One HTTP exchange with a provider (or, from the sandbox, with a webhook endpoint): a fresh connection
// per call, so any number of threads may call at once. https:// URLs go through TLS with the system's
// CA store and the peer's certificate and host name verified.
namespace caravan::payments {

struct HttpCall
{
    std::string method = "GET";
    std::string url; // absolute: http://127.0.0.1:12111/v1/refunds, https://api.stripe.com/v1/...
    std::vector<std::pair<std::string, std::string>> headers;
    std::string contentType; // empty: no body is sent
    std::string body;
    int timeoutSeconds = 15; // connect, send and receive each
};

struct HttpAnswer
{
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers; // lower-case names
    std::string header(const std::string &lowerName) const;
};

// Sends the call and reads the whole answer, whatever its status. Throws ProviderError(0, "network",
// ..., transient = true) when no answer arrived (refused, reset, timed out, TLS failure), and
// ProviderError(0, "invalid_url", ..., false) for a URL that cannot be used.
HttpAnswer sendHttp(const HttpCall &call);

// `base` ("https://api.stripe.com", with or without a trailing slash) followed by `path` ("/v1/...").
std::string joinUrl(const std::string &base, const std::string &path);

// Percent-encodes everything but the unreserved characters of RFC 3986 (A-Z a-z 0-9 - . _ ~): safe in
// a path segment, a query value and a form field.
std::string percentEncode(const std::string &text);

// "Basic base64(user:password)".
std::string basicAuthorization(const std::string &user, const std::string &password);

} // namespace caravan::payments
