#pragma once

#include "http/response.h"

#include <string>

namespace caravan::http {

inline constexpr const char *kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
    "form-action 'self'; base-uri 'none'; object-src 'none'";

// The policy with one more origin forms may be sent to: the payment provider's hosted payment page,
// which the checkout and "pay now" forms reach through a 303 (browsers apply form-action to the
// redirect too). "" gives kContentSecurityPolicy.
std::string contentSecurityPolicy(const std::string &paymentPageOrigin);

// Adds the headers every response carries (CSP without inline script, nosniff, no framing, referrer).
// HSTS only when the request came over TLS.
void applySecurityHeaders(Response &response, bool secure, const std::string &csp = kContentSecurityPolicy);

} // namespace caravan::http
