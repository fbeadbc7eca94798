#pragma once

// Payout identities in tests (docs/escrow.md, "Payout identity"): a submission as the seller app sends it,
// and a seller verified the way it happens for real (submitted over the API, approved by an operator).
#include "support/escrow_world.h"

#include <nlohmann/json.hpp>
#include <string>

namespace caravan::test {

std::string base64(const std::string &bytes);
// A small, complete PDF, padded with a comment to about `size` bytes.
std::string samplePdf(std::size_t size = 2000);
// The body of PUT /api/v1/payouts/identity with `document`.
nlohmann::json identitySubmission(const std::string &document, const std::string &legalName = "Hana Sato");
// Submits `seller`'s identity over the API and approves it as caravan-cli identity approve does.
void verifySeller(EscrowWorld &w, const Account &seller);

} // namespace caravan::test
