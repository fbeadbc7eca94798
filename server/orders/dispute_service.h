#pragma once

#include "orders/order_service.h"
#include "orders/order_settings.h"
#include "orders/order_workflow.h"
#include "store/database.h"
#include "store/disputes.h"
#include "store/users.h"

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caravan::orders {

// Runs inside the transaction of a dispute's change, after it (the API stores its idempotent answer there).
using DisputeInTransaction = std::function<void(store::Transaction &, const store::DisputeRecord &)>;

struct DisputeOpening
{
    std::string orderId;
    std::string reason;
    std::string text;
    std::vector<std::string> photos; // SHA-256 of photos the buyer uploaded
};

// The seller's answer: text, photos and an optional offer {"kind": "partial_refund", "amount_minor": R} or
// {"kind": "return", "return_address": {...}}.
struct DisputeAnswer
{
    std::string text;
    std::vector<std::string> photos;
    nlohmann::json offer = nullptr;
};

// A staff decision (docs/disputes.md, "Staff").
struct DisputeDecision
{
    std::string outcome; // release, refund, split, return
    std::int64_t refundMinor = 0; // split: the refund of the goods in the buyer's currency
    bool buyerFeeRefunded = false;
    std::string note;
};

// The buyer's, the seller's and staff's actions on disputes, and the dispute clocks. Every change locks
// the order (OrderWorkflow::lock), then the dispute, and moves money only through OrderWorkflow in the
// same transaction. Refusals throw OrderError with a stable code.
class DisputeService
{
public:
    DisputeService(store::Database &db, const OrderSettings &settings, const OrderWorkflow &workflow);

    store::DisputeRecord open(const store::User &buyer, const DisputeOpening &opening, std::int64_t now);
    store::DisputeRecord answer(const store::User &seller, const std::string &id, const DisputeAnswer &answer,
                                std::int64_t now);
    // The buyer accepts the seller's offer (a split moves money at once; a return starts `returning`).
    store::DisputeRecord acceptOffer(const store::User &buyer, const std::string &id, std::int64_t now,
                                     const DisputeInTransaction &also);
    store::DisputeRecord escalate(const store::User &party, const std::string &id, const std::string &text,
                                  std::int64_t now);
    // The buyer gives up the dispute: the money is released to the seller.
    store::DisputeRecord withdraw(const store::User &buyer, const std::string &id, std::int64_t now,
                                  const DisputeInTransaction &also);
    store::DisputeRecord addMessage(const store::User &user, const std::string &id, const std::string &text,
                                    const std::vector<std::string> &photos, std::int64_t now);
    store::DisputeRecord returnShipped(const store::User &buyer, const std::string &id, const std::string &carrier,
                                       const std::string &trackingNumber, std::int64_t now);
    // The seller has the returned item: the buyer is refunded in full.
    store::DisputeRecord returnReceived(const store::User &seller, const std::string &id, std::int64_t now,
                                        const DisputeInTransaction &also);

    store::DisputeRecord claim(const store::User &staff, const std::string &id, std::int64_t now);
    // Carries the decision out, or (above disputes.second_approval_minor) keeps it for a second approver.
    store::DisputeRecord decide(const store::User &staff, const std::string &id, const DisputeDecision &decision,
                                std::int64_t now, const DisputeInTransaction &also);
    store::DisputeRecord approve(const store::User &staff, const std::string &id, std::int64_t now,
                                 const DisputeInTransaction &also);
    store::DisputeRecord reject(const store::User &staff, const std::string &id, const std::string &note,
                                std::int64_t now);

    // The dispute if `user` is a party or staff; nothing otherwise (as if it did not exist).
    std::optional<store::DisputeRecord> visibleTo(const store::User &user, const std::string &id);

    struct Report
    {
        int escalated = 0; // the seller did not answer
        int released = 0;  // the buyer did not act, or sent no return
        int refunded = 0;  // the return came without the seller confirming it
        int skipped = 0;   // held by another server or no longer due
        int failed = 0;
    };
    // One pass of the dispute clocks; each due dispute in a transaction of its own.
    Report runDue(std::int64_t now);

    const DisputeSettings &settings() const { return m_settings.disputes; }

private:
    using Change = std::function<void(store::Transaction &, store::OrderRecord &, store::DisputeRecord &)>;
    store::DisputeRecord change(const std::string &id, std::int64_t now, const Change &fn,
                                const DisputeInTransaction &also = {}, bool fromTimer = false);
    void settle(store::Transaction &tx, store::OrderRecord &order, store::DisputeRecord &d,
                const DisputeDecision &decision, const Cause &cause) const;
    void checkPhotos(store::Transaction &tx, const std::vector<std::string> &photos, const std::string &userId) const;
    void timerStep(store::Transaction &tx, store::OrderRecord &order, store::DisputeRecord &d, std::int64_t now,
                   Report &report) const;

    store::Database &m_db;
    const OrderSettings &m_settings;
    const OrderWorkflow &m_workflow;
};

// The decision's money as both parties see it (docs/disputes.md), for the API and the pages.
nlohmann::json disputeJson(const store::DisputeRecord &d);
nlohmann::json disputeEventJson(const store::DisputeEvent &e);

} // namespace caravan::orders
