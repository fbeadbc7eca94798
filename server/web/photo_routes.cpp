// The public photo route: /photos/<sha256>.jpg. It serves only photos that a public listing shows
// (docs/photos.md, "Who sees a photo"); the signed-in owner of a photo also gets it here (privately
// cached), so a seller previewing a draft sees its pictures, and so do the two parties of a dispute for
// the photos and packing evidence in it. Staff see other photos only through the staff API
// (/api/v1/staff/photos/{sha256}: a token with the second factor, each view audited), never through a web
// session. Everything else answers exactly as an unknown photo does.
#include "store/photo_access.h"
#include "store/photo_files.h"
#include "web/pages.h"

namespace caravan::web {

namespace {

// How long a browser or a shared cache may keep a public photo without asking again. Short, so a photo
// whose listing is removed stops being served from caches soon (a CDN in front is purged on removal,
// see docs/photos.md); revalidation is cheap, the ETag is the photo's hash.
constexpr const char *kPublicCache = "public, max-age=300";
constexpr const char *kPrivateCache = "private, no-cache";

http::Response photo(WebContext &ctx, http::Request &req)
{
    const auto file = req.param("file");
    const auto sha = file.size() == 68 && file.substr(64) == ".jpg" ? file.substr(0, 64) : std::string();
    if (!store::PhotoFiles::isSha256Hex(sha))
        return errorPage(ctx, req, 404);
    store::PhotoAccess access(ctx.listings.database());
    const char *cache = nullptr;
    if (access.isPublic(sha))
        cache = kPublicCache;
    else if (req.user && (access.ownedBy(sha, req.user->id) || access.inDisputeOf(sha, req.user->id)))
        cache = kPrivateCache;
    if (!cache)
        return errorPage(ctx, req, 404);

    http::Response r;
    r.setHeader("Cache-Control", cache);
    r.setHeader("ETag", "\"" + sha + "\"");
    if (req.header("if-none-match") == "\"" + sha + "\"" && ctx.photos.contains(sha)) {
        r.status = 304;
        r.contentType = "image/jpeg";
        return r;
    }
    auto bytes = ctx.photos.read(sha);
    if (!bytes)
        return errorPage(ctx, req, 404);
    r.contentType = "image/jpeg";
    r.body = std::move(*bytes);
    return r;
}

} // namespace

void addPhotoRoutes(http::Router &router, WebContext &ctx)
{
    // A web route, so a signed-in owner is recognised; a GET needs no CSRF token.
    router.add("GET", "/photos/{file}", http::RouteKind::Web, false,
               [&ctx](http::Request &r) { return photo(ctx, r); });
}

} // namespace caravan::web
