#include "runtime/server.h"

#include "accounts/account_service.h"
#include "accounts/crypto.h"
#include "accounts/document_vault.h"
#include "accounts/self_service.h"
#include "accounts/staff_factor.h"
#include "api/dispute_routes.h"
#include "api/identity_routes.h"
#include "api/order_routes.h"
#include "api/routes.h"
#include "api/staff_routes.h"
#include "api/sync_routes.h"
#include "core/resources.h"
#include "core/version.h"
#include "demo/demo_orders.h"
#include "demo/demo_seed.h"
#include "http/dispatcher.h"
#include "jobs/cleanup_job.h"
#include "jobs/escrow_job.h"
#include "jobs/periodic_job.h"
#include "mail/mail_settings.h"
#include "mail/outbox.h"
#include "orders/escrow_services.h"
#include "orders/payout_identity.h"
#include "runtime/log.h"
#include "runtime/metrics.h"
#include "runtime/metrics_endpoint.h"
#include "store/database.h"
#include "store/listings.h"
#include "store/addresses.h"
#include "store/migrations.h"
#include "store/photo_files.h"
#include "store/photo_uploads.h"
#include "store/throttle.h"
#include "store/users.h"
#include "web/account_mail.h"
#include "web/account_pages.h"
#include "web/pages.h"
#include "web/saved_search_alerts.h"

#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>

namespace caravan::server {

namespace {

store::DatabaseOptions databaseOptions(const Settings &s)
{
    store::DatabaseOptions o;
    o.url = s.db;
    o.dataDir = s.dataDir;
    o.maxSessions = s.dbMaxSessions;
    o.busyTimeoutMs = s.dbBusyTimeoutMs;
    return o;
}

std::string apiErrorCode(int status)
{
    switch (status) {
    case 400:
        return "bad_request";
    case 403:
        return "forbidden";
    case 404:
        return "not_found";
    case 405:
        return "method_not_allowed";
    case 413:
        return "payload_too_large";
    default:
        return "internal_error";
    }
}

std::string apiErrorMessage(int status)
{
    switch (status) {
    case 404:
        return "There is no such API route.";
    case 405:
        return "This API route does not take that method.";
    case 500:
        return "The server failed to handle the request; it has been logged.";
    default:
        return "The request was refused.";
    }
}

} // namespace

struct Server::Impl
{
    explicit Impl(Settings s)
        : settings(std::move(s))
        , database(databaseOptions(settings))
        , schemaVersion(store::migrate(database))
        , accounts(database, settings.accounts,
                   accounts::PasswordPolicy::fromFile(resourcePath("security/common-passwords.txt")),
                   listing::CountryTable::system())
        , staffFactor(database, accounts)
        , users(database)
        , listings(database)
        , photos(settings.dataDir / "photos")
        , renderer(resourcePath("web"))
        , csrf(store::SecretRepository(database).getOrCreate("csrf", accounts::randomToken(32)))
        , countries(listing::CountryTable::system(), renderer.catalog().languages())
        , escrow(database, settings.orders)
        , web{accounts,
              listings,
              photos,
              renderer,
              csrf,
              countries,
              resourcePath("web") / "static",
              settings.secureCookies,
              &escrow,
              settings.market}
        , api{accounts, staffFactor, database}
        , syncApi(database, accounts, photos, escrow.orders().workflow(), settings.dataDir, settings.photos,
                  {settings.market.messageMaxChars, settings.market.messagesPerHour})
        , orderApi{escrow.orders(),
                   escrow.money(),
                   escrow.events(),
                   escrow.idempotency(),
                   escrow.provider(),
                   escrow.tracking(),
                   [this] {
                       if (escrowJob)
                           escrowJob->wake();
                   },
                   {settings.market.reviewWindowSeconds, settings.market.reviewMaxChars}}
        , disputeApi{escrow,
                     [this] {
                         if (escrowJob)
                             escrowJob->wake();
                     }}
        , identityVault(settings.dataDir / "identity-documents",
                        settings.identity.keyFile.empty() ? settings.dataDir / "identity.key"
                                                          : settings.identity.keyFile)
        , identities(database, identityVault, settings.identity)
        , identityApi{identities, users, settings.orders.requireIdentity}
        , reports(database, settings.reports)
        , staffApi{reports, database, trade::RuleSet::standard(), settings.risk, photos}
        , mailTransport(mail::makeTransport(settings.mail, settings.dataDir.string()))
        , mailOutbox(database, *mailTransport, settings.mail.from, {settings.mail.maxAttempts})
        , selfService(database, accounts, settings.selfService, renderer.catalog().languages())
        , addresses(database)
        , accountMail(renderer.catalog(), mailOutbox, selfService,
                      [this] { return settings.orders.publicUrl; })
        , accountServices{selfService, accountMail, addresses, database}
        , savedSearchAlerts(database, renderer.catalog(), countries, mailOutbox, settings.market,
                            [this] { return this->settings.orders.publicUrl; })
    {
        web.reports = &reports;
        web.photoPolicy = settings.photos;
        web::addMarketplaceRoutes(router, web);
        web::addReportPages(router, web);
        web::addDisputePages(router, web);
        web::addMessageRoutes(router, web);
        web::addReviewRoutes(router, web);
        web::addFindingRoutes(router, web);
        web::addSavedSearchRoutes(router, web);
        web::addBrowseRoutes(router, web);
        web::addPhotoRoutes(router, web);
        web::addAccountRoutes(router, web, accountServices);
        api::addApiRoutes(router, api);
        syncApi.addRoutes(router);
        api::addIdentityRoutes(router, identityApi); // before /api/v1/payouts/{id}
        api::addOrderRoutes(router, orderApi);
        api::addDisputeRoutes(router, disputeApi);
        api::addStaffRoutes(router, staffApi);
        router.add("GET", "/healthz", http::RouteKind::Public, false,
                   [this](http::Request &) { return health(); });
        router.add("GET", "/metrics", http::RouteKind::Public, false,
                   [this](http::Request &r) { return metricsPage(r); });
    }

