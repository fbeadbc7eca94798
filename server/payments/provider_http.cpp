#include "payments/provider_http.h"

#include "payments/json_fields.h"
#include "payments/payment_provider.h"

#include <Poco/Base64Encoder.h>
#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>
#include <memory>
#include <mutex>
#include <sstream>

namespace caravan::payments {

namespace {

constexpr std::size_t kMaxAnswerBytes = 8 * 1024 * 1024;

// One client context for the process: TLS 1.2 or newer, the peer's chain verified against the system's
// CA store (OpenSSL's default paths) and its name against the host (Poco checks it after the handshake).
Poco::Net::Context::Ptr clientContext()
{
    static Poco::Net::Context::Ptr context;
    static std::once_flag once;
    std::call_once(once, [] {
        Poco::Net::initializeSSL();
        context = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "",
                                         Poco::Net::Context::VERIFY_RELAXED, 9, true);
        context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
    });
    return context;
}

} // namespace

std::string HttpAnswer::header(const std::string &lowerName) const
{
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

HttpAnswer sendHttp(const HttpCall &call)
{
    Poco::URI uri;
    try {
        uri = Poco::URI(call.url);
    } catch (const Poco::Exception &e) {
        throw ProviderError(0, "invalid_url", "cannot use the URL " + call.url + ": " + e.displayText(),
                            false);
    }
    const bool tls = uri.getScheme() == "https";
    if ((!tls && uri.getScheme() != "http") || uri.getHost().empty())
        throw ProviderError(0, "invalid_url", "the URL " + call.url + " is not an absolute http(s) URL",
                            false);

    const std::string what = call.method + " " + call.url;
    try {
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (tls)
            session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(),
                                                                      clientContext());
        else
            session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
        session->setTimeout(Poco::Timespan(call.timeoutSeconds, 0));
        session->setKeepAlive(false);

        Poco::Net::HTTPRequest request(call.method, uri.getPathAndQuery(), Poco::Net::HTTPMessage::HTTP_1_1);
        for (const auto &[name, value] : call.headers)
            request.set(name, value);
        if (!call.contentType.empty()) {
            request.setContentType(call.contentType);
            request.setContentLength64(static_cast<Poco::Int64>(call.body.size()));
        } else if (call.method == "POST" || call.method == "PUT") {
            request.setContentLength(0);
        }
        auto &out = session->sendRequest(request);
        if (!call.contentType.empty())
            out.write(call.body.data(), static_cast<std::streamsize>(call.body.size()));

        Poco::Net::HTTPResponse response;
        auto &in = session->receiveResponse(response);
        HttpAnswer answer;
        answer.status = static_cast<int>(response.getStatus());
        for (const auto &[name, value] : response)
            answer.headers.emplace(lowerAscii(name), value);
        char buffer[16384];
        while (in) {
            in.read(buffer, sizeof buffer);
            answer.body.append(buffer, static_cast<std::size_t>(in.gcount()));
            if (answer.body.size() > kMaxAnswerBytes)
                throw ProviderError(0, "network", what + ": the answer is larger than 8 MiB", true);
        }
        return answer;
    } catch (const Poco::Exception &e) {
        throw ProviderError(0, "network", what + ": " + e.displayText(), true);
    } catch (const std::ios_base::failure &e) {
        throw ProviderError(0, "network", what + ": " + e.what(), true);
    }
}

std::string joinUrl(const std::string &base, const std::string &path)
{
    std::string out = base;
    while (!out.empty() && out.back() == '/')
        out.pop_back();
    return out + path;
}

std::string percentEncode(const std::string &text)
{
    static const char *hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
            c == '.' || c == '_' || c == '~') {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string basicAuthorization(const std::string &user, const std::string &password)
{
    std::ostringstream encoded;
    Poco::Base64Encoder encoder(encoded);
    encoder.rdbuf()->setLineLength(0);
    encoder << user << ':' << password;
    encoder.close();
    return "Basic " + encoded.str();
}

} // namespace caravan::payments
