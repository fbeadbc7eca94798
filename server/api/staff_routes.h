#pragma once

#include "http/router.h"
#include "staff/risk_flags.h"

namespace caravan::staff {
class ReportService;
}
namespace caravan::store {
class Database;
class PhotoFiles;
} // namespace caravan::store
namespace caravan::trade {
class RuleSet;
}

namespace caravan::api {

// Staff's other queues (docs/disputes.md, docs/http-api.md "Staff"): reported listings and their
// decision, risk flags, and any stored photo for the case views. Every route needs the staff role and a
// token issued after the second factor; every view of personal data goes on the audit log.
struct StaffApiContext
{
    staff::ReportService &reports;
    store::Database &db;
    const trade::RuleSet &rules;
    staff::RiskSettings risk;
    store::PhotoFiles &photos;
};

void addStaffRoutes(http::Router &router, StaffApiContext &ctx);

} // namespace caravan::api
