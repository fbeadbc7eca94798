// The account pages: who may see and change what (sign-in, CSRF, someone else's address is a 404, what
// an unverified account may not do), the address book, profile, password change, deleting the account and
// downloading its data.
#include "orders/order_service.h"
#include "store/account_records.h"
#include "store/addresses.h"
#include "store/changelog.h"
#include "store/listings.h"
#include "store/orders.h"
#include "store/users.h"
#include "support/account_flows.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace caravan;
using caravan::test::Client;
using caravan::test::TestServer;

namespace {

const std::string kPassword = "correct horse battery staple";

std::map<std::string, std::string> addressForm(const std::string &csrf, const std::string &name,
                                               const std::string &country = "DE")
{
    return {{"csrf_token", csrf},       {"name", name},         {"line1", "Hauptstraße 5"},
            {"line2", ""},              {"city", "Berlin"},     {"postal_code", "10115"},
            {"region", ""},             {"country", country},   {"phone", "+49 30 123456"}};
}

std::string userId(TestServer &ts, const std::string &email)
{
    const auto u = ts.server().users().findByEmail(email);
    REQUIRE(u);
    return u->id;
}

// The id of the only address of the user with this name.
std::string addressId(TestServer &ts, const std::string &email, const std::string &name)
{
    for (const auto &a : store::AddressStore(ts.server().database()).list(userId(ts, email)))
        if (a.name == name)
            return a.id;
    FAIL("no address named " << name);
    return {};
}

store::Listing listingOf(const std::string &id, const std::string &sellerId)
{
    store::Listing l;
    l.id = id;
    l.sellerId = sellerId;
    l.title = "Listing " + id;
    l.description = "A thing";
    l.category = "books";
    l.condition = "good";
    l.priceMinor = 1500;
    l.currency = "EUR";
    l.shipsFrom = "DE";
    l.hsCode = "4901.99";
    l.weightGrams = 300;
    l.status = "active";
    l.moderationStatus = "approved";
    l.createdAt = l.updatedAt = store::nowSeconds();
    return l;
}

void insertOrder(TestServer &ts, const std::string &id, const std::string &listingId, const std::string &sellerId,
                 const std::string &buyerId, const std::string &state)
{
    store::OrderRecord o;
    o.id = id;
    o.listingId = listingId;
    o.sellerId = sellerId;
    o.buyerId = buyerId;
    o.state = state;
    o.shipTo = {{"name", "Buyer Name"}, {"line1", "Street 1"}, {"city", "Paris"}, {"country", "FR"}};
    o.destination = "FR";
    o.serviceId = "sample-ems";
    o.category = "books";
    o.listingCurrency = o.buyerCurrency = "EUR";
    o.listing.item = o.buyer.item = 1500;
    o.listing.total = o.buyer.total = 1500;
    o.createdAt = o.updatedAt = store::nowSeconds();
    store::Transaction tx(ts.server().database());
    store::OrderStore::insert(tx, o);
    tx.commit();
}

} // namespace

TEST_CASE("account pages need a signed-in user", "[web][accounts][access]")
{
    TestServer ts;
    Client anonymous(ts.port());
    for (const std::string path : {"/account", "/account/profile", "/account/password", "/account/addresses",
                                   "/account/addresses/new", "/account/addresses/some-id", "/account/delete"}) {
        INFO(path);
        const auto r = anonymous.get(path);
        CHECK(r.status == 303);
        CHECK_THAT(r.header("location"), Catch::StartsWith("/signin?next="));
    }
    const auto csrf = anonymous.csrfToken("/signin"); // a valid anonymous token: the refusal is about the user
    for (const std::string path :
         {"/account/profile", "/account/password", "/account/addresses", "/account/addresses/x", "/account/addresses/x/delete",
          "/account/addresses/x/default", "/account/delete", "/account/data", "/account/verify-email/resend"}) {
        INFO(path);
        CHECK(anonymous.postForm(path, {{"csrf_token", csrf}}).status == 403);
    }
    // The pages reached by mailed links are public.
    CHECK(anonymous.get("/password/forgot").status == 200);
    CHECK(anonymous.get("/register/check-email").status == 200);
}

