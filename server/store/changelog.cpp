#include "store/changelog.h"

namespace caravan::store {

void ChangeLog::lockOwner(Transaction &tx, const std::string &ownerId)
{
    // On PostgreSQL the UPDATE takes the row lock that a concurrent writer of this owner waits for.
    if (tx.execute("UPDATE sync_owner_seq SET seq = seq WHERE owner_id = ?", {ownerId}) == 0) {
        tx.execute(
            "INSERT INTO sync_owner_seq (owner_id, seq) VALUES (?, 0) ON CONFLICT (owner_id) DO NOTHING",
            {ownerId});
        tx.execute("UPDATE sync_owner_seq SET seq = seq WHERE owner_id = ?", {ownerId});
    }
}

void ChangeLog::append(Transaction &tx, const std::string &ownerId, std::vector<Change> &changes)
{
    if (changes.empty())
        return;
    const auto n = static_cast<std::int64_t>(changes.size());
    tx.execute("UPDATE sync_owner_seq SET seq = seq + ? WHERE owner_id = ?", {n, ownerId});
    const auto rows = tx.query("SELECT seq FROM sync_owner_seq WHERE owner_id = ?", {ownerId});
    if (rows.empty())
        throw std::logic_error("ChangeLog::append without lockOwner");
    std::int64_t seq = rows.front().integer(0) - n;
    std::string sql =
        "INSERT INTO change_log (owner_id, seq, entity, entity_id, op, revision, data, changed_at) "
        "VALUES ";
    std::vector<Param> params;
    params.reserve(changes.size() * 8);
    const auto now = nowSeconds();
    for (std::size_t i = 0; i < changes.size(); ++i) {
        auto &c = changes[i];
        c.seq = ++seq;
        sql += i ? ", (?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?)";
        params.emplace_back(ownerId);
        params.emplace_back(c.seq);
        params.emplace_back(c.entity);
        params.emplace_back(c.entityId);
        params.emplace_back(c.op);
        params.emplace_back(c.revision);
        if (c.op == "delete")
            params.emplace_back(Null{});
        else
            params.emplace_back(c.data);
        params.emplace_back(now);
    }
    tx.execute(sql, params);
}

ChangePage ChangeLog::page(Database &db, const std::string &ownerId, std::int64_t cursor, std::int64_t limit)
{
    ChangePage page;
    const auto rows = db.query("SELECT seq, entity, entity_id, op, revision, data FROM change_log "
                               "WHERE owner_id = ? AND seq > ? ORDER BY seq LIMIT ?",
                               {ownerId, cursor, limit + 1});
    page.changes.reserve(rows.size());
    for (const auto &r : rows) {
        if (static_cast<std::int64_t>(page.changes.size()) == limit) {
            page.more = true;
            break;
        }
        page.changes.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.integer(4), r.text(5)});
    }
    return page;
}

std::int64_t ChangeLog::lastSeq(Database &db, const std::string &ownerId)
{
    const auto rows = db.query("SELECT seq FROM sync_owner_seq WHERE owner_id = ?", {ownerId});
    return rows.empty() ? 0 : rows.front().integer(0);
}

} // namespace caravan::store
