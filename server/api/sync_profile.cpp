// The `profile` entity on the server (docs/sync.md): the caller's own profile only, mirrored into the
// `users` row the web pages show.
#include "api/sync_handler.h"
#include "listing/countries.h"
#include "listing/issues.h"
#include "listing/text.h"

namespace caravan::api::sync {

using nlohmann::json;
using store::SyncRecord;

namespace {

class ProfileHandler final : public EntityHandler
{
public:
    explicit ProfileHandler(const listing::CountryTable &countries)
        : EntityHandler(caravan::sync::profile())
        , m_countries(countries)
    {}

    Current current(MutationContext &ctx, const std::string &id) override
    {
        // The profile record's id is the user's id.
        if (id != ctx.userId)
            return forbidden(ctx.mutationId);
        auto record = store::SyncStore::loadRecord(ctx.tx, entity().name, id);
        if (!record)
            record = store::SyncStore::profileFromUser(ctx.tx, ctx.userId);
        return record;
    }

    Canonical canonical(MutationContext &ctx, const std::string &, const json &merged,
                        const std::optional<SyncRecord> &, const json &pushed) override
    {
        std::vector<listing::Issue> issues;
        const auto name = merged.value("display_name", "");
        if (!listing::text::isValidUtf8(name) || listing::text::trim(name).empty() ||
            listing::text::codePoints(name) > 80 || listing::text::hasControlChars(name, false))
            issues.push_back({"display_name", "invalid_value", {}});
        if (!m_countries.contains(merged.value("country", "")))
            issues.push_back({"country", "invalid_country", {{"value", merged.value("country", "")}}});
        const auto bio = merged.value("bio", "");
        if (!listing::text::isValidUtf8(bio) || listing::text::codePoints(bio) > 2000 ||
            listing::text::hasControlChars(bio, true))
            issues.push_back({"bio", "invalid_value", {}});
        for (const auto &[field, value] : pushed.items())
            if (!value.is_string() && !value.is_null())
                issues.push_back({field, "json_invalid", {{"expected", "text"}}});
        if (!issues.empty())
            return validationRefusal(ctx.mutationId,
                                     "The profile is not valid: " + issues.front().field + ".", issues);
        return merged;
    }

    void write(MutationContext &ctx, SyncRecord &record) override
    {
        store::SyncStore::saveRecord(ctx.tx, record);
        store::SyncStore::updateUserProfile(ctx.tx, ctx.userId, record.data.value("display_name", ""),
                                            record.data.value("country", ""));
    }

private:
    const listing::CountryTable &m_countries;
};

} // namespace

std::unique_ptr<EntityHandler> makeProfileHandler(const listing::CountryTable &countries)
{
    return std::make_unique<ProfileHandler>(countries);
}

} // namespace caravan::api::sync
