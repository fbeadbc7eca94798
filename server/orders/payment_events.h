#pragma once

#include "orders/order_workflow.h"
#include "store/database.h"

#include <string>

namespace caravan::payments {
struct PaymentEvent;
struct TrackingUpdate;
} // namespace caravan::payments

namespace caravan::orders {

// What the provider and the carrier report, applied once each (docs/escrow.md, "Webhooks"). An event id
// is recorded in the transaction of its effect, so a redelivered event changes nothing; every handler
// looks at the order's current state, so events may come in any order.
class PaymentEvents
{
public:
    enum class Result { Applied, Duplicate, Ignored };

    PaymentEvents(store::Database &db, const OrderWorkflow &workflow)
        : m_db(db)
        , m_workflow(workflow)
    {}

    Result handle(const payments::PaymentEvent &event, std::int64_t now);
    Result handleTracking(const payments::TrackingUpdate &update, std::int64_t now);

    // The money for an order arrived (an event, or reconciliation found the session paid).
    // `eventId` makes it happen once.
    Result paymentSucceeded(const std::string &eventId, const std::string &type, const std::string &orderId,
                            const std::string &paymentIntentId, std::int64_t amountMinor,
                            const std::string &currency, std::int64_t now);
    // A refund or a transfer the provider confirms (from an event or from the job's own call).
    static void settleRefund(store::Transaction &tx, const std::string &refundId,
                             const std::string &providerRefundId, std::int64_t now);
    static void settlePayout(store::Transaction &tx, const std::string &payoutId,
                             const std::string &transferId, std::int64_t now);

private:
    Result paymentFailed(const payments::PaymentEvent &event, std::int64_t now);
    Result sessionExpired(const payments::PaymentEvent &event, std::int64_t now);
    Result refundUpdated(const payments::PaymentEvent &event, std::int64_t now);
    Result transferCreated(const payments::PaymentEvent &event, std::int64_t now);
    Result recordOnly(const payments::PaymentEvent &event, std::int64_t now);
    std::string orderOf(const payments::PaymentEvent &event);

    store::Database &m_db;
    const OrderWorkflow &m_workflow;
};

} // namespace caravan::orders
