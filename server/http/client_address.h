#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caravan::http {

// An IPv4 or IPv6 network ("10.0.0.0/8", "::1/128", or one address). IPv4 addresses are kept as
// IPv4-mapped IPv6 (::ffff:a.b.c.d), so "127.0.0.1" and "::ffff:127.0.0.1" are the same address.
struct Cidr
{
    std::array<unsigned char, 16> network{};
    int prefix = 128; // in IPv6 bits (an IPv4 /8 is stored as /104)

    bool contains(const std::array<unsigned char, 16> &address) const;
    // Parses "a.b.c.d[/n]" or an IPv6 address "[/n]"; nothing if it is not one.
    static std::optional<Cidr> parse(std::string_view text);
    // A comma- or space-separated list; throws std::invalid_argument naming the first entry that is not a
    // network.
    static std::vector<Cidr> parseList(std::string_view text);
};

// Parses one address as a client or proxy writes it: "203.0.113.7", "2001:db8::1", "[2001:db8::1]:443",
// "203.0.113.7:5000" (a port is dropped). Nothing if it is not an address.
std::optional<std::array<unsigned char, 16>> parseAddress(std::string_view text);
// The canonical text of an address (IPv4-mapped addresses as a.b.c.d).
std::string formatAddress(const std::array<unsigned char, 16> &address);

// The address of the client behind a chain of proxies. `peer` is the address the connection came from;
// `forwardedFor` every X-Forwarded-For value in the order the header lines came (each proxy appends the
// address it saw on the right). Only when the peer is a trusted proxy is the header read at all: then
// the hops are walked from the right, skipping trusted proxies, and the first untrusted hop is the client
// (anything left of it was written by that client and is not believed). If every hop is trusted the
// leftmost one is taken. A hop that is not an address ends the walk at the last trusted hop.
std::string clientAddress(const std::string &peer, const std::vector<std::string> &forwardedFor,
                          const std::vector<Cidr> &trustedProxies);
// Whether `peer` is one of the trusted proxies (then X-Forwarded-Proto is believed too).
bool isTrustedProxy(const std::string &peer, const std::vector<Cidr> &trustedProxies);

} // namespace caravan::http
