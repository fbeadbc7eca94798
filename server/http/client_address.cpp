#include "http/client_address.h"

#include <arpa/inet.h>
#include <stdexcept>

namespace caravan::http {

namespace {

using Address = std::array<unsigned char, 16>;

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::optional<Address> parseBare(std::string_view text, bool &isV4)
{
    if (text.empty() || text.size() > 45)
        return std::nullopt;
    const std::string s(text);
    Address a{};
    unsigned char v4[4];
    if (inet_pton(AF_INET, s.c_str(), v4) == 1) {
        a[10] = a[11] = 0xFF;
        for (int i = 0; i < 4; ++i)
            a[12 + i] = v4[i];
        isV4 = true;
        return a;
    }
    if (inet_pton(AF_INET6, s.c_str(), a.data()) == 1) {
        isV4 = false;
        return a;
    }
    return std::nullopt;
}

// The address part of a forwarded hop: "[v6]:port", "v4:port", or a bare address.
std::string_view hostPart(std::string_view text)
{
    text = trim(text);
    if (!text.empty() && text.front() == '[') {
        const auto close = text.find(']');
        return close == std::string_view::npos ? std::string_view{} : text.substr(1, close - 1);
    }
    const auto colon = text.find(':');
    if (colon != std::string_view::npos && text.find(':', colon + 1) == std::string_view::npos)
        return text.substr(0, colon); // exactly one colon: IPv4 with a port
    return text;
}

std::vector<std::string_view> hops(const std::vector<std::string> &values)
{
    std::vector<std::string_view> out;
    for (const auto &value : values) {
        std::string_view rest(value);
        while (true) {
            const auto comma = rest.find(',');
            out.push_back(trim(rest.substr(0, comma)));
            if (comma == std::string_view::npos)
                break;
            rest.remove_prefix(comma + 1);
        }
    }
    return out;
}

bool trusted(const Address &a, const std::vector<Cidr> &list)
{
    for (const auto &c : list)
        if (c.contains(a))
            return true;
    return false;
}

} // namespace

bool Cidr::contains(const Address &address) const
{
    int bits = prefix;
    for (std::size_t i = 0; i < 16 && bits > 0; ++i, bits -= 8) {
        const unsigned char mask = bits >= 8 ? 0xFF : static_cast<unsigned char>(0xFF << (8 - bits));
        if ((address[i] & mask) != (network[i] & mask))
            return false;
    }
    return true;
}

std::optional<Cidr> Cidr::parse(std::string_view text)
{
    text = trim(text);
    const auto slash = text.find('/');
    bool isV4 = false;
    const auto address = parseBare(text.substr(0, slash), isV4);
    if (!address)
        return std::nullopt;
    Cidr c;
    c.network = *address;
    const int maxBits = isV4 ? 32 : 128;
    int bits = maxBits;
    if (slash != std::string_view::npos) {
        const auto digits = text.substr(slash + 1);
        if (digits.empty() || digits.size() > 3)
            return std::nullopt;
        bits = 0;
        for (char ch : digits) {
            if (ch < '0' || ch > '9')
                return std::nullopt;
            bits = bits * 10 + (ch - '0');
        }
        if (bits > maxBits)
            return std::nullopt;
    }
    c.prefix = isV4 ? 96 + bits : bits;
    return c;
}

std::vector<Cidr> Cidr::parseList(std::string_view text)
{
    std::vector<Cidr> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find_first_of(", ", start);
        if (end == std::string_view::npos)
            end = text.size();
        const auto item = text.substr(start, end - start);
        if (!item.empty()) {
            const auto c = parse(item);
            if (!c)
                throw std::invalid_argument("\"" + std::string(item) + "\" is not an address or network");
            out.push_back(*c);
        }
        start = end + 1;
    }
    return out;
}

std::optional<Address> parseAddress(std::string_view text)
{
    bool isV4 = false;
    return parseBare(hostPart(text), isV4);
}

std::string formatAddress(const Address &a)
{
    char buffer[INET6_ADDRSTRLEN] = {};
    bool mapped = true;
    for (int i = 0; i < 10; ++i)
        mapped = mapped && a[i] == 0;
    mapped = mapped && a[10] == 0xFF && a[11] == 0xFF;
    if (mapped)
        inet_ntop(AF_INET, a.data() + 12, buffer, sizeof buffer);
    else
        inet_ntop(AF_INET6, a.data(), buffer, sizeof buffer);
    return buffer;
}

bool isTrustedProxy(const std::string &peer, const std::vector<Cidr> &trustedProxies)
{
    const auto a = parseAddress(peer);
    return a && trusted(*a, trustedProxies);
}

std::string clientAddress(const std::string &peer, const std::vector<std::string> &forwardedFor,
                          const std::vector<Cidr> &trustedProxies)
{
    const auto peerAddress = parseAddress(peer);
    if (!peerAddress || !trusted(*peerAddress, trustedProxies))
        return peer; // a direct client: whatever it wrote in the header is its own claim
    std::string client = formatAddress(*peerAddress);
    const auto list = hops(forwardedFor);
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
        const auto hop = parseAddress(*it);
        if (!hop)
            break; // not written by a proxy we trust: stay with the last trusted hop
        client = formatAddress(*hop);
        if (!trusted(*hop, trustedProxies))
            break;
    }
    return client;
}

} // namespace caravan::http
