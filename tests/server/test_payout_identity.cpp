// The seller's payout identity (docs/escrow.md, "Payout identity"): submitted with a document over the API,
// resubmitted while pending or refused, decided by staff (or caravan-cli), the document encrypted at rest
// and deleted identity.retention_days after the decision; payouts wait until it is verified.
#include "accounts/account_service.h"
#include "accounts/crypto.h"
#include "cli/money_commands.h"
#include "jobs/cleanup_job.h"
#include "orders/escrow_services.h"
#include "orders/order_service.h"
#include "orders/payout_identity.h"
#include "store/audit_log.h"
#include "store/migrations.h"
#include "store/money_movements.h"
#include "store/payout_identities.h"
#include "support/escrow_world.h"
#include "support/identity_support.h"
#include "support/staff_sign_in.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace caravan;
using namespace caravan::test;
using nlohmann::json;

namespace {

std::string readFile(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

struct Cli
{
    int code;
    std::string out;
    std::string err;
};

Cli identityCli(EscrowWorld &w, std::vector<std::string> args)
{
    const auto &env = w.server().env();
    args.insert(args.end(), {"--data-dir", env.dataDir().string()});
    if (!env.dbUrl().empty())
        args.insert(args.end(), {"--db", env.dbUrl()});
    std::ostringstream out, err;
    const int code = server::runIdentityCommand(args, out, err);
    return {code, out.str(), err.str()};
}

std::filesystem::path documentsDir(EscrowWorld &w)
{
    return w.server().env().dataDir() / "identity-documents";
}

std::vector<std::filesystem::path> documentFiles(EscrowWorld &w)
{
    std::vector<std::filesystem::path> out;
    for (const auto &e : std::filesystem::directory_iterator(documentsDir(w)))
        out.push_back(e.path());
    return out;
}

} // namespace

TEST_CASE("A seller submits a payout identity, resubmits while pending or refused, not once verified",
          "[identity]")
{
    EscrowWorld w;
    auto view = json::parse(w.call("GET", "/api/v1/payouts/identity", w.seller).body);
    CHECK(view.at("status") == "not_submitted");
    CHECK(view.at("payouts_wait") == "identity_not_submitted");
    CHECK(json::parse(w.call("GET", "/api/v1/payouts", w.seller).body).at("payouts_wait") ==
          "identity_not_submitted");

    const auto photo = readFile(TestEnv::fixtures() / "photos" / "teapot.jpg");
    auto r = w.call("PUT", "/api/v1/payouts/identity", w.seller, identitySubmission(photo));
    INFO(r.body);
    REQUIRE(r.status == 200);
    view = json::parse(r.body);
    CHECK(view.at("status") == "pending");
    CHECK(view.at("payouts_wait") == "identity_pending");
    CHECK(view.at("legal_name") == "Hana Sato");
    CHECK(view.at("document").at("media_type") == "image/jpeg");
    CHECK_FALSE(view.at("submitted_at").is_null());
    CHECK(view.dump().find(base64(photo).substr(0, 40)) == std::string::npos); // never the document
    REQUIRE(documentFiles(w).size() == 1);

    // Pending: sent again with another document, which replaces the first (one file, the new one).
    r = w.call("PUT", "/api/v1/payouts/identity", w.seller,
               identitySubmission(samplePdf(), "Hana Sato-Mori"));
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body).at("document").at("media_type") == "application/pdf");
    CHECK(documentFiles(w).size() == 1);

    // Refused with a reason the seller reads; then sent again.
    const auto refused =
        identityCli(w, {"refuse", "--email", "seller@escrow.test", "--reason", "The scan is cut off."});
    INFO(refused.err);
    REQUIRE(refused.code == 0);
    view = json::parse(w.call("GET", "/api/v1/payouts/identity", w.seller).body);
    CHECK(view.at("status") == "refused");
    CHECK(view.at("reason") == "The scan is cut off.");
    CHECK(view.at("payouts_wait") == "identity_refused");
    CHECK(identityCli(w, {"refuse", "--email", "seller@escrow.test", "--reason", "again"}).code ==
          1); // not pending
    r = w.call("PUT", "/api/v1/payouts/identity", w.seller, identitySubmission(samplePdf(3000)));
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body).at("status") == "pending");
    CHECK(json::parse(r.body).at("reason") == "");

    const auto listed = identityCli(w, {"list", "--status", "pending"});
    CHECK_THAT(listed.out, Catch::Contains("seller@escrow.test"));
    CHECK(identityCli(w, {"refuse", "--email", "seller@escrow.test"}).code == 1); // a refusal needs a reason
    REQUIRE(identityCli(w, {"approve", "--email", "seller@escrow.test"}).code == 0);
    view = json::parse(w.call("GET", "/api/v1/payouts/identity", w.seller).body);
    CHECK(view.at("status") == "verified");
    CHECK(view.at("payouts_wait").is_null());
    CHECK(view.at("can_submit") == false);
    r = w.call("PUT", "/api/v1/payouts/identity", w.seller, identitySubmission(samplePdf()));
    CHECK(r.status == 409);
    CHECK(json::parse(r.body).at("error") == "already_verified");
}