TEST_CASE("every account form POST needs the CSRF token and changes nothing without it", "[web][accounts][csrf]")
{
    TestServer ts;
    Client browser(ts.port());
    test::registerVerified(browser, ts, "csrf.owner@example.org", kPassword, "Owner");
    REQUIRE(browser.postForm("/account/addresses", addressForm(browser.csrfToken("/account/addresses/new"), "Home"))
                .status == 303);
    const auto id = addressId(ts, "csrf.owner@example.org", "Home");
    Client attacker(ts.port());
    const auto foreign = attacker.csrfToken("/signin");

    const std::vector<std::pair<std::string, std::map<std::string, std::string>>> posts = {
        {"/account/profile", {{"display_name", "Hacked"}, {"country", "FR"}, {"language", "en"}}},
        {"/account/password", {{"current_password", kPassword}, {"new_password", "a hijacked passphrase"}}},
        {"/account/addresses", addressForm("", "Injected")},
        {"/account/addresses/" + id, addressForm("", "Changed")},
        {"/account/addresses/" + id + "/default", {}},
        {"/account/addresses/" + id + "/delete", {}},
        {"/account/delete", {{"password", kPassword}}},
        {"/account/data", {}},
        {"/account/verify-email/resend", {}},
        {"/verify-email", {{"token", "x"}}},
        {"/password/forgot", {{"email", "csrf.owner@example.org"}}},
        {"/password/reset", {{"token", "x"}, {"password", "a hijacked passphrase"}}},
    };
    for (const auto &[path, fields] : posts) {
        INFO(path);
        auto without = fields;
        without.erase("csrf_token");
        CHECK(browser.postForm(path, without).status == 403);
        without["csrf_token"] = foreign;
        CHECK(browser.postForm(path, without).status == 403);
        without["csrf_token"] = "forged.value";
        CHECK(browser.postForm(path, without).status == 403);
    }
    const auto user = ts.server().users().findByEmail("csrf.owner@example.org");
    REQUIRE(user);
    CHECK(user->displayName == "Owner");
    const auto addresses = store::AddressStore(ts.server().database()).list(user->id);
    REQUIRE(addresses.size() == 1);
    CHECK(addresses.front().name == "Home");
    Client check(ts.port());
    CHECK(check.signIn("csrf.owner@example.org", kPassword).status == 303);
    CHECK(browser.get("/account").status == 200);
}

