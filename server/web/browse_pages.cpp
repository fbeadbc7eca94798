#include "store/photo_files.h"
#include "web/format.h"
#include "web/pages.h"

#include <fstream>
#include <sstream>

namespace caravan::web {

namespace {

std::string photoUrl(const std::string &sha)
{
    return "/photos/" + sha + ".jpg";
}

nlohmann::json listingCard(const WebContext &ctx, const std::string &lang, const store::ListingView &v)
{
    const auto &l = v.listing;
    nlohmann::json card{{"id", l.id},
                        {"url", "/listings/" + l.id},
                        {"title", l.title},
                        {"price", formatMoney(l.priceMinor, l.currency)},
                        {"ships_from", ctx.countries.name(lang, l.shipsFrom)},
                        {"seller_country", ctx.countries.name(lang, v.sellerCountry)},
                        {"seller_name", v.sellerName}};
    if (!l.photos.empty())
        card["cover"] = photoUrl(l.photos.front());
    return card;
}

std::string trimmed(std::string s, std::size_t maxBytes)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    s = s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
    if (s.size() > maxBytes) {
        s.resize(maxBytes);
        while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80)
            s.pop_back();
        if (!s.empty() && (static_cast<unsigned char>(s.back()) & 0x80))
            s.pop_back();
    }
    return s;
}

http::Response home(WebContext &ctx, http::Request &req)
{
    const auto q = trimmed(req.queryValue("q"), 100);
    nlohmann::json cards = nlohmann::json::array();
    for (const auto &v : ctx.listings.searchPublic(q, 60, 0))
        cards.push_back(listingCard(ctx, req.lang, v));
    nlohmann::json data{{"page_title", ctx.text(req, q.empty() ? "home_title" : "search_title")},
                        {"q", q},
                        {"searching", !q.empty()},
                        {"listings", cards},
                        {"has_listings", !cards.empty()}};
    return renderPage(ctx, req, "home", std::move(data));
}

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
    router.add("GET", "/", RouteKind::Web, false, [&ctx](http::Request &r) { return home(ctx, r); });
    router.add("GET", "/static/{file}", RouteKind::Public, false,
               [&ctx](http::Request &r) { return staticFile(ctx, r); });
    // Browsers ask for /favicon.ico whatever the page says: answer with the same icon.
    router.add("GET", "/favicon.ico", RouteKind::Public, false, [&ctx](http::Request &r) {
        r.params["file"] = "favicon.svg";
        return staticFile(ctx, r);
    });
}

} // namespace caravan::web
