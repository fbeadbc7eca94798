// Issue 13: registration must not tell whether an email address has an account. The page answers the
// same way; the mailbox of the address learns more (a verification link for a new account, a notice for
// an existing one).
#include "support/http_client.h"
#include "support/mailbox.h"
#include "support/test_env.h"

#include <catch2/catch.hpp>
#include <set>

using caravan::test::Client;
using caravan::test::TestServer;

namespace {

const std::string kPassword = "correct horse battery staple";

std::set<std::string> headerNames(const caravan::test::HttpResponse &r)
{
    std::set<std::string> names;
    for (const auto &[name, value] : r.headers)
        if (name != "date")
            names.insert(name);
    return names;
}

} // namespace

TEST_CASE("registration answers the same whether or not the address is taken", "[web][accounts][security][register]")
{
    TestServer ts;
    Client first(ts.port());
    const auto created = first.submitRegistration("taken@example.org", kPassword, "First Owner", "SE");

    Client second(ts.port());
    const auto again = second.submitRegistration("TAKEN@Example.org", "another long passphrase 1", "Someone", "DE");

    Client third(ts.port());
    const auto fresh = third.submitRegistration("fresh@example.org", "a third long passphrase", "Fresh", "FR");

    for (const auto *r : {&created, &again, &fresh}) {
        CHECK(r->status == 303);
        CHECK(r->header("location") == "/register/check-email");
        CHECK(r->body == created.body);
        CHECK(headerNames(*r) == headerNames(created));
        for (const auto &cookie : r->all("set-cookie"))
            CHECK_THAT(cookie, !Catch::StartsWith("caravan_session="));
    }
    CHECK(first.cookie("caravan_session").empty());
    CHECK(second.cookie("caravan_session").empty());

    // The page they land on says the same to everyone.
    const auto page = second.get("/register/check-email");
    CHECK(page.status == 200);
    CHECK(page.body == third.get("/register/check-email").body);

    // Only one account for the address: the first one, unchanged.
    REQUIRE(ts.server().users().count() == 2);
    const auto owner = ts.server().users().findByEmail("taken@example.org");
    REQUIRE(owner);
    CHECK(owner->displayName == "First Owner");
    CHECK(owner->country == "SE");
    Client check(ts.port());
    CHECK(check.signIn("taken@example.org", kPassword).status == 303);
    check.clearCookies();
    CHECK(check.signIn("taken@example.org", "another long passphrase 1").status == 401);

    // The mailbox says more: the owner of the taken address gets a notice (no verification link), the
    // new address its verification link.
    const auto mailDir = ts.env().dataDir() / "mail";
    const auto takenMail = caravan::test::waitForMail(mailDir, "taken@example.org", 2);
    int verifications = 0, notices = 0;
    for (const auto &m : takenMail) {
        if (!m.link("/verify-email?token=").empty())
            ++verifications;
        else {
            ++notices;
            CHECK_THAT(m.subject, Catch::Contains("tried to create"));
            CHECK_FALSE(m.link("/password/forgot").empty());
            CHECK_FALSE(m.link("/signin").empty());
        }
    }
    CHECK(verifications == 1); // from the first registration
    CHECK(notices == 1);
    const auto freshMail = caravan::test::waitForMail(mailDir, "fresh@example.org");
    REQUIRE(freshMail.size() == 1);
    CHECK_FALSE(freshMail.front().link("/verify-email?token=").empty());
}

TEST_CASE("a taken address costs the same password hashing as a new one", "[web][accounts][security][register]")
{
    TestServer ts;
    Client a(ts.port());
    REQUIRE(a.submitRegistration("timing@example.org", kPassword).status == 303);
    const auto before = ts.server().accounts().stats();
    Client b(ts.port());
    REQUIRE(b.submitRegistration("timing@example.org", "yet another long passphrase").status == 303);
    const auto after = ts.server().accounts().stats();
    // Both paths compute one Argon2id hash of the typed password.
    CHECK(after.passwordHashes == before.passwordHashes + 1);
}
