#pragma once

#include "http/response.h"

namespace caravan::http {

inline constexpr const char *kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
    "form-action 'self'; base-uri 'none'";

// Adds the headers every response carries (CSP without inline script, nosniff, no framing, referrer).
// HSTS only when the request came over TLS.
void applySecurityHeaders(Response &response, bool secure);

} // namespace caravan::http
