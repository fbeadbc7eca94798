#include "http/csrf.h"

#include "accounts/crypto.h"

namespace caravan::http {

using accounts::constantTimeEquals;

std::string Csrf::sign(const std::string &nonce) const
{
    return nonce + "." + accounts::hmacSha256Hex(m_secret, "csrf-anonymous:" + nonce);
}

bool Csrf::validAnonymous(const std::string &token) const
{
    const auto dot = token.find('.');
    if (dot == std::string::npos || dot == 0 || token.size() > 200)
        return false;
    return constantTimeEquals(sign(token.substr(0, dot)), token);
}

std::string Csrf::tokenFor(const Request &request, Response &response, bool secureCookie) const
{
    if (request.webSession)
        return request.webSession->csrfToken;
    const auto existing = request.cookieValue(kCookie);
    if (validAnonymous(existing))
        return existing;
    const auto token = sign(accounts::randomToken(18));
    response.addCookie(cookie(kCookie, token, -1, true, secureCookie));
    return token;
}

bool Csrf::verify(const Request &request) const
{
    const auto submitted = request.formValue(kField);
    if (submitted.empty())
        return false;
    if (request.webSession && constantTimeEquals(request.webSession->csrfToken, submitted))
        return true;
    const auto cookieToken = request.cookieValue(kCookie);
    return validAnonymous(cookieToken) && constantTimeEquals(cookieToken, submitted);
}

} // namespace caravan::http
