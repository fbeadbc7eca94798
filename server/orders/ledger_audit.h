#pragma once

#include "escrow/ledger_verify.h"
#include "store/database.h"
#include "store/ledger.h"

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

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

// The seller's payable-account lines a payout paid out: those after the seller's previous payout in the
// same currency (payouts that failed and came back are left out, with their return) up to this payout.
// A payout takes the whole payable balance, so these are the releases (and their fees) it covers.
std::vector<store::LedgerStore::ExportRow> payoutLines(store::Database &db, const std::string &sellerId,
                                                       const std::string &payoutId, const std::string &currency);

} // namespace caravan::orders
