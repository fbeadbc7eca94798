#pragma once

// Shared by the sync, photo and moderation tests: sellers with API tokens, push and pull over HTTP.
#include "support/http_client.h"
#include "support/test_env.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace caravan::test::sync {

using nlohmann::json;

struct Seller
{
    std::string id;
    std::string token;
    std::map<std::string, std::string> auth() const { return {{"Authorization", "Bearer " + token}}; }
};

// Signs in as the desktop app does (POST /api/v1/session) and returns the user id and token.
inline Seller signInApp(TestServer &ts, const std::string &email, const std::string &password)
{
    Client app(ts.port());
    const auto r = app.postJson(
        "/api/v1/session", json{{"email", email}, {"password", password}, {"device_name", "laptop"}}.dump());
    INFO(r.body);
    REQUIRE(r.status == 201);
    const auto body = json::parse(r.body);
    return {body.at("user").at("id").get<std::string>(), body.at("token").get<std::string>()};
}

inline Seller makeSeller(TestServer &ts, const std::string &email, const std::string &country = "JP")
{
    const std::string password = "sync test passphrase 42";
    Client browser(ts.port());
    REQUIRE(browser.registerAccount(email, password, "Sync Seller", country).status == 303);
    return signInApp(ts, email, password);
}

inline std::string readFile(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary);
    REQUIRE(in);
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

inline json activeListing()
{
    return json::parse(readFile(TestEnv::fixtures() / "sync" / "listing_active.json"));
}

inline json upsert(std::int64_t id, const std::string &listingId, const json &fields,
                   std::int64_t baseRevision = 0, const json &base = json())
{
    json m{{"id", id},       {"entity", "listing"},           {"entity_id", listingId},
           {"op", "upsert"}, {"base_revision", baseRevision}, {"fields", fields}};
    if (!base.is_null())
        m["base"] = base;
    return m;
}

inline HttpResponse pushRaw(TestServer &ts, const Seller &s, const std::string &clientId,
                            const json &mutations, const std::map<std::string, std::string> &extra = {})
{
    auto headers = s.auth();
    headers.insert(extra.begin(), extra.end());
    Client c(ts.port());
    return c.postJson("/api/v1/sync/push", json{{"client_id", clientId}, {"mutations", mutations}}.dump(),
                      headers);
}

// Pushes and returns the results array (the push must answer 200).
inline json push(TestServer &ts, const Seller &s, const std::string &clientId, const json &mutations)
{
    const auto r = pushRaw(ts, s, clientId, mutations);
    INFO(r.body);
    REQUIRE(r.status == 200);
    return json::parse(r.body).at("results");
}

inline json pull(TestServer &ts, const Seller &s, std::int64_t cursor = 0, std::int64_t limit = 200)
{
    Client c(ts.port());
    const auto r = c.get(
        "/api/v1/sync/pull?cursor=" + std::to_string(cursor) + "&limit=" + std::to_string(limit), s.auth());
    INFO(r.body);
    REQUIRE(r.status == 200);
    return json::parse(r.body);
}

// Every change of the seller from the start, following `more`.
inline json pullAll(TestServer &ts, const Seller &s)
{
    json all = json::array();
    std::int64_t cursor = 0;
    for (;;) {
        const auto page = pull(ts, s, cursor, 500);
        for (const auto &c : page.at("changes"))
            all.push_back(c);
        cursor = page.at("cursor").get<std::int64_t>();
        if (!page.at("more").get<bool>())
            return all;
    }
}

// The last change of (entity, id) in `changes`, or null.
inline json lastChange(const json &changes, const std::string &entity, const std::string &id)
{
    json found;
    for (const auto &c : changes)
        if (c.at("entity") == entity && c.at("entity_id") == id)
            found = c;
    return found;
}

} // namespace caravan::test::sync