    // GET /metrics (docs/operations.md, "Metrics"). A caller that may not read it gets the same 404 as a
    // path that does not exist, so the route does not advertise itself.
    http::Response metricsPage(http::Request &req)
    {
        if (!metricsAllowed(req, settings.metrics)) {
            req.lang = http::Request{}.lang; // an unknown path's 404 is never translated (no route ran)
            return error(req, 404, false);
        }
        http::Response r;
        r.contentType = kMetricsContentType;
        r.body = scrapeMetrics({metrics, database, accounts, syncApi}, store::nowSeconds());
        r.setHeader("Cache-Control", "no-store");
        return r;
    }

    http::Response health()
    {
        try {
            const int version = store::appliedSchemaVersion(database);
            return http::Response::json(200, {{"status", "ok"},
                                              {"version", caravan::kVersion},
                                              {"database", database.backendName()},
                                              {"schema_version", version}});
        } catch (const std::exception &e) {
            logEvent(LogLevel::Error, "health_failed", {{"error", e.what()}});
            return http::Response::json(503, {{"status", "unavailable"},
                                              {"version", caravan::kVersion},
                                              {"database", database.backendName()}});
        }
    }

    std::optional<http::Response> before(http::Request &req, const http::Route &route)
    {
        req.lang = renderer.catalog().pick(req.queryValue("lang"), req.cookieValue(web::kLangCookie),
                                           req.header("accept-language"));
        if (route.kind == http::RouteKind::Web) {
            const auto token = req.cookieValue(web::kSessionCookie);
            if (!token.empty())
                if (auto found = accounts.resolveWebSession(token)) {
                    req.webSession = found->first;
                    req.user = found->second;
                    req.sessionToken = token;
                }
            if (req.method != "GET" && req.method != "HEAD" && !csrf.verify(req)) {
                logEvent(LogLevel::Warn, "csrf_rejected",
                         {{"path", req.path}, {"client", req.clientAddress}});
                return web::errorPage(web, req, 403);
            }
            if (route.requiresUser && !req.user) {
                if (req.method == "GET")
                    return http::Response::redirect("/signin?next=" + http::urlEncode(req.path));
                return web::errorPage(web, req, 403);
            }
        } else if (route.kind == http::RouteKind::Api) {
            const auto token = api::bearerToken(req);
            if (!token.empty())
                if (auto found = accounts.resolveApiToken(token)) {
                    req.apiToken = found->first;
                    req.user = found->second;
                }
            if (route.requiresUser && !req.user) {
                auto r =
                    http::Response::jsonError(401, "unauthorized",
                                              token.empty() ? "Send Authorization: Bearer <token>."
                                                            : "The token is unknown, expired or revoked.");
                r.setHeader("WWW-Authenticate", "Bearer");
                return r;
            }
        }
        if (!route.role.empty() && req.user && !req.user->hasRole(route.role)) {
            logEvent(LogLevel::Warn, "role_refused",
                     {{"path", req.path}, {"role", route.role}, {"user", req.user->id}});
            if (route.kind == http::RouteKind::Api)
                return http::Response::jsonError(403, "forbidden",
                                                 "This needs the " + route.role + " role.");
            return web::errorPage(web, req, 403);
        }
        // Staff powers need an API token issued after the second factor (web sessions never have one).
        if (route.role == "staff" && req.user && !(req.apiToken && req.apiToken->secondFactor)) {
            logEvent(LogLevel::Warn, "second_factor_missing", {{"path", req.path}, {"user", req.user->id}});
            if (route.kind == http::RouteKind::Api)
                return http::Response::jsonError(403, "second_factor_required",
                                                 "Staff routes need a token from a sign-in with the second factor.");
            return web::errorPage(web, req, 403);
        }
        return std::nullopt;
    }

