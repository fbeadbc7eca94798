// The staff second factor over HTTP (docs/http-api.md, POST /api/v1/session; docs/security.md, "Staff
// second factor"), the audit log it writes, and caravan-cli's audit and staff enrolment commands, on
// SQLite and PostgreSQL. Codes are computed from the secret the server hands out, for the step of the
// server's own clock; the server accepts one step either side, so a step that turns between the two
// reads changes nothing. No assertion looks at the time.
#include "accounts/totp.h"
#include "cli/audit_commands.h"
#include "runtime/cli.h"
#include "store/audit_log.h"
#include "store/database.h"
#include "store/migrations.h"
#include "support/http_client.h"
#include "support/test_env.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

const std::string kPassword = "a staff passphrase 2026";
const std::string kStaff = "help@caravan.example";

struct Answer
{
    int status = 0;
    json body;
};

Answer signIn(TestServer &ts, const std::string &email, const std::string &code = {},
              const std::string &address = "192.0.2.20")
{
    json request{{"email", email}, {"password", kPassword}, {"device_name", "support desk"}};
    if (!code.empty())
        request["totp"] = code;
    Client c(ts.port());
    const auto r = c.postJson("/api/v1/session", request.dump(), {{"X-Forwarded-For", address}});
    INFO(r.body);
    return {r.status, json::parse(r.body)};
}

std::string secretOf(const Answer &enrollment)
{
    REQUIRE(enrollment.status == 401);
    REQUIRE(enrollment.body.at("error") == "second_factor_enrollment");
    const auto secret = accounts::totp::base32Decode(enrollment.body.at("secret").get<std::string>());
    REQUIRE(secret);
    return *secret;
}

// The code of the step `offset` steps from now.
std::string code(const std::string &secret, int offset = 0)
{
    return accounts::totp::codeAt(secret, store::nowSeconds() + offset * accounts::totp::kStepSeconds);
}

// Six digits that are the code of none of the steps the server looks at.
std::string wrongCode(const std::string &secret)
{
    for (int candidate = 0;; ++candidate) {
        auto text = std::to_string(100000 + candidate);
        bool taken = false;
        for (int offset = -2; offset <= 2; ++offset)
            taken = taken || text == code(secret, offset);
        if (!taken)
            return text;
    }
}

int status(TestServer &ts, const std::string &path, const std::string &token)
{
    Client c(ts.port());
    return c.get(path, {{"Authorization", "Bearer " + token}}).status;
}

std::vector<std::string> auditActions(store::Database &db)
{
    std::vector<std::string> out;
    for (const auto &e : store::AuditLog::list(db, 0, 1000))
        out.push_back(e.action);
    return out;
}

struct Run
{
    int code;
    std::string out;
    std::string err;
};

Run cli(TestEnv &env, std::vector<std::string> args, const std::string &stdinText = {})
{
    const bool audit = args.front() == "audit";
    if (audit)
        args.erase(args.begin());
    args.insert(args.end(), {"--data-dir", env.dataDir().string()});
    if (!env.dbUrl().empty())
        args.insert(args.end(), {"--db", env.dbUrl()});
    std::istringstream in(stdinText);
    std::ostringstream out, err;
    const int code = audit ? server::runAuditCommand(args, out, err) : server::runCli(args, in, out, err);
    return {code, out.str(), err.str()};
}

} // namespace

