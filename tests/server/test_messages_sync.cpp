// The `message` entity of the sync protocol (docs/sync.md): a buyer's message on the web reaches the
// seller's feed, and the seller's reply pushed from the app reaches the buyer's thread on the web, once,
// on SQLite and PostgreSQL.
#include "store/messages.h"
#include "support/escrow_world.h"
#include "test_sync_helpers.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

Client browserOf(EscrowWorld &w, const Account &who)
{
    Client c(w.port());
    REQUIRE(c.signIn(who.email, kWorldPassword).status == 303);
    return c;
}

// The buyer's question from the listing page; returns the thread id.
std::string ask(EscrowWorld &w, Client &buyer, const std::string &body)
{
    const auto path = "/listings/" + w.listingId + "/ask";
    const auto page = buyer.get(path);
    REQUIRE(page.status == 200);
    const auto asked = buyer.postForm(path, {{"csrf_token", extractCsrf(page.body)}, {"body", body}});
    REQUIRE(asked.status == 303);
    const auto location = asked.header("location").substr(0, asked.header("location").find('#'));
    REQUIRE(location.rfind("/messages/", 0) == 0);
    return location.substr(std::string("/messages/").size());
}

json pushMessage(EscrowWorld &w, const Account &who, std::int64_t mutationId, const std::string &id,
                 const json &fields, const std::string &client = "device-a")
{
    const json body{{"client_id", client},
                    {"mutations", json::array({{{"id", mutationId},
                                                {"entity", "message"},
                                                {"entity_id", id},
                                                {"op", "upsert"},
                                                {"base_revision", 0},
                                                {"base", json::object()},
                                                {"fields", fields}}})}};
    const auto r = w.call("POST", "/api/v1/sync/push", who, body);
    INFO(r.body);
    REQUIRE(r.status == 200);
    const auto results = json::parse(r.body).at("results");
    REQUIRE(results.size() == 1);
    return results[0];
}

// Every `message` change of the seller's feed, oldest first.
std::vector<json> messageChanges(EscrowWorld &w)
{
    std::vector<json> out;
    std::int64_t cursor = 0;
    for (;;) {
        const auto r =
            w.call("GET", "/api/v1/sync/pull?cursor=" + std::to_string(cursor) + "&limit=500", w.seller);
        REQUIRE(r.status == 200);
        const auto page = json::parse(r.body);
        for (const auto &c : page.at("changes"))
            if (c.at("entity") == "message")
                out.push_back(c);
        cursor = page.at("cursor").get<std::int64_t>();
        if (!page.value("more", false))
            return out;
    }
}

std::int64_t messagesIn(EscrowWorld &w, const std::string &threadId)
{
    return w.db().query("SELECT COUNT(*) FROM messages WHERE thread_id = ?", {threadId}).front().integer(0);
}

const char *kReplyId = "5b7f3c1e-8d2a-4c6b-9e0f-1a2b3c4d5e6f";

} // namespace

TEST_CASE("Sync messages: a buyer's question reaches the seller's feed, the app's reply the buyer's thread",
          "[messages][sync]")
{
    EscrowWorld w;
    auto buyer = browserOf(w, w.buyer);
    const auto threadId = ask(w, buyer, "Does it keep time?");

    auto changes = messageChanges(w);
    REQUIRE(changes.size() == 1);
    const auto &question = changes[0].at("data");
    CHECK(changes[0].at("revision") == 1);
    CHECK(changes[0].at("entity_id").get<std::string>().size() == 36);
    CHECK(question.at("thread_id") == threadId);
    CHECK(question.at("body") == "Does it keep time?");
    CHECK(question.at("from_seller") == false);
    CHECK(question.at("sender_id") == w.buyer.id);
    CHECK(question.at("buyer_id") == w.buyer.id);
    CHECK(question.at("listing_id") == w.listingId);
    CHECK(question.at("order_id") == "");
    CHECK_FALSE(question.at("subject").get<std::string>().empty());
    CHECK_FALSE(question.at("buyer_name").get<std::string>().empty());
    CHECK(question.at("created_at").is_string());

    // The seller answers from the app.
    const json reply{{"thread_id", threadId}, {"body", "Yes, +15 s a day.\nOriginal bracelet."}};
    auto result = pushMessage(w, w.seller, 1, kReplyId, reply);
    CHECK(result.at("status") == "applied");
    CHECK(result.at("revision") == 1);
    CHECK(messagesIn(w, threadId) == 2);
    CHECK(store::MessageStore(w.db()).unreadCount(w.buyer.id) == 1); // unread for the buyer
    CHECK_THAT(buyer.get("/messages/" + threadId).body, Catch::Contains("Yes, +15 s a day."));

    changes = messageChanges(w);
    REQUIRE(changes.size() == 2);
    CHECK(changes[1].at("entity_id") == kReplyId);
    CHECK(changes[1].at("data").at("from_seller") == true);
    CHECK(changes[1].at("data").at("body") == "Yes, +15 s a day.\nOriginal bracelet.");

    // A retry (the same mutation, or the same message from another device) does not double it.
    CHECK(pushMessage(w, w.seller, 1, kReplyId, reply).at("status") == "applied");
    CHECK(pushMessage(w, w.seller, 1, kReplyId, reply, "device-b").at("status") == "applied");
    CHECK(messagesIn(w, threadId) == 2);
    CHECK(messageChanges(w).size() == 2);

    // A sent message is never edited.
    result = pushMessage(w, w.seller, 2, kReplyId, {{"thread_id", threadId}, {"body", "Actually, no."}});
    CHECK(result.at("status") == "rejected");
    CHECK(result.at("code") == "immutable");
    CHECK(messagesIn(w, threadId) == 2);

    // The buyer's next message reaches the feed too.
    const auto again = ask(w, buyer, "Thanks!");
    CHECK(again == threadId);
    CHECK(messageChanges(w).size() == 3);
}

