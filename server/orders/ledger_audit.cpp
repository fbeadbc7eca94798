#include "orders/ledger_audit.h"

#include "escrow/ledger.h"
#include "listing/listing.h"
#include "money/money.h"
#include "store/ledger.h"
#include "store/orders.h"

#include <chrono>
#include <map>
#include <set>
#include <ostream>

namespace caravan::orders {

using nlohmann::json;

LedgerAudit auditLedger(store::Database &db)
{
    const auto start = std::chrono::steady_clock::now();
    LedgerAudit audit;
    auto &v = audit.verifier;
    // One snapshot for everything: postings committed meanwhile are neither half seen nor compared
    // with order states they did not change yet.
    store::ReadSnapshot read(db);
    store::LedgerStore::scan(
        read, 20000,
        [&](const escrow::StoredEntry &e, const escrow::StoredTransaction &t) { v.addEntry(e, t); });
    const auto head = store::LedgerStore::head(read);
    v.finishEntries(head);
    if (head) {
        audit.headSeq = head->first;
        audit.headHash = head->second;
    }
    for (const auto &facts : store::OrderStore::ledgerFacts(read))
        v.checkOrder(facts);
    v.finishOrders();
    // The cached balances are derived data: if they drift, the non-negative guard looks at wrong numbers.
    for (const auto &m : store::LedgerStore::cachedBalanceMismatches(read)) {
        audit.verifier.report({"balance_cache",
                               "the cached balance of " + m.account + " (" + m.currency + ") is off by " +
                                   std::to_string(m.balance) + " from the sum of its entries",
                               0,
                               {},
                               {}});
    }
    audit.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return audit;
}

json auditJson(const LedgerAudit &a)
{
    const auto &v = a.verifier;
    json problems = json::array();
    for (const auto &p : v.problems())
        problems.push_back({{"check", p.check},
                            {"message", p.message},
                            {"seq", p.seq},
                            {"transaction", p.transactionId},
                            {"order", p.orderId}});
    json currencies = json::object();
    for (const auto &[code, sum] : v.currencySums())
        currencies[code] = sum;
    return {{"ok", a.ok()},
            {"entries", v.entries()},
            {"transactions", v.transactions()},
            {"orders", v.orders()},
            {"currencies", currencies},
            {"head", {{"seq", a.headSeq}, {"hash", a.headHash}}},
            {"problem_count", v.problemCount()},
            {"problems", problems},
            {"seconds", a.seconds}};
}

void printAudit(const LedgerAudit &a, std::ostream &out)
{
    const auto &v = a.verifier;
    out << "entries " << v.entries() << ", transactions " << v.transactions() << ", orders " << v.orders()
        << "\n";
    for (const auto &[code, sum] : v.currencySums())
        out << "  " << code << " sums to " << sum << "\n";
    out << "head seq " << a.headSeq << " hash " << a.headHash << "\n";
    if (a.ok()) {
        out << "ledger OK (" << a.seconds << " s)\n";
        return;
    }
    const auto &first = v.problems().front();
    out << "ledger BROKEN: " << v.problemCount() << " problem(s); the first: [" << first.check << "] "
        << first.message;
    if (first.seq)
        out << " (entry " << first.seq << ")";
    if (!first.transactionId.empty())
        out << " (transaction " << first.transactionId << ")";
    if (!first.orderId.empty())
        out << " (order " << first.orderId << ")";
    out << "\n";
    for (std::size_t i = 1; i < v.problems().size() && i < 20; ++i)
        out << "  [" << v.problems()[i].check << "] " << v.problems()[i].message << "\n";
}

namespace {

std::string csvField(const std::string &s)
{
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void writeCsv(const std::vector<store::LedgerStore::ExportRow> &rows, std::ostream &out)
{
    out << "seq,created_at,transaction,business_key,kind,order,payout,account,currency,amount,balance\n";
    std::map<std::string, std::int64_t> running; // account|currency -> sum so far (of the rows shown)
    for (const auto &r : rows) {
        const auto &e = r.entry;
        const auto &t = r.transaction;
        auto &balance = running[e.account + "|" + e.currency];
        balance += e.amount;
        out << e.seq << ',' << listing::formatUtcTimestamp(t.createdAt) << ',' << t.id << ','
            << csvField(t.businessKey) << ',' << t.kind << ',' << t.orderId << ',' << t.payoutId << ','
            << csvField(e.account) << ',' << e.currency << ','
            << money::Money::ofMinor(e.amount, e.currency).amountString() << ','
            << money::Money::ofMinor(balance, e.currency).amountString() << '\n';
    }
}

} // namespace

void exportOrderCsv(store::Database &db, const std::string &orderId, std::ostream &out)
{
    writeCsv(store::LedgerStore::entriesOfOrder(db, orderId), out);
}

void exportSellerCsv(store::Database &db, const std::string &sellerId, std::ostream &out)
{
    writeCsv(store::LedgerStore::entriesOfAccount(db, escrow::account::sellerPayable(sellerId)), out);
}

std::vector<store::LedgerStore::ExportRow> payoutLines(store::Database &db, const std::string &sellerId,
                                                       const std::string &payoutId, const std::string &currency)
{
    const auto rows = store::LedgerStore::entriesOfAccount(db, escrow::account::sellerPayable(sellerId));
    std::set<std::string> failed;
    for (const auto &r : rows)
        if (r.transaction.kind == escrow::kind::kPayoutFailed)
            failed.insert(r.transaction.payoutId);
    std::vector<store::LedgerStore::ExportRow> since; // lines since the last payout that stood
    for (const auto &r : rows) {
        if (r.entry.currency != currency)
            continue;
        const auto &t = r.transaction;
        if (!t.payoutId.empty()) {
            if (t.payoutId == payoutId)
                return since;
            if (t.kind == escrow::kind::kPayoutCreated && !failed.count(t.payoutId))
                since.clear();
            continue;
        }
        since.push_back(r);
    }
    return {}; // no such payout of this seller
}

} // namespace caravan::orders
