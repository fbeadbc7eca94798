// Account mail end to end through the file transport: email verification, password reset, the language of
// the recipient, the limits, and the outbox's retries.
#include "accounts/crypto.h"
#include "mail/outbox.h"
#include "runtime/log.h"
#include "store/account_tokens.h"
#include "store/mail_outbox.h"
#include "store/migrations.h"
#include "store/users.h"
#include "support/account_flows.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>

using namespace caravan;
using caravan::test::Client;
using caravan::test::TestServer;

namespace {

const std::string kPassword = "correct horse battery staple";

std::optional<store::User> userOf(TestServer &ts, const std::string &email)
{
    return ts.server().users().findByEmail(email);
}

} // namespace

TEST_CASE("the mailed verification link confirms the address, once", "[web][accounts][mail]")
{
    TestServer ts;
    Client browser(ts.port());
    REQUIRE(browser.submitRegistration("vera@example.org", kPassword, "Vera", "AT").status == 303);
    const auto mails = test::waitForMail(test::mailDir(ts), "vera@example.org");
    REQUIRE(mails.size() == 1);
    const auto &m = mails.front();
    CHECK(m.subject == "Confirm your email address for Caravan");
    CHECK(m.header("content-language") == "en");
    CHECK(m.header("auto-submitted") == "auto-generated");
    CHECK_THAT(m.header("from"), Catch::Contains("no-reply@caravan.example"));
    CHECK_THAT(m.header("message-id"), Catch::Matches("<[A-Za-z0-9_-]+@caravan\\.example>"));
    CHECK_THAT(m.header("content-type"), Catch::Contains("charset=UTF-8"));
    CHECK_THAT(m.text, Catch::Contains("Hello Vera,"));
    CHECK_THAT(m.raw, Catch::Contains("\r\n\r\n")); // RFC 5322 line ends
    const auto link = m.link("/verify-email?token=");
    REQUIRE_FALSE(link.empty());
    CHECK_THAT(link, Catch::StartsWith("http://127.0.0.1:" + std::to_string(ts.port()) + "/verify-email?token="));

    // Unverified, the account signs in, and its page says what it cannot do yet.
    REQUIRE(browser.signIn("vera@example.org", kPassword).status == 303);
    const auto account = browser.get("/account");
    CHECK_THAT(account.body, Catch::Contains("not confirmed yet"));
    CHECK_THAT(account.body, Catch::Contains("not save addresses"));
    CHECK_FALSE(userOf(ts, "vera@example.org")->emailVerified());

    // Opening the link changes nothing (mail filters open links); the button does.
    const auto page = browser.get(test::pathOf(link));
    CHECK(page.status == 200);
    CHECK_THAT(page.body, Catch::Contains("vera@example.org"));
    CHECK_FALSE(userOf(ts, "vera@example.org")->emailVerified());
    const auto confirmed = test::confirmEmail(browser, link);
    CHECK(confirmed.status == 303);
    CHECK(confirmed.header("location") == "/account?notice=verified");
    CHECK(userOf(ts, "vera@example.org")->emailVerified());
    CHECK_THAT(browser.get("/account?notice=verified").body, Catch::Contains("your email address is confirmed"));

    // The link works once.
    CHECK(browser.get(test::pathOf(link)).status == 410);
    const auto token = link.substr(link.find("token=") + 6);
    CHECK(browser.postForm("/verify-email", {{"csrf_token", browser.csrfToken("/account")}, {"token", token}}).status ==
          410);
    CHECK(browser.get("/verify-email?token=not-a-token").status == 410);

    // Signed out, the link leads to the sign-in page.
    Client other(ts.port());
    REQUIRE(other.submitRegistration("otto@example.org", kPassword).status == 303);
    const auto ottoLink = test::waitForMail(test::mailDir(ts), "otto@example.org").front().link("/verify-email");
    const auto anonymous = test::confirmEmail(other, ottoLink);
    CHECK(anonymous.header("location") == "/signin?notice=verified");
    CHECK(userOf(ts, "otto@example.org")->emailVerified());
}

