#include "sync/codec.h"

#include <catch2/catch.hpp>

using namespace caravan;
using nlohmann::json;

namespace {

sync::Mutation upsert()
{
    sync::Mutation m;
    m.id = 41;
    m.entity = "listing";
    m.entityId = "b3a0";
    m.op = "upsert";
    m.baseRevision = 3;
    m.base = json{{"price_minor", 18500}, {"title", "Vintage Seiko 5"}};
    m.fields = json{{"price_minor", 17500}, {"title", "Vintage Seiko 5 automatic (1978)"}};
    return m;
}

json bodyWith(const json &mutation)
{
    return json{{"client_id", "c1"}, {"mutations", json::array({mutation})}};
}

std::string errorOf(const json &body)
{
    return sync::decodePush(body).error;
}

} // namespace

TEST_CASE("sync codec: a mutation as the app writes it", "[core][sync][codec]")
{
    // Keys sorted, compact: the bytes earlier app builds sent.
    CHECK(sync::encodeText(upsert()) ==
          R"j({"base":{"price_minor":18500,"title":"Vintage Seiko 5"},"base_revision":3,"entity":"listing",)j"
          R"j("entity_id":"b3a0","fields":{"price_minor":17500,"title":"Vintage Seiko 5 automatic (1978)"},)j"
          R"j("id":41,"op":"upsert"})j");

    sync::Mutation create = upsert();
    create.base = json::object();
    create.baseRevision = 0;
    create.fields = json::object();
    CHECK(sync::encode(create) == json{{"id", 41},
                                       {"entity", "listing"},
                                       {"entity_id", "b3a0"},
                                       {"op", "upsert"},
                                       {"base_revision", 0},
                                       {"fields", json::object()}});

    sync::Mutation remove = create;
    remove.op = "delete";
    remove.baseRevision = 7;
    CHECK(sync::encode(remove) == json{{"id", 41},
                                       {"entity", "listing"},
                                       {"entity_id", "b3a0"},
                                       {"op", "delete"},
                                       {"base_revision", 7}});

    sync::Mutation resolve = upsert();
    resolve.entity = "conflict";
    resolve.op = "resolve";
    resolve.base = json::object();
    resolve.fields = json{{"title", "chosen"}};
    CHECK(sync::encode(resolve) == json{{"id", 41},
                                        {"entity", "conflict"},
                                        {"entity_id", "b3a0"},
                                        {"op", "resolve"},
                                        {"fields", {{"title", "chosen"}}}});
}

TEST_CASE("sync codec: push bodies round-trip", "[core][sync][codec]")
{
    sync::Mutation remove;
    remove.id = 42;
    remove.entity = "listing";
    remove.entityId = "c9d1";
    remove.op = "delete";
    remove.baseRevision = 7;
    sync::Mutation resolve;
    resolve.id = 43;
    resolve.entity = "conflict";
    resolve.entityId = "e02f";
    resolve.op = "resolve";
    resolve.fields = json{{"title", "merged"}};
    const std::vector<sync::Mutation> sent{upsert(), remove, resolve};

    std::vector<std::string> pieces;
    for (const auto &m : sent)
        pieces.push_back(sync::encodeText(m));
    const std::string text = sync::encodePushBody("6f1c", 40, pieces);
    CHECK(text.rfind(R"j({"after_mutation_id":40,"client_id":"6f1c","mutations":[{)j", 0) == 0);

    const auto decoded = sync::decodePush(json::parse(text));
    REQUIRE(decoded.ok());
    CHECK(decoded.request.clientId == "6f1c");
    CHECK(decoded.request.afterMutationId == 40);
    CHECK(decoded.request.mutations == sent);

    const std::string first = sync::encodePushBody("6f1c", 0, {pieces[0]});
    CHECK(first == R"j({"client_id":"6f1c","mutations":[)j" + pieces[0] + "]}");
    CHECK(sync::decodePush(json::parse(first)).request.afterMutationId == 0);
    CHECK(sync::encodePushBody("x", 0, {}) == R"j({"client_id":"x","mutations":[]})j");
}

