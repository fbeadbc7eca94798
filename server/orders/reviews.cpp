#include "orders/reviews.h"

#include "accounts/password.h"

namespace caravan::orders {

ReviewState reviewStateOf(store::Database &db, const store::OrderRecord &order, const store::User &author,
                          const ReviewRules &rules, std::int64_t now)
{
    ReviewState state;
    if (order.state != "released" || order.closedAt == 0)
        return state;
    state.windowEndsAt = order.closedAt + rules.windowSeconds;
    const auto reviews = store::ReviewStore(db).ofOrder(order.id);
    for (const auto &r : reviews) {
        if (r.authorId == author.id)
            state.mine = r;
        else if (store::isPublished(r, reviews, now))
            state.theirs = r;
    }
    state.canWrite = !state.mine && now < state.windowEndsAt;
    return state;
}

ReviewOutcome submitReview(store::Database &db, const store::OrderRecord &order, const store::User &author,
                           std::int64_t rating, const std::string &body, const ReviewRules &rules, std::int64_t now)
{
    if (order.state != "released" || order.closedAt == 0)
        return ReviewOutcome::NotReleased;
    if (now >= order.closedAt + rules.windowSeconds)
        return ReviewOutcome::WindowClosed;
    if (rating < 1 || rating > 5)
        return ReviewOutcome::BadRating;
    if (static_cast<std::int64_t>(accounts::utf8Length(body)) > rules.maxChars)
        return ReviewOutcome::TooLong;
    const bool byBuyer = author.id == order.buyerId;
    store::Review r;
    r.orderId = order.id;
    r.authorId = author.id;
    r.subjectId = byBuyer ? order.sellerId : order.buyerId;
    r.authorRole = byBuyer ? "buyer" : "seller";
    r.rating = rating;
    r.body = body;
    r.createdAt = now;
    r.windowEndsAt = order.closedAt + rules.windowSeconds;
    return store::ReviewStore(db).add(r) ? ReviewOutcome::Saved : ReviewOutcome::AlreadyWritten;
}

const char *toString(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::Saved:
        return "saved";
    case ReviewOutcome::NotReleased:
        return "not_released";
    case ReviewOutcome::WindowClosed:
        return "window_closed";
    case ReviewOutcome::AlreadyWritten:
        return "already_written";
    case ReviewOutcome::BadRating:
        return "bad_rating";
    case ReviewOutcome::TooLong:
        return "too_long";
    }
    return "saved";
}

} // namespace caravan::orders
