// Saved searches: saved from the search page by a signed-in buyer, theirs alone, and a mail when a new
// listing matches — one per listing and search, in the owner's language, with several servers checking.
#include "store/account_records.h"
#include "store/saved_searches.h"
#include "support/account_flows.h"
#include "support/escrow_world.h"
#include "support/mailbox.h"
#include "web/saved_search_alerts.h"

#include <catch2/catch.hpp>
#include <thread>

using namespace caravan;
using namespace caravan::test;

namespace {

std::string savedId(EscrowWorld &w, const std::string &userId)
{
    const auto rows = w.db().query("SELECT id FROM saved_searches WHERE user_id = ?", {userId});
    REQUIRE(rows.size() == 1);
    return rows.front().text(0);
}

// A listing that changed `secondsAgo` seconds ago (the world makes them now).
void backdate(EscrowWorld &w, const std::string &listingId, std::int64_t secondsAgo)
{
    const auto t = store::nowSeconds() - secondsAgo;
    w.db().execute("UPDATE listings SET created_at = ?, updated_at = ? WHERE id = ?", {t, t, listingId});
}

web::SavedSearchAlerts &alerts(EscrowWorld &w)
{
    return w.server().server().savedSearchAlerts();
}

} // namespace

TEST_CASE("Saved searches: saved from the search page, listed for their owner only, deleted", "[marketplace][saved]")
{
    EscrowWorld w;
    Client buyer(w.port());
    REQUIRE(buyer.signIn(w.buyer.email, kWorldPassword).status == 303);
    auto page = buyer.get("/?q=seiko&cond=good&lang=en");
    REQUIRE(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains("Save this search"));
    CHECK_THAT(page.body, Catch::Contains("name=\"query\" value=\"?q=seiko&amp;cond=good\""));
    const auto csrf = extractCsrf(page.body);

    // Without a CSRF token nothing is saved; signed out, the page offers to sign in first.
    CHECK(buyer.postForm("/saved-searches", {{"query", "?q=seiko&cond=good"}}).status == 403);
    Client anonymous(w.port());
    CHECK_THAT(anonymous.get("/?q=seiko&lang=en").body, Catch::Contains("Sign in to save this search"));
    CHECK(anonymous.postForm("/saved-searches", {{"query", "?q=seiko"}}).status != 303);

    // The posted text is read as a search and written back canonically: unknown values are dropped.
    auto saved = buyer.postForm("/saved-searches",
                                {{"csrf_token", csrf}, {"query", "?q=seiko&cond=good&cat=<script>&page=3&sort=newest"}});
    REQUIRE(saved.status == 303);
    CHECK(saved.header("location") == "/?q=seiko&cond=good&sort=newest");
    const auto rows = w.db().query("SELECT query, destination, currency FROM saved_searches");
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().text(0) == "?q=seiko&cond=good");
    CHECK(rows.front().text(1) == "DE"); // the buyer's country
    CHECK(rows.front().text(2) == "EUR");
    // Saving it again keeps one.
    REQUIRE(buyer.postForm("/saved-searches", {{"csrf_token", csrf}, {"query", "?cond=good&q=seiko"}}).status == 303);
    CHECK(w.db().query("SELECT COUNT(*) FROM saved_searches").front().integer(0) == 1);
    // An empty search is not saved.
    REQUIRE(buyer.postForm("/saved-searches", {{"csrf_token", csrf}, {"query", "?page=2"}}).status == 303);
    CHECK(w.db().query("SELECT COUNT(*) FROM saved_searches").front().integer(0) == 1);

    page = buyer.get("/?q=seiko&cond=good&lang=en");
    CHECK_THAT(page.body, Catch::Contains("This search is saved."));
    auto list = buyer.get("/saved-searches?lang=en");
    REQUIRE(list.status == 200);
    CHECK_THAT(list.body, Catch::Contains("“seiko” · Good"));
    CHECK_THAT(list.body, Catch::Contains("href=\"/?q=seiko&amp;cond=good\""));
    CHECK_THAT(list.body, Catch::Contains("Email on new matches"));
    CHECK_THAT(buyer.get("/saved-searches?lang=zh_CN").body, Catch::Contains("已保存的搜索"));

    const auto id = savedId(w, w.buyer.id);
    // Someone else sees none of it and can change none of it.
    const auto other = w.makeBuyer("other@escrow.test");
    Client otherBrowser(w.port());
    REQUIRE(otherBrowser.signIn(other.email, kWorldPassword).status == 303);
    const auto otherCsrf = extractCsrf(otherBrowser.get("/saved-searches").body);
    CHECK_THAT(otherBrowser.get("/saved-searches?lang=en").body, !Catch::Contains("seiko"));
    CHECK(otherBrowser.postForm("/saved-searches/" + id + "/delete", {{"csrf_token", otherCsrf}}).status == 404);
    CHECK(otherBrowser.postForm("/saved-searches/" + id + "/alerts", {{"csrf_token", otherCsrf}, {"alerts", "0"}}).status ==
          404);
    CHECK(anonymous.get("/saved-searches").status == 303);

    // The owner turns the mail off, then deletes the search.
    REQUIRE(buyer.postForm("/saved-searches/" + id + "/alerts", {{"csrf_token", csrf}, {"alerts", "0"}}).status == 303);
    CHECK_THAT(buyer.get("/saved-searches?lang=en").body, Catch::Contains("No emails"));
    REQUIRE(buyer.postForm("/saved-searches/" + id + "/delete", {{"csrf_token", csrf}}).status == 303);
    CHECK(w.db().query("SELECT COUNT(*) FROM saved_searches").front().integer(0) == 0);
}

