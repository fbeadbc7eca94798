#include "orders/dispute_service.h"

#include "escrow/dispute.h"
#include "runtime/log.h"

namespace caravan::orders {

using escrow::DisputeStatus;
using store::DisputeRecord;

namespace {

constexpr std::int64_t kDay = 24 * 3600;

} // namespace

void DisputeService::timerStep(store::Transaction &tx, store::OrderRecord &order, DisputeRecord &d, std::int64_t now,
                               Report &report) const
{
    const Cause cause{escrow::Cause::Timer, {}, now, {{"dispute_id", d.id}}};
    const auto note = [&](const std::string &kind) {
        store::DisputeStore::appendEvent(tx, {0, d.id, now, "timer", "", kind, {}, {}, nlohmann::json::object()});
    };
    const auto status = escrow::parseDisputeStatus(d.status);
    switch (status.value_or(DisputeStatus::Resolved)) {
    case DisputeStatus::AwaitingSeller: // the seller did not answer: staff decide
        d.status = std::string(escrow::toString(DisputeStatus::Escalated));
        d.escalatedAt = now;
        d.deadlineAt = now + m_settings.disputes.staffTargetDays * kDay;
        d.dueAt = 0;
        note("seller_silent_escalated");
        ++report.escalated;
        return;
    case DisputeStatus::AwaitingBuyer: // the buyer let the answer stand: closed in the seller's favour
        note("buyer_silent_closed");
        settle(tx, order, d, {"release", 0, false, {}}, cause);
        ++report.released;
        return;
    case DisputeStatus::Returning:
        if (d.returnTracking.empty()) { // no return was sent
            note("return_not_sent");
            settle(tx, order, d, {"release", 0, false, {}}, cause);
            ++report.released;
        } else { // the return was sent and the seller did not confirm it in time
            note("return_refund_due");
            settle(tx, order, d, {"refund", 0, false, {}}, cause);
            ++report.refunded;
        }
        return;
    default:
        d.dueAt = 0; // nothing runs on a clock in this status
        ++report.skipped;
        return;
    }
}

DisputeService::Report DisputeService::runDue(std::int64_t now)
{
    Report report;
    for (const auto &id : store::DisputeStore::due(m_db, now, 500)) {
        try {
            bool acted = false;
            change(
                id, now,
                [&](store::Transaction &tx, store::OrderRecord &order, DisputeRecord &d) {
                    if (d.dueAt == 0 || d.dueAt > now)
                        return; // another server or a request got there first
                    acted = true;
                    timerStep(tx, order, d, now, report);
                },
                {}, true);
            if (!acted)
                ++report.skipped;
        } catch (const OrderError &e) {
            ++report.skipped; // the order is locked by another server (busy) or gone
        } catch (const std::exception &e) {
            ++report.failed;
            server::logEvent(server::LogLevel::Error, "dispute_timer_failed", {{"dispute", id}, {"error", e.what()}});
        }
    }
    return report;
}

} // namespace caravan::orders