    http::Response error(http::Request &req, int status, bool isApi)
    {
        if (isApi)
            return http::Response::jsonError(status, apiErrorCode(status), apiErrorMessage(status));
        return web::errorPage(web, req, status);
    }

    Settings settings;
    store::Database database;
    int schemaVersion;
    accounts::AccountService accounts;
    accounts::StaffSecondFactor staffFactor;
    store::UserRepository users;
    store::ListingRepository listings;
    store::PhotoFiles photos;
    web::Renderer renderer;
    http::Csrf csrf;
    web::CountryNames countries;
    orders::EscrowServices escrow;
    web::WebContext web;
    api::ApiContext api;
    api::SyncApi syncApi;
    api::OrderApiContext orderApi;
    api::DisputeApiContext disputeApi;
    accounts::DocumentVault identityVault;
    orders::PayoutIdentityService identities;
    api::IdentityApiContext identityApi;
    staff::ReportService reports;
    api::StaffApiContext staffApi;
    std::unique_ptr<mail::Mailer> mailTransport;
    mail::MailOutbox mailOutbox;
    accounts::AccountSelfService selfService;
    store::AddressStore addresses;
    web::AccountMail accountMail;
    web::AccountServices accountServices;
    web::SavedSearchAlerts savedSearchAlerts;
    std::unique_ptr<mail::MailJob> mailJob;
    http::Router router;
    Metrics metrics;
    std::unique_ptr<Poco::ThreadPool> threadPool;
    std::unique_ptr<Poco::Net::HTTPServer> httpServer;
    std::unique_ptr<jobs::Cleanup> cleanupPass;
    std::unique_ptr<jobs::CleanupJob> cleanup;
    std::unique_ptr<jobs::EscrowJob> escrowJob;
    std::unique_ptr<jobs::PeriodicJob> savedSearchJob;
    std::uint16_t boundPort = 0;
};

Server::Server(Settings settings)
{
    setLogLevel(parseLogLevel(settings.logLevel));
    std::filesystem::create_directories(settings.dataDir);
    d = std::make_unique<Impl>(std::move(settings));
    logEvent(LogLevel::Info, "database_ready",
             {{"database", d->database.description()}, {"schema_version", std::to_string(d->schemaVersion)}});
    if (d->settings.demo) {
        const bool custom = !d->settings.demoFile.empty();
        const std::filesystem::path file =
            custom ? std::filesystem::path(d->settings.demoFile) : resourcePath("demo/demo.json");
        const auto base = custom ? file.parent_path() : resourceDir();
        const auto report = demo::seedDemo(file, base, d->accounts, d->users, d->listings, d->photos);
        logEvent(LogLevel::Info, "demo_seeded",
                 {{"users_created", std::to_string(report.usersCreated)},
                  {"listings_created", std::to_string(report.listingsCreated)},
                  {"listings_kept", std::to_string(report.listingsKept)}});
    }
}

Server::~Server()
{
    stop();
}

void Server::start()
{
    if (d->httpServer)
        return;
    const auto &s = d->settings;
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setServerName("caravan-server");
    params->setSoftwareVersion(std::string("caravan-server/") + caravan::kVersion);
    params->setMaxThreads(s.maxThreads);
    params->setMaxQueued(s.maxQueued);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(s.keepAliveSeconds, 0));
    params->setMaxKeepAliveRequests(s.maxKeepAliveRequests);
    params->setTimeout(Poco::Timespan(s.receiveTimeoutSeconds, 0));