TEST_CASE("staff sign-in: enrolment at first, then a fresh code every time, each code once", "[staff][api]")
{
    TestServer ts({{"password.opslimit", "2"}, {"password.memlimit_mib", "19"}});
    REQUIRE(ts.server().accounts().createUser(kStaff, "Help Desk", "NL", kPassword, {"staff"}).user);

    // Not enrolled: the secret, its URI and its QR code; no token.
    const auto first = signIn(ts, kStaff);
    const auto secret = secretOf(first);
    CHECK(first.body.contains("token") == false);
    CHECK(first.body.at("otpauth_uri") ==
          accounts::totp::otpauthUri(secret, "help@caravan.example"));
    CHECK_THAT(first.body.at("qr_svg").get<std::string>(), Catch::StartsWith("<svg"));
    // Asked again before the first code, the same secret.
    CHECK(secretOf(signIn(ts, kStaff)) == secret);

    // A wrong first code confirms nothing.
    const auto wrong = signIn(ts, kStaff, wrongCode(secret));
    CHECK(wrong.status == 401);
    CHECK(wrong.body.at("error") == "second_factor_invalid");
    CHECK(secretOf(signIn(ts, kStaff)) == secret);

    // The first valid code confirms the secret and signs in.
    const auto firstCode = code(secret);
    const auto signedIn = signIn(ts, kStaff, firstCode);
    REQUIRE(signedIn.status == 201);
    const auto token = signedIn.body.at("token").get<std::string>();
    CHECK(signedIn.body.at("user").at("roles") == json::array({"staff"}));
    CHECK(status(ts, "/api/v1/me", token) == 200);
    CHECK(status(ts, "/api/v1/staff/audit", token) == 200);
    // Staff tokens say they came with the second factor and live staff.token_ttl_s (12 h by default).
    auto &db = ts.server().database();
    const auto row = db.query("SELECT second_factor, expires_at - created_at FROM api_tokens WHERE id = ?",
                              {signedIn.body.at("token_id").get<std::string>()});
    REQUIRE(row.size() == 1);
    CHECK(row.front().integer(0) == 1);
    CHECK(row.front().integer(1) == 12 * 3600);

    // The same code again is refused; so is a sign-in without a code.
    const auto replay = signIn(ts, kStaff, firstCode);
    CHECK(replay.status == 401);
    CHECK(replay.body.at("error") == "second_factor_invalid");
    const auto none = signIn(ts, kStaff);
    CHECK(none.status == 401);
    CHECK(none.body.at("error") == "second_factor_required");
    CHECK(none.body.contains("secret") == false);
    // The next step's code (within the drift the server allows) signs in once more.
    const auto next = signIn(ts, kStaff, code(secret, 1));
    CHECK(next.status == 201);

    // A malformed code is a bad request, not a guess.
    CHECK(signIn(ts, kStaff, "12345").status == 400);

    const auto actions = auditActions(db);
    CHECK(actions == std::vector<std::string>{"staff.second_factor_created", "staff.second_factor_refused",
                                              "staff.second_factor_enrolled", "staff.sign_in",
                                              "staff.second_factor_refused", "staff.sign_in"});
    const auto entries = store::AuditLog::list(db, 0, 10);
    CHECK(entries.at(3).actorId == signedIn.body.at("user").at("id").get<std::string>());
    CHECK(entries.at(3).detail.at("token_id") == signedIn.body.at("token_id"));
    CHECK(entries.at(4).detail.at("reason") == "replayed_code");
    CHECK(store::AuditLog::verify(db).ok);
}

TEST_CASE("staff sign-in: wrong codes count like wrong passwords", "[staff][api]")
{
    // Each request's client address is its X-Forwarded-For, as behind the operator's proxy.
    TestServer ts({{"password.opslimit", "2"}, {"password.memlimit_mib", "19"}, {"http.trust_proxy", "true"}});
    REQUIRE(ts.server().accounts().createUser(kStaff, "Help Desk", "NL", kPassword, {"staff"}).user);
    const auto secret = secretOf(signIn(ts, kStaff));
    REQUIRE(signIn(ts, kStaff, code(secret)).status == 201);

    // throttle.account_address: 5 failures in 15 minutes from one address lock that pair.
    for (int i = 0; i < 5; ++i) {
        const auto r = signIn(ts, kStaff, wrongCode(secret));
        CHECK(r.status == 401);
        CHECK(r.body.at("error") == "second_factor_invalid");
    }
    const auto locked = signIn(ts, kStaff, code(secret, 1));
    CHECK(locked.status == 429);
    CHECK(locked.body.at("error") == "too_many_attempts");
    // From another address the right code still works.
    CHECK(signIn(ts, kStaff, code(secret, 1), "192.0.2.99").status == 201);

    // Right passwords without a code do not count: the pair stays usable.
    for (int i = 0; i < 6; ++i)
        CHECK(signIn(ts, kStaff, {}, "192.0.2.77").body.at("error") == "second_factor_required");
}

