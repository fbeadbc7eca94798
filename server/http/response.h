#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <utility>
#include <vector>

namespace caravan::http {

struct Response
{
    int status = 200;
    std::string contentType = "text/html; charset=utf-8";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers; // besides Content-Type and the security headers

    void setHeader(const std::string &name, const std::string &value);
    std::string header(const std::string &name) const;
    void addCookie(const std::string &setCookieValue) { headers.emplace_back("Set-Cookie", setCookieValue); }

    static Response json(int status, const nlohmann::json &body);
    // API error body: {"error": code, "message": text}
    static Response jsonError(int status, const std::string &code, const std::string &message);
    static Response redirect(const std::string &location, int status = 303);
    static Response text(int status, const std::string &text);
};

// Formats a Set-Cookie value. maxAgeSeconds < 0: a session cookie; 0: delete it.
std::string cookie(const std::string &name, const std::string &value, long maxAgeSeconds, bool httpOnly,
                   bool secure);

} // namespace caravan::http