    // SO_REUSEADDR (a restart binds at once) but not SO_REUSEPORT, which Poco's ServerSocket constructor
    // also sets: with it a second process could listen on the same port and take half the connections.
    Poco::Net::ServerSocket socket;
    socket.bind(Poco::Net::SocketAddress(s.host, static_cast<Poco::UInt16>(s.port)), true, false);
    socket.listen(128);
    d->boundPort = socket.address().port();
    if (d->settings.orders.publicUrl.empty()) // where the payment page sends the buyer back
        d->settings.orders.publicUrl = "http://" + s.host + ":" + std::to_string(d->boundPort);
    d->threadPool = std::make_unique<Poco::ThreadPool>(2, s.maxThreads + 1, 60);

    http::PipelineHooks hooks;
    hooks.before = [impl = d.get()](http::Request &r, const http::Route &route) {
        return impl->before(r, route);
    };
    hooks.error = [impl = d.get()](http::Request &r, int status, bool isApi) {
        return impl->error(r, status, isApi);
    };
    hooks.finished = [impl = d.get()](const http::Request &r, const http::Response &response,
                                      std::chrono::steady_clock::duration took) {
        impl->metrics.recordRequest(r.method, r.route, response.status, took);
    };
    std::map<std::string, std::size_t> largerBodies{
        {api::kIdentityPath, api::identityBodyLimit(s.identity.maxDocumentBytes)}};
    for (const auto *path : web::kPhotoFormPaths)
        largerBodies[path] = std::max(s.maxBodyBytes, web::kPhotoFormBodyLimit);
    Poco::Net::HTTPRequestHandlerFactory::Ptr factory =
        new http::Dispatcher(d->router, std::move(hooks),
                             {s.maxBodyBytes, s.trustProxy, s.trustedProxies,
                              http::contentSecurityPolicy(s.orders.paymentPageOrigin()), std::move(largerBodies)});
    d->httpServer = std::make_unique<Poco::Net::HTTPServer>(factory, *d->threadPool, socket, params);
    d->httpServer->start();
    d->cleanupPass = std::make_unique<jobs::Cleanup>(d->accounts, d->database,
                                                     store::uploadPartsDir(s.dataDir), s.uploadMaxAgeSeconds,
                                                     &d->photos, s.photos.orphanGraceSeconds, &d->identities);
    auto *metrics = &d->metrics;
    d->cleanup = std::make_unique<jobs::CleanupJob>(*d->cleanupPass, s.cleanupIntervalSeconds,
                                                    [metrics] { metrics->jobPassed(Job::Cleanup); });
    const auto holder = s.host + ":" + std::to_string(d->boundPort) + "/" + accounts::randomToken(6);
    // Saved searches: each is checked every market.saved_search_interval_seconds; passes look for due
    // ones every minute (or that interval when shorter).
    d->savedSearchJob = std::make_unique<jobs::PeriodicJob>(
        "saved_search_pass", static_cast<int>(std::min<std::int64_t>(60, s.market.savedSearchIntervalSeconds)),
        [alerts = &d->savedSearchAlerts, holder, metrics] {
            alerts->runOnce(store::nowSeconds(), holder);
            metrics->jobPassed(Job::SavedSearch);
        },
        static_cast<int>(std::min<std::int64_t>(60, s.market.savedSearchIntervalSeconds)));
    d->mailJob = std::make_unique<mail::MailJob>(d->mailOutbox, s.mail.retryIntervalSeconds,
                                                 [metrics] { metrics->jobPassed(Job::Mail); });
    d->mailOutbox.setWake([job = d->mailJob.get()] { job->wake(); });
    logEvent(LogLevel::Info, "listening",
             {{"host", s.host}, {"port", std::to_string(d->boundPort)}, {"version", caravan::kVersion}});
    if (s.demo) {
        // Demo orders are paid through the provider, so they are made once the server listens.
        try {
            const auto r = demo::seedDemoOrders(d->escrow, d->users, d->listings, store::nowSeconds());
            logEvent(LogLevel::Info, "demo_orders",
                     {{"created", std::to_string(r.created)}, {"skipped", r.skipped}});
        } catch (const std::exception &e) {
            logEvent(LogLevel::Warn, "demo_orders_failed", {{"error", e.what()}});
        }
    }
    // The order clocks start after the demo orders are made: those are dated in the past, and a pass in
    // between would act on an order the seeding is still moving through its states.
    d->escrowJob = std::make_unique<jobs::EscrowJob>(d->escrow, s.orders.timerIntervalSeconds, holder,
                                                     [metrics] { metrics->jobPassed(Job::Escrow); });
}

