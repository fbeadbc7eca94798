#pragma once

#include "store/database.h"
#include "store/migrations.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

// Buyers' reports of a listing and staff's decision on them (docs/disputes.md, "Reported listings"). One
// open report per listing and reporter; a decision closes every open report of the listing at once
// (removed or dismissed), so the queue has one row per listing that waits.
namespace caravan::store {

struct ListingReport
{
    std::string id;
    std::string listingId;
    std::string reporterId;
    std::string reporterName; // filled by the reads
    std::string reason;       // counterfeit, prohibited, misleading, offensive, spam, other
    std::string details;
    std::string status = "open"; // open, removed, dismissed
    std::int64_t createdAt = 0;
    std::string decidedBy;
    std::int64_t decidedAt = 0;
    std::string note;
};

// One listing in the queue: its reports of one status, counted.
struct ReportedListing
{
    std::string listingId;
    std::string title;
    std::string sellerId;
    std::string sellerName;
    std::string listingStatus; // draft, active, sold, ended
    std::string moderation;    // pending, approved, rejected
    std::string status;        // the reports' status the row counts
    std::int64_t reports = 0;
    std::map<std::string, std::int64_t> reasons;
    std::int64_t firstReportedAt = 0;
    std::int64_t lastReportedAt = 0;
};

class ListingReportStore
{
public:
    // Adds an open report; false when the reporter has an open report of that listing already.
    static bool add(Transaction &tx, const ListingReport &report);
    // How many reports `reporterId` made since `since` (the daily limit).
    static std::int64_t countBy(Transaction &tx, const std::string &reporterId, std::int64_t since);
    // Listings with reports of `status`, most reports first, at most `limit`.
    static std::vector<ReportedListing> queue(Database &db, const std::string &status, std::int64_t limit);
    // Every report of a listing, newest first.
    static std::vector<ListingReport> ofListing(Database &db, const std::string &listingId);
    // Closes the listing's open reports with `status`; returns how many it closed.
    static std::int64_t decide(Transaction &tx, const std::string &listingId, const std::string &status,
                               const std::string &staffId, const std::string &note, std::int64_t now);
};

// listing_reports; the indexes the risk flags read through (order events by kind and time, users by age)
// and the one GET /metrics counts open orders by (orders by state).
Migration listingReportsMigration(int version);

} // namespace caravan::store
