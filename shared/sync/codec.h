#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The wire shapes of sync (docs/sync.md, "Push" and "Pull"), written and read in one place: the app
// encodes mutations and decodes results and changes, the server the other way round. Requests are read
// strictly (a wrong type is a 400 naming it); answers are read leniently, a missing or mistyped member
// reading as empty, so an older app keeps working against a newer server.
namespace caravan::sync {

// One pushed mutation.
struct Mutation
{
    std::int64_t id = 0; // the client mutation id
    std::string entity;
    std::string entityId;
    std::string op; // upsert, delete, resolve
    std::int64_t baseRevision = 0;
    nlohmann::json base = nlohmann::json::object();   // the baseline of each field in `fields`
    nlohmann::json fields = nlohmann::json::object(); // the values to write

    bool operator==(const Mutation &) const = default;
};

// As the app sends it: base_revision except on a resolve, base when it holds something, fields except on
// a delete that has none.
nlohmann::json encode(const Mutation &mutation);
// The compact text of encode(mutation), which a push body is put together from.
std::string encodeText(const Mutation &mutation);

struct PushRequest
{
    std::string clientId;
    std::int64_t afterMutationId = 0; // 0: the batch follows nothing on its way
    std::vector<Mutation> mutations;
};

// A push body from mutations already encoded one by one (encodeText): the client sizes a batch by its
// pieces. `afterMutationId` 0 leaves after_mutation_id out.
std::string encodePushBody(std::string_view clientId, std::int64_t afterMutationId,
                           const std::vector<std::string> &mutationTexts);

struct DecodedPush
{
    PushRequest request;
    std::string error; // "" when the body has the right shape; else what is wrong, for a 400
    bool ok() const { return error.empty(); }
};
// Reads a push body (a JSON object). Members it does not know are ignored.
DecodedPush decodePush(const nlohmann::json &body);

// The answer for one mutation.
struct Result
{
    std::int64_t id = 0;
    std::string status; // applied, rejected, conflict
    std::optional<std::int64_t> revision;
    std::string code;    // rejected: forbidden, server_owned_field, unknown_field, validation, ...
    std::string message; // rejected: in English, for the log
    std::optional<std::string> field;     // server_owned_field, unknown_field, not_in_conflict
    std::optional<nlohmann::json> issues; // validation: [{"field", "code", "params"}]
    std::string conflictId;               // conflict

    static Result applied(std::int64_t id, std::optional<std::int64_t> revision);
    static Result rejected(std::int64_t id, std::string code, std::string message);

    bool operator==(const Result &) const = default;
};

nlohmann::json encode(const Result &result);
Result decodeResult(const nlohmann::json &json);

struct PushResponse
{
    std::vector<Result> results;
    std::int64_t lastMutationId = 0;
};
nlohmann::json encode(const PushResponse &response);
PushResponse decodePushResponse(const nlohmann::json &json);

// One entry of the change feed. `data` is the full record (an object); a delete has none.
struct Change
{
    std::int64_t seq = 0;
    std::string entity;
    std::string entityId;
    std::string op; // upsert, delete
    std::int64_t revision = 0;
    nlohmann::json data = nlohmann::json::object();

    bool operator==(const Change &) const = default;
};

nlohmann::json encode(const Change &change);
Change decodeChange(const nlohmann::json &json);

struct PullPage
{
    std::vector<Change> changes;
    std::int64_t cursor = 0;
    bool more = false;
};

// Writes a pull page whose records are already compact JSON text (as the server stores them): the text
// is spliced in, not parsed and printed again. What it writes parses to encode(change) for each change.
class PullPageWriter
{
public:
    void add(std::int64_t seq, std::string_view entity, std::string_view entityId, std::string_view op,
             std::int64_t revision, std::string_view dataText);
    std::string finish(std::int64_t cursor, bool more);

private:
    std::string m_out = "{\"changes\":[";
    bool m_first = true;
};

struct DecodedPullPage
{
    PullPage page;
    bool ok = false; // false: the answer is not a change page (not an object, or no "changes" array)
};
// `fallbackCursor` is the cursor when the page names none.
DecodedPullPage decodePullPage(const nlohmann::json &json, std::int64_t fallbackCursor);

// A conflict record's data (docs/sync.md, "Details"): for each field {"base": b, "server": s, "client": c}.
struct ConflictData
{
    std::string entity;
    std::string entityId;
    std::string state = "open"; // open, resolved
    nlohmann::json fields = nlohmann::json::object();

    bool operator==(const ConflictData &) const = default;
};
nlohmann::json encode(const ConflictData &conflict);

} // namespace caravan::sync