TEST_CASE("the address book: add, edit, default, delete, with the rules of an order's ship_to", "[web][accounts][addresses]")
{
    TestServer ts;
    Client browser(ts.port());
    test::registerVerified(browser, ts, "ada@example.org", kPassword, "Ada");
    CHECK_THAT(browser.get("/account/addresses").body, Catch::Contains("You have not saved an address yet"));

    auto r = browser.postForm("/account/addresses", addressForm(browser.csrfToken("/account/addresses/new"), "Ada Home"));
    CHECK(r.status == 303);
    CHECK(r.header("location") == "/account/addresses?notice=address_saved");
    auto second = addressForm(browser.csrfToken("/account/addresses/new"), "Ada Office", "FR");
    second["make_default"] = "1";
    REQUIRE(browser.postForm("/account/addresses", second).status == 303);
    REQUIRE(browser.postForm("/account/addresses", addressForm(browser.csrfToken("/account/addresses/new"), "Ada Cottage"))
                .status == 303);

    store::AddressStore store(ts.server().database());
    const auto owner = userId(ts, "ada@example.org");
    auto list = store.list(owner);
    REQUIRE(list.size() == 3);
    CHECK(list.front().name == "Ada Office"); // the default comes first
    CHECK(list.front().isDefault);
    CHECK(std::count_if(list.begin(), list.end(), [](const auto &a) { return a.isDefault; }) == 1);
    CHECK(store.defaultAddress(owner)->name == "Ada Office");
    // What the store gives checkout is a valid ship_to.
    for (const auto &a : list)
        CHECK_NOTHROW(orders::checkAddress(a.toShipTo()));
    CHECK(list.front().toShipTo() == nlohmann::json{{"name", "Ada Office"},
                                                   {"line1", "Hauptstraße 5"},
                                                   {"city", "Berlin"},
                                                   {"postal_code", "10115"},
                                                   {"country", "FR"},
                                                   {"phone", "+49 30 123456"}});
    const auto page = browser.get("/account/addresses");
    CHECK_THAT(page.body, Catch::Contains("Ada Cottage"));
    CHECK_THAT(page.body, Catch::Contains("France"));

    // Edit.
    const auto home = addressId(ts, "ada@example.org", "Ada Home");
    const auto form = browser.get("/account/addresses/" + home);
    REQUIRE(form.status == 200);
    CHECK(test::inputValue(form.body, "line1") == "Hauptstraße 5");
    auto edited = addressForm(test::extractCsrf(form.body), "Ada Home");
    edited["line2"] = "3rd floor";
    REQUIRE(browser.postForm("/account/addresses/" + home, edited).status == 303);
    CHECK(store.find(owner, home)->line2 == "3rd floor");

    // Default moves; deleting the default passes it to the oldest address left.
    REQUIRE(browser.postForm("/account/addresses/" + home + "/default", {{"csrf_token", browser.csrfToken("/account")}})
                .header("location") == "/account/addresses?notice=address_default");
    CHECK(store.defaultAddress(owner)->id == home);
    REQUIRE(browser.postForm("/account/addresses/" + home + "/delete", {{"csrf_token", browser.csrfToken("/account")}})
                .status == 303);
    CHECK_FALSE(store.find(owner, home));
    list = store.list(owner);
    REQUIRE(list.size() == 2);
    CHECK(std::count_if(list.begin(), list.end(), [](const auto &a) { return a.isDefault; }) == 1);
    CHECK(list.front().isDefault);

    // The rules of ship_to, the field named in the answer; nothing stored.
    const auto refuse = [&](std::map<std::string, std::string> fields, const std::string &says) {
        fields["csrf_token"] = browser.csrfToken("/account/addresses/new");
        const auto answer = browser.postForm("/account/addresses", fields);
        CHECK(answer.status == 422);
        CHECK_THAT(answer.body, Catch::Contains(says));
    };
    auto missing = addressForm("", "");
    refuse(missing, "Full name");
    auto noCity = addressForm("", "Someone");
    noCity["city"] = "";
    refuse(noCity, "City");
    refuse(addressForm("", "Someone", "XX"), "Choose the country");
    auto tooLong = addressForm("", "Someone");
    tooLong["postal_code"] = std::string(21, '1');
    refuse(tooLong, "Postal code");
    auto control = addressForm("", "Some\x01one");
    refuse(control, "Full name");
    CHECK(store.list(owner).size() == 2);
}

TEST_CASE("someone else's address is a 404 on every route", "[web][accounts][addresses][access]")
{
    TestServer ts;
    Client ann(ts.port());
    test::registerVerified(ann, ts, "ann@example.org", kPassword, "Ann");
    REQUIRE(ann.postForm("/account/addresses", addressForm(ann.csrfToken("/account/addresses/new"), "Ann Home")).status ==
            303);
    const auto id = addressId(ts, "ann@example.org", "Ann Home");
    Client bob(ts.port());
    test::registerVerified(bob, ts, "bob@example.org", kPassword, "Bob");
    REQUIRE(bob.postForm("/account/addresses", addressForm(bob.csrfToken("/account/addresses/new"), "Bob Home")).status ==
            303);

    CHECK(bob.get("/account/addresses/" + id).status == 404);
    CHECK(bob.get("/account/addresses/no-such-id").status == 404);
    CHECK(bob.postForm("/account/addresses/" + id, addressForm(bob.csrfToken("/account"), "Stolen")).status == 404);
    CHECK(bob.postForm("/account/addresses/" + id + "/default", {{"csrf_token", bob.csrfToken("/account")}}).status == 404);
    CHECK(bob.postForm("/account/addresses/" + id + "/delete", {{"csrf_token", bob.csrfToken("/account")}}).status == 404);
    CHECK_THAT(bob.get("/account/addresses").body, !Catch::Contains("Ann Home"));

    store::AddressStore store(ts.server().database());
    const auto annId = userId(ts, "ann@example.org"), bobId = userId(ts, "bob@example.org");
    const auto kept = store.find(annId, id);
    REQUIRE(kept);
    CHECK(kept->name == "Ann Home");
    CHECK(kept->isDefault);
    CHECK_FALSE(store.find(bobId, id)); // the store's own check
    CHECK_FALSE(store.update(bobId, id, *kept));
    CHECK_FALSE(store.setDefault(bobId, id));
    CHECK_FALSE(store.remove(bobId, id));
    CHECK(store.defaultAddress(bobId)->name == "Bob Home");
}

