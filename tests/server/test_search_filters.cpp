// The search page's filters, sorts and pages: category (with its subcategories), condition, seller's
// country, ships to the buyer's country, a price range in the buyer's currency across listing
// currencies, price sorts across currencies, stable page links, counts and labels instead of codes.
#include "store/listing_search.h"
#include "test_sync_helpers.h"

#include <regex>

using namespace caravan::test;
using namespace caravan::test::sync;

namespace {

struct Shop
{
    TestServer ts;
    Seller jp = makeSeller(ts, "jp@example.org", "JP");
    Seller fr = makeSeller(ts, "fr@example.org", "FR");
    std::int64_t next = 1;

    // A watch (the fixture) changed by `changes`.
    void add(const Seller &who, const std::string &id, const json &changes)
    {
        auto l = activeListing();
        for (const auto &[key, value] : changes.items())
            l[key] = value;
        const auto r = push(ts, who, "filters-" + who.id, json::array({upsert(next++, id, l)}));
        INFO(r.dump());
        REQUIRE(r[0].at("status") == "applied");
    }

    HttpResponse page(const std::string &query)
    {
        Client buyer(ts.port());
        return buyer.get("/" + query + (query.find('?') == std::string::npos ? "?" : "&") + "lang=en");
    }

    std::vector<std::string> ids(const std::string &query)
    {
        const auto r = page(query);
        INFO(query);
        REQUIRE(r.status == 200);
        std::vector<std::string> out;
        const std::string marker = "href=\"/listings/";
        for (auto at = r.body.find(marker); at != std::string::npos; at = r.body.find(marker, at + 1)) {
            const auto start = at + marker.size();
            const auto id = r.body.substr(start, r.body.find('"', start) - start);
            if (out.empty() || out.back() != id)
                out.push_back(id);
        }
        return out;
    }
};

const json kBook = {{"category", "books/fiction"}, {"hs_code", "490199"}, {"brand", ""},
                    {"specifics", {{"language", "fr"}}}, {"title", "Paperback novel, first edition"}};

} // namespace

