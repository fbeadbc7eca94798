#include "http/router.h"

namespace caravan::http {

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < path.size()) {
        auto end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        if (end > start)
            out.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

void Router::add(const std::string &method, const std::string &pattern, RouteKind kind, bool requiresUser,
                 Handler handler)
{
    m_routes.push_back({method, splitPath(pattern), std::move(handler), kind, requiresUser, {}});
}

void Router::addForRole(const std::string &method, const std::string &pattern, RouteKind kind,
                        const std::string &role, Handler handler)
{
    m_routes.push_back({method, splitPath(pattern), std::move(handler), kind, true, role});
}

RouteMatch Router::match(const std::string &method, const std::string &path,
                         std::map<std::string, std::string> &params) const
{
    RouteMatch result;
    const auto parts = splitPath(path);
    for (const auto &route : m_routes) {
        if (route.segments.size() != parts.size())
            continue;
        std::map<std::string, std::string> captured;
        bool ok = true;
        for (std::size_t i = 0; i < parts.size() && ok; ++i) {
            const auto &seg = route.segments[i];
            if (seg.size() > 2 && seg.front() == '{' && seg.back() == '}')
                captured[seg.substr(1, seg.size() - 2)] = parts[i];
            else
                ok = seg == parts[i];
        }
        if (!ok)
            continue;
        result.pathMatched = true;
        result.allowed += (result.allowed.empty() ? "" : ", ") + route.method;
        if (route.method == method && !result.route) {
            result.route = &route;
            params = std::move(captured);
        }
    }
    return result;
}

} // namespace caravan::http