TEST_CASE("an unverified account may sign in and manage itself but not save addresses", "[web][accounts][verification]")
{
    TestServer ts;
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("new@example.org", kPassword).status == 303);
    CHECK(browser.get("/account").status == 200);
    CHECK(browser.get("/account/profile").status == 200);
    CHECK(browser.get("/account/password").status == 200);
    const auto list = browser.get("/account/addresses");
    CHECK(list.status == 403);
    CHECK_THAT(list.body, Catch::Contains("Confirm your email address first"));
    CHECK_THAT(list.body, Catch::Contains("new@example.org"));
    CHECK(browser.get("/account/addresses/new").status == 403);
    CHECK(browser.postForm("/account/addresses", addressForm(browser.csrfToken("/account"), "Home")).status == 403);
    CHECK(store::AddressStore(ts.server().database()).list(userId(ts, "new@example.org")).empty());
    // The store refuses nothing by itself: this is a rule of the pages (and of checkout).
    const auto data = browser.postForm("/account/data", {{"csrf_token", browser.csrfToken("/account")}});
    CHECK(data.status == 200);
}

TEST_CASE("an address book holds at most 20 addresses", "[web][accounts][addresses]")
{
    TestServer ts;
    Client browser(ts.port());
    test::registerVerified(browser, ts, "many.places@example.org", kPassword);
    const auto owner = userId(ts, "many.places@example.org");
    store::AddressStore store(ts.server().database());
    for (std::size_t i = 0; i < store::AddressStore::kMaxPerUser; ++i)
        REQUIRE(store.add(owner, store::Address::fromShipTo(
                                     {{"name", "N" + std::to_string(i)}, {"line1", "L"}, {"city", "C"}, {"country", "DE"}})));
    const auto r = browser.postForm("/account/addresses", addressForm(browser.csrfToken("/account"), "One too many"));
    CHECK(r.status == 409);
    CHECK(store.list(owner).size() == store::AddressStore::kMaxPerUser);
}

TEST_CASE("the profile edit changes the synced profile and the language of the account's mail", "[web][accounts][profile]")
{
    TestServer ts;
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("pia@example.org", kPassword, "Pia", "DE").status == 303);
    const auto id = userId(ts, "pia@example.org");
    const auto before = store::ChangeLog::lastSeq(ts.server().database(), id);
    const auto form = browser.get("/account/profile");
    REQUIRE(form.status == 200);
    CHECK(test::inputValue(form.body, "display_name") == "Pia");

    const auto bad = browser.postForm(
        "/account/profile", {{"csrf_token", test::extractCsrf(form.body)}, {"display_name", ""}, {"country", "IT"}, {"language", "en"}});
    CHECK(bad.status == 422);
    CHECK(browser.postForm("/account/profile", {{"csrf_token", test::extractCsrf(form.body)},
                                                {"display_name", "Pia"},
                                                {"country", "IT"},
                                                {"language", "klingon"}})
              .status == 422);
    const auto ok = browser.postForm("/account/profile", {{"csrf_token", test::extractCsrf(form.body)},
                                                          {"display_name", "Pia Rossi"},
                                                          {"country", "IT"},
                                                          {"language", "zh_CN"}});
    CHECK(ok.status == 303);
    CHECK(ok.header("location") == "/account?notice=profile_saved");
    const auto user = ts.server().users().findById(id);
    CHECK(user->displayName == "Pia Rossi");
    CHECK(user->country == "IT");
    CHECK(user->language == "zh_CN");
    // The desktop app's next pull sees the profile change.
    const auto page = store::ChangeLog::page(ts.server().database(), id, before, 100);
    REQUIRE_FALSE(page.changes.empty());
    CHECK(page.changes.back().entity == "profile");
    const auto data = nlohmann::json::parse(page.changes.back().data);
    CHECK(data["display_name"] == "Pia Rossi");
    CHECK(data["country"] == "IT");
    // The next mail to the account is in Chinese.
    REQUIRE(browser.postForm("/account/verify-email/resend", {{"csrf_token", browser.csrfToken("/account")}}).status == 303);
    CHECK(test::waitForMail(test::mailDir(ts), "pia@example.org", 2).back().header("content-language") == "zh-CN");
}

