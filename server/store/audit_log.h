#pragma once

#include "store/database.h"
#include "store/migrations.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

// The audit log (docs/security.md, "The audit log"): what staff, and the server on their behalf, did.
// Append-only and hash-chained like the ledger: each row's hash is the SHA-256 of the previous row's hash
// and its own canonical fields, appends are serialised by the row lock on audit_head (SQLite: the write
// lock of BEGIN IMMEDIATE) so the sequence has no gaps and the chain no forks, and the database refuses
// an UPDATE or DELETE of a row with a trigger (SQLite and PostgreSQL). Someone who drops the triggers
// and edits a row is found by `caravan-cli audit verify`.
namespace caravan::store {

struct AuditEntry
{
    std::int64_t seq = 0; // given by append
    std::int64_t at = 0;  // Unix seconds; append fills 0 with now
    std::string actorId;  // the user who acted ("" for the server or the operator's caravan-cli)
    std::string action;   // e.g. "staff.sign_in", "staff.second_factor_refused"
    std::string subjectType;
    std::string subjectId;
    nlohmann::json detail = nlohmann::json::object();
    std::string prevHash; // given by append
    std::string hash;     // given by append

    // The hash of this entry given its fields and prevHash: SHA-256 (hex) over the JSON array
    // ["caravan-audit/1", prevHash, seq, at, actorId, action, subjectType, subjectId, detail] dumped
    // compactly (object keys sorted), which no two different entries share.
    [[nodiscard]] std::string computeHash() const;
};

struct AuditVerification
{
    bool ok = true;
    std::int64_t entries = 0;
    std::int64_t headSeq = 0;
    std::string headHash;
    std::int64_t brokenSeq = 0; // the first seq that does not hold (0 when ok)
    std::string problem;        // what is wrong there
};

class AuditLog
{
public:
    // The 64 zeros the first entry's prev_hash is.
    static const std::string kGenesisHash;

    // Appends inside the caller's transaction, so the entry commits (or vanishes) with the action it
    // records. Returns the entry as stored (seq, at, prevHash, hash filled).
    static AuditEntry append(Transaction &tx, const AuditEntry &entry);
    // Appends in a transaction of its own: for what changes nothing else (a member of staff viewed a
    // case, a document, a photo).
    static AuditEntry record(Database &db, const AuditEntry &entry);
    // Entries with seq > sinceSeq in sequence order, at most `limit`.
    static std::vector<AuditEntry> list(Database &db, std::int64_t sinceSeq, std::int64_t limit);
    // Reads the whole log in sequence order, a page at a time, in one snapshot: every seq from 1 without a
    // gap, every prev_hash the hash before it, every hash its recomputed value, the head at the last row.
    static AuditVerification verify(Database &db);
};

// The migration that creates audit_log and audit_head with the append-only triggers.
Migration auditLogMigration(int version);

} // namespace caravan::store
