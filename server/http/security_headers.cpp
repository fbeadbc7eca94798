#include "http/security_headers.h"

namespace caravan::http {

void applySecurityHeaders(Response &response, bool secure)
{
    response.setHeader("Content-Security-Policy", kContentSecurityPolicy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (secure)
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
    if (response.header("Cache-Control").empty())
        response.setHeader("Cache-Control", "no-store");
}

} // namespace caravan::http
