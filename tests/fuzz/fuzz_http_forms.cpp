// Fuzz target: what the server parses from request headers and form bodies (server/http): the Cookie
// header, application/x-www-form-urlencoded bodies and query strings, and the client-address parsing
// of X-Forwarded-For and http.trusted_proxies, and the same body read as multipart/form-data (the
// dispute forms with photos). The input's first line is the Cookie header, the second the X-Forwarded-For
// value, the rest the form body.
#include "http/client_address.h"
#include "http/request.h"

#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace caravan::http;
    const std::string text(reinterpret_cast<const char *>(data), size);
    const auto firstBreak = text.find('\n');
    const std::string cookie = text.substr(0, firstBreak);
    const std::string rest = firstBreak == std::string::npos ? std::string() : text.substr(firstBreak + 1);
    const auto secondBreak = rest.find('\n');
    const std::string forwarded = rest.substr(0, secondBreak);
    const std::string form = secondBreak == std::string::npos ? std::string() : rest.substr(secondBreak + 1);

    (void)parseCookies(cookie);
    const auto fields = parseUrlEncoded(form);
    // What urlEncode writes, parseUrlEncoded reads back.
    for (const auto &[name, value] : fields) {
        if (name.empty())
            continue;
        const auto back = parseUrlEncoded(urlEncode(name) + "=" + urlEncode(value));
        const auto it = back.find(name);
        if (it == back.end() || it->second != value)
            std::abort();
    }

    Request request;
    request.headers["content-type"] = "application/x-www-form-urlencoded";
    request.body = form;
    (void)request.isFormPost();
    (void)request.formValue("next");

    // The body again as a multipart form with a fixed boundary: whatever it holds, reading it ends with
    // fields and files or with none, never a crash; a file's text is a field only when no field has the name.
    Request multipart;
    multipart.method = "POST";
    multipart.headers["content-type"] = "multipart/form-data; boundary=fuzzboundary";
    multipart.body = form;
    const auto &fields2 = multipart.form();
    for (const auto &f : multipart.files())
        if (fields2.find(f.field) == fields2.end() && f.bytes.size() <= 64 * 1024)
            std::abort();

    std::string_view items(forwarded);
    while (!items.empty()) {
        const auto comma = items.find(',');
        const std::string_view item = items.substr(0, comma);
        if (const auto address = parseAddress(item)) {
            // The canonical text of an address parses back to the same address.
            const auto again = parseAddress(formatAddress(*address));
            if (!again || *again != *address)
                std::abort();
        }
        (void)Cidr::parse(item);
        items = comma == std::string_view::npos ? std::string_view() : items.substr(comma + 1);
    }
    try {
        (void)Cidr::parseList(forwarded);
    } catch (const std::invalid_argument &) {
        // documented: names the first entry that is not a network
    }
    return 0;
}
