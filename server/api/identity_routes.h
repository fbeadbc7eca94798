#pragma once

#include "http/router.h"

#include <cstddef>
#include <string>

namespace caravan::orders {
class PayoutIdentityService;
}
namespace caravan::store {
class UserRepository;
}

namespace caravan::api {

// A seller's payout identity and its review by staff (docs/http-api.md, "Payout identity").
struct IdentityApiContext
{
    orders::PayoutIdentityService &identities;
    store::UserRepository &users;
    bool required; // payouts.require_identity
};

inline constexpr const char *kIdentityPath = "/api/v1/payouts/identity";

// The body limit of PUT /api/v1/payouts/identity: the largest document in base64 and room for the fields.
std::size_t identityBodyLimit(std::int64_t maxDocumentBytes);

void addIdentityRoutes(http::Router &router, IdentityApiContext &ctx);

} // namespace caravan::api