TEST_CASE("account mail is written in the recipient's language", "[web][accounts][mail][i18n]")
{
    TestServer ts;
    Client browser(ts.port());
    REQUIRE(browser.get("/register?lang=zh_CN").status == 200); // the lang cookie
    REQUIRE(browser.submitRegistration("li.wei@example.org", kPassword, "李伟", "CN").status == 303);
    const auto m = test::waitForMail(test::mailDir(ts), "li.wei@example.org").front();
    CHECK(m.subject == "确认您在 Caravan 的邮箱地址");
    CHECK(m.header("content-language") == "zh-CN");
    CHECK_THAT(m.text, Catch::Contains("李伟，您好"));
    CHECK_THAT(m.raw, Catch::Contains("Subject: =?UTF-8?")); // RFC 2047: headers stay ASCII
    for (unsigned char c : m.raw)
        REQUIRE(c < 0x80); // quoted-printable body

    // Mail that someone else causes (a reset asked for in English) is still in the account's language.
    Client english(ts.port());
    REQUIRE(english
                .postForm("/password/forgot?lang=en",
                          {{"csrf_token", english.csrfToken("/password/forgot?lang=en")}, {"email", "li.wei@example.org"}})
                .status == 303);
    const auto reset = test::waitForMail(test::mailDir(ts), "li.wei@example.org", 2).back();
    CHECK(reset.subject == "设置新的 Caravan 密码");
}

TEST_CASE("an unverified account can ask for a new link - a verified one is not mailed", "[web][accounts][mail]")
{
    TestServer ts;
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("resend@example.org", kPassword).status == 303);
    test::waitForMail(test::mailDir(ts), "resend@example.org", 1);
    const auto r = browser.postForm("/account/verify-email/resend", {{"csrf_token", browser.csrfToken("/account")}});
    CHECK(r.status == 303);
    CHECK(r.header("location") == "/account?notice=verification_sent");
    const auto mails = test::waitForMail(test::mailDir(ts), "resend@example.org", 2);
    // Both links work until one is used.
    const auto first = mails.front().link("/verify-email"), second = mails.back().link("/verify-email");
    CHECK(first != second);
    CHECK(browser.get(test::pathOf(first)).status == 200);
    REQUIRE(test::confirmEmail(browser, second).status == 303);
    CHECK(browser.get(test::pathOf(first)).status == 410);

    CHECK(browser.postForm("/account/verify-email/resend", {{"csrf_token", browser.csrfToken("/account")}})
              .header("location") == "/account");
    ts.server().mailOutbox().deliverDue(store::nowSeconds());
    CHECK(test::mailTo(test::mailDir(ts), "resend@example.org").size() == 2);
}

