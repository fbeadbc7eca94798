// Staff's other queues (docs/disputes.md, "Reported listings" and "Risk flags"): a buyer reports a listing
// on the web, staff see the queue and the case through the API and remove the listing (its page and its
// photos stop being public, the seller's next pull says why) or dismiss; risk flags come from what
// accounts did, with their figures. Every view and decision is on the audit log.
#include "accounts/crypto.h"
#include "orders/escrow_services.h"
#include "store/audit_log.h"
#include "store/listings.h"
#include "store/orders.h"
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

HttpResponse report(Client &c, const std::string &listing, const std::string &reason, const std::string &details)
{
    const auto form = c.get("/listings/" + listing + "/report");
    REQUIRE(form.status == 200);
    return c.postForm("/listings/" + listing + "/report",
                      {{"csrf_token", extractCsrf(form.body)}, {"reason", reason}, {"details", details}});
}

std::vector<std::string> auditActions(EscrowWorld &w)
{
    std::vector<std::string> out;
    for (const auto &e : store::AuditLog::list(w.db(), 0, 1000))
        out.push_back(e.action);
    return out;
}

std::string uploadPhoto(EscrowWorld &w, const Account &who, const std::string &fixture)
{
    const auto bytes = sync::readFile(TestEnv::fixtures() / "photos" / fixture);
    const auto sha = accounts::sha256Hex(bytes);
    Client c(w.port());
    const auto r = c.request("PUT",
                             "/api/v1/photos/" + sha + "/upload?offset=0&total=" + std::to_string(bytes.size()),
                             bytes, "application/octet-stream", {{"Authorization", "Bearer " + who.token}});
    INFO(r.body);
    REQUIRE(r.status == 200);
    return sha;
}

bool contains(const std::vector<std::string> &v, const std::string &s)
{
    return std::find(v.begin(), v.end(), s) != v.end();
}

} // namespace

