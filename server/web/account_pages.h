#pragma once

#include "web/pages.h"

#include <string>

namespace caravan::accounts {
class AccountSelfService;
class AccountService;
} // namespace caravan::accounts
namespace caravan::store {
class AddressStore;
class Database;
} // namespace caravan::store

namespace caravan::web {

class AccountMail;

// What the account pages need besides the WebContext. Owned by the server.
struct AccountServices
{
    accounts::AccountSelfService &self;
    AccountMail &mail;
    store::AddressStore &addresses;
    store::Database &database;
};

// Registration, sign-in and sign-out, the account page and its parts: email verification, password
// reset by email, password change, profile, address book, sign-out everywhere, deleting the account and
// downloading its data (docs/http-api.md, "Pages").
void addAccountRoutes(http::Router &router, WebContext &ctx, AccountServices &services);

// What an account with an unconfirmed email address may not do: save addresses and buy (orders::placeOrder
// refuses it on the web and the API alike). It may browse, sign in, manage the account, delete it and
// download its data. A page that refuses an
// unverified account answers with this (403, a way to get a new link).
http::Response emailNotVerifiedPage(const WebContext &ctx, const http::Request &request);

// The parts of the account pages, in their own files.
namespace account_detail {

// Renders `page` with a notice named by ?notice= (only known names are shown).
http::Response render(const WebContext &ctx, const http::Request &req, const std::string &page, nlohmann::json data,
                      int status = 200);
std::string passwordErrorKey(int selfServiceError);
// The SHA-256 of the request's session token (the session a password change keeps).
std::string sessionHash(const http::Request &req);

// Everything the account holds, for "download my data" (docs/http-api.md): profile, addresses, orders as
// buyer and as seller with their history, listings (as synced), desktop app sign-ins.
nlohmann::json exportAccountData(store::Database &db, accounts::AccountService &accounts, const store::User &user);

void addEmailRoutes(http::Router &router, WebContext &ctx, AccountServices &services);    // verify, reset
void addSettingsRoutes(http::Router &router, WebContext &ctx, AccountServices &services); // profile, password, delete, data
void addAddressRoutes(http::Router &router, WebContext &ctx, AccountServices &services);  // address book

} // namespace account_detail

} // namespace caravan::web