TEST_CASE("a password reset by email: single use, signs out everywhere, tells nobody whether the address exists",
          "[web][accounts][mail][reset]")
{
    TestServer ts;
    Client owner(ts.port());
    test::registerVerified(owner, ts, "rosa@example.org", kPassword, "Rosa");
    Client laptop(ts.port());
    REQUIRE(laptop.signIn("rosa@example.org", kPassword).status == 303);
    Client app(ts.port());
    const auto issued = app.postJson("/api/v1/session", R"({"email":"rosa@example.org","password":")" + kPassword +
                                                            R"(","device_name":"desk"})");
    REQUIRE(issued.status == 201);
    const auto apiToken = nlohmann::json::parse(issued.body)["token"].get<std::string>();
    const std::map<std::string, std::string> bearer{{"Authorization", "Bearer " + apiToken}};

    // Known and unknown addresses get the same answer.
    Client stranger(ts.port());
    const auto ask = [&](const std::string &email) {
        return stranger.postForm("/password/forgot", {{"csrf_token", stranger.csrfToken("/password/forgot")}, {"email", email}});
    };
    const auto known = ask("ROSA@example.org");
    const auto unknown = ask("nobody@example.org");
    CHECK(known.status == 303);
    CHECK(unknown.status == known.status);
    CHECK(unknown.header("location") == known.header("location"));
    CHECK(known.body == unknown.body);
    CHECK_THAT(stranger.get(known.header("location")).body, Catch::Contains("If an account uses this address"));
    CHECK(ask("not an address").status == 422);

    const auto mails = test::waitForMail(test::mailDir(ts), "rosa@example.org", 2); // verification, reset
    const auto link = mails.back().link("/password/reset?token=");
    REQUIRE_FALSE(link.empty());
    CHECK(mails.back().subject == "Choose a new Caravan password");
    ts.server().mailOutbox().deliverDue(store::nowSeconds());
    CHECK(test::mailTo(test::mailDir(ts), "nobody@example.org").empty());

    // A newer request voids the older link.
    REQUIRE(ask("rosa@example.org").status == 303);
    const auto newer = test::waitForMail(test::mailDir(ts), "rosa@example.org", 3).back().link("/password/reset?token=");
    CHECK(stranger.get(test::pathOf(link)).status == 410);

    const auto form = stranger.get(test::pathOf(newer));
    REQUIRE(form.status == 200);
    const auto token = test::inputValue(form.body, "token");
    const auto post = [&](const std::string &password) {
        return stranger.postForm("/password/reset",
                                 {{"csrf_token", test::extractCsrf(form.body)}, {"token", token}, {"password", password}});
    };
    const auto weak = post("short");
    CHECK(weak.status == 422);
    CHECK_THAT(weak.body, Catch::Contains("at least 10 characters"));
    const auto done = post("a brand new passphrase 9");
    CHECK(done.status == 303);
    CHECK(done.header("location") == "/signin?notice=password_reset");
    CHECK(post("another new passphrase 10").status == 410); // used

    // Every session and desktop token of the account ended; only the new password works.
    CHECK(owner.get("/account").status == 303);
    CHECK(laptop.get("/account").status == 303);
    CHECK(app.get("/api/v1/me", bearer).status == 401);
    Client check(ts.port());
    CHECK(check.signIn("rosa@example.org", kPassword).status == 401);
    CHECK(check.signIn("rosa@example.org", "a brand new passphrase 9").status == 303);
    const auto changed = test::waitForMail(test::mailDir(ts), "rosa@example.org", 4).back();
    CHECK(changed.subject == "Your Caravan password was changed");
}

TEST_CASE("an expired reset link shows the way to a new one", "[web][accounts][mail][reset]")
{
    TestServer ts;
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("late@example.org", kPassword).status == 303);
    const auto user = userOf(ts, "late@example.org");
    const auto now = store::nowSeconds();
    const auto token = accounts::randomToken(32);
    store::AccountTokenStore(ts.server().database())
        .issue(accounts::sha256Hex(token), user->id, store::TokenPurpose::ResetPassword, user->email, now - 7200, now - 3600,
               false);
    const auto page = browser.get("/password/reset?token=" + token);
    CHECK(page.status == 410);
    CHECK_THAT(page.body, Catch::Contains("/password/forgot"));
    CHECK(browser
              .postForm("/password/reset",
                        {{"csrf_token", test::extractCsrf(page.body)}, {"token", token}, {"password", "a brand new passphrase 9"}})
              .status == 410);
    Client check(ts.port());
    CHECK(check.signIn("late@example.org", kPassword).status == 303);
}

TEST_CASE("forgot-password requests are limited per address, and account mail per recipient", "[web][accounts][mail][throttle]")
{
    TestServer ts({{"http.trust_proxy", "true"},
                   {"throttle.reset_address.max_failures", "3"},
                   {"throttle.account_mail.max_failures", "2"}});
    Client owner(ts.port());
    REQUIRE(owner.submitRegistration("limit@example.org", kPassword).status == 303); // mail 1 of 2
    const auto ask = [&](const std::string &from, const std::string &email) {
        Client c(ts.port());
        const auto body = test::formEncode({{"csrf_token", c.csrfToken("/password/forgot")}, {"email", email}});
        return c.request("POST", "/password/forgot", body, "application/x-www-form-urlencoded", {{"X-Forwarded-For", from}});
    };
    // Per client address: the fourth request from one address is refused.
    for (int i = 0; i < 3; ++i)
        CHECK(ask("198.51.100.1", "someone" + std::to_string(i) + "@example.org").status == 303);
    const auto refused = ask("198.51.100.1", "limit@example.org");
    CHECK(refused.status == 429);
    CHECK_FALSE(refused.header("retry-after").empty());

    // Per recipient: from many addresses, the address gets at most its limit; every answer is the same.
    for (int i = 0; i < 4; ++i)
        CHECK(ask("203.0.113." + std::to_string(i + 1), "limit@example.org").status == 303);
    ts.server().mailOutbox().deliverDue(store::nowSeconds());
    test::waitForMail(test::mailDir(ts), "limit@example.org", 2);
    ts.server().mailOutbox().deliverDue(store::nowSeconds());
    CHECK(test::mailTo(test::mailDir(ts), "limit@example.org").size() == 2);
}