TEST_CASE("Saved searches: an account keeps at most the configured number", "[marketplace][saved]")
{
    EscrowWorld w;
    store::SavedSearchStore store(w.db());
    const auto now = store::nowSeconds();
    REQUIRE(store.add(w.buyer.id, "?q=a", "DE", "EUR", now, 2, now));
    REQUIRE(store.add(w.buyer.id, "?q=b", "DE", "EUR", now, 2, now));
    CHECK_FALSE(store.add(w.buyer.id, "?q=c", "DE", "EUR", now, 2, now));
    CHECK(store.add(w.buyer.id, "?q=a", "DE", "EUR", now, 2, now)); // the same one again is fine
    CHECK(store.list(w.buyer.id).size() == 2);
    CHECK(store.list(w.seller.id).empty());
}

TEST_CASE("Saved search mail: each new match once, in the owner language, not for other listings",
          "[marketplace][saved][mail]")
{
    EscrowWorld w;
    backdate(w, w.listingId, 1000); // on sale before the search was saved
    const auto t0 = store::nowSeconds();
    store::SavedSearchStore store(w.db());
    const auto search = store.add(w.buyer.id, "?q=seiko", "DE", "EUR", t0 - 500, 20, t0 - 500);
    REQUIRE(search);

    const auto fresh = w.makeListing(1); // a Seiko, new
    const auto unrelated = w.makeListing(1);
    w.db().execute("UPDATE listings SET title = 'Quartz alarm clock', description = 'Loud.' WHERE id = ?", {unrelated});

    auto pass = alerts(w).runOnce(t0 + 10, "server-a");
    CHECK(pass.checked == 1);
    CHECK(pass.mailed == 1);
    CHECK(pass.listings == 1);
    const auto mails = waitForMail(mailDir(w.server()), w.buyer.email);
    REQUIRE(mails.size() == 1);
    CHECK(mails.front().subject == "New matches for your search: “seiko”");
    CHECK_THAT(mails.front().text, Catch::Contains("A new listing matches your saved search “seiko”:"));
    CHECK_THAT(mails.front().text, Catch::Contains("/listings/" + fresh));
    CHECK_THAT(mails.front().text, !Catch::Contains("/listings/" + w.listingId));
    CHECK_THAT(mails.front().text, !Catch::Contains("/listings/" + unrelated));
    CHECK_THAT(mails.front().text, Catch::Contains("/saved-searches"));

    // Not due again before its interval; when due, the same listing is not mailed again, edited or not.
    CHECK(alerts(w).runOnce(t0 + 20, "server-a").checked == 0);
    w.db().execute("UPDATE listings SET updated_at = ? WHERE id = ?", {t0 + 30, fresh});
    pass = alerts(w).runOnce(t0 + 10 + 3600, "server-a");
    CHECK(pass.checked == 1);
    CHECK(pass.mailed == 0);

    // A listing repriced into the range of a price search is new to that search; in Chinese for a
    // buyer who reads Chinese.
    w.db().execute("UPDATE users SET language = 'zh_CN' WHERE id = ?", {w.buyer.id});
    const auto priced = store.add(w.buyer.id, "?max=100", "DE", "EUR", t0 + 100, 20, t0 + 100);
    REQUIRE(priced);
    const auto cheap = w.makeListing(1, 99999999); // 99,999,999 JPY: far above 100 EUR
    w.db().execute("UPDATE listings SET updated_at = ? WHERE id = ?", {t0 + 50, cheap});
    CHECK(alerts(w).runOnce(t0 + 200, "server-a").mailed == 0);
    w.db().execute("UPDATE listings SET price_minor = 9000, updated_at = ? WHERE id = ?", {t0 + 300, cheap});
    pass = alerts(w).runOnce(t0 + 200 + 3600, "server-a"); // the next check of the price search
    CHECK(pass.mailed == 1);
    const auto all = waitForMail(mailDir(w.server()), w.buyer.email, 2);
    REQUIRE(all.size() == 2);
    CHECK_THAT(all.back().subject, Catch::Contains("您的搜索有新匹配"));
    CHECK_THAT(all.back().text, Catch::Contains("/listings/" + cheap));
}