TEST_CASE("A reported listing is removed by staff: its page and photos stop being public", "[staff][reports]")
{
    EscrowWorld w;
    w.listingId = w.makeListing(1, 18500, {uploadPhoto(w, w.seller, "teapot.jpg")});
    auto buyer = browserOf(w, w.buyer);
    const auto listingPage = buyer.get("/listings/" + w.listingId);
    REQUIRE(listingPage.status == 200);
    CHECK_THAT(listingPage.body, Catch::Contains("/listings/" + w.listingId + "/report"));
    // The seller is offered no report link on their own listing, and cannot report it.
    auto seller = browserOf(w, w.seller);
    CHECK(seller.get("/listings/" + w.listingId).body.find("/report\"") == std::string::npos);
    CHECK(seller.get("/listings/" + w.listingId + "/report").status == 404);
    // Signed out, the report form asks to sign in.
    Client anonymous(w.port());
    CHECK(anonymous.get("/listings/" + w.listingId + "/report").status == 303);

    // A reason is needed; "other" needs words; what was typed comes back.
    auto r = report(buyer, w.listingId, "", "text kept");
    CHECK(r.status == 422);
    CHECK_THAT(r.body, Catch::Contains("Choose why you report this listing."));
    CHECK_THAT(r.body, Catch::Contains("text kept"));
    r = report(buyer, w.listingId, "other", "");
    CHECK(r.status == 422);
    r = report(buyer, w.listingId, "counterfeit", "The <b>logo</b> is wrong & the serial is missing.");
    REQUIRE(r.status == 200);
    CHECK_THAT(r.body, Catch::Contains("Thank you, your report was sent"));
    // Sending it again adds nothing and says the same.
    CHECK(report(buyer, w.listingId, "counterfeit", "again").status == 200);
    auto second = browserOf(w, w.makeBuyer("second@caravan.example"));
    REQUIRE(report(second, w.listingId, "misleading", "").status == 200);
    CHECK(buyer.get("/listings/" + w.listingId + "/report?lang=zh_CN").body.find("举报原因") != std::string::npos);

    // Not staff: the queue is refused.
    CHECK(w.call("GET", "/api/v1/staff/reports", w.buyer).status == 403);
    const auto staff = w.makeStaff("moderator@caravan.example");
    auto q = w.call("GET", "/api/v1/staff/reports", staff);
    REQUIRE(q.status == 200);
    auto rows = json::parse(q.body).at("reports");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].at("listing_id") == w.listingId);
    CHECK(rows[0].at("reports") == 2);
    CHECK(rows[0].at("reasons").at("counterfeit") == 1);
    CHECK(rows[0].at("reasons").at("misleading") == 1);
    CHECK(rows[0].at("status") == "open");

    const auto c = w.call("GET", "/api/v1/staff/reports/" + w.listingId, staff);
    REQUIRE(c.status == 200);
    const auto body = json::parse(c.body);
    REQUIRE(body.at("reports").size() == 2);
    CHECK(body.at("listing").at("status") == "active");
    CHECK(body.at("listing").at("moderation") == "published");
    const auto photos = body.at("listing").at("photos");
    REQUIRE_FALSE(photos.empty());
    const std::string sha = photos[0];
    bool sawText = false;
    for (const auto &rep : body.at("reports"))
        sawText = sawText || rep.at("details") == "The <b>logo</b> is wrong & the serial is missing.";
    CHECK(sawText);
    // Staff see the photo through the staff route; the public sees it while the listing is public.
    const auto photo = w.call("GET", "/api/v1/staff/photos/" + sha, staff);
    CHECK(photo.status == 200);
    CHECK(photo.header("content-type") == "image/jpeg");
    CHECK(w.call("GET", "/api/v1/staff/photos/" + sha, w.buyer).status == 403);
    CHECK(w.call("GET", "/api/v1/staff/photos/" + std::string(64, '0'), staff).status == 404);
    CHECK(anonymous.get("/photos/" + sha + ".jpg").status == 200);

    // Removal needs a note; then the listing and its photos are gone from the public.
    auto d = w.call("POST", "/api/v1/staff/reports/" + w.listingId + "/decision", staff,
                    {{"decision", "remove"}, {"note", "  "}});
    CHECK(d.status == 422);
    d = w.call("POST", "/api/v1/staff/reports/" + w.listingId + "/decision", staff,
               {{"decision", "remove"}, {"note", "Counterfeit branding (rule 4.2)."}});
    INFO(d.body);
    REQUIRE(d.status == 200);
    const auto decided = json::parse(d.body);
    CHECK(decided.at("listing").at("moderation") == "removed");
    for (const auto &rep : decided.at("reports"))
        CHECK(rep.at("status") == "removed");
    CHECK(anonymous.get("/listings/" + w.listingId).status == 404);
    CHECK(anonymous.get("/photos/" + sha + ".jpg").status == 404);
    CHECK(w.call("GET", "/api/v1/staff/photos/" + sha, staff).status == 200);
    CHECK(store::ListingRepository(w.db()).find(w.listingId)->listing.moderationReason ==
          "Counterfeit branding (rule 4.2).");
    // The seller's devices learn it from the change log.
    const auto pull = w.call("GET", "/api/v1/sync/pull?cursor=0&limit=500", w.seller);
    REQUIRE(pull.status == 200);
    CHECK_THAT(pull.body, Catch::Contains("Counterfeit branding (rule 4.2)."));

    // The same decision sent again (its answer lost) answers the same; another member of staff's is refused.
    CHECK(w.call("POST", "/api/v1/staff/reports/" + w.listingId + "/decision", staff,
                 {{"decision", "remove"}, {"note", "Counterfeit branding (rule 4.2)."}})
              .status == 200);
    const auto other = w.makeStaff("moderator2@caravan.example");
    CHECK(w.call("POST", "/api/v1/staff/reports/" + w.listingId + "/decision", other,
                 {{"decision", "dismiss"}, {"note", ""}})
              .status == 409);
    q = w.call("GET", "/api/v1/staff/reports", staff);
    CHECK(json::parse(q.body).at("reports").empty());
    q = w.call("GET", "/api/v1/staff/reports?status=removed", staff);
    CHECK(json::parse(q.body).at("reports").size() == 1);
    CHECK(w.call("GET", "/api/v1/staff/reports?status=nonsense", staff).status == 422);

    const auto actions = auditActions(w);
    CHECK(contains(actions, "listing_report.viewed"));
    CHECK(contains(actions, "listing_report.removed"));
    CHECK(contains(actions, "photo.viewed"));
    CHECK(store::AuditLog::verify(w.db()).ok);
}