std::uint16_t Server::port() const
{
    return d->boundPort;
}

void Server::stop()
{
    if (!d || !d->httpServer)
        return;
    d->cleanup.reset();
    d->savedSearchJob.reset();
    d->escrowJob.reset();
    d->mailOutbox.setWake(nullptr);
    d->mailJob.reset(); // a pass in progress finishes; what is left is sent at the next start
    d->httpServer->stopAll(false); // stop accepting; open connections close after their current request
    d->threadPool->joinAll();      // requests in flight finish here
    d->httpServer.reset();
    d->threadPool.reset();
    logEvent(LogLevel::Info, "stopped", {{"port", std::to_string(d->boundPort)}});
}

const Settings &Server::settings() const
{
    return d->settings;
}
store::Database &Server::database()
{
    return d->database;
}
accounts::AccountService &Server::accounts()
{
    return d->accounts;
}
store::UserRepository &Server::users()
{
    return d->users;
}
store::ListingRepository &Server::listings()
{
    return d->listings;
}
store::PhotoFiles &Server::photos()
{
    return d->photos;
}
orders::EscrowServices &Server::escrow()
{
    return d->escrow;
}
orders::PayoutIdentityService &Server::identities()
{
    return d->identities;
}
mail::MailOutbox &Server::mailOutbox()
{
    return d->mailOutbox;
}

web::SavedSearchAlerts &Server::savedSearchAlerts()
{
    return d->savedSearchAlerts;
}
const http::Router &Server::router() const
{
    return d->router;
}

int Server::schemaVersion() const
{
    return d->schemaVersion;
}

} // namespace caravan::server