TEST_CASE("Saved search mail: two servers checking at once send one mail", "[marketplace][saved][mail]")
{
    EscrowWorld w;
    backdate(w, w.listingId, 1000);
    const auto t0 = store::nowSeconds();
    store::SavedSearchStore store(w.db());
    REQUIRE(store.add(w.buyer.id, "?q=seiko", "DE", "EUR", t0 - 500, 20, t0 - 500));
    w.makeListing(1);

    web::SavedSearchAlerts::Pass a, b;
    std::thread first([&] { a = alerts(w).runOnce(t0 + 10, "server-a"); });
    std::thread second([&] { b = alerts(w).runOnce(t0 + 10, "server-b"); });
    first.join();
    second.join();
    CHECK(a.checked + b.checked == 1);
    CHECK(a.mailed + b.mailed == 1);
    CHECK(w.db().query("SELECT COUNT(*) FROM saved_search_sent").front().integer(0) == 1);

    // A server that stalled past its lease cannot finish a check another one has taken over.
    const auto search = store.list(w.buyer.id).front();
    w.db().execute("UPDATE saved_searches SET next_check_at = 0, lease_holder = '', lease_until = 0");
    REQUIRE(store.claimDue(t0 + 20, "stalled", 300, 10).size() == 1);
    CHECK(store.claimDue(t0 + 20, "server-b", 300, 10).empty()); // held
    REQUIRE(store.claimDue(t0 + 20 + 301, "server-b", 300, 10).size() == 1); // the lease ran out
    CHECK_FALSE(store.finishCheck(search, "stalled", std::nullopt, {}, t0, t0 + 9999, t0 + 20 + 302));
}

TEST_CASE("Saved search mail: none for a search with mail off or an unconfirmed address", "[marketplace][saved][mail]")
{
    EscrowWorld w;
    backdate(w, w.listingId, 1000);
    const auto t0 = store::nowSeconds();
    store::SavedSearchStore store(w.db());
    const auto off = store.add(w.buyer.id, "?q=seiko", "DE", "EUR", t0 - 500, 20, t0 - 500);
    REQUIRE(off);
    REQUIRE(store.setAlerts(w.buyer.id, off->id, false));
    const auto other = w.makeBuyer("unconfirmed@escrow.test");
    w.db().execute("UPDATE users SET email_verified_at = NULL WHERE id = ?", {other.id});
    REQUIRE(store.add(other.id, "?q=seiko", "DE", "EUR", t0 - 500, 20, t0 - 500));
    w.makeListing(1);

    const auto pass = alerts(w).runOnce(t0 + 10, "server-a");
    CHECK(pass.checked == 1); // only the unconfirmed one has mail on
    CHECK(pass.mailed == 0);
    CHECK(w.db().query("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'saved_search'").front().integer(0) == 0);
}

TEST_CASE("Account deletion removes saved searches and favourites, the export lists them", "[marketplace][saved][accounts]")
{
    EscrowWorld w;
    store::SavedSearchStore store(w.db());
    REQUIRE(store.add(w.buyer.id, "?q=seiko", "DE", "EUR", store::nowSeconds(), 20, store::nowSeconds()));
    Client buyer(w.port());
    REQUIRE(buyer.signIn(w.buyer.email, kWorldPassword).status == 303);
    const auto csrf = extractCsrf(buyer.get("/account").body);
    const auto exported = buyer.postForm("/account/data", {{"csrf_token", csrf}});
    REQUIRE(exported.status == 200);
    const auto data = nlohmann::json::parse(exported.body);
    REQUIRE(data.at("saved_searches").size() == 1);
    CHECK(data.at("saved_searches")[0].at("query") == "?q=seiko");

    REQUIRE(buyer.postForm("/listings/" + w.listingId + "/favourite", {{"csrf_token", csrf}}).status == 303);
    CHECK(w.db().query("SELECT COUNT(*) FROM favourites").front().integer(0) == 1);

    store::Transaction tx(w.db());
    store::AccountRecords::erase(tx, w.buyer.id, store::nowSeconds());
    tx.commit();
    CHECK(store.list(w.buyer.id).empty());
    CHECK(w.db().query("SELECT COUNT(*) FROM favourites").front().integer(0) == 0);
}