TEST_CASE("staff routes need a token issued after the second factor", "[staff][api]")
{
    TestServer ts({{"password.opslimit", "2"}, {"password.memlimit_mib", "19"}});
    auto &accounts = ts.server().accounts();
    const auto staff = accounts.createUser(kStaff, "Help Desk", "NL", kPassword, {"staff"}).user;
    REQUIRE(staff);
    REQUIRE(accounts.createUser("seller@caravan.example", "Mei", "JP", kPassword, {"buyer", "seller"}).user);

    // A seller signs in without a code, with the ordinary 30-day token, and is no staff.
    const auto seller = signIn(ts, "seller@caravan.example");
    REQUIRE(seller.status == 201);
    const auto sellerToken = seller.body.at("token").get<std::string>();
    Client c(ts.port());
    const auto refused = c.get("/api/v1/staff/audit", {{"Authorization", "Bearer " + sellerToken}});
    CHECK(refused.status == 403);
    CHECK(json::parse(refused.body).at("error") == "forbidden");
    const auto row = ts.server().database().query("SELECT second_factor, expires_at - created_at FROM api_tokens "
                                                  "WHERE id = ?",
                                                  {seller.body.at("token_id").get<std::string>()});
    CHECK(row.front().integer(0) == 0);
    CHECK(row.front().integer(1) == 30 * 24 * 3600);

    // A staff account's token from before the second factor (or made any other way) has no staff powers.
    const auto old = accounts.issueApiToken(staff->id, "old laptop");
    const auto noFactor = c.get("/api/v1/staff/audit", {{"Authorization", "Bearer " + old.token}});
    CHECK(noFactor.status == 403);
    CHECK(json::parse(noFactor.body).at("error") == "second_factor_required");
    CHECK(status(ts, "/api/v1/me", old.token) == 200); // it is still the user's token

    // With the second factor: the audit log, newest sign-in included.
    const auto secret = secretOf(signIn(ts, kStaff));
    const auto signedIn = signIn(ts, kStaff, code(secret));
    REQUIRE(signedIn.status == 201);
    const auto audit = c.get("/api/v1/staff/audit?since=0&limit=10",
                             {{"Authorization", "Bearer " + signedIn.body.at("token").get<std::string>()}});
    REQUIRE(audit.status == 200);
    const auto entries = json::parse(audit.body).at("entries");
    REQUIRE(entries.size() == 3);
    CHECK(entries.at(2).at("action") == "staff.sign_in");
    CHECK(entries.at(2).at("seq") == 3);
}

TEST_CASE("staff token lifetime comes from staff.token_ttl_s", "[staff][api][config]")
{
    TestServer ts({{"password.opslimit", "2"}, {"password.memlimit_mib", "19"}, {"staff.token_ttl_s", "600"}});
    REQUIRE(ts.server().accounts().createUser(kStaff, "Help Desk", "NL", kPassword, {"staff"}).user);
    const auto secret = secretOf(signIn(ts, kStaff));
    const auto signedIn = signIn(ts, kStaff, code(secret));
    REQUIRE(signedIn.status == 201);
    const auto row = ts.server().database().query("SELECT expires_at - created_at FROM api_tokens WHERE id = ?",
                                                  {signedIn.body.at("token_id").get<std::string>()});
    CHECK(row.front().integer(0) == 600);
}