TEST_CASE("A document that is not a JPEG, PNG or PDF, or is broken or too large, is refused clearly",
          "[identity]")
{
    EscrowWorld w(WorldOptions{{{"identity.max_document_mib", "2"}}, {}, 1});
    const auto put = [&](const json &body) {
        return w.call("PUT", "/api/v1/payouts/identity", w.seller, body);
    };
    const auto refusal = [&](const json &body, int status, const std::string &code,
                             const std::string &field) {
        const auto r = put(body);
        INFO(r.body);
        CHECK(r.status == status);
        const auto answer = json::parse(r.body);
        CHECK(answer.at("error") == code);
        CHECK(answer.value("field", "") == field);
        CHECK_FALSE(answer.at("message").get<std::string>().empty());
    };
    refusal(identitySubmission("GIF89a\x01\x02\x01\x02 not a document"), 415, "unsupported_document_type",
            "document_base64");
    refusal(identitySubmission("just some text"), 415, "unsupported_document_type", "document_base64");
    const auto photo = readFile(TestEnv::fixtures() / "photos" / "teapot.jpg");
    refusal(identitySubmission(photo.substr(0, photo.size() / 2)), 422, "corrupt_image", "document_base64");
    refusal(identitySubmission("%PDF-1.4\n1 0 obj"), 422, "corrupt_document", "document_base64");
    auto body = identitySubmission(samplePdf());
    body["document_base64"] = "%%% not base64 %%%";
    refusal(body, 422, "invalid", "document_base64");
    body = identitySubmission(samplePdf());
    body["date_of_birth"] = "2015-01-01";
    refusal(body, 422, "too_young", "date_of_birth");
    body = identitySubmission(samplePdf());
    body["address"].erase("country");
    refusal(body, 422, "required", "address.country");
    body = identitySubmission(samplePdf());
    body["legal_name"] = "  ";
    refusal(body, 422, "required", "legal_name");
    // Over identity.max_document_mib (2 MiB here): refused by the size check, not by the body limit.
    refusal(identitySubmission(samplePdf(2 * 1024 * 1024 + 10)), 413, "document_too_large",
            "document_base64");
    CHECK(json::parse(w.call("GET", "/api/v1/payouts/identity", w.seller).body).at("status") ==
          "not_submitted");
    CHECK(documentFiles(w).empty());

    // A document larger than the ordinary body limit (1 MiB) is taken on this route.
    const auto r = put(identitySubmission(samplePdf(1536 * 1024)));
    INFO(r.body);
    CHECK(r.status == 200);
}