TEST_CASE("Sync messages: someone else's thread is forbidden - the body is checked", "[messages][sync]")
{
    EscrowWorld w;
    auto buyer = browserOf(w, w.buyer);
    const auto threadId = ask(w, buyer, "Is it boxed?");

    // Neither a stranger nor the buyer writes through the seller's path; an unknown thread is the same.
    const auto nosy = w.makeBuyer("nosy@escrow.test");
    auto result = pushMessage(w, nosy, 1, kReplyId, {{"thread_id", threadId}, {"body", "hi"}}, "device-nosy");
    CHECK(result.at("code") == "forbidden");
    result = pushMessage(w, w.buyer, 1, kReplyId, {{"thread_id", threadId}, {"body", "hi"}}, "device-buyer");
    CHECK(result.at("code") == "forbidden");
    result = pushMessage(w, w.seller, 1, kReplyId, {{"thread_id", "no-such-thread"}, {"body", "hi"}});
    CHECK(result.at("code") == "forbidden");

    result = pushMessage(w, w.seller, 2, kReplyId, {{"thread_id", threadId}, {"body", " \n "}});
    CHECK(result.at("code") == "validation");
    CHECK(result.at("issues").at(0).at("code") == "required");
    std::string chinese;
    for (int i = 0; i < 2000; ++i)
        chinese += "字";
    result = pushMessage(w, w.seller, 3, kReplyId, {{"thread_id", threadId}, {"body", chinese + "!"}});
    CHECK(result.at("code") == "validation");
    CHECK(result.at("issues").at(0).at("code") == "too_long");
    result = pushMessage(w, w.seller, 4, kReplyId,
                         {{"thread_id", threadId}, {"body", std::string("a\x07") + "b"}});
    CHECK(result.at("code") == "validation");
    result = pushMessage(w, w.seller, 5, kReplyId, {{"thread_id", threadId}, {"body", 42}});
    CHECK(result.at("code") == "validation");
    result = pushMessage(w, w.seller, 6, kReplyId, {{"thread_id", threadId}, {"body", " " + chinese + "\n"}});
    CHECK(result.at("status") == "applied"); // 2000 characters after trimming
    result = pushMessage(w, w.seller, 7, kReplyId, {{"thread_id", threadId}, {"sender_id", w.seller.id}});
    CHECK(result.at("code") == "server_owned_field");
    CHECK(messagesIn(w, threadId) == 2);
}

TEST_CASE("Sync messages: the web's hourly message limit applies to the app", "[messages][sync]")
{
    WorldOptions options;
    options.server = {{"market.messages_per_hour", "2"}};
    EscrowWorld w(options);
    auto buyer = browserOf(w, w.buyer);
    const auto threadId = ask(w, buyer, "Is it boxed?");
    CHECK(pushMessage(w, w.seller, 1, "00000000-0000-4000-8000-000000000001",
                      {{"thread_id", threadId}, {"body", "1"}})
              .at("status") == "applied");
    CHECK(pushMessage(w, w.seller, 2, "00000000-0000-4000-8000-000000000002",
                      {{"thread_id", threadId}, {"body", "2"}})
              .at("status") == "applied");
    const auto limited = pushMessage(w, w.seller, 3, "00000000-0000-4000-8000-000000000003",
                                     {{"thread_id", threadId}, {"body", "3"}});
    CHECK(limited.at("code") == "rate_limited");
    CHECK(messagesIn(w, threadId) == 3);
}
