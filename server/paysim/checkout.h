#pragma once

#include "paysim/context.h"

#include <string>

// Checkout Sessions and the payments made through them: what Stripe does when a session is created,
// paid with a test card, challenged by 3-D Secure, expired by hand or by its clock. The hosted page and
// the control API both pay through payCheckoutSession. Every function expects SandboxState::Lock held.
namespace caravan::paysim {

struct CardInput
{
    std::string number; // spaces and dashes allowed
    std::string expiry; // "MM/YY", "MM / YY", "MM/YYYY"
    std::string cvc;
    std::string name;
};

enum class PayOutcome {
    Succeeded,      // the session is complete and paid
    Declined,       // payment_intent.payment_failed was sent; another card may be tried
    RequiresAction, // a 3-D Secure challenge waits at /pay/{id}/authenticate
    InvalidCard,    // the form was incomplete or wrong; nothing was attempted
    NotOpen,        // the session is complete or expired
    NoChallenge     // authenticate without a challenge waiting
};

struct PayResult
{
    PayOutcome outcome = PayOutcome::InvalidCard;
    std::string code;    // card_declined, payment_intent_authentication_failure, incorrect_number, ...
    std::string message; // for the buyer
};

// POST /v1/checkout/sessions (parameters already decoded). Throws ApiError.
json createCheckoutSession(SandboxContext &ctx, const json &params);
// The session, or ApiError 404.
json &checkoutSession(SandboxState &state, const std::string &id);
// POST /v1/checkout/sessions/{id}/expire: ApiError 400 unless the session is open.
json expireCheckoutSession(SandboxState &state, const std::string &id);

PayResult payCheckoutSession(SandboxState &state, const std::string &id, const CardInput &card);
PayResult authenticateCheckoutSession(SandboxState &state, const std::string &id, bool complete);

// Expires the open sessions whose expires_at has passed (the sandbox's clock calls it).
void expireDueSessions(SandboxState &state, std::int64_t now);

// success_url with {CHECKOUT_SESSION_ID} replaced by the session's id.
std::string successRedirect(const json &session);
// The line item names and the merchant-facing description kept beside the session.
std::string sessionDescription(const SandboxState &state, const std::string &id);

} // namespace caravan::paysim
