#pragma once

#include "http/router.h"
#include "paysim/context.h"

#include <cstdint>
#include <string>

// The pages a buyer sees: the hosted payment page of a Checkout Session (/pay/{id}), its 3-D Secure
// step (/pay/{id}/authenticate), a tracker's public page (/track/{id}) and the sandbox's front page.
// Plain HTML forms, no script; every page carries the SANDBOX banner and escapes everything it shows.
namespace caravan::paysim {

void addHostedPages(http::Router &router, SandboxContext &ctx);

// A complete page: the SANDBOX banner, `title`, then `bodyHtml` (already escaped by the caller).
http::Response sandboxPage(int status, const std::string &title, const std::string &bodyHtml);
std::string htmlEscape(const std::string &text);
// "12.50 EUR", "1200 JPY": the amount in the currency's minor units (ISO 4217 table of the project).
std::string formatAmount(std::int64_t minor, const std::string &currency);

} // namespace caravan::paysim