TEST_CASE("a password change needs the current password and signs out every other session",
          "[web][accounts][password]")
{
    TestServer ts({{"throttle.password_check.max_failures", "3"}});
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("carl@example.org", kPassword).status == 303);
    Client phone(ts.port());
    REQUIRE(phone.signIn("carl@example.org", kPassword).status == 303);
    Client app(ts.port());
    const auto issued = app.postJson("/api/v1/session", R"({"email":"carl@example.org","password":")" + kPassword +
                                                            R"(","device_name":"desk"})");
    REQUIRE(issued.status == 201);
    const std::map<std::string, std::string> bearer{
        {"Authorization", "Bearer " + nlohmann::json::parse(issued.body)["token"].get<std::string>()}};

    const auto change = [&](const std::string &current, const std::string &next) {
        return browser.postForm("/account/password", {{"csrf_token", browser.csrfToken("/account/password")},
                                                      {"current_password", current},
                                                      {"new_password", next}});
    };
    const auto wrong = change("not my password at all", "a brand new passphrase 9");
    CHECK(wrong.status == 422);
    CHECK_THAT(wrong.body, Catch::Contains("The password is wrong"));
    CHECK(change(kPassword, "short").status == 422);
    CHECK(phone.get("/account").status == 200);

    const auto ok = change(kPassword, "a brand new passphrase 9");
    CHECK(ok.status == 303);
    CHECK(ok.header("location") == "/account?notice=password_changed");
    CHECK(browser.get("/account").status == 200); // this browser stays
    CHECK(phone.get("/account").status == 303);   // the others end
    CHECK(app.get("/api/v1/me", bearer).status == 401);
    Client check(ts.port());
    CHECK(check.signIn("carl@example.org", kPassword).status == 401);
    CHECK(check.signIn("carl@example.org", "a brand new passphrase 9").status == 303);
    const auto mail = test::waitForMail(test::mailDir(ts), "carl@example.org", 2).back();
    CHECK(mail.subject == "Your Caravan password was changed");

    // Guessing the current password from a stolen session is throttled per account.
    CHECK(change("guess one is wrong", "another new passphrase").status == 422);
    CHECK(change("guess two is wrong", "another new passphrase").status == 422);
    const auto locked = change("guess three is wrong", "another new passphrase");
    CHECK(change("a brand new passphrase 9", "another new passphrase").status == 429);
    CHECK((locked.status == 422 || locked.status == 429));
}

