// Fuzz target: the body of POST /api/v1/sync/push up to the database (server/api): the request body
// (plain, gzip made here, or raw bytes claimed to be gzip) through jsonBody, checkPush, the field
// ownership and three-way merge, and the listing decoder with the server's validation.
#include "api/sync_http.h"
#include "api/sync_merge.h"
#include "api/sync_service.h"
#include "listing/listing_json.h"
#include "listing/validation.h"

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
    if (!api::sync::SyncService::checkPush(*doc).empty())
        return 0;
    const auto &fieldsOf = api::sync::listingFields();
    for (const auto &mutation : doc->at("mutations")) {
        if (mutation.at("entity") != "listing" || !mutation.contains("fields"))
            continue;
        const json &fields = mutation.at("fields");
        bool allowed = true;
        for (const auto &[field, value] : fields.items())
            allowed = allowed && fieldsOf.sellerOwned.count(field) > 0;
        if (!allowed)
            continue;
        const json base =
            mutation.contains("base") && mutation["base"].is_object() ? mutation["base"] : json::object();
        const auto merged = api::sync::mergeFields(json::object(), base, fields);
        json sellerPart = merged.merged;
        sellerPart["id"] = mutation.at("entity_id");
        const auto decoded = listing::fromJson(sellerPart);
        if (!decoded.ok())
            continue;
        static const listing::ValidationContext context{};
        if (listing::validateForStatus(decoded.listing, context).empty())
            (void)listing::contentHash(decoded.listing);
    }
    return 0;
}
