#include "store/payout_identities.h"

namespace caravan::store {

namespace {

constexpr const char *kColumns =
    "user_id, legal_name, date_of_birth, address, document_sha256, document_size, document_type, status, "
    "reason, submitted_at, reviewed_at, reviewed_by, document_deleted_at";

PayoutIdentity identityOf(const Row &r)
{
    PayoutIdentity p;
    p.userId = r.text(0);
    p.legalName = r.text(1);
    p.dateOfBirth = r.text(2);
    p.address = nlohmann::json::parse(r.text(3), nullptr, false);
    if (!p.address.is_object())
        p.address = nlohmann::json::object();
    p.documentSha256 = r.text(4);
    p.documentSize = r.integer(5);
    p.documentType = r.text(6);
    p.status = r.text(7);
    p.reason = r.text(8);
    p.submittedAt = r.integer(9);
    p.reviewedAt = r.integer(10);
    p.reviewedBy = r.text(11);
    p.documentDeletedAt = r.integer(12);
    return p;
}

template <typename Source>
std::optional<PayoutIdentity> loadFrom(Source &source, const std::string &userId, const char *suffix)
{
    const auto rows = source.query(
        std::string("SELECT ") + kColumns + " FROM payout_identities WHERE user_id = ?" + suffix, {userId});
    if (rows.empty())
        return std::nullopt;
    return identityOf(rows.front());
}

} // namespace

std::optional<PayoutIdentity> PayoutIdentityStore::load(Database &db, const std::string &userId)
{
    return loadFrom(db, userId, "");
}

std::optional<PayoutIdentity> PayoutIdentityStore::loadForUpdate(Transaction &tx, const std::string &userId)
{
    return loadFrom(tx, userId, tx.backend() == Backend::PostgreSQL ? " FOR UPDATE" : "");
}

std::string PayoutIdentityStore::status(Database &db, const std::string &userId)
{
    const auto rows = db.query("SELECT status FROM payout_identities WHERE user_id = ?", {userId});
    return rows.empty() ? std::string() : rows.front().text(0);
}

void PayoutIdentityStore::save(Transaction &tx, const PayoutIdentity &p)
{
    const std::vector<Param> values{p.userId,
                                    p.legalName,
                                    p.dateOfBirth,
                                    p.address.dump(),
                                    p.documentSha256,
                                    p.documentSize,
                                    p.documentType,
                                    p.status,
                                    p.reason,
                                    p.submittedAt,
                                    p.reviewedAt ? Param{p.reviewedAt} : Param{Null{}},
                                    p.reviewedBy,
                                    p.documentDeletedAt ? Param{p.documentDeletedAt} : Param{Null{}}};
    tx.execute(
        std::string("INSERT INTO payout_identities (") + kColumns +
            ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
            "legal_name = excluded.legal_name, date_of_birth = excluded.date_of_birth, "
            "address = excluded.address, document_sha256 = excluded.document_sha256, "
            "document_size = excluded.document_size, document_type = excluded.document_type, "
            "status = excluded.status, reason = excluded.reason, submitted_at = excluded.submitted_at, "
            "reviewed_at = excluded.reviewed_at, reviewed_by = excluded.reviewed_by, "
            "document_deleted_at = excluded.document_deleted_at",
        values);
}

void PayoutIdentityStore::decide(Transaction &tx, const std::string &userId, const std::string &status,
                                 const std::string &reason, const std::string &reviewer, std::int64_t now)
{
    tx.execute("UPDATE payout_identities SET status = ?, reason = ?, reviewed_at = ?, reviewed_by = ? "
               "WHERE user_id = ?",
               {status, reason, now, reviewer, userId});
}

std::vector<PayoutIdentity> PayoutIdentityStore::list(Database &db, const std::string &status,
                                                      std::int64_t limit)
{
    std::vector<PayoutIdentity> out;
    const auto rows =
        status.empty()
            ? db.query(std::string("SELECT ") + kColumns +
                           " FROM payout_identities ORDER BY submitted_at DESC, user_id LIMIT ?",
                       {limit})
            : db.query(std::string("SELECT ") + kColumns +
                           " FROM payout_identities WHERE status = ? ORDER BY submitted_at, user_id LIMIT ?",
                       {status, limit});
    for (const auto &r : rows)
        out.push_back(identityOf(r));
    return out;
}

std::vector<PayoutIdentity>
PayoutIdentityStore::documentsDecidedBefore(Database &db, std::int64_t decidedBefore, std::int64_t limit)
{
    std::vector<PayoutIdentity> out;
    for (const auto &r : db.query(std::string("SELECT ") + kColumns +
                                      " FROM payout_identities WHERE status <> 'pending' AND reviewed_at < ? "
                                      "AND document_deleted_at IS NULL AND document_sha256 <> '' "
                                      "ORDER BY reviewed_at LIMIT ?",
                                  {decidedBefore, limit}))
        out.push_back(identityOf(r));
    return out;
}

bool PayoutIdentityStore::markDocumentDeleted(Database &db, const std::string &userId,
                                              const std::string &sha256, std::int64_t now)
{
    return db.execute("UPDATE payout_identities SET document_deleted_at = ? WHERE user_id = ? AND "
                      "document_sha256 = ? AND document_deleted_at IS NULL",
                      {now, userId, sha256}) == 1;
}

Migration payoutIdentityMigration(int version)
{
    return {
        version,
        "payout identities with their encrypted document's hash; identity status moves out of "
        "payout_accounts",
        {
            R"(CREATE TABLE payout_identities (
    user_id TEXT PRIMARY KEY REFERENCES users(id),
    legal_name TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    address TEXT NOT NULL,
    document_sha256 TEXT NOT NULL,
    document_size BIGINT NOT NULL,
    document_type TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'verified', 'refused')),
    reason TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    reviewed_at BIGINT,
    reviewed_by TEXT NOT NULL,
    document_deleted_at BIGINT))",
            "CREATE INDEX payout_identities_status ON payout_identities(status, submitted_at)",
            // Statuses an operator set before records were kept: decisions without a document.
            "INSERT INTO payout_identities (user_id, legal_name, date_of_birth, address, document_sha256, "
            "document_size, document_type, status, reason, submitted_at, reviewed_at, reviewed_by, "
            "document_deleted_at) SELECT user_id, '', '', '{}', '', 0, '', identity_status, "
            "CASE WHEN identity_status = 'refused' THEN 'refused before identity records were kept' "
            "ELSE '' END, updated_at, updated_at, 'caravan-cli', NULL FROM payout_accounts "
            "WHERE identity_status IN ('verified', 'refused')",
            "ALTER TABLE payout_accounts DROP COLUMN identity_status",
        }};
}

} // namespace caravan::store
