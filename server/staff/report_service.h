#pragma once

#include "store/database.h"
#include "store/listing_reports.h"
#include "store/listings.h"
#include "store/users.h"

#include <optional>
#include <string>
#include <vector>

// Buyers report a listing; staff remove it or dismiss the reports (docs/disputes.md, "Reported
// listings"). Errors are orders::OrderError with the HTTP status and code the API and pages show.
namespace caravan::staff {

struct ReportSettings
{
    std::int64_t perDay = 20;         // reports.per_day: reports one account may make in 24 hours
    std::int64_t detailsMaxChars = 1000; // UTF-8 code points of the reporter's text
};

// The reasons a buyer may give, in the order the form lists them.
const std::vector<std::string> &reportReasons();

struct ReportCase
{
    store::ListingView listing;
    std::vector<store::ListingReport> reports;
};

class ReportService
{
public:
    ReportService(store::Database &db, ReportSettings settings)
        : m_db(db)
        , m_settings(settings)
    {}

    const ReportSettings &settings() const { return m_settings; }

    // A signed-in buyer reports a public listing: not their own, one open report per listing, at most
    // perDay a day.
    store::ListingReport report(const store::User &reporter, const std::string &listingId,
                                const std::string &reason, const std::string &details, std::int64_t now);

    std::vector<store::ReportedListing> queue(const std::string &status, std::int64_t limit);
    // The listing as it is now and every report of it; the view goes on the audit log.
    std::optional<ReportCase> view(const store::User &staff, const std::string &listingId, std::int64_t now);
    // "remove" (note required: the seller reads it) or "dismiss", closing every open report of the listing
    // in one transaction with the listing's moderation and the audit entry.
    ReportCase decide(const store::User &staff, const std::string &listingId, const std::string &decision,
                      const std::string &note, std::int64_t now);

private:
    store::Database &m_db;
    ReportSettings m_settings;
};

} // namespace caravan::staff
