#include "http/response.h"

#include <nlohmann/json.hpp>
#include <strings.h>

namespace caravan::http {

void Response::setHeader(const std::string &name, const std::string &value)
{
    for (auto &h : headers)
        if (strcasecmp(h.first.c_str(), name.c_str()) == 0) {
            h.second = value;
            return;
        }
    headers.emplace_back(name, value);
}

std::string Response::header(const std::string &name) const
{
    for (const auto &h : headers)
        if (strcasecmp(h.first.c_str(), name.c_str()) == 0)
            return h.second;
    return {};
}

Response Response::json(int status, const nlohmann::json &body)
{
    Response r;
    r.status = status;
    r.contentType = "application/json; charset=utf-8";
    r.body = body.dump();
    r.setHeader("Cache-Control", "no-store");
    return r;
}

Response Response::jsonError(int status, const std::string &code, const std::string &message)
{
    return json(status, nlohmann::json{{"error", code}, {"message", message}});
}

Response Response::redirect(const std::string &location, int status)
{
    Response r;
    r.status = status;
    r.setHeader("Location", location);
    r.contentType = "text/plain; charset=utf-8";
    r.body = "See " + location + "\n";
    return r;
}

Response Response::text(int status, const std::string &text)
{
    Response r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = text;
    return r;
}

std::string cookie(const std::string &name, const std::string &value, long maxAgeSeconds, bool httpOnly,
                   bool secure)
{
    std::string out = name + "=" + value + "; Path=/; SameSite=Lax";
    if (maxAgeSeconds >= 0)
        out += "; Max-Age=" + std::to_string(maxAgeSeconds);
    if (httpOnly)
        out += "; HttpOnly";
    if (secure)
        out += "; Secure";
    return out;
}

} // namespace caravan::http
