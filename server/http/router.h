#pragma once

#include "http/request.h"
#include "http/response.h"

#include <functional>
#include <string>
#include <vector>

namespace caravan::http {

using Handler = std::function<Response(Request &)>;

// Who may call a route, and how the caller is recognised.
enum class RouteKind {
    Public, // no caller needed (static files, photos, health)
    Web,    // browser pages: session cookie if any; every POST needs a valid CSRF token
    Api     // desktop API: JSON errors; Bearer token where the route asks for it
};

struct Route
{
    std::string method;
    std::vector<std::string> segments; // "{name}" captures one segment
    Handler handler;
    RouteKind kind = RouteKind::Public;
    bool requiresUser = false; // Web: redirect to sign-in; Api: 401
    std::string role;          // when set, the caller must hold this role (403 forbidden otherwise);
                               // "staff" also needs an API token issued after the second factor
};

struct RouteMatch
{
    const Route *route = nullptr;
    bool pathMatched = false; // true with route == nullptr: the path exists, not with this method
    std::string allowed;      // Allow header for 405
};

class Router
{
public:
    void add(const std::string &method, const std::string &pattern, RouteKind kind, bool requiresUser,
             Handler handler);
    // A route only callers holding `role` reach ("seller", "staff"); implies requiresUser.
    void addForRole(const std::string &method, const std::string &pattern, RouteKind kind,
                    const std::string &role, Handler handler);
    RouteMatch match(const std::string &method, const std::string &path,
                     std::map<std::string, std::string> &params) const;
    const std::vector<Route> &routes() const { return m_routes; }

private:
    std::vector<Route> m_routes;
};

std::vector<std::string> splitPath(const std::string &path);

} // namespace caravan::http
