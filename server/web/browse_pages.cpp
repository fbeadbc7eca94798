#include "store/photo_files.h"
#include "web/format.h"
#include "web/marketplace.h"
#include "web/pages.h"

#include <fstream>
#include <sstream>

namespace caravan::web {

namespace {

http::Response staticFile(WebContext &ctx, http::Request &req)
{
    const auto name = req.param("file");
    static const std::map<std::string, std::string> types = {{".css", "text/css; charset=utf-8"},
                                                             {".svg", "image/svg+xml"},
                                                             {".png", "image/png"},
                                                             {".ico", "image/x-icon"},
                                                             {".js", "text/javascript; charset=utf-8"}};
    bool safe = !name.empty() && name.front() != '.';
    for (char c : name)
        safe = safe && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.');
    const auto ext = std::filesystem::path(name).extension().string();
    if (!safe || !types.count(ext))
        return errorPage(ctx, req, 404);
    std::ifstream in(ctx.staticDir / name, std::ios::binary);
    if (!in)
        return errorPage(ctx, req, 404);
    std::ostringstream buf;
    buf << in.rdbuf();
    http::Response r;
    r.contentType = types.at(ext);
    r.body = buf.str();
    r.setHeader("Cache-Control", "public, max-age=3600");
    return r;
}

} // namespace

void addBrowseRoutes(http::Router &router, WebContext &ctx)
{
    using http::RouteKind;
    router.add("GET", "/", RouteKind::Web, false, [&ctx](http::Request &r) { return searchPage(ctx, r); });
    router.add("GET", "/static/{file}", RouteKind::Public, false,
               [&ctx](http::Request &r) { return staticFile(ctx, r); });
    // Browsers ask for /favicon.ico whatever the page says: answer with the same icon.
    router.add("GET", "/favicon.ico", RouteKind::Public, false, [&ctx](http::Request &r) {
        r.params["file"] = "favicon.svg";
        return staticFile(ctx, r);
    });
}

} // namespace caravan::web