TEST_CASE("The document is encrypted at rest under a key file outside the database", "[identity]")
{
    EscrowWorld w;
    const auto document = samplePdf(5000);
    REQUIRE(w.call("PUT", "/api/v1/payouts/identity", w.seller, identitySubmission(document)).status == 200);
    const auto files = documentFiles(w);
    REQUIRE(files.size() == 1);
    const auto stored = readFile(files.front());
    CHECK(stored != document);
    CHECK(stored.find("%PDF") == std::string::npos);
    CHECK(stored.find(document.substr(100, 64)) == std::string::npos);

    const auto key = w.server().env().dataDir() / "identity.key";
    REQUIRE(std::filesystem::exists(key));
    CHECK(std::filesystem::file_size(key) == 32);
    struct stat st
    {
    };
    REQUIRE(::stat(key.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    CHECK(stored.find(readFile(key)) == std::string::npos);

    // The server opens it (and checks it is the document the row names); a changed file does not open.
    auto &identities = w.server().server().identities();
    const auto opened = identities.document(w.seller.id);
    CHECK(opened.bytes == document);
    CHECK(opened.mediaType == "application/pdf");
    const auto row = store::PayoutIdentityStore::load(w.db(), w.seller.id);
    REQUIRE(row);
    CHECK(row->documentSha256 == accounts::sha256Hex(document));
    CHECK(row->documentSize == static_cast<std::int64_t>(document.size()));
    auto changed = stored;
    changed[changed.size() - 5] ^= 0x01;
    std::ofstream(files.front(), std::ios::binary | std::ios::trunc) << changed;
    CHECK_THROWS(identities.document(w.seller.id));

    // No route serves the folder or the key.
    Client browser(w.port());
    CHECK(browser.get("/identity-documents/" + files.front().filename().string()).status == 404);
    CHECK(browser.get("/identity.key").status == 404);
}

TEST_CASE("Staff routes refuse anyone without the staff role", "[identity][roles]")
{
    EscrowWorld w;
    REQUIRE(w.call("PUT", "/api/v1/payouts/identity", w.seller, identitySubmission(samplePdf())).status ==
            200);
    const std::string user = "/api/v1/staff/identities/" + w.seller.id;
    for (const auto *who : {&w.seller, &w.buyer}) {
        CHECK(w.call("GET", "/api/v1/staff/identities?status=pending", *who).status == 403);
        CHECK(w.call("GET", user, *who).status == 403);
        CHECK(w.call("GET", user + "/document", *who).status == 403);
        CHECK(w.call("POST", user + "/decision", *who, {{"decision", "approve"}}).status == 403);
    }
    CHECK(store::PayoutIdentityStore::status(w.db(), w.seller.id) == "pending");
}

TEST_CASE("Staff see the pending identities, the fields and the document, and decide", "[identity][staff]")
{
    EscrowWorld w;
    const auto document = samplePdf(4000);
    REQUIRE(w.call("PUT", "/api/v1/payouts/identity", w.seller, identitySubmission(document)).status == 200);
    // A member of staff, signed in with the second factor as the staff routes require.
    const std::string email = "identity-desk@caravan.example";
    REQUIRE(w.server()
                .server()
                .accounts()
                .createUser(email, "Identity Desk", "DE", kWorldPassword, {"staff"})
                .error == accounts::RegisterError::None);
    const auto session = signInStaff(w.port(), email, kWorldPassword);
    const Account staff{session.userId, email, session.token};
    auto r = w.call("GET", "/api/v1/staff/identities?status=pending", staff);
    INFO(r.body);
    REQUIRE(r.status == 200);
    const auto list = json::parse(r.body).at("identities");
    REQUIRE(list.size() == 1);
    CHECK(list[0].at("email") == "seller@escrow.test");
    const std::string user = "/api/v1/staff/identities/" + w.seller.id;
    const auto fields = json::parse(w.call("GET", user, staff).body);
    CHECK(fields.at("date_of_birth") == "1988-02-29");
    CHECK(fields.at("address").at("city") == "Shibuya");
    CHECK(fields.at("document").at("sha256") == accounts::sha256Hex(document));
    const auto bytes = w.call("GET", user + "/document", staff);
    CHECK(bytes.status == 200);
    CHECK(bytes.body == document);
    CHECK(bytes.header("content-type") == "application/pdf");
    CHECK(bytes.header("cache-control") == "no-store");

    r = w.call("POST", user + "/decision", staff, {{"decision", "refuse"}});
    CHECK(r.status == 422);
    CHECK(json::parse(r.body).at("error") == "reason_required");
    r = w.call("POST", user + "/decision", staff, {{"decision", "approve"}});
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body).at("status") == "verified");
    CHECK(json::parse(r.body).at("reviewed_by") == staff.id);
    CHECK(w.call("POST", user + "/decision", staff, {{"decision", "approve"}}).status == 409);

    // Every view of the record and the document, and the decision, is on the audit log, by this member
    // of staff and about this seller; the refused attempt without a reason wrote nothing.
    std::vector<std::string> actions;
    for (const auto &e : store::AuditLog::list(w.db(), 0, 1000))
        if (e.subjectType == "payout_identity") {
            CHECK(e.actorId == staff.id);
            CHECK(e.subjectId == w.seller.id);
            actions.push_back(e.action);
        }
    CHECK(actions == std::vector<std::string>{"payout_identity.viewed", "payout_identity.document_viewed",
                                              "payout_identity.approved"});
    CHECK(store::AuditLog::verify(w.db()).ok);
}