TEST_CASE("sync codec: a push body ignores members it does not know", "[core][sync][codec]")
{
    json mutation = sync::encode(upsert());
    mutation["client_time"] = "2026-01-01T00:00:00Z";
    json body = bodyWith(mutation);
    body["device"] = {{"name", "laptop"}};
    const auto decoded = sync::decodePush(body);
    REQUIRE(decoded.ok());
    CHECK(decoded.request.mutations.front() == upsert());

    // A null base is no base; a missing base_revision is 0; missing fields are none.
    json bare{{"id", 5}, {"entity", "listing"}, {"entity_id", "x"}, {"op", "delete"}, {"base", nullptr}};
    const auto plain = sync::decodePush(bodyWith(bare));
    REQUIRE(plain.ok());
    CHECK(plain.request.mutations.front().base == json::object());
    CHECK(plain.request.mutations.front().fields == json::object());
    CHECK(plain.request.mutations.front().baseRevision == 0);
}

TEST_CASE("sync codec: a push body of the wrong shape is named", "[core][sync][codec]")
{
    const json good = sync::encode(upsert());
    auto with = [&](const char *key, const json &value) {
        json m = good;
        m[key] = value;
        return errorOf(bodyWith(m));
    };
    auto without = [&](const char *key) {
        json m = good;
        m.erase(key);
        return errorOf(bodyWith(m));
    };

    CHECK(errorOf(json{{"mutations", json::array()}}) ==
          "\"client_id\" is required: a string of 1 to 100 bytes");
    CHECK(errorOf(json{{"client_id", ""}, {"mutations", json::array()}}) ==
          "\"client_id\" is required: a string of 1 to 100 bytes");
    CHECK(errorOf(json{{"client_id", 7}, {"mutations", json::array()}}) ==
          "\"client_id\" is required: a string of 1 to 100 bytes");
    CHECK(errorOf(json{{"client_id", std::string(101, 'c')}, {"mutations", json::array()}}) ==
          "\"client_id\" is required: a string of 1 to 100 bytes");
    CHECK(errorOf(json{{"client_id", std::string(100, 'c')}, {"mutations", json::array()}}).empty());
    CHECK(errorOf(json{{"client_id", "c"}}) == "\"mutations\" is required and must be an array");
    CHECK(errorOf(json{{"client_id", "c"}, {"mutations", json::object()}}) ==
          "\"mutations\" is required and must be an array");
    CHECK(errorOf(json{{"client_id", "c"}, {"mutations", json::array({good, 5})}}) ==
          "mutations[1] must be an object");

    CHECK(with("id", 0) == "mutations[0].id must be a positive whole number");
    CHECK(with("id", -3) == "mutations[0].id must be a positive whole number");
    CHECK(with("id", 4.0) == "mutations[0].id must be a positive whole number");
    CHECK(with("id", "41") == "mutations[0].id must be a positive whole number");
    CHECK(with("id", std::numeric_limits<std::uint64_t>::max()) ==
          "mutations[0].id must be a positive whole number");
    CHECK(without("id") == "mutations[0].id must be a positive whole number");
    CHECK(without("entity") == "mutations[0].entity must be a non-empty string");
    CHECK(with("entity_id", "") == "mutations[0].entity_id must be a non-empty string");
    CHECK(with("op", 1) == "mutations[0].op must be a non-empty string");
    CHECK(with("entity_id", std::string(101, 'x')) == "mutations[0].entity_id is longer than 100 bytes");
    CHECK(with("fields", json::array()) == "mutations[0].fields must be an object");
    CHECK(with("fields", nullptr) == "mutations[0].fields must be an object");
    CHECK(with("base", "x") == "mutations[0].base must be an object");
    CHECK(with("base", json::array()) == "mutations[0].base must be an object");
    CHECK(with("base_revision", "3") == "mutations[0].base_revision must be a whole number");
    CHECK(with("base_revision", 3.5) == "mutations[0].base_revision must be a whole number");

    json body = bodyWith(good);
    body["after_mutation_id"] = -1;
    CHECK(errorOf(body) == "\"after_mutation_id\" must be a whole number >= 0");
    body["after_mutation_id"] = "40";
    CHECK(errorOf(body) == "\"after_mutation_id\" must be a whole number >= 0");
    body["after_mutation_id"] = 41;
    CHECK(errorOf(body) == "\"after_mutation_id\" must be below the id of the first mutation");
    body["after_mutation_id"] = 40;
    CHECK(errorOf(body).empty());

    // A refused body carries nothing that could be applied by mistake.
    const auto refused = sync::decodePush(json{{"client_id", "c"}, {"mutations", json::array({good, 5})}});
    CHECK(refused.request.mutations.empty());
    CHECK(refused.request.clientId.empty());
}

