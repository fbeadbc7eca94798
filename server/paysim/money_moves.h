#pragma once

#include "paysim/context.h"

#include <string>

// Refunds, connected accounts and transfers as Stripe does them. Every function expects
// SandboxState::Lock held and throws ApiError in Stripe's terms.
namespace caravan::paysim {

// POST /v1/refunds: payment_intent (or charge), amount (default: what is left), reason, metadata.
// With --refund-delay-ms the refund is pending and succeeds later (settleDueRefunds).
json createRefund(SandboxContext &ctx, const json &params);
json &refund(SandboxState &state, const std::string &id);
void settleDueRefunds(SandboxState &state, std::int64_t nowMs);

// POST /v1/accounts: type, country, email, metadata. The sandbox's accounts can take transfers at once.
json createAccount(SandboxContext &ctx, const json &params);
json &account(SandboxState &state, const std::string &id);

// POST /v1/transfers: amount, currency, destination, transfer_group, metadata.
json createTransfer(SandboxContext &ctx, const json &params);
json &transfer(SandboxState &state, const std::string &id);

json &paymentIntent(SandboxState &state, const std::string &id);

} // namespace caravan::paysim
