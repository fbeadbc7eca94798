#include "http/request.h"

#include <Poco/URI.h>

namespace caravan::http {

std::string lowerAscii(std::string s)
{
    for (auto &c : s)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return s;
}

namespace {
// One name or value of application/x-www-form-urlencoded text: '+' is a space, then %XX escapes.
std::string decodeComponent(std::string s)
{
    for (auto &c : s)
        if (c == '+')
            c = ' ';
    std::string out;
    try {
        Poco::URI::decode(s, out, true);
    } catch (const Poco::Exception &) {
        out.clear();
    }
    return out;
}

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}
} // namespace

std::map<std::string, std::string> parseUrlEncoded(const std::string &text)
{
    std::map<std::string, std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('&', start);
        if (end == std::string::npos)
            end = text.size();
        const auto pair = text.substr(start, end - start);
        if (!pair.empty()) {
            const auto eq = pair.find('=');
            const auto name = decodeComponent(pair.substr(0, eq));
            const auto value = eq == std::string::npos ? std::string() : decodeComponent(pair.substr(eq + 1));
            out.emplace(name, value);
        }
        start = end + 1;
    }
    return out;
}

std::map<std::string, std::string> parseCookies(const std::string &header)
{
    std::map<std::string, std::string> out;
    std::size_t start = 0;
    while (start < header.size()) {
        auto end = header.find(';', start);
        if (end == std::string::npos)
            end = header.size();
        const auto pair = header.substr(start, end - start);
        const auto eq = pair.find('=');
        if (eq != std::string::npos)
            out.emplace(trim(pair.substr(0, eq)), trim(pair.substr(eq + 1)));
        start = end + 1;
    }
    return out;
}

std::string urlEncode(const std::string &text)
{
    std::string out;
    Poco::URI::encode(text, "!#$&'()*+,/:;=?@[]%\"<>", out);
    return out;
}

std::string Request::header(const std::string &lowerName) const
{
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

std::string Request::queryValue(const std::string &name) const
{
    const auto it = query.find(name);
    return it == query.end() ? std::string() : it->second;
}

std::string Request::cookieValue(const std::string &name) const
{
    const auto it = cookies.find(name);
    return it == cookies.end() ? std::string() : it->second;
}

std::string Request::param(const std::string &name) const
{
    const auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
}

bool Request::isFormPost() const
{
    const auto type = header("content-type");
    return type.rfind("application/x-www-form-urlencoded", 0) == 0;
}

const std::map<std::string, std::string> &Request::form() const
{
    if (!m_form)
        m_form = isFormPost() ? parseUrlEncoded(body) : std::map<std::string, std::string>{};
    return *m_form;
}

std::string Request::formValue(const std::string &name) const
{
    const auto &f = form();
    const auto it = f.find(name);
    return it == f.end() ? std::string() : it->second;
}

} // namespace caravan::http
