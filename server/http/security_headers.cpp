#include "http/security_headers.h"

namespace caravan::http {

std::string contentSecurityPolicy(const std::string &paymentPageOrigin)
{
    std::string csp = kContentSecurityPolicy;
    if (paymentPageOrigin.empty())
        return csp;
    const std::string directive = "form-action 'self'";
    csp.insert(csp.find(directive) + directive.size(), " " + paymentPageOrigin);
    return csp;
}

void applySecurityHeaders(Response &response, bool secure, const std::string &csp)
{
    response.setHeader("Content-Security-Policy", csp);
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
