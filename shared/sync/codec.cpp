#include "sync/codec.h"

#include "sync/entity.h"

#include <cmath>
#include <limits>

namespace caravan::sync {

using nlohmann::json;

namespace {

// Lenient readers for answers: a missing or mistyped member reads as the fallback.
std::int64_t integerOr(const json &object, const char *key, std::int64_t fallback)
{
    const auto it = object.find(key);
    if (it == object.end())
        return fallback;
    if (it->is_number_integer()) {
        if (it->is_number_unsigned() &&
            it->get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return fallback;
        return it->get<std::int64_t>();
    }
    if (it->is_number_float()) {
        const double d = it->get<double>();
        if (std::trunc(d) == d && d >= -9.2e18 && d <= 9.2e18)
            return static_cast<std::int64_t>(d);
    }
    return fallback;
}

std::string textOr(const json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

json encode(const Mutation &m)
{
    json out{{"id", m.id}, {"entity", m.entity}, {"entity_id", m.entityId}, {"op", m.op}};
    if (m.op != toString(Op::Resolve))
        out["base_revision"] = m.baseRevision;
    if (m.base.is_object() && !m.base.empty())
        out["base"] = m.base;
    if ((m.fields.is_object() && !m.fields.empty()) || m.op != toString(Op::Delete))
        out["fields"] = m.fields.is_object() ? m.fields : json::object();
    return out;
}

std::string encodeText(const Mutation &mutation)
{
    return encode(mutation).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string encodePushBody(std::string_view clientId, std::int64_t afterMutationId,
                           const std::vector<std::string> &mutationTexts)
{
    json head{{"client_id", std::string(clientId)}};
    if (afterMutationId > 0)
        head["after_mutation_id"] = afterMutationId;
    std::string out = head.dump(-1, ' ', false, json::error_handler_t::replace);
    out.pop_back(); // the closing brace
    out += ",\"mutations\":[";
    for (std::size_t i = 0; i < mutationTexts.size(); ++i) {
        if (i)
            out += ',';
        out += mutationTexts[i];
    }
    out += "]}";
    return out;
}

DecodedPush decodePush(const json &body)
{
    DecodedPush d;
    auto fail = [&d](std::string error) {
        d.error = std::move(error);
        d.request = {};
        return d;
    };
    const auto client = body.find("client_id");
    if (client == body.end() || !client->is_string() || client->get_ref<const std::string &>().empty() ||
        client->get_ref<const std::string &>().size() > 100)
        return fail("\"client_id\" is required: a string of 1 to 100 bytes");
    d.request.clientId = client->get<std::string>();
    const auto mutations = body.find("mutations");
    if (mutations == body.end() || !mutations->is_array())
        return fail("\"mutations\" is required and must be an array");
    d.request.mutations.reserve(mutations->size());
    for (std::size_t i = 0; i < mutations->size(); ++i) {
        const auto &m = (*mutations)[i];
        const std::string where = "mutations[" + std::to_string(i) + "]";
        if (!m.is_object())
            return fail(where + " must be an object");
        if (!m.contains("id") || !m["id"].is_number_integer() || m["id"].get<std::int64_t>() <= 0)
            return fail(where + ".id must be a positive whole number");
        for (const char *key : {"entity", "entity_id", "op"})
            if (!m.contains(key) || !m[key].is_string() || m[key].get_ref<const std::string &>().empty())
                return fail(where + "." + key + " must be a non-empty string");
        if (m["entity_id"].get_ref<const std::string &>().size() > 100)
            return fail(where + ".entity_id is longer than 100 bytes");
        if (m.contains("fields") && !m["fields"].is_object())
            return fail(where + ".fields must be an object");
        if (m.contains("base") && !m["base"].is_null() && !m["base"].is_object())
            return fail(where + ".base must be an object");
        if (m.contains("base_revision") && !m["base_revision"].is_number_integer())
            return fail(where + ".base_revision must be a whole number");
        Mutation out;
        out.id = m["id"].get<std::int64_t>();
        out.entity = m["entity"].get<std::string>();
        out.entityId = m["entity_id"].get<std::string>();
        out.op = m["op"].get<std::string>();
        if (m.contains("base_revision"))
            out.baseRevision = m["base_revision"].get<std::int64_t>();
        if (m.contains("base") && m["base"].is_object())
            out.base = m["base"];
        if (m.contains("fields"))
            out.fields = m["fields"];
        d.request.mutations.push_back(std::move(out));
    }
    const auto after = body.find("after_mutation_id");
    if (after != body.end() && (!after->is_number_integer() || after->get<std::int64_t>() < 0))
        return fail("\"after_mutation_id\" must be a whole number >= 0");
    if (after != body.end() && !d.request.mutations.empty() &&
        after->get<std::int64_t>() >= d.request.mutations.front().id)
        return fail("\"after_mutation_id\" must be below the id of the first mutation");
    if (after != body.end())
        d.request.afterMutationId = after->get<std::int64_t>();
    return d;
}

Result Result::applied(std::int64_t id, std::optional<std::int64_t> revision)
{
    Result r;
    r.id = id;
    r.status = "applied";
    r.revision = revision;
    return r;
}

Result Result::rejected(std::int64_t id, std::string code, std::string message)
{
    Result r;
    r.id = id;
    r.status = "rejected";
    r.code = std::move(code);
    r.message = std::move(message);
    return r;
}

json encode(const Result &r)
{
    json out{{"id", r.id}, {"status", r.status}};
    if (r.revision)
        out["revision"] = *r.revision;
    if (r.status == "rejected") {
        out["code"] = r.code;
        out["message"] = r.message;
    }
    if (r.field)
        out["field"] = *r.field;
    if (r.issues)
        out["issues"] = *r.issues;
    if (!r.conflictId.empty())
        out["conflict_id"] = r.conflictId;
    return out;
}

Result decodeResult(const json &j)
{
    Result r;
    if (!j.is_object())
        return r;
    r.id = integerOr(j, "id", 0);
    r.status = textOr(j, "status");
    if (j.contains("revision"))
        r.revision = integerOr(j, "revision", 0);
    r.code = textOr(j, "code");
    r.message = textOr(j, "message");
    if (const auto it = j.find("field"); it != j.end() && it->is_string())
        r.field = it->get<std::string>();
    if (const auto it = j.find("issues"); it != j.end())
        r.issues = *it;
    r.conflictId = textOr(j, "conflict_id");
    return r;
}

json encode(const PushResponse &response)
{
    json results = json::array();
    for (const auto &r : response.results)
        results.push_back(encode(r));
    return json{{"results", std::move(results)}, {"last_mutation_id", response.lastMutationId}};
}

PushResponse decodePushResponse(const json &j)
{
    PushResponse response;
    if (!j.is_object())
        return response;
    if (const auto it = j.find("results"); it != j.end() && it->is_array())
        for (const auto &r : *it)
            response.results.push_back(decodeResult(r));
    response.lastMutationId = integerOr(j, "last_mutation_id", 0);
    return response;
}

json encode(const Change &c)
{
    json out{{"seq", c.seq},
             {"entity", c.entity},
             {"entity_id", c.entityId},
             {"op", c.op},
             {"revision", c.revision}};
    if (c.op != toString(Op::Delete))
        out["data"] = c.data.is_object() ? c.data : json::object();
    return out;
}

Change decodeChange(const json &j)
{
    Change c;
    if (!j.is_object())
        return c;
    c.seq = integerOr(j, "seq", 0);
    c.entity = textOr(j, "entity");
    c.entityId = textOr(j, "entity_id");
    c.op = textOr(j, "op");
    c.revision = integerOr(j, "revision", 0);
    if (const auto it = j.find("data"); it != j.end() && it->is_object())
        c.data = *it;
    return c;
}

void PullPageWriter::add(std::int64_t seq, std::string_view entity, std::string_view entityId,
                         std::string_view op, std::int64_t revision, std::string_view dataText)
{
    if (!m_first)
        m_out += ',';
    m_first = false;
    m_out += "{\"seq\":" + std::to_string(seq) + ",\"entity\":" + json(entity).dump() +
             ",\"entity_id\":" + json(entityId).dump() + ",\"op\":" + json(op).dump() +
             ",\"revision\":" + std::to_string(revision);
    if (op != toString(Op::Delete)) {
        m_out += ",\"data\":";
        if (dataText.empty())
            m_out += "{}";
        else
            m_out += dataText;
    }
    m_out += '}';
}

std::string PullPageWriter::finish(std::int64_t cursor, bool more)
{
    m_out += "],\"cursor\":" + std::to_string(cursor) + ",\"more\":" + (more ? "true" : "false") + "}";
    return std::move(m_out);
}

DecodedPullPage decodePullPage(const json &j, std::int64_t fallbackCursor)
{
    DecodedPullPage d;
    if (!j.is_object())
        return d;
    const auto changes = j.find("changes");
    if (changes == j.end() || !changes->is_array())
        return d;
    d.ok = true;
    d.page.changes.reserve(changes->size());
    for (const auto &c : *changes)
        d.page.changes.push_back(decodeChange(c));
    d.page.cursor = integerOr(j, "cursor", fallbackCursor);
    const auto more = j.find("more");
    d.page.more = more != j.end() && more->is_boolean() && more->get<bool>();
    return d;
}

json encode(const ConflictData &c)
{
    return json{{"entity", c.entity}, {"entity_id", c.entityId}, {"fields", c.fields}, {"state", c.state}};
}

} // namespace caravan::sync
