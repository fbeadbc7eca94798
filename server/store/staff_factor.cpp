#include "store/staff_factor.h"

namespace caravan::store {

namespace {

const char *kSelect = "SELECT user_id, secret_sealed, enrolled_at, COALESCE(confirmed_at, 0), last_step "
                      "FROM staff_second_factor WHERE user_id = ?";

std::optional<StaffFactorRecord> recordOf(const std::vector<Row> &rows)
{
    if (rows.empty())
        return std::nullopt;
    const auto &r = rows.front();
    return StaffFactorRecord{r.text(0), r.text(1), r.integer(2), r.integer(3), r.integer(4)};
}

} // namespace

std::optional<StaffFactorRecord> StaffFactorStore::find(Database &db, const std::string &userId)
{
    return recordOf(db.query(kSelect, {userId}));
}

std::optional<StaffFactorRecord> StaffFactorStore::find(Transaction &tx, const std::string &userId)
{
    return recordOf(tx.query(kSelect, {userId}));
}

bool StaffFactorStore::insertIfMissing(Transaction &tx, const StaffFactorRecord &r)
{
    return tx.execute("INSERT INTO staff_second_factor (user_id, secret_sealed, enrolled_at, confirmed_at, "
                      "last_step) VALUES (?, ?, ?, NULL, 0) ON CONFLICT (user_id) DO NOTHING",
                      {r.userId, r.sealedSecret, r.enrolledAt}) > 0;
}

bool StaffFactorStore::acceptStep(Transaction &tx, const std::string &userId, std::int64_t step,
                                  std::int64_t now)
{
    return tx.execute("UPDATE staff_second_factor SET last_step = ?, confirmed_at = COALESCE(confirmed_at, ?) "
                      "WHERE user_id = ? AND last_step < ?",
                      {step, now, userId, step}) > 0;
}

Migration staffFactorMigration(int version)
{
    return {version,
            "staff second factor: sealed TOTP secrets, tokens issued after a second factor",
            {
                R"(CREATE TABLE staff_second_factor (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    secret_sealed TEXT NOT NULL,
    enrolled_at BIGINT NOT NULL,
    confirmed_at BIGINT,
    last_step BIGINT NOT NULL))",
                // 1: the token was issued after the staff second factor was checked at sign-in.
                "ALTER TABLE api_tokens ADD COLUMN second_factor BIGINT NOT NULL DEFAULT 0",
            }};
}

} // namespace caravan::store
