#pragma once

#include "escrow/ledger_verify.h"
#include "store/database.h"

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>

namespace caravan::orders {

// `caravan-cli ledger verify` (docs/escrow.md): reads the whole ledger in sequence order, a page at a
// time, with every order, and checks every invariant; also that the cached balances equal the sums of
// the entries.
struct LedgerAudit
{
    escrow::LedgerVerifier verifier;
    std::int64_t headSeq = 0;
    std::string headHash;
    double seconds = 0;
    bool ok() const { return verifier.ok(); }
};

LedgerAudit auditLedger(store::Database &db);
nlohmann::json auditJson(const LedgerAudit &audit);
void printAudit(const LedgerAudit &audit, std::ostream &out);

// `caravan-cli ledger export`: the entries of an order's transactions, or of a seller's payable account,
// as CSV with amounts in major units and the running balance of each account.
void exportOrderCsv(store::Database &db, const std::string &orderId, std::ostream &out);
void exportSellerCsv(store::Database &db, const std::string &sellerId, std::ostream &out);

} // namespace caravan::orders