TEST_CASE("sync codec: results as the server writes them", "[core][sync][codec]")
{
    CHECK(sync::encode(sync::Result::applied(41, 4)) ==
          json{{"id", 41}, {"status", "applied"}, {"revision", 4}});
    // Already handled, and the record is gone: no revision.
    CHECK(sync::encode(sync::Result::applied(41, std::nullopt)) == json{{"id", 41}, {"status", "applied"}});

    auto owned = sync::Result::rejected(42, "server_owned_field", "no");
    owned.field = "moderation";
    CHECK(sync::encode(owned) == json{{"id", 42},
                                      {"status", "rejected"},
                                      {"code", "server_owned_field"},
                                      {"message", "no"},
                                      {"field", "moderation"}});

    auto invalid = sync::Result::rejected(44, "validation", "The listing is not valid: title (required).");
    invalid.issues = json::array({{{"field", "title"}, {"code", "required"}, {"params", json::object()}}});
    CHECK(sync::encode(invalid).at("issues") == *invalid.issues);
    CHECK_FALSE(sync::encode(invalid).contains("field"));

    auto conflict = sync::Result::applied(43, 5);
    conflict.status = "conflict";
    conflict.conflictId = "e02f";
    CHECK(sync::encode(conflict) ==
          json{{"id", 43}, {"status", "conflict"}, {"revision", 5}, {"conflict_id", "e02f"}});

    sync::PushResponse response{{sync::Result::applied(41, 4), owned, invalid, conflict}, 44};
    const json encoded = sync::encode(response);
    CHECK(encoded.at("last_mutation_id") == 44);
    const auto back = sync::decodePushResponse(json::parse(encoded.dump()));
    CHECK(back.lastMutationId == 44);
    CHECK(back.results == response.results);
}

TEST_CASE("sync codec: answers are read leniently", "[core][sync][codec]")
{
    const auto r = sync::decodeResult(json{{"id", 41.0},
                                           {"status", 3},
                                           {"revision", "4"},
                                           {"code", nullptr},
                                           {"field", 7},
                                           {"conflict_id", json::array()},
                                           {"extra", true}});
    CHECK(r.id == 41);
    CHECK(r.status.empty());
    CHECK(r.revision == std::optional<std::int64_t>(0));
    CHECK(r.code.empty());
    CHECK_FALSE(r.field);
    CHECK(r.conflictId.empty());
    CHECK(sync::decodeResult(json::array()) == sync::Result{});
    CHECK_FALSE(sync::decodeResult(json{{"id", 1}}).revision);
    CHECK(sync::decodeResult(json{{"id", 1.5}}).id == 0);
    CHECK(sync::decodeResult(json{{"id", std::numeric_limits<std::uint64_t>::max()}}).id == 0);

    CHECK(sync::decodePushResponse(json{{"results", "none"}}).results.empty());
    CHECK(sync::decodePushResponse(json("x")).results.empty());
}

