// Full-text search on the buyer pages: ranked word search (SQLite FTS5 / PostgreSQL tsvector), CJK
// substring search, hostile query text, the index following edits and deletes, language links.
#include "store/search.h"
#include "test_sync_helpers.h"

#include <algorithm>

using namespace caravan::test;
using namespace caravan::test::sync;

namespace {

json listingWith(const std::string &title, const std::string &description)
{
    auto l = activeListing();
    l["title"] = title;
    l["description"] = description;
    return l;
}

// The listing ids on a results page, in order.
std::vector<std::string> resultIds(TestServer &ts, const std::string &query)
{
    Client buyer(ts.port());
    const auto r = buyer.get("/?q=" + query);
    INFO(query << " -> " << r.status);
    REQUIRE(r.status == 200);
    std::vector<std::string> ids;
    const std::string marker = "href=\"/listings/";
    for (auto at = r.body.find(marker); at != std::string::npos; at = r.body.find(marker, at + 1)) {
        const auto start = at + marker.size();
        const auto id = r.body.substr(start, r.body.find('"', start) - start);
        if (ids.empty() || ids.back() != id)
            ids.push_back(id);
    }
    return ids;
}

struct Catalogue
{
    TestServer ts;
    Seller mei = makeSeller(ts, "mei@example.org");
    std::int64_t next = 1;
    void add(const std::string &id, const std::string &title, const std::string &description)
    {
        const auto r = push(ts, mei, "search-client",
                            json::array({upsert(next++, id, listingWith(title, description))}));
        INFO(r.dump());
        REQUIRE(r[0].at("status") == "applied");
    }
};

} // namespace

TEST_CASE("search: words are ranked, title matches before description matches", "[web][search]")
{
    Catalogue c;
    // Pushed in the same second: without ranking, ties go by id and "a-…" would come first.
    c.add("z-title", "Glazed teapot from Portugal", "Green glaze, holds one litre, never used.");
    c.add("a-desc", "Green kitchen set, four pieces", "Two cups, a saucer and a small teapot, all green.");
    c.add("m-other", "Vintage Seiko 5 automatic watch", "Runs well, light scratches on the crystal glass.");
    CHECK(resultIds(c.ts, "teapot") == std::vector<std::string>{"z-title", "a-desc"});
    CHECK(resultIds(c.ts, "TEAPOT") == std::vector<std::string>{"z-title", "a-desc"});
    // Every word must match, in title or description. Each of these holds one of the words in its title, so
    // their order is the backend's (ts_rank on PostgreSQL; on SQLite a tie, the newest first).
    auto both = resultIds(c.ts, "green+teapot");
    std::sort(both.begin(), both.end());
    CHECK(both == std::vector<std::string>{"a-desc", "z-title"});
    CHECK(resultIds(c.ts, "seiko+crystal") == std::vector<std::string>{"m-other"});
    CHECK(resultIds(c.ts, "seiko+teapot").empty());
    CHECK(resultIds(c.ts, "").size() == 3);
}

TEST_CASE("search: Chinese, Japanese and Korean text is found by substring", "[web][search]")
{
    Catalogue c;
    c.add("ja-1", "手描きの和服、青い絹", "一九七〇年代の着物です。袖に小さな直しがあります。");
    c.add("zh-1", "青花瓷茶杯一对，景德镇", "手工绘制，从未使用，附原装礼盒。适合收藏或日常使用。");
    c.add("ko-1", "한지 등불 수제품 판매", "교토에서 온 종이 등불입니다. 접어서 보낼 수 있습니다.");
    c.add("mix-1", "Seiko 腕時計 1978", "Automatic movement, keeps good time. 日本で整備済み。");
    CHECK(resultIds(c.ts, "%E5%92%8C%E6%9C%8D") == std::vector<std::string>{"ja-1"});        // 和服
    CHECK(resultIds(c.ts, "%E8%8C%B6%E6%9D%AF") == std::vector<std::string>{"zh-1"});        // 茶杯
    CHECK(resultIds(c.ts, "%EB%93%B1%EB%B6%88") == std::vector<std::string>{"ko-1"});        // 등불
    CHECK(resultIds(c.ts, "seiko+%E6%99%82%E8%A8%88") == std::vector<std::string>{"mix-1"}); // seiko 時計
    // A term found only in the description still finds the listing.
    CHECK(resultIds(c.ts, "%E6%94%B6%E8%97%8F") == std::vector<std::string>{"zh-1"}); // 收藏
    CHECK(resultIds(c.ts, "%E8%8C%B6%E6%9D%AF+%E7%9D%80%E7%89%A9").empty());          // 茶杯 着物
}