TEST_CASE("Dismissed reports leave the listing public, and a buyer's reports are limited per day",
          "[staff][reports]")
{
    WorldOptions options;
    options.server["reports.per_day"] = "1";
    EscrowWorld w(options);
    auto buyer = browserOf(w, w.buyer);
    REQUIRE(report(buyer, w.listingId, "spam", "asks for payment by bank transfer").status == 200);
    const auto another = w.makeListing(1, 9900);
    const auto limited = report(buyer, another, "spam", "kept text");
    CHECK(limited.status == 429);
    CHECK_THAT(limited.body, Catch::Contains("as many reports as one day allows"));
    CHECK_THAT(limited.body, Catch::Contains("kept text"));

    const auto staff = w.makeStaff("moderator@caravan.example");
    const auto d = w.call("POST", "/api/v1/staff/reports/" + w.listingId + "/decision", staff,
                          {{"decision", "dismiss"}, {"note", "Payment terms are normal."}});
    REQUIRE(d.status == 200);
    CHECK(json::parse(d.body).at("reports")[0].at("status") == "dismissed");
    Client anonymous(w.port());
    CHECK(anonymous.get("/listings/" + w.listingId).status == 200);
    CHECK(w.call("POST", "/api/v1/staff/reports/" + w.listingId + "/decision", staff,
                 {{"decision", "ban"}, {"note", "x"}})
              .status == 422);
    CHECK(w.call("GET", "/api/v1/staff/reports/no-such-listing", staff).status == 404);
    CHECK(contains(auditActions(w), "listing_report.dismissed"));
}

TEST_CASE("Risk flags: failed payments, a new account buying high-value items, a seller shipping nothing",
          "[staff][risk]")
{
    WorldOptions options;
    options.server["risk.failed_payments"] = "2";
    options.server["risk.high_value_orders"] = "2";
    options.server["risk.high_value_eur_cents"] = "10000";
    options.server["risk.unshipped_orders"] = "2";
    options.quantity = 10;
    EscrowWorld w(options);
    const auto staff = w.makeStaff("risk@caravan.example");
    auto flags = json::parse(w.call("GET", "/api/v1/staff/risk-flags", staff).body).at("flags");
    CHECK(flags.empty());

    // Two declined cards: the buyer is flagged for failed payments.
    for (int i = 0; i < 2; ++i) {
        const auto o = w.createOrder(w.buyer, w.listingId);
        w.pay(o, "4000000000000002");
    }
    w.flushWebhooks();
    // A new account pays for two orders above the threshold, and the seller lets both ship-by dates pass.
    const auto rich = w.makeBuyer("new-and-keen@caravan.example");
    std::vector<std::string> paid;
    for (int i = 0; i < 2; ++i) {
        const auto o = w.createOrder(rich, w.listingId);
        w.pay(o);
        w.flushWebhooks();
        paid.push_back(w.waitForStatus(rich, o.at("id"), "paid").at("id").get<std::string>());
    }
    const auto shipBy = store::OrderStore::load(w.db(), paid.back())->shipBy;
    const auto now = std::max(shipBy, store::OrderStore::load(w.db(), paid.front())->shipBy) + 1;
    CHECK(w.escrow().timers().runOnce(now).refunded == 2);

    CHECK(w.call("GET", "/api/v1/staff/risk-flags", w.seller).status == 403);
    const auto r = w.call("GET", "/api/v1/staff/risk-flags", staff);
    REQUIRE(r.status == 200);
    flags = json::parse(r.body).at("flags");
    INFO(flags.dump(2));
    std::map<std::string, json> byKind;
    for (const auto &f : flags)
        byKind[f.at("kind").get<std::string>()] = f;
    REQUIRE(byKind.count("failed_payments"));
    CHECK(byKind["failed_payments"].at("user_id") == w.buyer.id);
    CHECK(byKind["failed_payments"].at("figures").at("failed") == 2);
    CHECK_THAT(byKind["failed_payments"].at("explanation").get<std::string>(), Catch::Contains("2 payments"));
    REQUIRE(byKind.count("new_account_high_value"));
    CHECK(byKind["new_account_high_value"].at("user_id") == rich.id);
    CHECK(byKind["new_account_high_value"].at("figures").at("orders") == 2);
    CHECK(byKind["new_account_high_value"].at("figures").at("account_age_days") == 0);
    REQUIRE(byKind.count("seller_ships_nothing"));
    CHECK(byKind["seller_ships_nothing"].at("user_id") == w.seller.id);
    CHECK(byKind["seller_ships_nothing"].at("figures").at("unshipped") == 2);
    CHECK(byKind["seller_ships_nothing"].at("figures").at("shipped") == 0);
    CHECK(contains(auditActions(w), "risk_flags.viewed"));
}