TEST_CASE("deleting an account removes personal data and keeps orders for the law", "[web][accounts][delete]")
{
    TestServer ts;
    Client browser(ts.port());
    test::registerVerified(browser, ts, "dora@example.org", kPassword, "Dora Deleted", "FR");
    const auto dora = userId(ts, "dora@example.org");
    REQUIRE(browser.postForm("/account/addresses", addressForm(browser.csrfToken("/account/addresses/new"), "Dora Home"))
                .status == 303);
    Client seller(ts.port());
    test::registerVerified(seller, ts, "sam.seller@example.org", kPassword, "Sam", "DE");
    const auto sam = userId(ts, "sam.seller@example.org");
    store::ListingRepository listings(ts.server().database());
    listings.insert(listingOf("sold-thing", sam));
    listings.insert(listingOf("doras-unsold", dora));
    listings.insert(listingOf("doras-sold", dora));
    insertOrder(ts, "order-1", "sold-thing", sam, dora, "paid");
    insertOrder(ts, "order-2", "doras-sold", dora, sam, "released");
    Client app(ts.port());
    REQUIRE(app.postJson("/api/v1/session", R"({"email":"dora@example.org","password":")" + kPassword +
                                                R"(","device_name":"desk"})")
                .status == 201);

    const auto del = [&](const std::string &password) {
        return browser.postForm("/account/delete",
                                {{"csrf_token", browser.csrfToken("/account/delete")}, {"password", password}});
    };
    CHECK(del("not my password at all").status == 422);
    // An unfinished order keeps the account.
    const auto open = del(kPassword);
    CHECK(open.status == 409);
    CHECK_THAT(open.body, Catch::Contains("not finished"));
    ts.server().database().execute("UPDATE orders SET state = 'released' WHERE id = 'order-1'");

    const auto done = del(kPassword);
    CHECK(done.status == 303);
    CHECK(done.header("location") == "/signin?notice=deleted");
    CHECK_THAT(done.header("set-cookie"), Catch::Contains("caravan_session=;"));
    CHECK(browser.get("/account").status == 303);
    CHECK_THAT(browser.get("/signin?notice=deleted").body, Catch::Contains("Your account has been deleted"));

    // Personal data: gone.
    auto &db = ts.server().database();
    CHECK_FALSE(ts.server().users().findByEmail("dora@example.org"));
    const auto tombstone = ts.server().users().findById(dora);
    REQUIRE(tombstone);
    CHECK(tombstone->email == "deleted-" + dora + "@deleted.invalid");
    CHECK(tombstone->displayName == "Deleted user");
    CHECK_FALSE(tombstone->emailVerified());
    CHECK(store::AccountRecords(db).deletedAt(dora) > 0);
    CHECK(db.query("SELECT COUNT(*) FROM addresses WHERE user_id = ?", {dora}).front().integer(0) == 0);
    CHECK(db.query("SELECT COUNT(*) FROM web_sessions WHERE user_id = ?", {dora}).front().integer(0) == 0);
    CHECK(db.query("SELECT COUNT(*) FROM api_tokens WHERE user_id = ?", {dora}).front().integer(0) == 0);
    CHECK(db.query("SELECT COUNT(*) FROM account_tokens WHERE user_id = ?", {dora}).front().integer(0) == 0);
    CHECK(db.query("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'dora@example.org'").front().integer(0) == 0);
    CHECK(db.query("SELECT COUNT(*) FROM sync_records WHERE owner_id = ?", {dora}).front().integer(0) == 0);
    const auto password = db.query("SELECT password_hash FROM users WHERE id = ?", {dora}).front().text(0);
    CHECK(password == "!");
    Client check(ts.port());
    CHECK(check.signIn("dora@example.org", kPassword).status == 401);
    CHECK(check.signIn(tombstone->email, kPassword).status == 401);
    // Listings: the unsold one is gone, the sold one stays (ended) with its order.
    CHECK_FALSE(listings.exists("doras-unsold"));
    REQUIRE(listings.exists("doras-sold"));
    CHECK(listings.find("doras-sold")->listing.status == "ended");

    // Kept: both orders, still pointing at the account, with what the law needs.
    const auto bought = store::OrderStore::load(db, "order-1");
    REQUIRE(bought);
    CHECK(bought->buyerId == dora);
    CHECK(bought->shipTo["name"] == "Buyer Name");
    REQUIRE(store::OrderStore::load(db, "order-2"));
    CHECK(store::OrderStore::load(db, "order-2")->sellerId == dora);

    // The address is free again.
    Client again(ts.port());
    CHECK(again.registerAccount("dora@example.org", kPassword, "Dora Again").status == 303);
    CHECK(ts.server().users().findByEmail("dora@example.org")->id != dora);
}

