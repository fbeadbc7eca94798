// The `conflict` entity on the server (docs/sync.md, "Push", rule 6): a resolve applies the chosen values
// to the record the conflict is about, as a normal change based on the server values the conflict holds,
// and marks the conflict resolved.
#include "api/sync_handler.h"

namespace caravan::api::sync {

using nlohmann::json;

namespace {

class ConflictHandler final : public EntityHandler
{
public:
    explicit ConflictHandler(HandlerLookup handlers)
        : EntityHandler(caravan::sync::conflict())
        , m_handlers(std::move(handlers))
    {}

    Result resolve(MutationContext &ctx, const Mutation &mutation) override
    {
        auto conflict = store::SyncStore::loadConflict(ctx.tx, mutation.entityId);
        if (!conflict || conflict->ownerId != ctx.userId)
            return forbidden(ctx.mutationId);
        json base = json::object();
        for (const auto &[field, value] : mutation.fields.items()) {
            if (!conflict->fields.contains(field)) {
                auto r = Result::rejected(ctx.mutationId, "not_in_conflict",
                                          "The conflict does not hold the field \"" + field + "\".");
                r.field = field;
                return r;
            }
            base[field] = conflict->fields[field].value("server", json());
        }
        const auto target = store::SyncStore::loadRecord(ctx.tx, conflict->entity, conflict->entityId);
        if (target && target->deleted) {
            // The record is gone: nothing to apply, the conflict is settled.
            if (conflict->state != "resolved") {
                conflict->state = "resolved";
                conflict->revision += 1;
                store::SyncStore::saveConflict(ctx.tx, *conflict);
                ctx.changes.push_back({0, entity().name, conflict->id, "upsert", conflict->revision,
                                       conflict->toJson().dump()});
            }
            return Result::applied(ctx.mutationId, target->revision);
        }
        EntityHandler *handler = m_handlers(conflict->entity);
        if (!handler)
            return Result::rejected(ctx.mutationId, "unsupported",
                                    "Entity \"" + conflict->entity +
                                        "\" does not take the operation \"upsert\".");
        return upsertRecord(*handler, ctx, conflict->entityId, mutation.fields, base, &*conflict);
    }

private:
    HandlerLookup m_handlers;
};

} // namespace

std::unique_ptr<EntityHandler> makeConflictHandler(HandlerLookup handlers)
{
    return std::make_unique<ConflictHandler>(std::move(handlers));
}

} // namespace caravan::api::sync
