#pragma once

#include "store/database.h"
#include "store/migrations.h"

#include <optional>
#include <string>

// The staff second factor's rows (docs/security.md, "Staff second factor"): per staff user the TOTP
// secret, sealed under a server key (accounts/secret_box.h), when it was made, when its first code
// confirmed it, and the last time step a code was accepted for (a step is accepted at most once).
namespace caravan::store {

struct StaffFactorRecord
{
    std::string userId;
    std::string sealedSecret;
    std::int64_t enrolledAt = 0;
    std::int64_t confirmedAt = 0; // 0: no code has confirmed the secret yet
    std::int64_t lastStep = 0;    // the last accepted TOTP step (0: none)
    [[nodiscard]] bool confirmed() const { return confirmedAt != 0; }
};

class StaffFactorStore
{
public:
    static std::optional<StaffFactorRecord> find(Database &db, const std::string &userId);
    static std::optional<StaffFactorRecord> find(Transaction &tx, const std::string &userId);
    // Stores the record unless the user has one; true if this one was stored.
    static bool insertIfMissing(Transaction &tx, const StaffFactorRecord &record);
    // Accepts `step` for the user: only when it is after the last accepted step, so of two requests with
    // the same code one wins. Marks the secret confirmed (at `now`) if it was not. False: not accepted.
    static bool acceptStep(Transaction &tx, const std::string &userId, std::int64_t step, std::int64_t now);
};

// The migration that adds staff_second_factor and api_tokens.second_factor.
Migration staffFactorMigration(int version);

} // namespace caravan::store