TEST_CASE("sync codec: changes and pull pages", "[core][sync][codec]")
{
    sync::Change upsert{1042, "listing", "b3a0", "upsert", 4, json{{"title", "T"}, {"price_minor", 17500}}};
    sync::Change removed{1043, "listing", "c9d1", "delete", 8, json::object()};
    CHECK(sync::encode(upsert).at("data") == upsert.data);
    CHECK_FALSE(sync::encode(removed).contains("data"));
    CHECK(sync::decodeChange(sync::encode(upsert)) == upsert);
    CHECK(sync::decodeChange(sync::encode(removed)) == removed);

    sync::PullPageWriter writer;
    writer.add(upsert.seq, upsert.entity, upsert.entityId, upsert.op, upsert.revision, upsert.data.dump());
    writer.add(removed.seq, removed.entity, removed.entityId, removed.op, removed.revision, "");
    writer.add(1044, "profile", "u\"1", "upsert", 2, "");
    const std::string text = writer.finish(1044, true);
    // Byte for byte what the server has always sent.
    CHECK(text ==
          R"j({"changes":[{"seq":1042,"entity":"listing","entity_id":"b3a0","op":"upsert","revision":4,)j"
          R"j("data":{"price_minor":17500,"title":"T"}},{"seq":1043,"entity":"listing","entity_id":"c9d1",)j"
          R"j("op":"delete","revision":8},{"seq":1044,"entity":"profile","entity_id":"u\"1","op":"upsert",)j"
          R"j("revision":2,"data":{}}],"cursor":1044,"more":true})j");

    const auto page = sync::decodePullPage(json::parse(text), 7);
    REQUIRE(page.ok);
    REQUIRE(page.page.changes.size() == 3);
    CHECK(page.page.changes[0] == upsert);
    CHECK(page.page.changes[1] == removed);
    CHECK(page.page.changes[2].entityId == "u\"1");
    CHECK(page.page.changes[2].data == json::object());
    CHECK(page.page.cursor == 1044);
    CHECK(page.page.more);
    CHECK(json::parse(text).at("changes")[0] == sync::encode(upsert));

    sync::PullPageWriter empty;
    CHECK(empty.finish(12, false) == R"j({"changes":[],"cursor":12,"more":false})j");
}

TEST_CASE("sync codec: a pull answer of the wrong shape", "[core][sync][codec]")
{
    CHECK_FALSE(sync::decodePullPage(json::array(), 3).ok);
    CHECK_FALSE(sync::decodePullPage(json{{"cursor", 5}}, 3).ok);
    CHECK_FALSE(sync::decodePullPage(json{{"changes", json::object()}}, 3).ok);
    CHECK_FALSE(sync::decodePullPage(json(json::value_t::discarded), 3).ok);

    const auto page = sync::decodePullPage(
        json{{"changes", json::array({5, {{"seq", "x"}, {"entity", "listing"}, {"data", json::array()}}})},
             {"cursor", "9"},
             {"more", "yes"}},
        3);
    REQUIRE(page.ok);
    CHECK(page.page.cursor == 3); // a cursor that is not a number: the one that was sent
    CHECK_FALSE(page.page.more);
    REQUIRE(page.page.changes.size() == 2);
    CHECK(page.page.changes[0] == sync::Change{});
    CHECK(page.page.changes[1].seq == 0);
    CHECK(page.page.changes[1].entity == "listing");
    CHECK(page.page.changes[1].data == json::object());
}

TEST_CASE("sync codec: a conflict record's data", "[core][sync][codec]")
{
    const sync::ConflictData conflict{"listing", "b3a0", "open",
                                      json{{"title", {{"base", "A"}, {"server", "B"}, {"client", "C"}}}}};
    CHECK(
        sync::encode(conflict).dump() ==
        R"j({"entity":"listing","entity_id":"b3a0","fields":{"title":{"base":"A","client":"C","server":"B"}},)j"
        R"j("state":"open"})j");
}
