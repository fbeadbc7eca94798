#pragma once

#include "orders/order_workflow.h"
#include "store/database.h"

#include <cstdint>
#include <string>

namespace caravan::payments {
class PaymentProvider;
}

namespace caravan::orders {

class OrderService;
class PaymentEvents;

// One pass of the order clocks (docs/escrow.md, "Timers"): every order whose deadline has passed is
// moved on, each in a transaction of its own that locks the order and checks again that it is still
// due, so several servers, a retried pass or a pass after downtime never do anything twice.
class OrderTimers
{
public:
    struct Report
    {
        int expired = 0;   // awaiting payment -> cancelled
        int paidLate = 0;  // found paid at the provider when the window closed
        int refunded = 0;  // ship-by missed
        int delivered = 0; // delivery assumed
        int released = 0;  // inspection over
        int trackers = 0;  // tracking numbers registered on a retry
        int skipped = 0;   // held by another server, or no longer due
        int failed = 0;    // an error (logged); tried again on the next pass
    };

    OrderTimers(store::Database &db, OrderService &service, PaymentEvents &events,
                payments::PaymentProvider *provider);
    Report runOnce(std::int64_t now);

private:
    void handle(const std::string &orderId, std::int64_t now, Report &report);
    bool reconcilePayment(const store::OrderRecord &order, std::int64_t now, Report &report);

    store::Database &m_db;
    OrderService &m_service;
    PaymentEvents &m_events;
    payments::PaymentProvider *m_provider;
};

} // namespace caravan::orders
