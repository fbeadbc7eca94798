#pragma once

#include "escrow/order_state.h"
#include "escrow/policy.h"
#include "escrow/postings.h"
#include "store/database.h"
#include "store/orders.h"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace caravan::orders {

// The machine does not allow this move from the order's current state.
class InvalidTransition : public std::runtime_error
{
public:
    InvalidTransition(const std::string &fromState, const std::string &toState)
        : std::runtime_error("an order cannot go from " + fromState + " to " + toState)
        , from(fromState)
        , to(toState)
    {}
    std::string from;
    std::string to;
};

// Who did it, why, and when: goes into the order's history.
struct Cause
{
    escrow::Cause cause = escrow::Cause::System;
    std::string actorId; // the user, when a person did it
    std::int64_t now = 0;
    nlohmann::json detail = nlohmann::json::object();
};

// The transitions of docs/escrow.md ("States") with all they imply, inside the caller's transaction:
// deadlines and the due time, the ledger posting, units given back, the listing's sold quantity, the
// history line and the order's record in the seller's sync feed. Every writer of an order goes through
// here, so no path forgets one of them.
class OrderWorkflow
{
public:
    explicit OrderWorkflow(const escrow::EscrowPolicy &policy)
        : m_policy(policy)
    {}

    // Locks an order for a change, in the one order every writer uses: the seller's sync lock first,
    // then the order's row. Nothing when the order does not exist (or, with skipLocked on PostgreSQL,
    // another server holds it).
    static std::optional<store::OrderRecord> lock(store::Transaction &tx, const std::string &orderId,
                                                  bool skipLocked = false);

    // A new order: its row, the reservation is the caller's; writes the "created" history line and the
    // seller's feed record.
    void created(store::Transaction &tx, const store::OrderRecord &order, const Cause &cause) const;

    // Moves the order. `event` names the history line ("paid", "shipped", "ship_by_missed", ...).
    // Refunds made by this move use `refundReasonKey` (unique per order) and the provider reason.
    // Throws InvalidTransition; throws std::runtime_error if the order changed under us (lock first).
    void transition(store::Transaction &tx, store::OrderRecord &order, escrow::OrderState to,
                    const std::string &event, const Cause &cause, const std::string &refundReasonKey = {},
                    const std::string &refundReason = "requested_by_customer") const;

    // A dispute's split (docs/disputes.md): refunds the buyer `refundGoods` (buyer's currency) plus the
    // buyer fee when given back, releases the rest to the seller and ends the order `released`.
    // Throws InvalidTransition, escrow::LedgerError for an amount out of range.
    void releaseSplit(store::Transaction &tx, store::OrderRecord &order, const money::Money &refundGoods,
                      bool buyerFeeRefunded, const Cause &cause) const;

    // A payment that reached an order which can no longer take it (cancelled): record the money in
    // escrow, then give it back in full. Ends in `refunded`.
    void fundAndRefundLate(store::Transaction &tx, store::OrderRecord &order, const Cause &cause) const;

    // A fact without a state change (declined card, customs hold, tracking update): a history line,
    // and the order's own fields as the caller changed them (saved with a new version).
    void note(store::Transaction &tx, store::OrderRecord &order, const std::string &event,
              const Cause &cause) const;

    static escrow::OrderMoney money(const store::OrderRecord &order);
    static escrow::OrderState state(const store::OrderRecord &order);

private:
    void save(store::Transaction &tx, store::OrderRecord &order, const std::string &fromState,
              const std::string &event, const Cause &cause) const;
    void postRefund(store::Transaction &tx, const store::OrderRecord &order, const std::string &reasonKey,
                    const std::string &reason, std::int64_t now) const;
    void adjustSold(store::Transaction &tx, const store::OrderRecord &order, std::int64_t delta) const;
    void publish(store::Transaction &tx, const store::OrderRecord &order) const;

    const escrow::EscrowPolicy &m_policy;
};

} // namespace caravan::orders
