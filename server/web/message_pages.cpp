// Messages between buyer and seller: a question from the listing page, the talk about an order, the
// list of threads with unread counts (docs/marketplace.md, "Messages").
#include "accounts/crypto.h"
#include "accounts/password.h"
#include "orders/escrow_services.h"
#include "orders/order_service.h"
#include "store/messages.h"
#include "store/throttle.h"
#include "web/account_pages.h"
#include "web/marketplace.h"

namespace caravan::web {

using nlohmann::json;

namespace {

// Why a message cannot be sent now, as a catalog key and an HTTP status; empty when it can.
struct Refusal
{
    std::string key;
    int status = 200;
    std::int64_t retryAfter = 0;
};

Refusal checkMessage(const WebContext &ctx, const store::User &sender, const std::string &body)
{
    const auto length = accounts::utf8Length(body);
    if (body.find_first_not_of(" \t\r\n") == std::string::npos)
        return {"message_error_empty", 422};
    if (static_cast<std::int64_t>(length) > ctx.market.messageMaxChars)
        return {"message_error_too_long", 422};
    const auto now = store::nowSeconds();
    const auto admission = store::ThrottleRepository(ctx.listings.database())
                               .admit({{"messages:" + accounts::sha256Hex(sender.id), ctx.market.messagesPerHour,
                                        3600, 3600}},
                                      now);
    if (!admission.admitted)
        return {"message_error_rate", 429, std::max<std::int64_t>(admission.lockedUntil - now, 1)};
    return {};
}

http::Response refused(const WebContext &ctx, const http::Request &req, const Refusal &r, const std::string &back)
{
    json data{{"page_title", ctx.text(req, "messages_title")},
              {"error", ctx.text(req, r.key)},
              {"back", back},
              {"body", req.formValue("body")}};
    auto response = renderPage(ctx, req, "message_refused", std::move(data), r.status);
    if (r.retryAfter)
        response.setHeader("Retry-After", std::to_string(r.retryAfter));
    return response;
}

// Message text as paragraphs: one entry per line, shown escaped by the template.
json linesOf(const std::string &body)
{
    json lines = json::array();
    std::size_t start = 0;
    while (start <= body.size()) {
        const auto end = body.find('\n', start);
        auto line = body.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back({{"text", line}});
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return lines;
}

http::Response threadsPage(WebContext &ctx, http::Request &req)
{
    store::MessageStore messages(ctx.listings.database());
    const auto zone = timeZoneFor(req, req.user->country);
    json list = json::array();
    for (const auto &t : messages.threadsOf(req.user->id))
        list.push_back({{"url", "/messages/" + t.id},
                        {"subject", t.subject},
                        {"with", t.otherName},
                        {"about_order", !t.orderId.empty()},
                        {"when", localTime(t.lastMessageAt, zone)},
                        {"unread", t.unread > 0 ? std::to_string(t.unread) : std::string()}});
    json data{{"page_title", ctx.text(req, "messages_title")}, {"threads", list}, {"has_threads", !list.empty()}};
    return renderPage(ctx, req, "messages", std::move(data));
}

http::Response threadPage(WebContext &ctx, http::Request &req)
{
    store::MessageStore messages(ctx.listings.database());
    const auto thread = messages.thread(req.param("id"), req.user->id);
    if (!thread)
        return errorPage(ctx, req, 404);
    const auto zone = timeZoneFor(req, req.user->country);
    json items = json::array();
    for (const auto &m : messages.read(thread->id, req.user->id))
        items.push_back({{"mine", m.senderId == req.user->id},
                         {"who", m.senderId == req.user->id ? ctx.text(req, "messages_you") : thread->otherName},
                         {"when", localTime(m.createdAt, zone)},
                         {"lines", linesOf(m.body)}});
    const bool isBuyer = thread->buyerId == req.user->id;
    json data{{"page_title", thread->subject},
              {"id", thread->id},
              {"subject", thread->subject},
              {"with", thread->otherName},
              {"listing_url", "/listings/" + thread->listingId},
              {"order_url", thread->orderId.empty() || !isBuyer ? std::string() : "/orders/" + thread->orderId},
              {"messages", items},
              {"max_chars", std::to_string(ctx.market.messageMaxChars)}};
    return renderPage(ctx, req, "thread", std::move(data));
}

http::Response replyPost(WebContext &ctx, http::Request &req)
{
    store::MessageStore messages(ctx.listings.database());
    const auto thread = messages.thread(req.param("id"), req.user->id);
    if (!thread)
        return errorPage(ctx, req, 404);
    if (!req.user->emailVerified())
        return emailNotVerifiedPage(ctx, req);
    const auto body = req.formValue("body");
    if (const auto r = checkMessage(ctx, *req.user, body); !r.key.empty())
        return refused(ctx, req, r, "/messages/" + thread->id);
    messages.reply(thread->id, req.user->id, body, store::nowSeconds());
    return http::Response::redirect("/messages/" + thread->id + "#latest");
}

// The listing a question is about: public, and not the asker's own.
std::optional<store::ListingView> askable(WebContext &ctx, const http::Request &req)
{
    auto view = ctx.listings.find(req.param("id"));
    if (!view || view->listing.status != "active" || view->listing.moderationStatus == "rejected" ||
        view->listing.sellerId == req.user->id)
        return std::nullopt;
    return view;
}

http::Response askForm(WebContext &ctx, http::Request &req)
{
    const auto view = askable(ctx, req);
    if (!view)
        return errorPage(ctx, req, 404);
    json data{{"page_title", ctx.text(req, "ask_title")},
              {"listing_id", view->listing.id},
              {"title", view->listing.title},
              {"seller_name", view->sellerName},
              {"max_chars", std::to_string(ctx.market.messageMaxChars)}};
    return renderPage(ctx, req, "ask", std::move(data));
}

http::Response askPost(WebContext &ctx, http::Request &req)
{
    const auto view = askable(ctx, req);
    if (!view)
        return errorPage(ctx, req, 404);
    if (!req.user->emailVerified())
        return emailNotVerifiedPage(ctx, req);
    const auto body = req.formValue("body");
    if (const auto r = checkMessage(ctx, *req.user, body); !r.key.empty())
        return refused(ctx, req, r, "/listings/" + view->listing.id + "/ask");
    const auto thread = store::MessageStore(ctx.listings.database())
                            .post(view->listing.id, "", req.user->id, view->listing.sellerId, view->listing.title,
                                  req.user->id, body, store::nowSeconds());
    return http::Response::redirect("/messages/" + thread + "#latest");
}

// A message about an order, from its buyer or its seller.
http::Response orderMessagePost(WebContext &ctx, http::Request &req)
{
    const auto order = ctx.escrow->orders().visibleTo(*req.user, req.param("id"));
    if (!order)
        return errorPage(ctx, req, 404);
    if (!req.user->emailVerified())
        return emailNotVerifiedPage(ctx, req);
    const auto body = req.formValue("body");
    if (const auto r = checkMessage(ctx, *req.user, body); !r.key.empty())
        return refused(ctx, req, r, "/orders/" + order->id);
    const auto thread = store::MessageStore(ctx.listings.database())
                            .post(order->listingId, order->id, order->buyerId, order->sellerId,
                                  order->listingSnapshot.value("title", ""), req.user->id, body, store::nowSeconds());
    return http::Response::redirect("/messages/" + thread + "#latest");
}

} // namespace

void addMessageRoutes(http::Router &router, WebContext &ctx)
{
    using http::RouteKind;
    const auto add = [&](const char *method, const char *path, http::Response (*fn)(WebContext &, http::Request &)) {
        router.add(method, path, RouteKind::Web, true, [&ctx, fn](http::Request &r) { return fn(ctx, r); });
    };
    add("GET", "/messages", threadsPage);
    add("GET", "/messages/{id}", threadPage);
    add("POST", "/messages/{id}", replyPost);
    add("GET", "/listings/{id}/ask", askForm);
    add("POST", "/listings/{id}/ask", askPost);
    add("POST", "/orders/{id}/messages", orderMessagePost);
}

} // namespace caravan::web
