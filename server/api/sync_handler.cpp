#include "api/sync_handler.h"

#include "listing/issues.h"
#include "sync/merge.h"

#include <Poco/UUIDGenerator.h>

namespace caravan::api::sync {

using nlohmann::json;
using store::SyncRecord;

void MutationContext::appendUpsert(const SyncRecord &record)
{
    changes.push_back({0, record.entity, record.entityId, "upsert", record.revision, record.data.dump()});
}

Result forbidden(std::int64_t mutationId)
{
    return Result::rejected(mutationId, "forbidden", "The record does not exist or belongs to someone else.");
}

Result validationRefusal(std::int64_t mutationId, const std::string &message,
                         const std::vector<listing::Issue> &issues)
{
    auto r = Result::rejected(mutationId, "validation", message);
    json out = json::array();
    for (const auto &i : issues)
        out.push_back(json{{"field", i.field}, {"code", i.code}, {"params", i.params}});
    r.issues = std::move(out);
    return r;
}

namespace {

Result unsupported(std::int64_t mutationId, const std::string &entity, const std::string &op)
{
    return Result::rejected(mutationId, "unsupported",
                            "Entity \"" + entity + "\" does not take the operation \"" + op + "\".");
}

} // namespace

Result EntityHandler::apply(MutationContext &ctx, const Mutation &mutation)
{
    switch (caravan::sync::parseOp(mutation.op).value_or(caravan::sync::Op::Upsert)) {
    case caravan::sync::Op::Upsert:
        return upsertRecord(*this, ctx, mutation.entityId, mutation.fields, mutation.base, nullptr);
    case caravan::sync::Op::Delete:
        return remove(ctx, mutation.entityId);
    case caravan::sync::Op::Resolve:
        return resolve(ctx, mutation);
    }
    return unsupported(ctx.mutationId, mutation.entity, mutation.op);
}

EntityHandler::Current EntityHandler::current(MutationContext &ctx, const std::string &entityId)
{
    return store::SyncStore::loadRecord(ctx.tx, m_entity.name, entityId);
}

EntityHandler::Canonical EntityHandler::canonical(MutationContext &, const std::string &, const json &merged,
                                                  const std::optional<SyncRecord> &, const json &)
{
    return merged;
}

void EntityHandler::write(MutationContext &ctx, SyncRecord &record)
{
    store::SyncStore::saveRecord(ctx.tx, record);
}

Result EntityHandler::remove(MutationContext &ctx, const std::string &)
{
    return unsupported(ctx.mutationId, m_entity.name, "delete");
}

Result EntityHandler::resolve(MutationContext &ctx, const Mutation &)
{
    return unsupported(ctx.mutationId, m_entity.name, "resolve");
}

Result upsertRecord(EntityHandler &handler, MutationContext &ctx, const std::string &entityId,
                    const json &fields, const json &base, store::ConflictRecord *resolving)
{
    const auto id = ctx.mutationId;
    const auto &entity = handler.entity();

    // 1. Ownership (the answer does not reveal whether someone else's record exists).
    auto loaded = handler.current(ctx, entityId);
    if (auto *refusal = std::get_if<Result>(&loaded))
        return std::move(*refusal);
    const auto &current = std::get<std::optional<SyncRecord>>(loaded);
    if (current && current->ownerId != ctx.userId)
        return forbidden(id);
    if (current && current->deleted)
        return Result::rejected(id, "deleted", "The record was deleted.");

    // 2. Only seller-owned fields may be written.
    if (const auto refusal = caravan::sync::refuseFields(entity, fields)) {
        auto r = Result::rejected(id, refusal->code,
                                  refusal->code == "server_owned_field"
                                      ? "The field \"" + refusal->field + "\" is written only by the server."
                                      : "\"" + refusal->field + "\" is not a field of " + entity.name + ".");
        r.field = refusal->field;
        return r;
    }

    // 3. Three-way merge against the server's current values.
    const json serverData = current ? current->data : json::object();
    auto merge = caravan::sync::mergeFields(serverData, base, fields);

    // 4. Validation of the merged record, with the entity's rules.
    auto checked = handler.canonical(ctx, entityId, merge.merged, current, fields);
    if (auto *refusal = std::get_if<Result>(&checked))
        return std::move(*refusal);
    auto &canonical = std::get<json>(checked);

    // 5. Write: the record (if it changed), the conflict record, the resolution.
    SyncRecord record =
        current ? *current : SyncRecord{entity.name, entityId, ctx.userId, 0, false, json::object()};
    if (!current || canonical != current->data) {
        record.revision += 1;
        record.data = std::move(canonical);
        handler.write(ctx, record);
        if (!handler.publishesChanges())
            ctx.appendUpsert(record);
    }
    if (resolving && resolving->state != "resolved") {
        resolving->state = "resolved";
        resolving->revision += 1;
        store::SyncStore::saveConflict(ctx.tx, *resolving);
        ctx.changes.push_back(
            {0, "conflict", resolving->id, "upsert", resolving->revision, resolving->toJson().dump()});
    }
    auto result = Result::applied(id, record.revision);
    if (!merge.conflicts.empty()) {
        store::ConflictRecord conflict;
        conflict.id = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
        conflict.ownerId = ctx.userId;
        conflict.entity = entity.name;
        conflict.entityId = entityId;
        conflict.fields = std::move(merge.conflicts);
        ctx.beforeWrite();
        store::SyncStore::saveConflict(ctx.tx, conflict);
        ctx.changes.push_back(
            {0, "conflict", conflict.id, "upsert", conflict.revision, conflict.toJson().dump()});
        result.status = "conflict";
        result.conflictId = conflict.id;
    }
    return result;
}

} // namespace caravan::api::sync