TEST_CASE("Retention: the cleanup job deletes the document identity.retention_days after the decision",
          "[identity]")
{
    EscrowWorld w; // identity.retention_days = 30
    REQUIRE(w.call("PUT", "/api/v1/payouts/identity", w.seller, identitySubmission(samplePdf())).status ==
            200);
    auto &srv = w.server().server();
    jobs::Cleanup cleanup(srv.accounts(), w.db(), w.server().env().dataDir() / "uploads", 3600, nullptr, 3600,
                          &srv.identities());
    REQUIRE(
        identityCli(w, {"refuse", "--email", "seller@escrow.test", "--reason", "Expired document."}).code ==
        0);
    CHECK(cleanup.runOnce().identityDocuments == 0); // decided just now
    REQUIRE(documentFiles(w).size() == 1);
    // As if the decision was taken 31 days ago.
    w.db().execute("UPDATE payout_identities SET reviewed_at = reviewed_at - ? WHERE user_id = ?",
                   {std::int64_t{31 * 86400}, w.seller.id});
    CHECK(cleanup.runOnce().identityDocuments == 1);
    CHECK(documentFiles(w).empty());
    const auto row = store::PayoutIdentityStore::load(w.db(), w.seller.id);
    REQUIRE(row);
    CHECK(row->documentDeletedAt > 0);
    CHECK(row->status == "refused"); // the decision stays
    try {
        srv.identities().document(w.seller.id);
        FAIL("the deleted document was served");
    } catch (const orders::OrderError &e) {
        CHECK(e.status == 410);
    }
    CHECK(cleanup.runOnce().identityDocuments == 0); // nothing left to delete
    const auto view = json::parse(w.call("GET", "/api/v1/payouts/identity", w.seller).body);
    CHECK_FALSE(view.at("document").at("deleted_at").is_null());
}

TEST_CASE("A pending document is kept whatever its age", "[identity]")
{
    EscrowWorld w(WorldOptions{{{"identity.retention_days", "0"}}, {}, 1});
    REQUIRE(w.call("PUT", "/api/v1/payouts/identity", w.seller, identitySubmission(samplePdf())).status ==
            200);
    CHECK(w.server().server().identities().purgeDocuments(store::nowSeconds() + 400 * 86400) == 0);
    CHECK(documentFiles(w).size() == 1);
}

TEST_CASE("The cleanup pass keeps a document inside its retention period", "[identity]")
{
    EscrowWorld w; // identity.retention_days = 30
    REQUIRE(w.call("PUT", "/api/v1/payouts/identity", w.seller, identitySubmission(samplePdf())).status ==
            200);
    REQUIRE(identityCli(w, {"approve", "--email", "seller@escrow.test"}).code == 0);
    auto &srv = w.server().server();
    const auto now = store::nowSeconds();
    CHECK(srv.identities().purgeDocuments(now + 29 * 86400) == 0);
    CHECK(documentFiles(w).size() == 1);
    CHECK(srv.identities().purgeDocuments(now + 31 * 86400) == 1);
    CHECK(documentFiles(w).empty());
}

TEST_CASE("Identity statuses set before records were kept move into payout_identities",
          "[identity][migrations]")
{
    TestEnv env;
    store::Database db(env.dbOptions());
    const auto &all = store::migrations();
    const auto mine = std::find_if(all.begin(), all.end(), [](const store::Migration &m) {
        return m.name.rfind("payout identities", 0) == 0;
    });
    REQUIRE(mine != all.end());
    REQUIRE(store::migrate(db, mine->version - 1) == mine->version - 1);
    const auto now = store::nowSeconds();
    for (const char *id : {"u-verified", "u-refused", "u-unverified"})
        db.execute(
            "INSERT INTO users (id, email, email_lower, display_name, country, password_hash, created_at, "
            "updated_at) VALUES (?, ?, ?, 'Old', 'JP', 'x', ?, ?)",
            {std::string(id), std::string(id) + "@example.org", std::string(id) + "@example.org", now, now});
    for (const char *status : {"verified", "refused", "unverified"})
        db.execute("INSERT INTO payout_accounts (user_id, provider_account_id, identity_status, updated_at) "
                   "VALUES (?, ?, ?, ?)",
                   {std::string("u-") + status, std::string("acct_") + status, std::string(status), now});

    REQUIRE(store::migrate(db) == store::latestSchemaVersion());
    CHECK(store::PayoutIdentityStore::status(db, "u-verified") == "verified");
    CHECK(store::PayoutIdentityStore::status(db, "u-refused") == "refused");
    CHECK(store::PayoutIdentityStore::status(db, "u-unverified").empty()); // not submitted
    const auto kept = store::PayoutIdentityStore::load(db, "u-verified");
    REQUIRE(kept);
    CHECK_FALSE(kept->documentKept());
    CHECK(kept->reviewedBy == "caravan-cli");
    // The provider accounts stay; the status column is gone.
    CHECK(store::MoneyMovementStore::payoutAccount(db, "u-refused").providerAccountId == "acct_refused");
    CHECK_THROWS(db.query("SELECT identity_status FROM payout_accounts"));
}
