#pragma once

#include "store/database.h"
#include "store/payout_identities.h"
#include "store/users.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caravan::accounts {
class DocumentVault;
}

namespace caravan::orders {

// identity.* (docs/operations.md); the key file defaults to <data_dir>/identity.key.
struct IdentitySettings
{
    std::int64_t maxDocumentBytes = 10 * 1024 * 1024; // identity.max_document_mib (Stripe's 10 MB)
    std::int64_t retentionSeconds = 30 * 86400;       // identity.retention_days after the decision
    std::filesystem::path keyFile;                    // identity.key_file; empty: <data_dir>/identity.key
};

// Why a seller's payouts wait, as GET /api/v1/payouts names it: "" (they do not),
// identity_not_submitted, identity_pending or identity_refused. `required`: payouts.require_identity.
std::string identityWait(store::Database &db, bool required, const std::string &userId);

// A seller's payout identity: submitted (and resubmitted while pending or refused) by the seller, decided
// by staff, the document kept encrypted until identity.retention_days after the decision
// (docs/escrow.md, "Payout identity"). Refusals are OrderError with a status, a code and the field.
class PayoutIdentityService
{
public:
    PayoutIdentityService(store::Database &db, accounts::DocumentVault &vault, IdentitySettings settings);

    // The fields of PUT /api/v1/payouts/identity: legal_name, date_of_birth, address {line1, line2, city,
    // postal_code, region, country}, document_base64 (JPEG, PNG or PDF). A JPEG is decoded and stored
    // re-encoded without its metadata (EXIF, GPS); PNG and PDF as sent.
    store::PayoutIdentity submit(const store::User &seller, const nlohmann::json &body, std::int64_t now);
    std::optional<store::PayoutIdentity> of(const std::string &userId);
    std::vector<store::PayoutIdentity> list(const std::string &status);

    struct Document
    {
        std::string mediaType;
        std::string bytes;
    };
    // The decrypted document: 404 no_identity / no_document, 410 document_deleted (retention).
    Document document(const std::string &userId);

    // decideIdentity() on this server's database.
    store::PayoutIdentity decide(const std::string &userId, bool approve, const std::string &reason,
                                 const std::string &reviewer, std::int64_t now,
                                 const std::function<void(store::Transaction &)> &also = {});

    // Deletes the documents decided more than identity.retention_days ago, recording document_deleted_at.
    // Returns how many.
    std::size_t purgeDocuments(std::int64_t now);

    const IdentitySettings &settings() const { return m_settings; }
    store::Database &database() { return m_db; }

private:
    store::Database &m_db;
    accounts::DocumentVault &m_vault;
    IdentitySettings m_settings;
};

// A staff decision (also caravan-cli identity approve/refuse, which needs no identity key): approve:
// pending -> verified; refuse: pending -> refused with the reason (required). 404 no_identity,
// 409 not_pending, 422 reason_required. `also` runs in the decision's transaction.
store::PayoutIdentity decideIdentity(store::Database &db, const std::string &userId, bool approve,
                                     const std::string &reason, const std::string &reviewer, std::int64_t now,
                                     const std::function<void(store::Transaction &)> &also = {});

// The vault file of a record's document.
std::string documentFileName(const store::PayoutIdentity &identity);

} // namespace caravan::orders