TEST_CASE("caravan-cli user add --role staff prints the second factor - audit verify and list", "[staff][cli]")
{
    TestServer ts({{"password.opslimit", "2"}, {"password.memlimit_mib", "19"}});
    auto &env = ts.env();
    const auto added = cli(env,
                           {"user", "add", "--email", kStaff, "--name", "Help Desk", "--country", "NL", "--role",
                            "staff"},
                           kPassword + "\n");
    INFO(added.out << added.err);
    REQUIRE(added.code == 0);
    CHECK_THAT(added.out, Catch::Contains("otpauth://totp/Caravan:help@caravan.example?secret="));
    CHECK_THAT(added.out, Catch::Contains("\u2588")); // the QR code, drawn with blocks
    const auto uriStart = added.out.find("secret=") + 7;
    const auto secret =
        accounts::totp::base32Decode(added.out.substr(uriStart, added.out.find('&', uriStart) - uriStart));
    REQUIRE(secret);
    // The app's first sign-in is offered the same secret; its first code confirms it.
    CHECK(secretOf(signIn(ts, kStaff)) == *secret);
    REQUIRE(signIn(ts, kStaff, code(*secret)).status == 201);

    const auto ok = cli(env, {"audit", "verify"});
    CHECK(ok.code == 0);
    CHECK_THAT(ok.out, Catch::Contains("audit log OK: 3 entries"));
    const auto list = cli(env, {"audit", "list", "--since", "1", "--limit", "1"});
    CHECK(list.code == 0);
    CHECK_THAT(list.out, Catch::Contains("\tstaff.second_factor_enrolled\t"));
    CHECK_THAT(list.out, !Catch::Contains("staff.sign_in"));
    const auto all = json::parse(cli(env, {"audit", "list", "--json"}).out);
    REQUIRE(all.size() == 3);
    CHECK(all.at(0).at("action") == "staff.second_factor_created");
    CHECK(all.at(0).at("actor_id") == ""); // the operator
    CHECK(all.at(0).at("detail").at("via") == "caravan-cli");
    CHECK(cli(env, {"audit", "list", "--limit", "0"}).code == 2);

    // The database refuses edits of the log ...
    auto &db = ts.server().database();
    CHECK_THROWS(db.execute("UPDATE audit_log SET action = 'nothing' WHERE seq = 2"));
    CHECK_THROWS(db.execute("DELETE FROM audit_log WHERE seq = 3"));
    // ... and someone who removes that guard is still found out by the hash chain.
    if (env.postgres())
        db.execute("DROP TRIGGER audit_log_append_only ON audit_log");
    else
        db.execute("DROP TRIGGER audit_log_no_update");
    db.execute("UPDATE audit_log SET detail = '{\"client_address\":\"203.0.113.1\"}' WHERE seq = 2");
    const auto broken = cli(env, {"audit", "verify"});
    CHECK(broken.code == 1);
    CHECK_THAT(broken.out, Catch::Contains("BROKEN at entry 2"));
    const auto report = json::parse(cli(env, {"audit", "verify", "--json"}).out);
    CHECK(report.at("ok") == false);
    CHECK(report.at("broken").at("seq") == 2);
    CHECK(report.at("entries") == 1);
}

TEST_CASE("audit verify names a removed entry and a cut-off tail", "[staff][cli]")
{
    TestEnv env;
    store::Database db(env.dbOptions());
    store::migrate(db);
    for (int i = 0; i < 4; ++i) {
        store::Transaction tx(db);
        store::AuditEntry e;
        e.actorId = "staff-1";
        e.action = "test.action";
        e.subjectType = "order";
        e.subjectId = "order-" + std::to_string(i);
        e.detail = {{"n", i}};
        CHECK(store::AuditLog::append(tx, e).seq == i + 1);
        tx.commit();
    }
    REQUIRE(store::AuditLog::verify(db).ok);
    if (env.postgres())
        db.execute("DROP TRIGGER audit_log_append_only ON audit_log");
    else
        db.execute("DROP TRIGGER audit_log_no_delete");
    db.execute("DELETE FROM audit_log WHERE seq = 4");
    auto v = store::AuditLog::verify(db);
    CHECK_FALSE(v.ok);
    CHECK(v.brokenSeq == 4);
    db.execute("DELETE FROM audit_log WHERE seq = 2");
    v = store::AuditLog::verify(db);
    CHECK_FALSE(v.ok);
    CHECK(v.brokenSeq == 2);
    CHECK_THAT(v.problem, Catch::Contains("missing"));
}
