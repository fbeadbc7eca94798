#pragma once

// A marketplace for the escrow tests: the real server (in-process, SQLite or PostgreSQL) and the real
// sandbox provider (caravan-paysim, in-process), wired to each other over loopback HTTP, with a seller,
// buyers and a listing to buy.
#include "paysim/options.h"
#include "paysim/sandbox.h"
#include "support/http_client.h"
#include "support/test_env.h"

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

namespace caravan::orders {
class EscrowServices;
}

namespace caravan::test {

struct Account
{
    std::string id;
    std::string email;
    std::string token;
};

struct WorldOptions
{
    std::map<std::string, std::string> server; // configuration keys
    paysim::PaysimOptions sandbox;             // port, urls and secrets are filled in by the world
    std::int64_t quantity = 1;                 // of the listing
    bool webhooks = true;                      // false: the sandbox records its events but never sends them
};

class EscrowWorld
{
public:
    EscrowWorld()
        : EscrowWorld(WorldOptions{})
    {}
    explicit EscrowWorld(WorldOptions options);
    ~EscrowWorld();

    TestServer &server() { return *m_server; }
    paysim::Sandbox &sandbox() { return *m_sandbox; }
    orders::EscrowServices &escrow();
    store::Database &db();
    std::uint16_t port() const { return m_server->port(); }

    Account seller;
    Account buyer;
    std::string listingId;

    // A further buyer (registered directly, signed in over the API).
    Account makeBuyer(const std::string &email, const std::string &country = "DE");
    // A member of staff (created as an operator would, signed in over the API with the second factor).
    Account makeStaff(const std::string &email);
    // A listing of `seller` like the default one, with the given quantity, price and photos (SHA-256 of
    // photos already uploaded).
    std::string makeListing(std::int64_t quantity, std::int64_t priceMinor = 18500,
                            const std::vector<std::string> &photos = {});

    static nlohmann::json address(const std::string &country = "DE");
    HttpResponse call(const std::string &method, const std::string &path, const Account &who,
                      const nlohmann::json &body = nullptr, const std::string &idempotencyKey = {});
    // POST /api/v1/orders with a fresh key; REQUIREs 201 and returns the order.
    nlohmann::json createOrder(const Account &who, const std::string &listing, std::int64_t quantity = 1,
                               const std::string &service = "sample-ems", const std::string &country = "DE");
    nlohmann::json order(const Account &who, const std::string &id);
    // The checkout session id in an order's payment URL.
    static std::string sessionOf(const nlohmann::json &order);
    // Pays on the sandbox (as the hosted page's form would) with a test card; returns the sandbox's answer.
    nlohmann::json pay(const nlohmann::json &order, const std::string &card = "4242424242424242");
    nlohmann::json authenticate(const nlohmann::json &order, bool complete);
    // Waits until the sandbox has delivered every queued webhook.
    void flushWebhooks();
    // Polls the order until it has `status` (at most 15 s); returns it.
    nlohmann::json waitForStatus(const Account &who, const std::string &id, const std::string &status);
    // Sends what is due to the provider and delivers its events until the order's only refund has `status`
    // (at most 15 s; the server's own money job may have claimed it first). Returns the refund's status.
    std::string settleRefund(const std::string &orderId, const std::string &status = "succeeded");
    // A sandbox control request (POST, form body).
    HttpResponse sandboxPost(const std::string &path, const std::map<std::string, std::string> &form = {});
    // caravan-cli's ledger verify, in-process: true when every check holds (INFO names the first problem).
    bool ledgerHolds();

private:
    Account signIn(const std::string &email);
    std::unique_ptr<TestEnv> m_env;
    std::unique_ptr<paysim::Sandbox> m_sandbox;
    std::unique_ptr<TestServer> m_server;
};

inline constexpr const char *kWorldWebhookSecret = "whsec_escrow_world";
inline constexpr const char *kWorldPassword = "escrow test passphrase 42";

// A Stripe-Signature header for `body` at time `t` with `secret`, as the provider signs.
std::string stripeSignature(const std::string &body, std::int64_t t,
                            const std::string &secret = kWorldWebhookSecret);

std::uint16_t freeLoopbackPort();
std::string newKey();

} // namespace caravan::test
