#include "store/listing_reports.h"

namespace caravan::store {

namespace {

constexpr const char *kReportColumns =
    "r.id, r.listing_id, r.reporter_id, COALESCE(u.display_name, ''), r.reason, r.details, r.status, "
    "r.created_at, r.decided_by, r.decided_at, r.note";

ListingReport reportOf(const Row &r)
{
    ListingReport p;
    p.id = r.text(0);
    p.listingId = r.text(1);
    p.reporterId = r.text(2);
    p.reporterName = r.text(3);
    p.reason = r.text(4);
    p.details = r.text(5);
    p.status = r.text(6);
    p.createdAt = r.integer(7);
    p.decidedBy = r.text(8);
    p.decidedAt = r.integer(9);
    p.note = r.text(10);
    return p;
}

} // namespace

bool ListingReportStore::add(Transaction &tx, const ListingReport &p)
{
    const auto open = tx.query("SELECT COUNT(*) FROM listing_reports WHERE listing_id = ? AND reporter_id = ? "
                               "AND status = 'open'",
                               {p.listingId, p.reporterId});
    if (open.front().integer(0) > 0)
        return false;
    tx.execute("INSERT INTO listing_reports (id, listing_id, reporter_id, reason, details, status, created_at, "
               "decided_by, decided_at, note) VALUES (?, ?, ?, ?, ?, 'open', ?, '', NULL, '')",
               {p.id, p.listingId, p.reporterId, p.reason, p.details, p.createdAt});
    return true;
}

std::int64_t ListingReportStore::countBy(Transaction &tx, const std::string &reporterId, std::int64_t since)
{
    return tx.query("SELECT COUNT(*) FROM listing_reports WHERE reporter_id = ? AND created_at >= ?",
                    {reporterId, since})
        .front()
        .integer(0);
}

std::vector<ReportedListing> ListingReportStore::queue(Database &db, const std::string &status,
                                                       std::int64_t limit)
{
    // One statement for the rows, one for the reasons of those rows: the queue is short (open reports
    // are decided), so neither reads more than the listings it shows.
    const auto rows = db.query(
        "SELECT r.listing_id, COALESCE(l.title, ''), COALESCE(l.seller_id, ''), COALESCE(u.display_name, ''), "
        "COALESCE(l.status, ''), COALESCE(l.moderation_status, ''), COUNT(*), MIN(r.created_at), "
        "MAX(r.created_at) FROM listing_reports r LEFT JOIN listings l ON l.id = r.listing_id "
        "LEFT JOIN users u ON u.id = l.seller_id WHERE r.status = ? "
        "GROUP BY r.listing_id, l.title, l.seller_id, u.display_name, l.status, l.moderation_status "
        "ORDER BY COUNT(*) DESC, MIN(r.created_at), r.listing_id LIMIT ?",
        {status, limit});
    std::vector<ReportedListing> out;
    std::map<std::string, std::size_t> index;
    for (const auto &r : rows) {
        ReportedListing q;
        q.listingId = r.text(0);
        q.title = r.text(1);
        q.sellerId = r.text(2);
        q.sellerName = r.text(3);
        q.listingStatus = r.text(4);
        q.moderation = r.text(5);
        q.status = status;
        q.reports = r.integer(6);
        q.firstReportedAt = r.integer(7);
        q.lastReportedAt = r.integer(8);
        index[q.listingId] = out.size();
        out.push_back(std::move(q));
    }
    if (out.empty())
        return out;
    std::string in;
    std::vector<Param> params{status};
    for (const auto &q : out) {
        in += in.empty() ? "?" : ", ?";
        params.emplace_back(q.listingId);
    }
    for (const auto &r : db.query("SELECT listing_id, reason, COUNT(*) FROM listing_reports WHERE status = ? "
                                  "AND listing_id IN (" + in + ") GROUP BY listing_id, reason",
                                  params))
        out[index.at(r.text(0))].reasons[r.text(1)] = r.integer(2);
    return out;
}

std::vector<ListingReport> ListingReportStore::ofListing(Database &db, const std::string &listingId)
{
    std::vector<ListingReport> out;
    for (const auto &r : db.query(std::string("SELECT ") + kReportColumns +
                                      " FROM listing_reports r LEFT JOIN users u ON u.id = r.reporter_id "
                                      "WHERE r.listing_id = ? ORDER BY r.created_at DESC, r.id",
                                  {listingId}))
        out.push_back(reportOf(r));
    return out;
}

std::int64_t ListingReportStore::decide(Transaction &tx, const std::string &listingId, const std::string &status,
                                        const std::string &staffId, const std::string &note, std::int64_t now)
{
    return static_cast<std::int64_t>(
        tx.execute("UPDATE listing_reports SET status = ?, decided_by = ?, decided_at = ?, note = ? "
                   "WHERE listing_id = ? AND status = 'open'",
                   {status, staffId, now, note, listingId}));
}

Migration listingReportsMigration(int version)
{
    return {version,
            "buyers' reports of listings; order events by kind and time, users by age (risk flags); orders by state (metrics)",
            {
                R"(CREATE TABLE listing_reports (
    id TEXT PRIMARY KEY,
    listing_id TEXT NOT NULL,
    reporter_id TEXT NOT NULL REFERENCES users(id),
    reason TEXT NOT NULL CHECK (reason IN ('counterfeit', 'prohibited', 'misleading', 'offensive', 'spam',
                                           'other')),
    details TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'removed', 'dismissed')),
    created_at BIGINT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at BIGINT,
    note TEXT NOT NULL))",
                "CREATE INDEX listing_reports_status ON listing_reports(status, listing_id)",
                "CREATE INDEX listing_reports_reporter ON listing_reports(reporter_id, created_at)",
                "CREATE INDEX order_events_event ON order_events(event, created_at)",
                "CREATE INDEX users_created ON users(created_at)",
                "CREATE INDEX orders_state ON orders(state)",
            }};
}

} // namespace caravan::store
