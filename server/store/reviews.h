#pragma once

#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

// Reviews after a released order, blind until both sides wrote or the window closed
// (docs/marketplace.md, "Reviews").
namespace caravan::store {

struct Review
{
    std::string orderId;
    std::string authorId;
    std::string authorName;
    std::string subjectId;
    std::string authorRole; // "buyer" (reviews the seller) or "seller" (reviews the buyer)
    std::int64_t rating = 0;
    std::string body;
    std::int64_t createdAt = 0;
    std::int64_t windowEndsAt = 0;
};

struct RatingSummary
{
    std::int64_t count = 0;
    std::int64_t sum = 0; // of the ratings; the mean is sum / count
};

class ReviewStore
{
public:
    explicit ReviewStore(Database &db)
        : m_db(db)
    {}

    // Stores the review; false when this author has reviewed this order already.
    bool add(const Review &review);
    // The reviews of an order (both sides, published or not: the caller decides what to show).
    std::vector<Review> ofOrder(const std::string &orderId);
    // Published reviews about `subjectId` written by the other side in `authorRole`, newest first.
    std::vector<Review> publishedAbout(const std::string &subjectId, const std::string &authorRole, std::int64_t now,
                                       std::int64_t limit = 50);
    RatingSummary ratingOf(const std::string &subjectId, const std::string &authorRole, std::int64_t now);

private:
    Database &m_db;
};

// Orders the seller completed (released).
std::int64_t completedSales(Database &db, const std::string &sellerId);

// Whether a review is public: the window has closed, or the other side of its order has written theirs.
bool isPublished(const Review &review, const std::vector<Review> &reviewsOfOrder, std::int64_t now);

} // namespace caravan::store