TEST_CASE("search filters: category with subcategories, condition, seller's country, ships to", "[web][search]")
{
    Shop s;
    s.add(s.jp, "watch-good", {{"price_minor", 18500}});
    s.add(s.jp, "watch-fair", {{"condition", "fair"}, {"price_minor", 9000}});
    auto book = kBook;
    book["destinations"] = {{"mode", "only"}, {"countries", {"FR", "BE"}}};
    s.add(s.fr, "book-fr", book);
    auto noDe = kBook;
    noDe["title"] = "Poetry collection";
    noDe["currency"] = "EUR";
    noDe["price_minor"] = 1200;
    noDe["destinations"] = {{"mode", "except"}, {"countries", {"DE"}}};
    s.add(s.fr, "book-no-de", noDe);

    using V = std::vector<std::string>;
    auto sorted = [](V v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    CHECK(sorted(s.ids("?cat=books")) == V{"book-fr", "book-no-de"}); // a top category takes its subcategories
    CHECK(sorted(s.ids("?cat=books/fiction")) == V{"book-fr", "book-no-de"});
    CHECK(s.ids("?cat=books/comics").empty());
    CHECK(s.ids("?cond=fair") == V{"watch-fair"});
    CHECK(sorted(s.ids("?from=JP")) == V{"watch-fair", "watch-good"});
    CHECK(sorted(s.ids("?from=FR&cat=books")) == V{"book-fr", "book-no-de"});
    // Ships to the buyer's country (from ?to=): only:FR,BE and except:DE decide.
    CHECK(sorted(s.ids("?to=DE&ships=1")) == V{"watch-fair", "watch-good"});
    CHECK(sorted(s.ids("?to=FR&ships=1")) == V{"book-fr", "book-no-de", "watch-fair", "watch-good"});
    CHECK(sorted(s.ids("?to=BE&ships=1&cat=books")) == V{"book-fr", "book-no-de"});
    // Unknown values are ignored, not errors.
    CHECK(s.page("?cat=no-such&cond=mint&from=XX&sort=cheapest&page=-3").status == 200);

    // Labels, never codes; the count; the active filters with links that drop them.
    const auto r = s.page("?cat=watches&cond=fair");
    CHECK_THAT(r.body, Catch::Contains("1 result<"));
    CHECK_THAT(r.body, Catch::Contains("Fair"));
    CHECK_THAT(r.body, Catch::Contains("Watches"));
    CHECK_THAT(r.body, Catch::Contains("Wristwatches"));
    CHECK_THAT(r.body, !Catch::Contains(">fair<"));
    CHECK_THAT(r.body, Catch::Contains("href=\"/?cond=fair\"")); // drops the category
    CHECK_THAT(r.body, Catch::Contains("href=\"/?cat=watches\"")); // drops the condition
}

TEST_CASE("search filters: a price range in the buyer's currency takes listings in every currency",
          "[web][search]")
{
    Shop s;
    // JPY 18,500 is about EUR 100-120 at the shipped rates; EUR 12 and EUR 300 are far from it.
    s.add(s.jp, "yen-watch", {{"price_minor", 18500}});
    auto cheap = kBook;
    cheap["currency"] = "EUR";
    cheap["price_minor"] = 1200;
    s.add(s.fr, "eur-cheap", cheap);
    auto dear = kBook;
    dear["currency"] = "EUR";
    dear["price_minor"] = 30000;
    dear["title"] = "Signed first edition";
    s.add(s.fr, "eur-dear", dear);

    using V = std::vector<std::string>;
    CHECK(s.ids("?cur=EUR&min=50&max=200") == V{"yen-watch"});
    CHECK(s.ids("?cur=EUR&max=20") == V{"eur-cheap"});
    CHECK(s.ids("?cur=EUR&min=250") == V{"eur-dear"});
    CHECK(s.ids("?cur=EUR&min=200&max=50") == V{"yen-watch"}); // a reversed range is read the right way round
    // Sorted by price across currencies.
    CHECK(s.ids("?cur=EUR&sort=price_asc") == V{"eur-cheap", "yen-watch", "eur-dear"});
    CHECK(s.ids("?cur=EUR&sort=price_desc") == V{"eur-dear", "yen-watch", "eur-cheap"});
    // The same range in yen finds the same listing.
    CHECK(s.ids("?cur=JPY&min=10000&max=30000") == V{"yen-watch"});
    // Cards compare in the buyer's currency.
    CHECK_THAT(s.page("?cur=EUR").body, Catch::Contains("≈ EUR"));
    // A price that is not one: a clear message, the range left out, the results still shown.
    const auto bad = s.page("?cur=EUR&min=abc");
    CHECK(bad.status == 200);
    CHECK_THAT(bad.body, Catch::Contains("Enter a price as a number"));
    CHECK(s.ids("?cur=EUR&min=abc").size() == 3);
}

TEST_CASE("search pages: stable links, newest first, every listing on exactly one page", "[web][search]")
{
    Shop s;
    json batch = json::array();
    for (int i = 0; i < 30; ++i) {
        auto l = activeListing();
        l["title"] = "Teapot number " + std::to_string(i);
        batch.push_back(upsert(i + 1, "pot-" + std::to_string(100 + i), l));
    }
    const auto r = push(s.ts, s.jp, "pages", batch);
    REQUIRE(r.size() == 30);

    const auto first = s.page("?q=teapot&sort=newest");
    CHECK_THAT(first.body, Catch::Contains("30 results"));
    CHECK_THAT(first.body, Catch::Contains("Page 1 / 2"));
    CHECK_THAT(first.body, Catch::Contains("href=\"/?q=teapot&amp;sort=newest&amp;page=2\""));
    auto p1 = s.ids("?q=teapot&sort=newest");
    auto p2 = s.ids("?q=teapot&sort=newest&page=2");
    CHECK(p1.size() == 24);
    CHECK(p2.size() == 6);
    std::set<std::string> all(p1.begin(), p1.end());
    all.insert(p2.begin(), p2.end());
    CHECK(all.size() == 30);
    CHECK(s.ids("?q=teapot&sort=newest&page=3").empty());
    // Asking again gives the same pages.
    CHECK(s.ids("?q=teapot&sort=newest&page=2") == p2);
    // Nothing found: the page helps.
    const auto none = s.page("?q=teapot&cond=new");
    CHECK_THAT(none.body, Catch::Contains("Search again without the filters"));
    CHECK_THAT(none.body, Catch::Contains("0 results"));
}

TEST_CASE("search store: a word in every listing ranks only a bounded set of candidates", "[web][search]")
{
    Shop s;
    auto &db = s.ts.server().database();
    caravan::store::ListingRepository listings(db);
    const auto n = caravan::store::kSearchCandidates + 50;
    for (std::int64_t i = 0; i < n; ++i) {
        caravan::store::Listing l;
        l.id = "common-" + std::to_string(i);
        l.sellerId = s.jp.id;
        l.title = "common word " + std::to_string(i);
        l.description = i == 7 ? "also rare" : "";
        l.category = i % 2 ? "books/fiction" : "watches/clocks";
        l.condition = "good";
        l.priceMinor = 100 + i;
        l.currency = "EUR";
        l.shipsFrom = "JP";
        l.status = "active";
        l.moderationStatus = "approved";
        listings.insert(l);
    }
    caravan::store::ListingFilter f;
    f.text = "common";
    auto page = caravan::store::searchListings(db, f);
    // At most the candidates are ranked and counted, and the count says there may be more.
    CHECK(page.total == caravan::store::kSearchCandidates);
    CHECK(page.totalCapped);
    CHECK(page.listings.size() == 24);
    // Filters apply within the candidates.
    f.category = "books";
    page = caravan::store::searchListings(db, f);
    CHECK(page.total > 0);
    CHECK(page.total <= caravan::store::kSearchCandidates);
    for (const auto &v : page.listings)
        CHECK(v.listing.category == "books/fiction");
    // A rare word is found whatever the common one does.
    f = {};
    f.text = "rare";
    page = caravan::store::searchListings(db, f);
    REQUIRE(page.total == 1);
    CHECK_FALSE(page.totalCapped);
    CHECK(page.listings.front().listing.id == "common-7");
    // Without text listings count up to the cap (1000+), or to the end of a later page asked for, so a next
    // page is always known while more listings match.
    f = {};
    page = caravan::store::searchListings(db, f);
    CHECK(page.total == caravan::store::kCountCap);
    CHECK(page.totalCapped);
    f.offset = 1008; // page 43 of 24: counted to its end, and more follow
    page = caravan::store::searchListings(db, f);
    CHECK(page.total == 1032);
    CHECK(page.totalCapped);
    CHECK(page.listings.size() == 24);
    f.offset = 1032; // page 44, the last: every listing counted
    page = caravan::store::searchListings(db, f);
    CHECK(page.total == n);
    CHECK_FALSE(page.totalCapped);
    CHECK(page.listings.size() == 18);
}
