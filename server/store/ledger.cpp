#include "store/ledger.h"

#include "store/users.h"

#include <Poco/Data/Statement.h>
#include <algorithm>
#include <set>
#include <unordered_map>

namespace caravan::store {

using escrow::LedgerError;

namespace {

const char *kEntryColumns =
    "e.seq, e.transaction_id, e.account, e.currency, e.amount, e.prev_hash, e.hash, "
    "t.business_key, t.kind, t.order_id, t.payout_id, t.fx, t.memo, t.created_at, t.hash";

escrow::StoredEntry entryOf(const Row &r)
{
    return {r.integer(0), r.text(1), r.text(2), r.text(3), r.integer(4), r.text(5), r.text(6)};
}

escrow::StoredTransaction transactionOf(const Row &r)
{
    return {r.text(1),  r.text(7),  r.text(8),     r.text(9), r.text(10),
            r.text(11), r.text(12), r.integer(13), r.text(14)};
}

std::string lockHeadSql(Backend backend)
{
    return backend == Backend::PostgreSQL
               ? "SELECT last_seq, last_hash FROM ledger_head WHERE id = 1 FOR UPDATE"
               : "SELECT last_seq, last_hash FROM ledger_head WHERE id = 1";
}

// The same posting again (a retry) is fine; another posting under the same business key is a bug.
void requireSameLines(Transaction &tx, const std::string &transactionId, const escrow::Posting &posting)
{
    std::multiset<std::tuple<std::string, std::string, std::int64_t>> stored, wanted;
    for (const auto &r :
         tx.query("SELECT account, currency, amount FROM ledger_entries WHERE transaction_id = ?",
                  {transactionId}))
        stored.emplace(r.text(0), r.text(1), r.integer(2));
    for (const auto &l : posting.lines)
        wanted.emplace(l.account, l.currency, l.amount);
    if (stored != wanted)
        throw LedgerError("business key " + posting.businessKey + " was posted before with other lines");
}

} // namespace

LedgerStore::PostResult LedgerStore::post(Transaction &tx, const escrow::Posting &posting, std::int64_t now)
{
    escrow::checkBalanced(posting);
    const auto head = tx.query(lockHeadSql(tx.backend()));
    if (head.empty())
        throw LedgerError("ledger_head is missing: the ledger cannot be written");
    if (const auto existing =
            tx.query("SELECT id FROM ledger_transactions WHERE business_key = ?", {posting.businessKey});
        !existing.empty()) {
        requireSameLines(tx, existing.front().text(0), posting);
        return {existing.front().text(0), false};
    }

    // Balances first: a posting that would overdraw a never-negative account writes nothing.
    std::map<std::pair<std::string, std::string>, std::int64_t> deltas;
    for (const auto &l : posting.lines)
        deltas[{l.account, l.currency}] += l.amount;
    for (const auto &[key, delta] : deltas) {
        tx.execute("INSERT INTO ledger_balances (account, currency, balance) VALUES (?, ?, ?) "
                   "ON CONFLICT (account, currency) DO UPDATE SET balance = ledger_balances.balance + "
                   "excluded.balance",
                   {key.first, key.second, delta});
        if (escrow::account::mustNotBeNegative(key.first)) {
            const auto b = tx.query("SELECT balance FROM ledger_balances WHERE account = ? AND currency = ?",
                                    {key.first, key.second});
            if (!b.empty() && b.front().integer(0) > 0)
                throw LedgerError("posting " + posting.businessKey + " would take " + key.first + " (" +
                                  key.second + ") below zero");
        }
    }

    escrow::StoredTransaction t{newUuid(),
                                posting.businessKey,
                                posting.kind,
                                posting.orderId,
                                posting.payoutId,
                                posting.fx,
                                posting.memo,
                                now,
                                {}};
    t.hash = escrow::transactionHash(t);
    tx.execute("INSERT INTO ledger_transactions (id, business_key, kind, order_id, payout_id, fx, memo, "
               "created_at, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               {t.id, t.businessKey, t.kind, t.orderId, t.payoutId, t.fx, t.memo, t.createdAt, t.hash});

    std::int64_t seq = head.front().integer(0);
    std::string prev = head.front().text(1);
    std::string sql =
        "INSERT INTO ledger_entries (seq, transaction_id, account, currency, amount, prev_hash, "
        "hash) VALUES ";
    std::vector<Param> params;
    params.reserve(posting.lines.size() * 7);
    for (std::size_t i = 0; i < posting.lines.size(); ++i) {
        const auto &l = posting.lines[i];
        escrow::StoredEntry e{++seq, t.id, l.account, l.currency, l.amount, prev, {}};
        e.hash = escrow::entryHash(e, t.hash);
        prev = e.hash;
        sql += i ? ", (?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?)";
        for (Param p : std::initializer_list<Param>{e.seq, e.transactionId, e.account, e.currency, e.amount,
                                                    e.prevHash, e.hash})
            params.push_back(std::move(p));
    }
    tx.execute(sql, params);
    tx.execute("UPDATE ledger_head SET last_seq = ?, last_hash = ? WHERE id = 1", {seq, prev});
    return {t.id, true};
}

bool LedgerStore::hasPosting(Transaction &tx, const std::string &businessKey)
{
    return !tx.query("SELECT 1 FROM ledger_transactions WHERE business_key = ?", {businessKey}).empty();
}

std::int64_t LedgerStore::balance(Transaction &tx, const std::string &account, const std::string &currency)
{
    const auto rows = tx.query("SELECT balance FROM ledger_balances WHERE account = ? AND currency = ?",
                               {account, currency});
    return rows.empty() ? 0 : rows.front().integer(0);
}

std::int64_t LedgerStore::balance(Database &db, const std::string &account, const std::string &currency)
{
    const auto rows = db.query("SELECT balance FROM ledger_balances WHERE account = ? AND currency = ?",
                               {account, currency});
    return rows.empty() ? 0 : rows.front().integer(0);
}

std::map<std::string, std::int64_t> LedgerStore::balances(Database &db, const std::string &account)
{
    std::map<std::string, std::int64_t> out;
    for (const auto &r :
         db.query("SELECT currency, balance FROM ledger_balances WHERE account = ?", {account}))
        out[r.text(0)] = r.integer(1);
    return out;
}

std::vector<LedgerStore::AccountBalance> LedgerStore::balancesWithPrefix(Database &db,
                                                                         const std::string &prefix)
{
    std::vector<AccountBalance> out;
    // The prefix is ours (no wildcards in it); compare with a range so the primary key index serves it.
    for (const auto &r : db.query("SELECT account, currency, balance FROM ledger_balances WHERE account >= ? "
                                  "AND account < ? AND balance <> 0 ORDER BY account, currency",
                                  {prefix, prefix + "\x7f"}))
        out.push_back({r.text(0), r.text(1), r.integer(2)});
    return out;
}

std::int64_t LedgerStore::scan(
    ReadSnapshot &read, std::int64_t pageSize,
    const std::function<void(const escrow::StoredEntry &, const escrow::StoredTransaction &)> &visit)
{
    // Typed bulk extraction: a million entries through Dynamic::Var rows took most of verify's time.
    using namespace Poco::Data::Keywords;
    std::int64_t after = 0, count = 0;
    for (;;) {
        std::vector<Poco::Int64> seq, amount;
        std::vector<std::string> txId, account, currency, prevHash, hash;
        Poco::Int64 from = after, limit = pageSize;
        Poco::Data::Statement entries(read.session());
        entries << translateSql("SELECT seq, transaction_id, account, currency, amount, prev_hash, hash FROM "
                                "ledger_entries WHERE seq > ? ORDER BY seq LIMIT ?",
                                read.backend()),
            into(seq), into(txId), into(account), into(currency), into(amount), into(prevHash), into(hash),
            use(from), use(limit);
        entries.execute();
        if (seq.empty())
            return count;

        std::vector<std::string> id, key, kind, order, payout, fx, memo, txHash;
        std::vector<Poco::Int64> created;
        Poco::Int64 last = seq.back();
        Poco::Data::Statement transactions(read.session());
        transactions << translateSql(
            "SELECT id, business_key, kind, order_id, payout_id, fx, memo, created_at, hash "
            "FROM ledger_transactions WHERE id IN (SELECT transaction_id FROM "
            "ledger_entries WHERE seq > ? AND seq <= ?)",
            read.backend()),
            into(id), into(key), into(kind), into(order), into(payout), into(fx), into(memo), into(created),
            into(txHash), use(from), use(last);
        transactions.execute();
        std::unordered_map<std::string, escrow::StoredTransaction> byId;
        byId.reserve(id.size());
        for (std::size_t i = 0; i < id.size(); ++i)
            byId.emplace(id[i], escrow::StoredTransaction{id[i], key[i], kind[i], order[i], payout[i], fx[i],
                                                          memo[i], created[i], txHash[i]});
        static const escrow::StoredTransaction missing{};
        for (std::size_t i = 0; i < seq.size(); ++i) {
            const escrow::StoredEntry e{seq[i],    txId[i],     account[i], currency[i],
                                        amount[i], prevHash[i], hash[i]};
            const auto t = byId.find(e.transactionId);
            // An entry whose transaction row is gone is shown with an empty one: verify reports it.
            visit(e, t == byId.end() ? missing : t->second);
            ++count;
        }
        after = seq.back();
        if (static_cast<std::int64_t>(seq.size()) < pageSize)
            return count;
    }
}

std::optional<std::pair<std::int64_t, std::string>> LedgerStore::head(ReadSnapshot &read)
{
    const auto rows = read.query("SELECT last_seq, last_hash FROM ledger_head WHERE id = 1");
    if (rows.empty())
        return std::nullopt;
    return std::make_pair(rows.front().integer(0), rows.front().text(1));
}

std::vector<LedgerStore::AccountBalance> LedgerStore::cachedBalanceMismatches(ReadSnapshot &read)
{
    std::vector<AccountBalance> out;
    for (
        const auto &r : read.query(
            "SELECT b.account, b.currency, b.balance - COALESCE(s.total, 0) FROM ledger_balances b LEFT JOIN "
            "(SELECT account, currency, SUM(amount) AS total FROM ledger_entries GROUP BY account, currency) "
            "s "
            "ON s.account = b.account AND s.currency = b.currency WHERE b.balance <> COALESCE(s.total, 0) "
            "UNION ALL SELECT s.account, s.currency, -s.total FROM (SELECT account, currency, SUM(amount) AS "
            "total FROM ledger_entries GROUP BY account, currency) s WHERE NOT EXISTS (SELECT 1 FROM "
            "ledger_balances b WHERE b.account = s.account AND b.currency = s.currency)"))
        out.push_back({r.text(0), r.text(1), r.integer(2)});
    return out;
}

std::vector<LedgerStore::ExportRow> LedgerStore::entriesOfOrder(Database &db, const std::string &orderId)
{
    std::vector<ExportRow> out;
    for (const auto &r : db.query(std::string("SELECT ") + kEntryColumns +
                                      " FROM ledger_entries e JOIN ledger_transactions t ON t.id = "
                                      "e.transaction_id WHERE t.order_id = ? ORDER BY e.seq",
                                  {orderId}))
        out.push_back({entryOf(r), transactionOf(r)});
    return out;
}

std::vector<LedgerStore::ExportRow> LedgerStore::entriesOfAccount(Database &db, const std::string &account)
{
    std::vector<ExportRow> out;
    for (const auto &r : db.query(std::string("SELECT ") + kEntryColumns +
                                      " FROM ledger_entries e JOIN ledger_transactions t ON t.id = "
                                      "e.transaction_id WHERE e.account = ? ORDER BY e.seq",
                                  {account}))
        out.push_back({entryOf(r), transactionOf(r)});
    return out;
}

} // namespace caravan::store
