#pragma once

#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace caravan::store {

// A refund to the buyer: written with its ledger posting, then sent to the provider by a job.
struct RefundRecord
{
    std::string id;
    std::string orderId;
    std::string reasonKey; // unique per order: "cancelled", "ship_by_missed", "late_payment", ...
    std::string reason;    // the provider's reason code
    std::int64_t amountMinor = 0;
    std::string currency;
    std::string status = "requested"; // requested, pending (at the provider), succeeded, failed
    std::string providerRefundId;
    std::int64_t attempts = 0;
    std::int64_t nextAttemptAt = 0;
    std::string lastError;
    std::int64_t createdAt = 0;
};

// A transfer of a seller's released money to their connected account.
struct PayoutRecord
{
    std::string id;
    std::string sellerId;
    std::string currency;
    std::int64_t amountMinor = 0;
    std::string status = "created"; // created, paid, failed
    std::string providerTransferId;
    std::int64_t attempts = 0;
    std::int64_t nextAttemptAt = 0;
    std::string lastError;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

struct PayoutAccount
{
    std::string userId;
    std::string providerAccountId; // the payout identity is in store/payout_identities.h
};

// The SQL of refunds, payouts, payout accounts, provider events and job leases.
class MoneyMovementStore
{
public:
    // Inserts unless the order has a refund with this reason key; returns the refund that is stored.
    static RefundRecord insertRefund(Transaction &tx, const RefundRecord &refund);
    static std::optional<RefundRecord> refund(Database &db, const std::string &id);
    static std::optional<RefundRecord> refundForUpdate(Transaction &tx, const std::string &id);
    static std::optional<RefundRecord> refundByProviderId(Database &db, const std::string &providerRefundId);
    static std::vector<RefundRecord> refundsOfOrder(Database &db, const std::string &orderId);
    static void updateRefund(Transaction &tx, const RefundRecord &refund);
    // Refunds waiting for the provider (requested, or pending without confirmation for a while) whose
    // next attempt is due, each claimed for `claimSeconds` so that one server sends it.
    static std::vector<RefundRecord> claimRefunds(Database &db, std::int64_t now, std::int64_t claimSeconds,
                                                  std::int64_t limit);

    static void insertPayout(Transaction &tx, const PayoutRecord &payout);
    static std::optional<PayoutRecord> payout(Database &db, const std::string &id);
    static std::optional<PayoutRecord> payoutForUpdate(Transaction &tx, const std::string &id);
    static std::optional<PayoutRecord> payoutByTransfer(Database &db, const std::string &transferId);
    static std::vector<PayoutRecord> payoutsOfSeller(Database &db, const std::string &sellerId,
                                                     std::int64_t limit);
    static void updatePayout(Transaction &tx, const PayoutRecord &payout);
    struct PayoutTotals
    {
        std::string currency;
        std::int64_t inTransit = 0; // created, not yet paid
        std::int64_t paidOut = 0;
    };
    static std::vector<PayoutTotals> payoutTotals(Database &db, const std::string &sellerId);
    static std::vector<PayoutRecord> claimPayouts(Database &db, std::int64_t now, std::int64_t claimSeconds,
                                                  std::int64_t limit);

    static PayoutAccount payoutAccount(Database &db, const std::string &userId);
    static void setProviderAccount(Database &db, const std::string &userId, const std::string &accountId);

    // Records a provider event id; false if it was recorded before (the event is a duplicate).
    static bool recordEvent(Transaction &tx, const std::string &eventId, const std::string &provider,
                            const std::string &type, const std::string &objectId, const std::string &orderId,
                            std::int64_t now);

    // Takes the lease of a periodic job if its period has passed since the last run and nobody holds it.
    // True: this process runs the job now (and the period restarts).
    static bool takeJobLease(Database &db, const std::string &job, const std::string &holder,
                             std::int64_t periodSeconds, std::int64_t leaseSeconds, std::int64_t now);
};

} // namespace caravan::store
