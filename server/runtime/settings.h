#pragma once

#include "accounts/account_service.h"
#include "api/photo_policy.h"
#include "http/client_address.h"
#include "accounts/self_service.h"
#include "mail/mail_settings.h"
#include "orders/order_settings.h"
#include "runtime/metrics_endpoint.h"
#include "orders/payout_identity.h"
#include "staff/report_service.h"
#include "staff/risk_flags.h"
#include "web/market_policy.h"

#include <filesystem>
#include <string>

namespace Poco::Util {
class AbstractConfiguration;
}

namespace caravan::server {

// Everything the server reads from its configuration. Keys and defaults: docs/operations.md.
// The command line binds to the same keys (--port = server.port, --address = server.address, --data-dir =
// server.data_dir,
// --db = server.db, --demo = server.demo); defaults live here, at the read site.
struct Settings
{
    std::string host = "127.0.0.1"; // server.address: loopback unless the operator opens it up
    int port = 8080;
    std::filesystem::path dataDir = "caravan-data";
    std::string db; // empty: SQLite <dataDir>/caravan.db
    bool demo = false;
    std::string demoFile; // empty: resources/demo/demo.json

    int maxThreads = 16;
    int maxQueued = 64;
    int keepAliveSeconds = 5;
    int maxKeepAliveRequests = 100;
    int receiveTimeoutSeconds = 15;
    std::size_t maxBodyBytes = 1024 * 1024;
    bool trustProxy = false;
    // http.trusted_proxies: the proxies whose X-Forwarded-For hops are believed (default: loopback).
    std::vector<http::Cidr> trustedProxies = http::Cidr::parseList(kDefaultTrustedProxies);
    static constexpr const char *kDefaultTrustedProxies = "127.0.0.0/8, ::1";
    bool secureCookies = false;
    // metrics.token, metrics.allow: who may read GET /metrics (default: loopback clients only).
    MetricsAccess metrics{"", http::Cidr::parseList(MetricsAccess::kDefaultAllow)};

    int dbMaxSessions = 16;
    int dbBusyTimeoutMs = 5000;

    int cleanupIntervalSeconds = 300;
    std::int64_t uploadMaxAgeSeconds =
        2 * 24 * 3600; // a photo upload that has not moved this long is dropped
    std::string logLevel = "info";
    api::PhotoPolicy photos; // photos.quota_mib, photos.uploads_per_hour, photos.orphan_grace_s

    accounts::AccountPolicy accounts;
    accounts::SelfServicePolicy selfService; // account.*, throttle.reset_address/account_mail/password_check
    mail::MailSettings mail;                 // mail.*
    web::MarketPolicy market;                // market.* (messages, reviews)
    orders::OrderSettings orders; // orders.*, fees.*, payouts.*, payments.*, tracking.*, idempotency.*
    orders::IdentitySettings identity; // identity.* (payout identity documents)
    staff::ReportSettings reports;     // reports.* (buyers' reports of listings)
    staff::RiskSettings risk;          // risk.* (staff's risk flags)

    // Throws std::invalid_argument naming the key of a value out of range.
    static Settings fromConfig(const Poco::Util::AbstractConfiguration &config);
};

} // namespace caravan::server
