#include "paysim/money_moves.h"

#include "payments/json_fields.h"
#include "paysim/params.h"

namespace caravan::paysim {

using payments::lowerAscii;
using payments::upperAscii;

namespace {

constexpr std::int64_t kMaxAmount = 99999999;

json &find(std::map<std::string, json> &objects, const std::string &what, const std::string &id,
           const std::string &param = "id")
{
    const auto it = objects.find(id);
    if (it == objects.end())
        throw noSuch(what, id, param);
    return it->second;
}

// What is still refundable on a payment: received minus every refund that did not fail.
std::int64_t refundable(const SandboxState &state, const json &intent)
{
    std::int64_t left = intent["amount_received"].get<std::int64_t>();
    for (const auto &[id, r] : state.refunds)
        if (r["payment_intent"] == intent["id"] && r["status"] != "failed" && r["status"] != "canceled")
            left -= r["amount"].get<std::int64_t>();
    return left;
}

void succeedRefund(SandboxState &state, json &r)
{
    r["status"] = "succeeded";
    state.extras.erase(r["id"].get<std::string>());
    state.touch();
    state.emitStripe("refund.updated", r);
}

} // namespace

json &paymentIntent(SandboxState &state, const std::string &id)
{
    return find(state.paymentIntents, "payment_intent", id);
}

json &refund(SandboxState &state, const std::string &id)
{
    return find(state.refunds, "refund", id);
}

json &account(SandboxState &state, const std::string &id)
{
    return find(state.accounts, "account", id);
}

json &transfer(SandboxState &state, const std::string &id)
{
    return find(state.transfers, "transfer", id);
}

json createRefund(SandboxContext &ctx, const json &params)
{
    auto &state = ctx.state;
    auto intentId = stringParam(params, "payment_intent");
    if (!intentId) {
        const auto chargeId = stringParam(params, "charge");
        if (!chargeId)
            throw ApiError(400, "invalid_request_error", "parameter_missing", "payment_intent",
                           "Missing required param: payment_intent (or charge).");
        intentId = find(state.charges, "charge", *chargeId, "charge")["payment_intent"].get<std::string>();
    }
    const auto amount = intParam(params, "amount", 1, kMaxAmount);
    const auto reason = stringParam(params, "reason");
    if (reason && *reason != "duplicate" && *reason != "fraudulent" && *reason != "requested_by_customer")
        throw badParam("reason",
                       "Invalid reason: must be one of duplicate, fraudulent or requested_by_customer.");
    const json metadata = metadataParam(params, "metadata");

    auto &intent = find(state.paymentIntents, "payment_intent", *intentId, "payment_intent");
    if (intent["status"] != "succeeded")
        throw ApiError(400, "invalid_request_error", "payment_intent_unexpected_state", "payment_intent",
                       "This PaymentIntent (" + *intentId +
                           ") has no successful charge to refund; its status is " +
                           intent["status"].get<std::string>() + ".",
                       true);
    const auto left = refundable(state, intent);
    if (left <= 0)
        throw ApiError(400, "invalid_request_error", "charge_already_refunded", "payment_intent",
                       "The charge of " + *intentId + " has already been refunded in full.", true);
    if (amount && *amount > left)
        throw ApiError(400, "invalid_request_error", "amount_too_large", "amount",
                       "Refund amount (" + std::to_string(*amount) +
                           ") is greater than the unrefunded amount (" + std::to_string(left) + ").",
                       true);

    const bool later = ctx.options.refundDelayMs > 0;
    const auto id = state.newId("re_");
    const auto chargeId = intent["latest_charge"].get<std::string>();
    json r = {{"id", id},
              {"object", "refund"},
              {"amount", amount.value_or(left)},
              {"balance_transaction", nullptr},
              {"charge", chargeId},
              {"created", SandboxState::now()},
              {"currency", intent["currency"]},
              {"failure_reason", nullptr},
              {"metadata", metadata},
              {"payment_intent", *intentId},
              {"reason", reason ? json(*reason) : json()},
              {"status", later ? "pending" : "succeeded"}};
    state.refunds[id] = r;
    if (later)
        state.extras[id] = {{"settle_at_ms", SandboxState::nowMs() + ctx.options.refundDelayMs}};
    auto &charge = state.charges.at(chargeId);
    charge["amount_refunded"] =
        charge["amount_refunded"].get<std::int64_t>() + r["amount"].get<std::int64_t>();
    charge["refunded"] = charge["amount_refunded"] == charge["amount"];
    state.touch();
    state.emitStripe("refund.created", r);
    state.emitStripe("charge.refunded", charge);
    return r;
}

void settleDueRefunds(SandboxState &state, std::int64_t nowMs)
{
    for (auto &[id, r] : state.refunds) {
        if (r["status"] != "pending")
            continue;
        const auto extra = state.extras.find(id);
        const auto due =
            extra == state.extras.end() ? 0 : extra->second.value("settle_at_ms", std::int64_t(0));
        if (due <= nowMs)
            succeedRefund(state, r);
    }
}

json createAccount(SandboxContext &ctx, const json &params)
{
    auto &state = ctx.state;
    const auto type = requiredParam(params, "type");
    if (type != "express" && type != "custom" && type != "standard")
        throw badParam("type", "Invalid type: must be one of express, custom or standard.");
    const auto country = stringParam(params, "country").value_or("US");
    if (country.size() != 2 || upperAscii(country) != country)
        throw badParam("country", "Invalid country: an ISO 3166-1 alpha-2 code in capitals (\"DE\").");
    const auto email = stringParam(params, "email");
    const json metadata = metadataParam(params, "metadata");
    const json &requested = objectParam(params, "capabilities");
    json capabilities = json::object();
    for (const auto &[name, value] : requested.items())
        if (value.is_object() && value.value("requested", "") == "true")
            capabilities[name] = "active";

    const auto id = state.newId("acct_");
    json a = {{"id", id},
              {"object", "account"},
              {"business_type", nullptr},
              {"capabilities", capabilities},
              {"charges_enabled", true},
              {"country", country},
              {"created", SandboxState::now()},
              {"default_currency", nullptr},
              {"details_submitted", true},
              {"email", email ? json(*email) : json()},
              {"metadata", metadata},
              {"payouts_enabled", true},
              {"type", type}};
    state.accounts[id] = a;
    state.touch();
    state.emitStripe("account.updated", a);
    return a;
}

json createTransfer(SandboxContext &ctx, const json &params)
{
    auto &state = ctx.state;
    const auto amount = intParam(params, "amount", 1, kMaxAmount);
    if (!amount)
        throw ApiError(400, "invalid_request_error", "parameter_missing", "amount",
                       "Missing required param: amount.");
    const auto currency = currencyParam(params, "currency");
    const auto destination = requiredParam(params, "destination");
    const auto group = stringParam(params, "transfer_group");
    const auto description = stringParam(params, "description");
    const json metadata = metadataParam(params, "metadata");
    if (!state.accounts.count(destination))
        throw ApiError(400, "invalid_request_error", "resource_missing", "destination",
                       "No such destination: '" + destination + "'", true);

    const auto id = state.newId("tr_");
    json t = {{"id", id},
              {"object", "transfer"},
              {"amount", *amount},
              {"amount_reversed", 0},
              {"created", SandboxState::now()},
              {"currency", lowerAscii(currency)},
              {"description", description ? json(*description) : json()},
              {"destination", destination},
              {"livemode", false},
              {"metadata", metadata},
              {"reversals",
               {{"object", "list"},
                {"data", json::array()},
                {"has_more", false},
                {"total_count", 0},
                {"url", "/v1/transfers/" + id + "/reversals"}}},
              {"reversed", false},
              {"transfer_group", group ? json(*group) : json()}};
    state.transfers[id] = t;
    state.touch();
    state.emitStripe("transfer.created", t);
    return t;
}

} // namespace caravan::paysim
