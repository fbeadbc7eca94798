// The `message` entity on the server (docs/sync.md): the seller answers a buyer from the app, offline if
// need be. A new message id whose thread is one of the caller's (as seller) is added to the thread, the
// way the web adds a reply; the same message again changes nothing and any other value is refused as
// `immutable`. The store publishes the record and its change (MessageStore::reply).
#include "accounts/crypto.h"
#include "api/sync_handler.h"
#include "listing/issues.h"
#include "listing/text.h"
#include "store/messages.h"
#include "store/throttle.h"

namespace caravan::api::sync {

using nlohmann::json;
using store::SyncRecord;

namespace {

std::string text(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The body as it is checked: line ends as "\n", trimmed.
std::string normalised(std::string body)
{
    std::string out;
    out.reserve(body.size());
    for (std::size_t i = 0; i < body.size(); ++i)
        if (!(body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n'))
            out += body[i];
    return std::string(listing::text::trim(out));
}

bool hasControlCharsButNewline(std::string_view s)
{
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\n') || c == 0x7F)
            return true;
    }
    return false;
}

class MessageHandler final : public EntityHandler
{
public:
    explicit MessageHandler(MessageLimits limits)
        : EntityHandler(caravan::sync::message())
        , m_limits(limits)
    {}

    bool publishesChanges() const override { return true; }

    Canonical canonical(MutationContext &ctx, const std::string &, const json &merged,
                        const std::optional<SyncRecord> &current, const json &pushed) override
    {
        if (current) {
            // A sent message never changes: the same one again (a retry, another device) is applied with
            // no change, anything else is refused (before the merge's conflict record is written).
            for (const auto &[field, value] : pushed.items())
                if (value != current->data.value(field, json()))
                    return Result::rejected(ctx.mutationId, "immutable", "A sent message cannot be changed.");
            return current->data;
        }
        const auto threadId = text(merged, "thread_id");
        const auto parties = threadId.empty() ? std::nullopt : store::MessageStore::parties(ctx.tx, threadId);
        if (!parties || parties->sellerId != ctx.userId)
            return forbidden(ctx.mutationId); // the app answers only in threads where it is the seller
        const auto &raw = merged.contains("body") ? merged.at("body") : json();
        const auto body = raw.is_string() ? normalised(raw.get<std::string>()) : std::string();
        std::vector<listing::Issue> issues;
        if (!raw.is_string())
            issues.push_back({"body", "invalid_value", {}});
        else if (!listing::text::isValidUtf8(body))
            issues.push_back({"body", "invalid_utf8", {}});
        else if (body.empty())
            issues.push_back({"body", "required", {}});
        else if (static_cast<std::int64_t>(listing::text::codePoints(body)) > m_limits.maxChars)
            issues.push_back({"body", "too_long", {{"max", std::to_string(m_limits.maxChars)}}});
        else if (hasControlCharsButNewline(body))
            issues.push_back({"body", "control_chars", {}});
        if (!issues.empty())
            return validationRefusal(ctx.mutationId, "The message is not valid: " + issues.front().code + ".",
                                     issues);
        // The web's guard against floods: messages an account may send per hour, counted together.
        ctx.beforeWrite();
        const auto admission = store::ThrottleRepository::admit(
            ctx.tx, {{"messages:" + accounts::sha256Hex(ctx.userId), m_limits.perHour, 3600, 3600}},
            store::nowSeconds());
        if (!admission.admitted)
            return Result::rejected(ctx.mutationId, "rate_limited",
                                    "Too many messages were sent in the last hour; try again later.");
        // Stored as sent (the checks above are on the trimmed text), so the same push again is equal to it.
        return json{{"thread_id", threadId}, {"body", raw.get<std::string>()}};
    }

    void write(MutationContext &ctx, SyncRecord &record) override
    {
        ctx.beforeWrite();
        if (!store::MessageStore::reply(ctx.tx, text(record.data, "thread_id"), ctx.userId,
                                        text(record.data, "body"), store::nowSeconds(), record.entityId))
            throw std::runtime_error("message thread vanished during the push");
        // The store published the record and its change; the answer carries its revision.
        if (auto stored = store::SyncStore::loadRecord(ctx.tx, entity().name, record.entityId))
            record = std::move(*stored);
    }

private:
    MessageLimits m_limits;
};

} // namespace

std::unique_ptr<EntityHandler> makeMessageHandler(MessageLimits limits)
{
    return std::make_unique<MessageHandler>(limits);
}

} // namespace caravan::api::sync
