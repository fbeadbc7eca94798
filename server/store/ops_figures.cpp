#include "store/ops_figures.h"

#include "store/database.h"

#include <algorithm>
#include <cstring>

namespace caravan::store {

const std::vector<const char *> &openOrderStates()
{
    static const std::vector<const char *> states = {"awaiting_payment", "paid", "shipped", "delivered",
                                                     "disputed"};
    return states;
}

OpsFigures readOpsFigures(Database &db, std::int64_t now)
{
    OpsFigures f;
    ReadSnapshot snapshot(db);
    // Through the index orders_state: only the open states' entries are read (docs/operations.md, "Metrics").
    const auto counts = snapshot.query("SELECT state, COUNT(*) FROM orders WHERE state IN "
                                       "('awaiting_payment', 'paid', 'shipped', 'delivered', 'disputed') "
                                       "GROUP BY state");
    for (const char *state : openOrderStates()) {
        std::int64_t n = 0;
        for (const auto &row : counts)
            if (row.text(0) == state)
                n = row.integer(1);
        f.openOrders.emplace_back(state, n);
    }
    // orders_due: the first due_at of the index.
    const auto due = snapshot.query("SELECT MIN(due_at) FROM orders WHERE due_at IS NOT NULL AND due_at <= ?", {now});
    if (!due.empty() && !due.front().isNull(0))
        f.oldestDueTimerAgeSeconds = std::max<std::int64_t>(0, now - due.front().integer(0));
    const auto mail = snapshot.query("SELECT COUNT(*), MIN(created_at) FROM mail_outbox");
    if (!mail.empty()) {
        f.mailBacklog = mail.front().integer(0);
        if (!mail.front().isNull(1))
            f.oldestMailAgeSeconds = std::max<std::int64_t>(0, now - mail.front().integer(1));
    }
    return f;
}

} // namespace caravan::store
