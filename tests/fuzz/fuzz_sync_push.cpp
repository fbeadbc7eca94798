// Fuzz target: the body of POST /api/v1/sync/push up to the database (server/api): the request body
// (plain, gzip made here, or raw bytes claimed to be gzip) through jsonBody, the push decoder
// (shared/sync), the field ownership and three-way merge, and the listing decoder with the server's
// validation.
#include "api/sync_http.h"
#include "listing/listing_json.h"
#include "listing/validation.h"
#include "sync/codec.h"
#include "sync/entity.h"
#include "sync/merge.h"

#include <cstdint>
#include <string>

namespace {
constexpr std::size_t kLimit = 1 << 20;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace caravan;
    using nlohmann::json;
    if (size == 0)
        return 0;
    const int mode = data[0] % 3;
    std::string body(reinterpret_cast<const char *>(data) + 1, size - 1);
    http::Request request;
    request.method = "POST";
    request.path = "/api/v1/sync/push";
    request.headers["content-type"] = "application/json";
    if (mode == 1)
        body = api::sync::gzip(body);
    if (mode != 0)
        request.headers["content-encoding"] = "gzip";
    request.body = body;

    std::optional<http::Response> error;
    const auto doc = api::sync::jsonBody(request, kLimit, error);
    if (!doc)
        return 0;
    const auto push = sync::decodePush(*doc);
    if (!push.ok())
        return 0;
    for (const auto &mutation : push.request.mutations) {
        (void)sync::encodeText(mutation);
        if (mutation.entity != sync::listing().name)
            continue;
        if (sync::refuseFields(sync::listing(), mutation.fields))
            continue;
        const auto merged = sync::mergeFields(json::object(), mutation.base, mutation.fields);
        json sellerPart = merged.merged;
        sellerPart["id"] = mutation.entityId;
        const auto decoded = listing::fromJson(sellerPart);
        if (!decoded.ok())
            continue;
        static const listing::ValidationContext context{};
        if (listing::validateForStatus(decoded.listing, context).empty())
            (void)listing::contentHash(decoded.listing);
    }
    return 0;
}
