#include "web/pages.h"

#include "store/messages.h"
#include "web/local_url.h"

namespace caravan::web {

http::Response renderPage(const WebContext &ctx, const http::Request &request, const std::string &page,
                          nlohmann::json data, int status)
{
    http::Response response;
    response.status = status;
    data["csrf_token"] = ctx.csrf.tokenFor(request, response, ctx.secure(request));
    if (request.user) {
        data["signed_in"] = true;
        data["me"] = {{"display_name", request.user->displayName}, {"email", request.user->email}};
        // One indexed count per page for the header's "Messages (n)".
        const auto unread = store::MessageStore(ctx.listings.database()).unreadCount(request.user->id);
        data["unread_messages"] = unread > 0 ? std::to_string(unread) : std::string();
    }
    data["path"] = pathForLinks(request.path); // re-encoded: the decoded path may hold tabs, "\" or "//"
    // The language links keep the rest of the query (an active search, a page number).
    std::string keep;
    for (const auto &[name, value] : request.query)
        if (name != "lang")
            keep += http::urlEncode(name) + "=" + http::urlEncode(value) + "&";
    data["lang_query"] = keep;
    const auto queryLang = request.queryValue("lang");
    if (!queryLang.empty() && ctx.renderer.catalog().normalise(queryLang) == request.lang)
        response.addCookie(
            http::cookie(kLangCookie, request.lang, 365L * 24 * 3600, true, ctx.secure(request))); // no script reads it
    response.body = ctx.renderer.render(page, std::move(data), request.lang);
    return response;
}

nlohmann::json countryOptions(const WebContext &ctx, const std::string &lang, const std::string &selected)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto &c : ctx.countries.sorted(lang))
        out.push_back({{"code", c.code}, {"name", c.name}, {"selected", c.code == selected}});
    return out;
}

http::Response errorPage(const WebContext &ctx, const http::Request &request, int status)
{
    std::string key = "error_generic";
    switch (status) {
    case 400:
        key = "error_bad_request";
        break;
    case 403:
        key = "error_forbidden";
        break;
    case 404:
        key = "error_not_found";
        break;
    case 405:
        key = "error_method";
        break;
    case 413:
        key = "error_too_large";
        break;
    default:
        break;
    }
    nlohmann::json data{{"status", std::to_string(status)},
                        {"message", ctx.text(request, key)},
                        {"page_title", ctx.text(request, "error_title")}};
    return renderPage(ctx, request, "error", std::move(data), status);
}

} // namespace caravan::web
