// The `evidence` entity on the server (docs/sync.md): sealed packing evidence. A record is taken once,
// for one of the caller's orders, with photos the server already holds; from then on the same record
// again changes nothing and anything else is refused as `sealed`. The server adds its receipt time, each
// photo's size and a seal (SHA-256 over the stored record) and keeps the rows append-only.
#include "accounts/crypto.h"
#include "api/sync_handler.h"
#include "listing/issues.h"
#include "listing/listing.h"
#include "store/evidence.h"
#include "store/photo_files.h"
#include "sync/merge.h"


namespace caravan::api::sync {

using nlohmann::json;
using store::SyncRecord;

namespace {

constexpr std::size_t kMaxPhotos = 12;

bool isSha256(const json &v)
{
    return v.is_string() && store::PhotoFiles::isSha256Hex(v.get_ref<const std::string &>());
}

bool positiveUpTo(const json &v, std::int64_t max)
{
    return v.is_number_integer() && v.get<std::int64_t>() > 0 && v.get<std::int64_t>() <= max;
}

// An ISO 8601 UTC time, with or without a fraction of a second (the app records milliseconds).
std::optional<std::int64_t> parseTime(std::string text)
{
    if (const auto dot = text.find('.'); dot == 19) {
        auto end = dot + 1;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            ++end;
        if (end == dot + 1)
            return std::nullopt;
        text.erase(dot, end - dot);
    }
    return listing::parseUtcTimestamp(text);
}

// The stored form of a record: what the seller sent and what the server adds.
store::EvidenceRecord evidenceOf(const std::string &id, const std::string &sellerId, const json &data)
{
    store::EvidenceRecord e;
    e.id = id;
    e.orderId = data.value("order_id", "");
    e.sellerId = sellerId;
    e.data = caravan::sync::sellerPart(caravan::sync::evidence(), data);
    e.receivedAt = listing::parseUtcTimestamp(data.value("received_at", "")).value_or(0);
    const auto &photos = data.at("photos");
    const auto &sizes = data.at("photo_sizes");
    for (std::size_t i = 0; i < photos.size(); ++i)
        e.photos.push_back({photos[i].get<std::string>(), sizes[i].get<std::int64_t>()});
    return e;
}

class EvidenceHandler final : public EntityHandler
{
public:
    EvidenceHandler()
        : EntityHandler(caravan::sync::evidence())
    {}

    Canonical canonical(MutationContext &ctx, const std::string &id, const json &merged,
                        const std::optional<SyncRecord> &current, const json &pushed) override
    {
        const json mine = caravan::sync::sellerPart(entity(), merged);
        if (current) {
            // Compared with what was pushed, not with the merge: a different value is refused, never a
            // conflict to settle.
            for (const auto &[field, value] : pushed.items())
                if (!caravan::sync::sameValue(current->data.value(field, json()), value))
                    return Result::rejected(ctx.mutationId, "sealed",
                                            "Packing evidence is sealed once received: it cannot be changed.");
            return current->data; // the same record again (a retry, another device): nothing changes
        }
        std::vector<listing::Issue> issues;
        const auto orderId = mine.value("order_id", "");
        const auto seller = orderId.empty() ? std::nullopt : store::EvidenceStore::orderSeller(ctx.tx, orderId);
        if (!seller || *seller != ctx.userId)
            return forbidden(ctx.mutationId); // evidence belongs to one of the caller's own orders
        json sizes = json::array();
        const auto photos = mine.value("photos", json());
        if (!photos.is_array() || photos.empty() || photos.size() > kMaxPhotos) {
            issues.push_back({"photos", "invalid_value", {{"max", std::to_string(kMaxPhotos)}}});
        } else {
            for (const auto &p : photos) {
                const auto size = isSha256(p) ? store::EvidenceStore::photoSize(ctx.tx, p.get<std::string>(), ctx.userId)
                                               : std::nullopt;
                if (!size) {
                    issues.push_back({"photos", "photo_missing", {{"sha256", p.is_string() ? p.get<std::string>() : ""}}});
                    break;
                }
                sizes.push_back(*size);
            }
        }
        if (!positiveUpTo(mine.value("weight_g", json()), 100000))
            issues.push_back({"weight_g", "invalid_value", {}});
        const auto dims = mine.value("dims_mm", json());
        if (!dims.is_array() || dims.size() != 3 || !positiveUpTo(dims[0], 5000) || !positiveUpTo(dims[1], 5000) ||
            !positiveUpTo(dims[2], 5000))
            issues.push_back({"dims_mm", "invalid_value", {}});
        const auto note = mine.value("note", json(""));
        if (!note.is_string() || note.get_ref<const std::string &>().size() > 4000)
            issues.push_back({"note", "invalid_value", {}});
        if (!parseTime(mine.value("recorded_at", "")))
            issues.push_back({"recorded_at", "invalid_value", {}});
        if (!isSha256(mine.value("sha256", json())))
            issues.push_back({"sha256", "invalid_value", {}});
        if (!issues.empty())
            return validationRefusal(ctx.mutationId, "The packing evidence is not valid: " + issues.front().field + ".",
                                     issues);
        json out = mine;
        out["received_at"] = listing::formatUtcTimestamp(store::nowSeconds());
        out["photo_sizes"] = sizes;
        out["seal_sha256"] = accounts::sha256Hex(evidenceOf(id, ctx.userId, out).sealText());
        return out;
    }

    void write(MutationContext &ctx, SyncRecord &record) override
    {
        ctx.beforeWrite();
        store::SyncStore::saveRecord(ctx.tx, record);
        auto evidence = evidenceOf(record.entityId, record.ownerId, record.data);
        evidence.sealSha256 = record.data.value("seal_sha256", "");
        store::EvidenceStore::insert(ctx.tx, evidence);
    }
};

} // namespace

std::unique_ptr<EntityHandler> makeEvidenceHandler()
{
    return std::make_unique<EvidenceHandler>();
}

} // namespace caravan::api::sync
