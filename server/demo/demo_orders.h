#pragma once

#include <cstdint>
#include <string>

namespace caravan::orders {
class EscrowServices;
}
namespace caravan::store {
class UserRepository;
class ListingRepository;
} // namespace caravan::store

namespace caravan::demo {

struct DemoOrdersReport
{
    int created = 0;
    std::string skipped; // why nothing was made ("" when orders were made)
};

// Demo orders in every state (docs/operations.md, "Demo data"), made the way real ones are: priced by
// the order service, paid with the sandbox's test card through the provider's API, moved on by the same
// workflow, with times set back so the clocks read naturally. Needs the sandbox (caravan-paysim) as the
// payment provider; does nothing if any order exists already (idempotent) or payments are not configured.
DemoOrdersReport seedDemoOrders(orders::EscrowServices &escrow, store::UserRepository &users,
                                store::ListingRepository &listings, std::int64_t now);

} // namespace caravan::demo