namespace {

// A transport that fails a number of times, then takes messages.
class FlakyTransport : public mail::Mailer
{
public:
    explicit FlakyTransport(int failures)
        : m_failures(failures)
    {}
    void send(const mail::Mail &m) override
    {
        if (m_failures-- > 0)
            throw mail::MailError("451 try again later");
        std::lock_guard lock(m_mutex);
        sent.push_back(m);
    }
    std::string name() const override { return "flaky"; }
    std::vector<mail::Mail> sent;

private:
    std::atomic<int> m_failures;
    std::mutex m_mutex;
};

} // namespace

TEST_CASE("the outbox retries a failed send later and gives up after the last attempt", "[mail][outbox]")
{
    test::TestEnv env;
    store::Database db(env.dbOptions());
    store::migrate(db);
    FlakyTransport transport(3);
    mail::MailOutbox outbox(db, transport, "Caravan <no-reply@caravan.example>", {3, 300, 60, 3600});
    outbox.enqueue("", "test", "first@example.org", "en", "Subject", "Text");
    const auto t0 = store::nowSeconds();

    auto pass = outbox.deliverDue(t0);
    CHECK(pass.failed == 1);
    CHECK(outbox.pending() == 1);
    CHECK(outbox.deliverDue(t0).failed == 0); // not due again yet
    const auto retryAt = store::MailOutboxStore(db).nextDue();
    REQUIRE(retryAt);
    CHECK(*retryAt >= t0 + 60);
    CHECK(outbox.deliverDue(*retryAt).failed == 1); // second attempt
    const auto third = store::MailOutboxStore(db).nextDue();
    REQUIRE(third);
    CHECK(*third - *retryAt >= 120); // the wait doubles
    pass = outbox.deliverDue(*third);
    CHECK(pass.gaveUp == 1);
    CHECK(outbox.pending() == 0);
    CHECK(transport.sent.empty());
    bool logged = false;
    for (const auto &line : test::capturedLog())
        if (line.find("event=mail_given_up") != std::string::npos) {
            logged = true;
            CHECK_THAT(line, Catch::Contains("level=error"));
            CHECK_THAT(line, Catch::Contains("domain=example.org"));
            CHECK_THAT(line, !Catch::Contains("first@example.org")); // no address in the log
        }
    CHECK(logged);

    // The next message goes out at the first attempt (the transport works again) and leaves the table.
    outbox.enqueue("", "test", "second@example.org", "en", "Subject", "Text");
    CHECK(outbox.deliverDue(store::nowSeconds()).sent == 1);
    REQUIRE(transport.sent.size() == 1);
    CHECK(transport.sent.front().to == "second@example.org");
    CHECK(outbox.pending() == 0);
}

TEST_CASE("two senders sharing the outbox send each message once", "[mail][outbox]")
{
    test::TestEnv env;
    store::Database db(env.dbOptions());
    store::migrate(db);
    FlakyTransport transport(0);
    mail::MailOutbox a(db, transport, "Caravan <no-reply@caravan.example>");
    mail::MailOutbox b(db, transport, "Caravan <no-reply@caravan.example>");
    for (int i = 0; i < 30; ++i)
        a.enqueue("", "test", "to" + std::to_string(i) + "@example.org", "en", "Subject", "Text");
    const auto now = store::nowSeconds();
    std::thread ta([&] { a.deliverDue(now); });
    std::thread tb([&] { b.deliverDue(now); });
    ta.join();
    tb.join();
    CHECK(transport.sent.size() == 30);
    std::set<std::string> ids;
    for (const auto &m : transport.sent)
        ids.insert(m.messageId);
    CHECK(ids.size() == 30);
    CHECK(a.pending() == 0);
}
