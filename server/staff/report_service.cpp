#include "staff/report_service.h"

#include "listing/text.h"
#include "orders/order_service.h"
#include "store/audit_log.h"
#include "store/listing_moderation.h"

#include <algorithm>

namespace caravan::staff {

using orders::OrderError;
namespace text = listing::text;

namespace {

constexpr std::int64_t kDay = 86400;

store::AuditEntry auditEntry(const store::User &staff, const std::string &action, const std::string &listingId,
                             nlohmann::json detail, std::int64_t now)
{
    store::AuditEntry e;
    e.at = now;
    e.actorId = staff.id;
    e.action = action;
    e.subjectType = "listing";
    e.subjectId = listingId;
    e.detail = std::move(detail);
    return e;
}

std::string cleanText(const std::string &value, std::int64_t maxChars, const char *field)
{
    if (!text::isValidUtf8(value) || text::hasControlChars(value, true))
        throw OrderError(422, "invalid", std::string(field) + " must be plain text.", field);
    const std::string trimmed(text::trim(value));
    if (static_cast<std::int64_t>(text::codePoints(trimmed)) > maxChars)
        throw OrderError(422, "invalid",
                         std::string(field) + " has at most " + std::to_string(maxChars) + " characters.",
                         field);
    return trimmed;
}

} // namespace

const std::vector<std::string> &reportReasons()
{
    static const std::vector<std::string> reasons{"counterfeit", "prohibited", "misleading",
                                                  "offensive",   "spam",       "other"};
    return reasons;
}

store::ListingReport ReportService::report(const store::User &reporter, const std::string &listingId,
                                           const std::string &reason, const std::string &details,
                                           std::int64_t now)
{
    const auto &reasons = reportReasons();
    if (std::find(reasons.begin(), reasons.end(), reason) == reasons.end())
        throw OrderError(422, "invalid", "Choose why you report this listing.", "reason");
    store::ListingReport r;
    r.id = store::newUuid();
    r.listingId = listingId;
    r.reporterId = reporter.id;
    r.reason = reason;
    r.details = cleanText(details, m_settings.detailsMaxChars, "details");
    r.createdAt = now;
    if (r.reason == "other" && r.details.empty())
        throw OrderError(422, "invalid", "Say what is wrong with the listing.", "details");

    store::ListingRepository listings(m_db);
    const auto listing = listings.find(listingId);
    if (!listing || listing->listing.moderationStatus == "rejected" ||
        (listing->listing.status != "active" && listing->listing.status != "sold"))
        throw OrderError(404, "no_listing", "There is no such listing.");
    if (listing->listing.sellerId == reporter.id)
        throw OrderError(409, "own_listing", "You cannot report your own listing.");

    store::Transaction tx(m_db);
    if (store::ListingReportStore::countBy(tx, reporter.id, now - kDay) >= m_settings.perDay)
        throw OrderError(429, "too_many_reports",
                         "You have sent as many reports as one day allows; staff read them all. Try again "
                         "tomorrow.");
    if (!store::ListingReportStore::add(tx, r))
        throw OrderError(409, "already_reported",
                         "You have reported this listing already; staff will look at it.");
    tx.commit();
    return r;
}

std::vector<store::ReportedListing> ReportService::queue(const std::string &status, std::int64_t limit)
{
    const std::string s = status.empty() ? "open" : status;
    if (s != "open" && s != "removed" && s != "dismissed")
        throw OrderError(422, "invalid", "status is open, removed or dismissed.", "status");
    return store::ListingReportStore::queue(m_db, s, limit);
}

std::optional<ReportCase> ReportService::view(const store::User &staff, const std::string &listingId,
                                              std::int64_t now)
{
    store::ListingRepository listings(m_db);
    auto listing = listings.find(listingId);
    if (!listing)
        return std::nullopt;
    ReportCase c{std::move(*listing), store::ListingReportStore::ofListing(m_db, listingId)};
    // The reports name their reporters: every view is on the audit log.
    store::AuditLog::record(m_db, auditEntry(staff, "listing_report.viewed", listingId,
                                             {{"reports", c.reports.size()}}, now));
    return c;
}

ReportCase ReportService::decide(const store::User &staff, const std::string &listingId,
                                 const std::string &decision, const std::string &note, std::int64_t now)
{
    if (decision != "remove" && decision != "dismiss")
        throw OrderError(422, "invalid", "decision is remove or dismiss.", "decision");
    const auto cleanNote = cleanText(note, 500, "note");
    if (decision == "remove" && cleanNote.empty())
        throw OrderError(422, "invalid", "Say why the listing is removed: its seller reads it.", "note");
    const std::string status = decision == "remove" ? "removed" : "dismissed";
    store::Transaction tx(m_db);
    const auto closed = store::ListingReportStore::decide(tx, listingId, status, staff.id, cleanNote, now);
    if (closed == 0) {
        tx.commit(); // nothing written
        // The same decision by the same member of staff, sent again because its answer was lost, answers
        // as the first did; anything else was decided by someone else meanwhile.
        const auto reports = store::ListingReportStore::ofListing(m_db, listingId);
        const auto last = std::max_element(reports.begin(), reports.end(), [](const auto &a, const auto &b) {
            return a.decidedAt < b.decidedAt;
        });
        const bool replay = last != reports.end() && last->status == status && last->decidedBy == staff.id &&
                            last->note == cleanNote;
        if (!replay)
            throw OrderError(409, "no_open_reports",
                             "This listing has no open reports: another member of staff decided them.");
    } else {
        if (decision == "remove" && !store::moderateListing(tx, listingId, "removed", cleanNote))
            throw OrderError(404, "no_listing", "There is no such listing.");
        store::AuditLog::append(
            tx, auditEntry(staff, "listing_report." + status, listingId, {{"reports", closed}, {"note", cleanNote}}, now));
        tx.commit();
    }

    store::ListingRepository listings(m_db);
    auto listing = listings.find(listingId);
    if (!listing)
        throw OrderError(404, "no_listing", "There is no such listing.");
    return {std::move(*listing), store::ListingReportStore::ofListing(m_db, listingId)};
}

} // namespace caravan::staff
