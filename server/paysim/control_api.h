#pragma once

#include "http/router.h"
#include "paysim/context.h"

// The sandbox-only control API under /sandbox (no real provider has it; docs/payments.md): what was
// sent and how its delivery went, waiting for the webhook queue to drain, paying a session without the
// HTML form, and moving a tracker along. Bodies are JSON or form-encoded.
namespace caravan::paysim {

void addControlRoutes(http::Router &router, SandboxContext &ctx);

} // namespace caravan::paysim
