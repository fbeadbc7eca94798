#pragma once

#include "runtime/settings.h"

#include <cstdint>
#include <memory>

namespace caravan::web {
class SavedSearchAlerts;
}
namespace caravan::store {
class Database;
class ListingRepository;
class UserRepository;
class PhotoFiles;
} // namespace caravan::store

namespace caravan::accounts {
class AccountService;
}

namespace caravan::orders {
class EscrowServices;
class PayoutIdentityService;
}

namespace caravan::http {
class Router;
}
namespace caravan::mail {
class MailOutbox;
}

namespace caravan::server {

// One caravan-server: the database (migrated on start), the account service, the web pages, the API and
// the HTTP listener. Used by caravan-server's main() and, in-process, by the tests.
class Server
{
public:
    // Opens and migrates the database, loads the web resources, seeds demo data if settings.demo.
    // Throws (store::SchemaTooNewError among others) with a message fit for the operator.
    explicit Server(Settings settings);
    ~Server();
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    void start(); // binds host:port (0 = any free port) and starts serving
    std::uint16_t port() const;
    // Stops accepting, lets requests in flight finish, then returns.
    void stop();

    const Settings &settings() const;
    store::Database &database();
    accounts::AccountService &accounts();
    store::UserRepository &users();
    store::ListingRepository &listings();
    store::PhotoFiles &photos();
    orders::EscrowServices &escrow();
    orders::PayoutIdentityService &identities();
    mail::MailOutbox &mailOutbox();
    // The saved-search mail (a pass also runs on a timer once the server listens).
    web::SavedSearchAlerts &savedSearchAlerts();
    int schemaVersion() const;
    const http::Router &router() const; // every route, with who may call it

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace caravan::server
