#include "store/reviews.h"

namespace caravan::store {

namespace {

const char *kColumns = "r.order_id, r.author_id, u.display_name, r.subject_id, r.author_role, r.rating, r.body, "
                       "r.created_at, r.window_ends_at FROM reviews r JOIN users u ON u.id = r.author_id ";
// Published: the window closed, or the other side of the order has written (SQL form of isPublished).
const char *kPublished = "(r.window_ends_at <= ? OR EXISTS (SELECT 1 FROM reviews o WHERE o.order_id = r.order_id "
                         "AND o.author_id <> r.author_id))";

Review fromRow(const Row &row)
{
    return {row.text(0), row.text(1), row.text(2),    row.text(3),   row.text(4),
            row.integer(5), row.text(6), row.integer(7), row.integer(8)};
}

} // namespace

bool ReviewStore::add(const Review &r)
{
    return m_db.execute("INSERT INTO reviews (order_id, author_id, subject_id, author_role, rating, body, created_at, "
                        "window_ends_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id, author_id) DO NOTHING",
                        {r.orderId, r.authorId, r.subjectId, r.authorRole, r.rating, r.body, r.createdAt,
                         r.windowEndsAt}) == 1;
}

std::vector<Review> ReviewStore::ofOrder(const std::string &orderId)
{
    std::vector<Review> out;
    for (const auto &row : m_db.query(std::string("SELECT ") + kColumns + "WHERE r.order_id = ? ORDER BY r.created_at",
                                      {orderId}))
        out.push_back(fromRow(row));
    return out;
}

std::vector<Review> ReviewStore::publishedAbout(const std::string &subjectId, const std::string &authorRole,
                                                std::int64_t now, std::int64_t limit)
{
    std::vector<Review> out;
    for (const auto &row : m_db.query(std::string("SELECT ") + kColumns +
                                          "WHERE r.subject_id = ? AND r.author_role = ? AND " + kPublished +
                                          " ORDER BY r.created_at DESC, r.order_id LIMIT ?",
                                      {subjectId, authorRole, now, limit}))
        out.push_back(fromRow(row));
    return out;
}

RatingSummary ReviewStore::ratingOf(const std::string &subjectId, const std::string &authorRole, std::int64_t now)
{
    const auto row = m_db.query(std::string("SELECT COUNT(*), COALESCE(SUM(r.rating), 0) FROM reviews r WHERE "
                                            "r.subject_id = ? AND r.author_role = ? AND ") +
                                    kPublished,
                                {subjectId, authorRole, now})
                         .front();
    return {row.integer(0), row.integer(1)};
}

std::int64_t completedSales(Database &db, const std::string &sellerId)
{
    return db.query("SELECT COUNT(*) FROM orders WHERE seller_id = ? AND state = 'released'", {sellerId})
        .front()
        .integer(0);
}

bool isPublished(const Review &review, const std::vector<Review> &reviewsOfOrder, std::int64_t now)
{
    if (review.windowEndsAt <= now)
        return true;
    for (const auto &other : reviewsOfOrder)
        if (other.orderId == review.orderId && other.authorId != review.authorId)
            return true;
    return false;
}

} // namespace caravan::store
