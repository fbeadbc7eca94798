#pragma once

#include "http/router.h"

#include <functional>

namespace caravan::orders {
class EscrowServices;
}

namespace caravan::api {

// The parties' dispute API and the staff's arbitration API (docs/disputes.md, docs/http-api.md "Disputes").
struct DisputeApiContext
{
    orders::EscrowServices &escrow;
    std::function<void()> moneyMoved; // a refund was written: send it soon
};

void addDisputeRoutes(http::Router &router, DisputeApiContext &ctx);

} // namespace caravan::api
