#include "support/escrow_world.h"

#include "support/staff_sign_in.h"

#include "accounts/crypto.h"
#include "orders/escrow_services.h"
#include "orders/ledger_audit.h"
#include "store/money_movements.h"
#include "store/sync_store.h"
#include "store/users.h"

#include <Poco/Net/ServerSocket.h>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

namespace caravan::test {

using nlohmann::json;

namespace {
constexpr const char *kPassword = kWorldPassword;
constexpr const char *kApiKey = "sk_test_escrow_world";
constexpr const char *kWebhookSecret = kWorldWebhookSecret;
constexpr const char *kTrackingSecret = "tracking_escrow_world";
} // namespace

std::uint16_t freeLoopbackPort()
{
    Poco::Net::ServerSocket s(Poco::Net::SocketAddress("127.0.0.1", 0));
    return s.address().port();
}

std::string stripeSignature(const std::string &body, std::int64_t t, const std::string &secret)
{
    return "t=" + std::to_string(t) +
           ",v1=" + accounts::hmacSha256Hex(secret, std::to_string(t) + "." + body);
}

std::string newKey()
{
    return store::newUuid();
}

EscrowWorld::EscrowWorld(WorldOptions options)
    : m_env(std::make_unique<TestEnv>())
{
    // The sandbox needs the server's address for its webhooks and the server the sandbox's for its
    // API: the server's port is chosen first.
    // The sandbox takes any free port; the one chosen for the server was free a moment ago, so the
    // sandbox may have been given that very port: then both are chosen again.
    auto &sb = options.sandbox;
    std::uint16_t serverPort = 0;
    for (int attempt = 0; attempt < 20; ++attempt) {
        serverPort = freeLoopbackPort();
        const std::string serverUrl = "http://127.0.0.1:" + std::to_string(serverPort);
        sb.port = 0;
        sb.apiKey = kApiKey;
        sb.webhookUrl = options.webhooks ? serverUrl + "/api/v1/webhooks/payments" : std::string();
        sb.webhookSecret = kWebhookSecret;
        sb.trackingWebhookUrl = serverUrl + "/api/v1/webhooks/tracking";
        sb.trackingWebhookSecret = kTrackingSecret;
        if (sb.retryBaseMs == 1000)
            sb.retryBaseMs = 100;
        m_sandbox = std::make_unique<paysim::Sandbox>(sb);
        m_sandbox->start();
        if (m_sandbox->port() != serverPort)
            break;
        m_sandbox.reset();
    }
    REQUIRE(m_sandbox);

    auto config = options.server;
    config.emplace("server.port", std::to_string(serverPort));
    config.emplace("payments.api_base", m_sandbox->baseUrl());
    config.emplace("payments.secret_key", kApiKey);
    config.emplace("payments.webhook_secret", kWebhookSecret);
    config.emplace("tracking.api_base", m_sandbox->baseUrl());
    config.emplace("tracking.api_key", kApiKey);
    config.emplace("tracking.webhook_secret", kTrackingSecret);
    config.emplace("jobs.order_timer_interval_s", "3600"); // the tests move the clocks themselves
    m_server = std::make_unique<TestServer>(*m_env, config);

    auto &accounts = m_server->server().accounts();
    REQUIRE(
        accounts.createUser("seller@escrow.test", "Mei Seller", "JP", kPassword, {"buyer", "seller"}).error ==
        accounts::RegisterError::None);
    seller = signIn("seller@escrow.test");
    buyer = makeBuyer("buyer@escrow.test", "DE");
    listingId = makeListing(options.quantity);
}

EscrowWorld::~EscrowWorld()
{
    m_server.reset();
    m_sandbox->stop();
}

orders::EscrowServices &EscrowWorld::escrow()
{
    return m_server->server().escrow();
}

store::Database &EscrowWorld::db()
{
    return m_server->server().database();
}

Account EscrowWorld::signIn(const std::string &email)
{
    Client app(port());
    const auto r = app.postJson(
        "/api/v1/session", json{{"email", email}, {"password", kPassword}, {"device_name", "test"}}.dump());
    INFO(r.body);
    REQUIRE(r.status == 201);
    const auto body = json::parse(r.body);
    return {body.at("user").at("id").get<std::string>(), email, body.at("token").get<std::string>()};
}

Account EscrowWorld::makeBuyer(const std::string &email, const std::string &country)
{
    const auto r =
        m_server->server().accounts().createUser(email, "Test Buyer", country, kPassword, {"buyer"});
    REQUIRE(r.error == accounts::RegisterError::None);
    return signIn(email);
}

Account EscrowWorld::makeStaff(const std::string &email)
{
    const auto r = m_server->server().accounts().createUser(email, "Test Staff", "DE", kPassword, {"staff"});
    REQUIRE(r.error == accounts::RegisterError::None);
    const auto session = signInStaff(port(), email, kPassword); // enrols the second factor on the way
    return {session.userId, email, session.token};
}

std::string EscrowWorld::makeListing(std::int64_t quantity, std::int64_t priceMinor,
                                     const std::vector<std::string> &photos)
{
    store::SyncRecord record;
    record.entityId = store::newUuid();
    record.ownerId = seller.id;
    record.data = {{"title", "Vintage Seiko 5 automatic watch (1978)"},
                   {"description", "Runs well, keeps about +15 s/day."},
                   {"category", "watches/wristwatches"},
                   {"condition", "good"},
                   {"quantity", quantity},
                   {"price_minor", priceMinor},
                   {"currency", "JPY"},
                   {"handling_days", 3},
                   {"ships_from", "JP"},
                   {"origin", "JP"},
                   {"destinations", {{"mode", "except"}, {"countries", {"RU"}}}},
                   {"services", {"sample-ems", "sample-post-registered"}},
                   {"weight_g", 180},
                   {"dims_mm", {150, 100, 80}},
                   {"hs_code", "910221"},
                   {"status", "active"},
                   {"moderation", "published"},
                   {"moderation_reason", ""},
                   {"sold_quantity", 0},
                   {"photos", photos}};
    REQUIRE(store::SyncStore(db()).createListing(record));
    return record.entityId;
}

json EscrowWorld::address(const std::string &country)
{
    return {{"name", "Emma Johnson"},
            {"line1", "Hauptstrasse 1"},
            {"city", country == "DE" ? "Berlin" : "Somewhere"},
            {"postal_code", "10115"},
            {"country", country}};
}

HttpResponse EscrowWorld::call(const std::string &method, const std::string &path, const Account &who,
                               const json &body, const std::string &idempotencyKey)
{
    std::map<std::string, std::string> headers{{"Authorization", "Bearer " + who.token}};
    if (!idempotencyKey.empty())
        headers["Idempotency-Key"] = idempotencyKey;
    Client c(port());
    if (method == "GET")
        return c.get(path, headers);
    return c.request(method, path, body.is_null() ? std::string() : body.dump(), "application/json", headers);
}

json EscrowWorld::createOrder(const Account &who, const std::string &listing, std::int64_t quantity,
                              const std::string &service, const std::string &country)
{
    const auto r = call("POST", "/api/v1/orders", who,
                        {{"listing_id", listing},
                         {"quantity", quantity},
                         {"ship_to", address(country)},
                         {"service", service}},
                        newKey());
    INFO(r.body);
    REQUIRE(r.status == 201);
    return json::parse(r.body);
}

json EscrowWorld::order(const Account &who, const std::string &id)
{
    const auto r = call("GET", "/api/v1/orders/" + id, who);
    INFO(r.body);
    REQUIRE(r.status == 200);
    return json::parse(r.body);
}

std::string EscrowWorld::sessionOf(const json &order)
{
    const auto url = order.at("payment").at("checkout_url").get<std::string>();
    return url.substr(url.rfind('/') + 1);
}

HttpResponse EscrowWorld::sandboxPost(const std::string &path, const std::map<std::string, std::string> &form)
{
    Client c(m_sandbox->port());
    return c.request("POST", path, formEncode(form), "application/x-www-form-urlencoded",
                     {{"Authorization", std::string("Bearer ") + kApiKey}});
}

json EscrowWorld::pay(const json &order, const std::string &card)
{
    const auto r = sandboxPost("/sandbox/checkout/" + sessionOf(order) + "/pay", {{"card", card}});
    INFO(r.body);
    return r.body.empty() ? json() : json::parse(r.body);
}

json EscrowWorld::authenticate(const json &order, bool complete)
{
    const auto r = sandboxPost("/sandbox/checkout/" + sessionOf(order) + "/authenticate",
                               {{"result", complete ? "complete" : "fail"}});
    INFO(r.body);
    return r.body.empty() ? json() : json::parse(r.body);
}

void EscrowWorld::flushWebhooks()
{
    const auto r = sandboxPost("/sandbox/webhooks/flush?timeout_ms=20000");
    INFO(r.body);
    REQUIRE(r.status == 200);
}

json EscrowWorld::waitForStatus(const Account &who, const std::string &id, const std::string &status)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    json o;
    while (std::chrono::steady_clock::now() < deadline) {
        o = order(who, id);
        if (o.at("status") == status)
            return o;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    INFO(o.dump(2));
    FAIL("order " << id << " did not reach " << status);
    return o;
}

std::string EscrowWorld::settleRefund(const std::string &orderId, const std::string &status)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    std::string now;
    while (std::chrono::steady_clock::now() < deadline) {
        escrow().sendMoney(store::nowSeconds());
        flushWebhooks();
        const auto refunds = store::MoneyMovementStore::refundsOfOrder(db(), orderId);
        now = refunds.empty() ? std::string("none") : refunds.front().status;
        if (now == status)
            return now;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return now;
}

bool EscrowWorld::ledgerHolds()
{
    const auto audit = orders::auditLedger(db());
    if (!audit.ok())
        UNSCOPED_INFO("ledger: " << audit.verifier.problems().front().check << ": "
                                 << audit.verifier.problems().front().message);
    return audit.ok();
}

} // namespace caravan::test
