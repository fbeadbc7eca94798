#pragma once

#include "http/request.h"
#include "http/response.h"

#include <string>

namespace caravan::http {

// CSRF protection for browser forms.
// - Signed-in: the synchroniser token stored with the web session.
// - Anonymous (register, sign in): a signed double-submit cookie. The token is nonce.HMAC(secret, nonce);
//   the same value goes in the cookie and the form, and the server checks both match and the HMAC.
class Csrf
{
public:
    static constexpr const char *kCookie = "caravan_csrf";
    static constexpr const char *kField = "csrf_token";

    explicit Csrf(std::string secret)
        : m_secret(std::move(secret))
    {}

    // The token to put in a form rendered for this request; sets the anonymous cookie on `response`
    // when the request has no valid one yet.
    std::string tokenFor(const Request &request, Response &response, bool secureCookie) const;
    // Whether a state-changing form post carries a valid token.
    bool verify(const Request &request) const;

private:
    std::string sign(const std::string &nonce) const;
    bool validAnonymous(const std::string &token) const;
    std::string m_secret;
};

} // namespace caravan::http
