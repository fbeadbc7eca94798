// The address book. Addresses are checked by the same rules as an order's ship_to (orders::checkAddress);
// someone else's address answers 404 like one that does not exist. Saving addresses needs a verified email
// address (they serve checkout, which does too).
#include "orders/order_service.h"
#include "store/addresses.h"
#include "web/account_pages.h"

namespace caravan::web::account_detail {

namespace {

constexpr const char *kFields[] = {"name", "line1", "line2", "city", "postal_code", "region", "country", "phone"};

// The catalog key naming a field ("field_line1", ...).
std::string fieldLabelKey(const std::string &field)
{
    return field == "country" ? "field_country" : "address_field_" + field;
}

nlohmann::json formValues(const http::Request &req)
{
    nlohmann::json shipTo = nlohmann::json::object();
    for (const char *f : kFields)
        shipTo[f] = req.formValue(f);
    return shipTo;
}

nlohmann::json addressView(const WebContext &ctx, const http::Request &req, const store::Address &a)
{
    return {{"id", a.id},
            {"name", a.name},
            {"line1", a.line1},
            {"line2", a.line2},
            {"city", a.city},
            {"postal_code", a.postalCode},
            {"region", a.region},
            {"country", ctx.countries.name(req.lang, a.country)},
            {"phone", a.phone},
            {"is_default", a.isDefault}};
}

http::Response listPage(WebContext &ctx, AccountServices &services, http::Request &req, const std::string &errorKey = {},
                        int status = 200)
{
    if (!req.user->emailVerified())
        return emailNotVerifiedPage(ctx, req);
    nlohmann::json list = nlohmann::json::array();
    for (const auto &a : services.addresses.list(req.user->id))
        list.push_back(addressView(ctx, req, a));
    nlohmann::json data{{"page_title", ctx.text(req, "addresses_title")},
                        {"addresses", list},
                        {"has_addresses", !list.empty()},
                        {"can_add", list.size() < store::AddressStore::kMaxPerUser}};
    if (!errorKey.empty())
        data["error"] = ctx.text(req, errorKey);
    return render(ctx, req, "addresses", std::move(data), status);
}

// The add or edit form; `values` are the fields to show (from the stored address or the posted form).
http::Response formPage(WebContext &ctx, http::Request &req, const std::string &id, const nlohmann::json &values,
                        bool makeDefault, const std::string &error = {}, int status = 200)
{
    nlohmann::json data{{"page_title", ctx.text(req, id.empty() ? "address_new_title" : "address_edit_title")},
                        {"action", id.empty() ? "/account/addresses" : "/account/addresses/" + id},
                        {"is_new", id.empty()},
                        {"make_default", makeDefault},
                        {"countries", countryOptions(ctx, req.lang, values.value("country", ""))}};
    for (const char *f : kFields)
        data[f] = values.value(f, "");
    if (!error.empty())
        data["error"] = error;
    return render(ctx, req, "address_form", std::move(data), status);
}

// The posted address, checked; or the form again with what is wrong.
std::optional<store::Address> checkedForm(WebContext &ctx, http::Request &req, http::Response &refusal,
                                          const std::string &id)
{
    const auto values = formValues(req);
    nlohmann::json given = nlohmann::json::object();
    for (const auto &[key, value] : values.items())
        if (!value.get<std::string>().empty())
            given[key] = value;
    try {
        return store::Address::fromShipTo(orders::checkAddress(given));
    } catch (const orders::OrderError &e) {
        const auto field = e.field.rfind("ship_to.", 0) == 0 ? e.field.substr(8) : e.field;
        std::string message;
        if (e.code == "invalid_country" || field == "country")
            message = ctx.text(req, "error_address_country");
        else
            message = ctx.text(req, e.code == "required" ? "error_address_required" : "error_address_invalid") + " " +
                      ctx.text(req, fieldLabelKey(field));
        refusal = formPage(ctx, req, id, values, req.formValue("make_default") == "1", message, 422);
        return std::nullopt;
    }
}

http::Response newForm(WebContext &ctx, http::Request &req)
{
    if (!req.user->emailVerified())
        return emailNotVerifiedPage(ctx, req);
    return formPage(ctx, req, "", {{"country", req.user->country}}, false);
}

http::Response addPost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    if (!req.user->emailVerified())
        return emailNotVerifiedPage(ctx, req);
    http::Response refusal;
    const auto address = checkedForm(ctx, req, refusal, "");
    if (!address)
        return refusal;
    if (!services.addresses.add(req.user->id, *address, req.formValue("make_default") == "1"))
        return listPage(ctx, services, req, "error_address_limit", 409);
    return http::Response::redirect("/account/addresses?notice=address_saved");
}

http::Response editForm(WebContext &ctx, AccountServices &services, http::Request &req)
{
    if (!req.user->emailVerified())
        return emailNotVerifiedPage(ctx, req);
    const auto address = services.addresses.find(req.user->id, req.param("id"));
    if (!address)
        return errorPage(ctx, req, 404);
    auto values = address->toShipTo();
    return formPage(ctx, req, address->id, values, address->isDefault);
}

http::Response updatePost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    if (!req.user->emailVerified())
        return emailNotVerifiedPage(ctx, req);
    const auto id = req.param("id");
    if (!services.addresses.find(req.user->id, id))
        return errorPage(ctx, req, 404);
    http::Response refusal;
    const auto address = checkedForm(ctx, req, refusal, id);
    if (!address)
        return refusal;
    if (!services.addresses.update(req.user->id, id, *address))
        return errorPage(ctx, req, 404);
    if (req.formValue("make_default") == "1")
        services.addresses.setDefault(req.user->id, id);
    return http::Response::redirect("/account/addresses?notice=address_saved");
}

http::Response deletePost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    if (!services.addresses.remove(req.user->id, req.param("id")))
        return errorPage(ctx, req, 404);
    return http::Response::redirect("/account/addresses?notice=address_deleted");
}

http::Response defaultPost(WebContext &ctx, AccountServices &services, http::Request &req)
{
    if (!req.user->emailVerified())
        return emailNotVerifiedPage(ctx, req);
    if (!services.addresses.setDefault(req.user->id, req.param("id")))
        return errorPage(ctx, req, 404);
    return http::Response::redirect("/account/addresses?notice=address_default");
}

} // namespace

void addAddressRoutes(http::Router &router, WebContext &ctx, AccountServices &services)
{
    using http::RouteKind;
    router.add("GET", "/account/addresses", RouteKind::Web, true,
               [&ctx, &services](http::Request &r) { return listPage(ctx, services, r); });
    router.add("POST", "/account/addresses", RouteKind::Web, true,
               [&ctx, &services](http::Request &r) { return addPost(ctx, services, r); });
    // Before /account/addresses/{id}: the first matching route wins.
    router.add("GET", "/account/addresses/new", RouteKind::Web, true, [&ctx](http::Request &r) { return newForm(ctx, r); });
    router.add("GET", "/account/addresses/{id}", RouteKind::Web, true,
               [&ctx, &services](http::Request &r) { return editForm(ctx, services, r); });
    router.add("POST", "/account/addresses/{id}", RouteKind::Web, true,
               [&ctx, &services](http::Request &r) { return updatePost(ctx, services, r); });
    router.add("POST", "/account/addresses/{id}/delete", RouteKind::Web, true,
               [&ctx, &services](http::Request &r) { return deletePost(ctx, services, r); });
    router.add("POST", "/account/addresses/{id}/default", RouteKind::Web, true,
               [&ctx, &services](http::Request &r) { return defaultPost(ctx, services, r); });
}

} // namespace caravan::web::account_detail
