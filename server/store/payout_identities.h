#pragma once

#include "store/database.h"
#include "store/migrations.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

// A seller's payout identity (docs/escrow.md, "Payout identity"): legal name, date of birth, address and
// an identity document, checked by staff before money is paid out. The document itself is never in the
// database: its file is encrypted under the server's identity key (orders/payout_identity.h); the row keeps
// its SHA-256, size and media type, and when retention deleted it.
namespace caravan::store {

struct PayoutIdentity
{
    std::string userId;
    std::string legalName;
    std::string dateOfBirth;                           // YYYY-MM-DD
    nlohmann::json address = nlohmann::json::object(); // line1, line2, city, postal_code, region, country
    std::string documentSha256;                        // of the stored document; "" when none was kept
    std::int64_t documentSize = 0;
    std::string documentType;       // image/jpeg, image/png, application/pdf
    std::string status = "pending"; // pending, verified, refused
    std::string reason;             // why it was refused
    std::int64_t submittedAt = 0;
    std::int64_t reviewedAt = 0;        // 0: not decided
    std::string reviewedBy;             // the staff user (or "caravan-cli")
    std::int64_t documentDeletedAt = 0; // 0: the document file is kept

    [[nodiscard]] bool documentKept() const { return !documentSha256.empty() && documentDeletedAt == 0; }
};

class PayoutIdentityStore
{
public:
    static std::optional<PayoutIdentity> load(Database &db, const std::string &userId);
    // The row, locked until the transaction ends (PostgreSQL; SQLite holds the write lock anyway).
    static std::optional<PayoutIdentity> loadForUpdate(Transaction &tx, const std::string &userId);
    // "verified", "pending", "refused", or "" when the user never submitted one.
    static std::string status(Database &db, const std::string &userId);
    // Inserts or replaces the user's record with every field of `identity`.
    static void save(Transaction &tx, const PayoutIdentity &identity);
    // Records a decision on a pending record: verified or refused with the reason.
    static void decide(Transaction &tx, const std::string &userId, const std::string &status,
                       const std::string &reason, const std::string &reviewer, std::int64_t now);
    // Records, newest first; `status` empty: every status.
    static std::vector<PayoutIdentity> list(Database &db, const std::string &status, std::int64_t limit);
    // Decided records reviewed before `decidedBefore` whose document file is still kept.
    static std::vector<PayoutIdentity> documentsDecidedBefore(Database &db, std::int64_t decidedBefore,
                                                              std::int64_t limit);
    // Marks the document of that submission (by its hash) deleted; false if the record changed since.
    static bool markDocumentDeleted(Database &db, const std::string &userId, const std::string &sha256,
                                    std::int64_t now);
};

// payout_identities; payout_accounts.identity_status moves into it (verified and refused statuses set
// before identities were recorded become records without a document) and is dropped.
Migration payoutIdentityMigration(int version);

} // namespace caravan::store