TEST_CASE("download my data: profile, addresses, orders both ways and listings, only the user's own", "[web][accounts][data]")
{
    TestServer ts;
    Client browser(ts.port());
    test::registerVerified(browser, ts, "eve@example.org", kPassword, "Eve", "NL");
    REQUIRE(browser.postForm("/account/addresses", addressForm(browser.csrfToken("/account/addresses/new"), "Eve Home"))
                .status == 303);
    Client other(ts.port());
    test::registerVerified(other, ts, "oscar@example.org", kPassword, "Oscar", "DE");
    REQUIRE(other.postForm("/account/addresses", addressForm(other.csrfToken("/account/addresses/new"), "Oscar Home"))
                .status == 303);
    const auto eve = userId(ts, "eve@example.org"), oscar = userId(ts, "oscar@example.org");
    store::ListingRepository listings(ts.server().database());
    listings.insert(listingOf("eves-listing", eve));
    listings.insert(listingOf("oscars-listing", oscar));
    insertOrder(ts, "eve-buys", "oscars-listing", oscar, eve, "shipped");
    insertOrder(ts, "eve-sells", "eves-listing", eve, oscar, "released");
    insertOrder(ts, "not-eves", "oscars-listing", oscar, oscar, "paid");

    CHECK(browser.get("/account/data").status == 405); // a POST with the form's token only
    const auto r = browser.postForm("/account/data", {{"csrf_token", browser.csrfToken("/account")}});
    REQUIRE(r.status == 200);
    CHECK_THAT(r.header("content-type"), Catch::StartsWith("application/json"));
    CHECK_THAT(r.header("content-disposition"), Catch::StartsWith("attachment; filename=\"caravan-account-"));
    CHECK(r.header("cache-control") == "no-store");
    const auto data = nlohmann::json::parse(r.body);
    CHECK(data["profile"]["email"] == "eve@example.org");
    CHECK(data["profile"]["display_name"] == "Eve");
    CHECK(data["profile"]["country"] == "NL");
    CHECK_FALSE(data["profile"]["email_verified_at"].get<std::string>().empty());
    REQUIRE(data["addresses"].size() == 1);
    CHECK(data["addresses"][0]["name"] == "Eve Home");
    CHECK(data["addresses"][0]["is_default"] == true);
    REQUIRE(data["orders_as_buyer"].size() == 1);
    CHECK(data["orders_as_buyer"][0]["id"] == "eve-buys");
    REQUIRE(data["orders_as_seller"].size() == 1);
    CHECK(data["orders_as_seller"][0]["id"] == "eve-sells");
    REQUIRE(data["listings"].size() == 1);
    CHECK(data["listings"][0]["id"] == "eves-listing");
    CHECK(r.body.find("Oscar Home") == std::string::npos);
    CHECK(r.body.find("not-eves") == std::string::npos);
    CHECK(r.body.find("oscar@example.org") == std::string::npos);
}

TEST_CASE("the account pages render in Chinese and keep user text as text", "[web][accounts][i18n]")
{
    TestServer ts;
    Client browser(ts.port());
    test::registerVerified(browser, ts, "zh@example.org", kPassword, "<b>Zhang</b>", "CN");
    for (const std::string path : {"/account?lang=zh_CN", "/account/profile", "/account/password", "/account/addresses",
                                   "/account/addresses/new", "/account/delete", "/password/forgot", "/register/check-email"}) {
        INFO(path);
        const auto r = browser.get(path);
        CHECK(r.status == 200);
        CHECK_THAT(r.body, Catch::Contains("lang=\"zh-CN\""));
        CHECK(r.body.find("<b>Zhang</b>") == std::string::npos);
    }
    CHECK_THAT(browser.get("/account").body, Catch::Contains("&lt;b&gt;Zhang&lt;&#x2F;b&gt;") ||
                                                 Catch::Contains("&lt;b&gt;Zhang&lt;/b&gt;"));
}
