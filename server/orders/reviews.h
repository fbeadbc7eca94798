#pragma once

#include "store/database.h"
#include "store/orders.h"
#include "store/reviews.h"
#include "store/users.h"

#include <string>

// Who may review an order, and when (docs/marketplace.md, "Reviews"). Used by the order page and the API.
namespace caravan::orders {

struct ReviewRules
{
    std::int64_t windowSeconds = 14 * 24 * 3600;
    std::int64_t maxChars = 1000;
};

enum class ReviewOutcome {
    Saved,
    NotReleased,   // the order is not (yet) released: nothing to review
    WindowClosed,  // too late
    AlreadyWritten,
    BadRating,     // not 1..5
    TooLong,
};

// Whether `author` (the order's buyer or seller) may still review it at `now`, and what they wrote.
struct ReviewState
{
    bool canWrite = false;
    std::optional<store::Review> mine;
    std::optional<store::Review> theirs; // only once published
    std::int64_t windowEndsAt = 0;
};

ReviewState reviewStateOf(store::Database &db, const store::OrderRecord &order, const store::User &author,
                          const ReviewRules &rules, std::int64_t now);
ReviewOutcome submitReview(store::Database &db, const store::OrderRecord &order, const store::User &author,
                           std::int64_t rating, const std::string &body, const ReviewRules &rules, std::int64_t now);
// The code of an outcome for the API and the page catalogs ("saved", "not_released", ...).
const char *toString(ReviewOutcome outcome);

} // namespace caravan::orders