TEST_CASE("search: query syntax characters are plain text, never an error", "[web][search]")
{
    Catalogue c;
    c.add("q-1", "Seiko watch with \"quotes\" in the title", "A NEAR(b) OR c AND d -e * f: all plain text.");
    for (const std::string q : {"%22", "seiko%22", "NEAR(", "a+OR+b", "-e", "*", "%25_%25", "title:x", "%5E",
                                "(((", "%E2%80%8B", "%FF%FE"}) {
        INFO(q);
        Client buyer(c.ts.port());
        CHECK(buyer.get("/?q=" + q).status == 200);
    }
    CHECK(resultIds(c.ts, "%22quotes%22") == std::vector<std::string>{"q-1"});
    CHECK(resultIds(c.ts, "near") == std::vector<std::string>{"q-1"});
}

TEST_CASE("search: the index follows edits and deletes", "[web][search]")
{
    Catalogue c;
    c.add("e-1", "Red paper lantern, hand-painted", "A washi paper lantern from Kyoto, folds flat.");
    REQUIRE(resultIds(c.ts, "lantern") == std::vector<std::string>{"e-1"});
    const auto r =
        push(c.ts, c.mei, "search-client",
             json::array({upsert(c.next++, "e-1", json{{"title", "Blue paper umbrella, hand-painted"}}, 1,
                                 json{{"title", "Red paper lantern, hand-painted"}})}));
    REQUIRE(r[0].at("status") == "applied");
    CHECK(resultIds(c.ts, "umbrella") == std::vector<std::string>{"e-1"});
    CHECK(resultIds(c.ts, "red").empty());
    CHECK(resultIds(c.ts, "lantern") == std::vector<std::string>{"e-1"}); // still in the description
    const auto d = push(c.ts, c.mei, "search-client",
                        json::array({json{{"id", c.next++},
                                          {"entity", "listing"},
                                          {"entity_id", "e-1"},
                                          {"op", "delete"},
                                          {"base_revision", 2}}}));
    REQUIRE(d[0].at("status") == "applied");
    CHECK(resultIds(c.ts, "umbrella").empty());
}

TEST_CASE("search: language links keep the search", "[web][search][i18n]")
{
    TestServer ts;
    Client buyer(ts.port());
    const auto page = buyer.get("/?q=tea+pot%26cup");
    REQUIRE(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains("href=\"/?q=tea%20pot%26cup&amp;lang=zh_CN\""));
    const auto plain = buyer.get("/signin");
    CHECK_THAT(plain.body, Catch::Contains("href=\"/signin?lang=zh_CN\""));
}

TEST_CASE("search: query text is split into terms and CJK picks substring search", "[search]")
{
    using caravan::store::parseSearch;
    using Kind = caravan::store::SearchQuery::Kind;
    CHECK(parseSearch("").kind == Kind::All);
    CHECK(parseSearch("  \t ").kind == Kind::All);
    const auto words = parseSearch(" vintage  \"seiko\" - ");
    CHECK(words.kind == Kind::Words);
    CHECK(words.terms == std::vector<std::string>{"vintage", "\"seiko\""});
    CHECK(words.fts5() == "\"vintage\" \"\"\"seiko\"\"\"");
    CHECK(parseSearch("和服　着物").kind == Kind::Substrings); // ideographic space separates
    CHECK(parseSearch("和服　着物").terms.size() == 2);
    CHECK(parseSearch("café crème").kind == Kind::Words);
    CHECK(parseSearch("tea\xff\xfepot \xc0\xaf").terms ==
          std::vector<std::string>{"teapot"}); // invalid UTF-8 dropped
    CHECK(caravan::store::isCjk(U'茶'));
    CHECK(caravan::store::isCjk(U'カ'));
    CHECK(caravan::store::isCjk(U'한'));
    CHECK_FALSE(caravan::store::isCjk(U'é'));
}
