#include "web/local_url.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>
#include <cstring>

namespace caravan::web {

namespace {

constexpr std::size_t kMaxLength = 2048;

bool isUnreserved(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

bool isPathCharacter(unsigned char c)
{
    return isUnreserved(c) || (c != 0 && std::strchr("!$&'()*+,;=:@/", c) != nullptr);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The path part (before "?" and "#") with its %XX escapes decoded; false for a malformed escape.
bool decodedPath(std::string_view target, std::string &out)
{
    const auto end = target.find_first_of("?#");
    const auto path = target.substr(0, end);
    out.clear();
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] != '%') {
            out += path[i];
            continue;
        }
        if (i + 2 >= path.size() || hexValue(path[i + 1]) < 0 || hexValue(path[i + 2]) < 0)
            return false;
        out += char(hexValue(path[i + 1]) * 16 + hexValue(path[i + 2]));
        i += 2;
    }
    return true;
}

} // namespace

bool isLocalPath(std::string_view target)
{
    if (target.empty() || target.size() > kMaxLength || target.front() != '/')
        return false;
    if (target.size() > 1 && (target[1] == '/' || target[1] == '\\'))
        return false;
    for (std::size_t i = 0; i < target.size(); ++i) {
        const auto c = static_cast<unsigned char>(target[i]);
        if (c == '%') {
            if (i + 2 >= target.size() || hexValue(target[i + 1]) < 0 || hexValue(target[i + 2]) < 0)
                return false;
        } else if (!isPathCharacter(c) && c != '?' && c != '#') {
            return false;
        }
    }
    // The decoded path must be as harmless: a server or proxy that decodes it must not find another host, a
    // control character, a further escape or a way out of the path in it.
    std::string decoded;
    if (!decodedPath(target, decoded) || decoded.empty() || decoded.front() != '/' ||
        decoded.rfind("//", 0) == 0)
        return false;
    std::size_t segmentStart = 1;
    for (std::size_t i = 0; i <= decoded.size(); ++i) {
        if (i < decoded.size()) {
            const auto c = static_cast<unsigned char>(decoded[i]);
            if (c < 0x20 || c == 0x7f || c == '\\')
                return false;
            // Still an escape after decoding: encoded twice, meant for someone who decodes again.
            if (c == '%' && i + 2 < decoded.size() && hexValue(decoded[i + 1]) >= 0 && hexValue(decoded[i + 2]) >= 0)
                return false;
            if (c != '/')
                continue;
        }
        const auto segment = std::string_view(decoded).substr(segmentStart, i - segmentStart);
        if (segment == "." || segment == "..")
            return false;
        segmentStart = i + 1;
    }
    try {
        const Poco::URI uri{std::string(target)};
        return uri.getScheme().empty() && uri.getHost().empty() && uri.getUserInfo().empty() &&
               uri.getPath().rfind("/", 0) == 0 && uri.getPath().rfind("//", 0) != 0;
    } catch (const Poco::Exception &) {
        return false;
    }
}

std::string localPathOr(const std::string &target, const std::string &fallback)
{
    return isLocalPath(target) ? target : fallback;
}

std::string pathForLinks(const std::string &decodedPath)
{
    static const char *hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(decodedPath.size());
    for (const char ch : decodedPath) {
        const auto c = static_cast<unsigned char>(ch);
        if (isPathCharacter(c)) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return isLocalPath(out) ? out : "/";
}

} // namespace caravan::web
