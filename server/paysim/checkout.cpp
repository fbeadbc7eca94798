#include "paysim/checkout.h"

#include "payments/json_fields.h"
#include "paysim/params.h"

#include <Poco/DateTime.h>

namespace caravan::paysim {

using payments::lowerAscii;

namespace {

constexpr std::int64_t kMaxAmount = 99999999; // Stripe's eight digits
constexpr std::int64_t kMaxLifetime = 24 * 3600;

struct TestCard
{
    const char *number;
    enum { Pays, Declines, Challenges } behaviour;
    const char *declineCode;
    const char *message;
};

// docs.stripe.com/testing
constexpr TestCard kTestCards[] = {
    {"4242424242424242", TestCard::Pays, "", ""},
    {"4000000000000002", TestCard::Declines, "generic_decline", "Your card was declined."},
    {"4000000000009995", TestCard::Declines, "insufficient_funds", "Your card has insufficient funds."},
    {"4000002760003184", TestCard::Challenges, "", ""},
};

bool isHttpUrl(const std::string &url)
{
    return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

// Re-throws a parameter error of a nested object with the full name ("line_items[0][quantity]").
template <class F> auto nested(const std::string &prefix, F f)
{
    try {
        return f();
    } catch (ApiError &e) {
        e.param = e.param.empty() ? prefix : prefix + "[" + e.param + "]";
        throw;
    }
}

std::string digitsOf(const std::string &text)
{
    std::string out;
    for (char c : text)
        if (c >= '0' && c <= '9')
            out += c;
        else if (c != ' ' && c != '-')
            return {};
    return out;
}

bool luhn(const std::string &digits)
{
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

// Checks the form; an empty result means it is complete and plausible.
PayResult checkCard(const CardInput &card, std::string &number)
{
    number = digitsOf(card.number);
    if (number.size() < 12 || number.size() > 19 || !luhn(number))
        return {PayOutcome::InvalidCard, "incorrect_number", "Your card number is incorrect."};
    std::string expiry;
    for (char c : card.expiry)
        if (c >= '0' && c <= '9')
            expiry += c;
    if (expiry.size() != 4 && expiry.size() != 6)
        return {PayOutcome::InvalidCard, "invalid_expiry_month", "Enter the expiry date as MM/YY."};
    const int month = std::stoi(expiry.substr(0, 2));
    int year = std::stoi(expiry.substr(2));
    if (year < 100)
        year += 2000;
    const Poco::DateTime today;
    if (month < 1 || month > 12)
        return {PayOutcome::InvalidCard, "invalid_expiry_month", "Your card's expiration month is invalid."};
    if (year < today.year() || (year == today.year() && month < today.month()))
        return {PayOutcome::InvalidCard, "invalid_expiry_year",
                "Your card's expiration date is in the past."};
    const auto cvc = digitsOf(card.cvc);
    if (cvc.size() < 3 || cvc.size() > 4 || cvc.size() != card.cvc.size())
        return {PayOutcome::InvalidCard, "incorrect_cvc", "Your card's security code is incomplete."};
    return {PayOutcome::Succeeded, "", ""};
}

json &paymentIntentOf(SandboxState &state, json &session)
{
    if (session["payment_intent"].is_string())
        return state.paymentIntents.at(session["payment_intent"].get<std::string>());
    const json data =
        state.extras[session["id"].get<std::string>()].value("payment_intent_data", json::object());
    const auto id = state.newId("pi_");
    state.paymentIntents[id] = {
        {"id", id},
        {"object", "payment_intent"},
        {"amount", session["amount_total"]},
        {"amount_received", 0},
        {"capture_method", "automatic"},
        {"cancellation_reason", nullptr},
        {"created", SandboxState::now()},
        {"currency", session["currency"]},
        {"description", data.value("description", json())},
        {"last_payment_error", nullptr},
        {"latest_charge", nullptr},
        {"livemode", false},
        {"metadata", data.value("metadata", json::object())},
        {"next_action", nullptr},
        {"payment_method", nullptr},
        {"payment_method_types", json::array({"card"})},
        {"status", "requires_payment_method"},
        {"transfer_group", data.value("transfer_group", json())},
    };
    session["payment_intent"] = id;
    state.touch();
    return state.paymentIntents[id];
}

json cardDetails(const std::string &number)
{
    return {{"brand", "visa"}, {"last4", number.substr(number.size() - 4)}, {"funding", "credit"}};
}

void succeed(SandboxState &state, json &session, json &intent, const json &card, const std::string &name)
{
    const auto chargeId = state.newId("ch_");
    state.charges[chargeId] = {
        {"id", chargeId},
        {"object", "charge"},
        {"amount", intent["amount"]},
        {"amount_captured", intent["amount"]},
        {"amount_refunded", 0},
        {"billing_details", {{"name", name.empty() ? json() : json(name)}}},
        {"captured", true},
        {"created", SandboxState::now()},
        {"currency", intent["currency"]},
        {"livemode", false},
        {"metadata", intent["metadata"]},
        {"paid", true},
        {"payment_intent", intent["id"]},
        {"payment_method_details", {{"type", "card"}, {"card", card}}},
        {"refunded", false},
        {"status", "succeeded"},
        {"transfer_group", intent["transfer_group"]},
    };
    intent["status"] = "succeeded";
    intent["amount_received"] = intent["amount"];
    intent["latest_charge"] = chargeId;
    intent["last_payment_error"] = nullptr;
    intent["next_action"] = nullptr;
    intent["payment_method"] = state.newId("pm_");
    session["status"] = "complete";
    session["payment_status"] = "paid";
    session["url"] = nullptr;
    session["customer_details"] = {{"email", session["customer_email"]},
                                   {"name", name.empty() ? json() : json(name)}};
    state.touch();
    state.emitStripe("payment_intent.succeeded", intent);
    state.emitStripe("checkout.session.completed", session);
}

PayResult fail(SandboxState &state, json &intent, const std::string &type, const std::string &code,
               const std::string &declineCode, const std::string &message)
{
    intent["status"] = "requires_payment_method";
    intent["next_action"] = nullptr;
    json error = {{"type", type}, {"code", code}, {"message", message}};
    if (!declineCode.empty())
        error["decline_code"] = declineCode;
    intent["last_payment_error"] = error;
    state.touch();
    state.emitStripe("payment_intent.payment_failed", intent);
    return {PayOutcome::Declined, code, message};
}

void expire(SandboxState &state, json &session)
{
    session["status"] = "expired";
    session["url"] = nullptr;
    if (session["payment_intent"].is_string()) {
        auto &intent = state.paymentIntents.at(session["payment_intent"].get<std::string>());
        if (intent["status"] != "succeeded" && intent["status"] != "canceled") {
            intent["status"] = "canceled";
            intent["cancellation_reason"] = "abandoned";
            intent["next_action"] = nullptr;
            state.emitStripe("payment_intent.canceled", intent);
        }
    }
    state.touch();
    state.emitStripe("checkout.session.expired", session);
}

// An open session past its expires_at expires the moment anyone looks at it.
bool stillOpen(SandboxState &state, json &session)
{
    if (session["status"] != "open")
        return false;
    if (session["expires_at"].get<std::int64_t>() <= SandboxState::now()) {
        expire(state, session);
        return false;
    }
    return true;
}

PayResult notOpen(const json &session)
{
    return {PayOutcome::NotOpen, "checkout_session_" + session["status"].get<std::string>(),
            session["status"] == "complete" ? "This checkout session is already paid."
                                            : "This checkout session has expired; it can no longer be paid."};
}

json parseLineItem(const json &item, std::string &currency)
{
    if (!item.is_object())
        throw badParam("", "Invalid line item: expected a hash.");
    if (item.contains("price"))
        throw badParam("price", "The sandbox takes price_data, not Price objects.");
    const json &priceData = objectParam(item, "price_data");
    const auto itemCurrency = nested("price_data", [&] { return currencyParam(priceData, "currency"); });
    if (!currency.empty() && itemCurrency != currency)
        throw badParam("price_data[currency]", "All line items must use the same currency.");
    currency = itemCurrency;
    const auto amount =
        nested("price_data", [&] { return intParam(priceData, "unit_amount", 1, kMaxAmount); });
    if (!amount)
        throw ApiError(400, "invalid_request_error", "parameter_missing", "price_data[unit_amount]",
                       "Missing required param: unit_amount.");
    const auto name = nested("price_data[product_data]",
                             [&] { return requiredParam(objectParam(priceData, "product_data"), "name"); });
    const auto quantity = intParam(item, "quantity", 1, 999);
    if (!quantity)
        throw ApiError(400, "invalid_request_error", "parameter_missing", "quantity",
                       "Missing required param: quantity.");
    return {{"name", name}, {"unit_amount", *amount}, {"quantity", *quantity}};
}

} // namespace

json &checkoutSession(SandboxState &state, const std::string &id)
{
    const auto it = state.sessions.find(id);
    if (it == state.sessions.end())
        throw noSuch("checkout.session", id);
    return it->second;
}

json createCheckoutSession(SandboxContext &ctx, const json &params)
{
    auto &state = ctx.state;
    if (requiredParam(params, "mode") != "payment")
        throw badParam("mode", "The sandbox supports mode=payment only.");
    const auto items = params.find("line_items");
    if (items == params.end() || !items->is_array() || items->empty())
        throw ApiError(400, "invalid_request_error", "parameter_missing", "line_items",
                       "Missing required param: line_items.");
    std::string currency;
    json lineItems = json::array();
    std::int64_t total = 0;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const auto prefix = "line_items[" + std::to_string(i) + "]";
        lineItems.push_back(nested(prefix, [&] { return parseLineItem((*items)[i], currency); }));
        total += lineItems.back()["unit_amount"].get<std::int64_t>() *
                 lineItems.back()["quantity"].get<std::int64_t>();
    }
    if (total > kMaxAmount)
        throw ApiError(400, "invalid_request_error", "amount_too_large", "line_items",
                       "The total is above the largest amount allowed (99999999).");

    const auto successUrl = requiredParam(params, "success_url");
    const auto cancelUrl = stringParam(params, "cancel_url");
    if (!isHttpUrl(successUrl))
        throw badParam("success_url", "Not a valid URL: success_url must be http:// or https://.");
    if (cancelUrl && !isHttpUrl(*cancelUrl))
        throw badParam("cancel_url", "Not a valid URL: cancel_url must be http:// or https://.");
    const auto now = SandboxState::now();
    const auto expiresAt =
        intParam(params, "expires_at", 0, std::int64_t(1) << 40).value_or(now + kMaxLifetime);
    if (expiresAt < now + ctx.options.checkoutMinLifetimeSeconds || expiresAt > now + kMaxLifetime)
        throw badParam("expires_at", "The Checkout Session's expires_at must be between " +
                                         std::to_string(ctx.options.checkoutMinLifetimeSeconds / 60) +
                                         " minutes and 24 hours from now.");
    const auto reference = stringParam(params, "client_reference_id");
    if (reference && reference->size() > 200)
        throw badParam("client_reference_id", "client_reference_id is at most 200 characters.");
    const auto email = stringParam(params, "customer_email");
    const json metadata = metadataParam(params, "metadata");
    const json &intentData = objectParam(params, "payment_intent_data");
    const json intentMetadata =
        nested("payment_intent_data", [&] { return metadataParam(intentData, "metadata"); });
    const auto transferGroup =
        nested("payment_intent_data", [&] { return stringParam(intentData, "transfer_group"); });
    const auto description =
        nested("payment_intent_data", [&] { return stringParam(intentData, "description"); });

    const auto id = state.newId("cs_test_");
    json session = {
        {"id", id},
        {"object", "checkout.session"},
        {"amount_subtotal", total},
        {"amount_total", total},
        {"cancel_url", cancelUrl ? json(*cancelUrl) : json()},
        {"client_reference_id", reference ? json(*reference) : json()},
        {"created", now},
        {"currency", lowerAscii(currency)},
        {"customer", nullptr},
        {"customer_details", nullptr},
        {"customer_email", email ? json(*email) : json()},
        {"expires_at", expiresAt},
        {"livemode", false},
        {"metadata", metadata},
        {"mode", "payment"},
        {"payment_intent", nullptr},
        {"payment_method_types", json::array({"card"})},
        {"payment_status", "unpaid"},
        {"status", "open"},
        {"success_url", successUrl},
        {"url", ctx.baseUrl + "/pay/" + id},
    };
    state.extras[id] = {{"line_items", lineItems},
                        {"payment_intent_data",
                         {{"metadata", intentMetadata},
                          {"transfer_group", transferGroup ? json(*transferGroup) : json()},
                          {"description", description ? json(*description) : json()}}}};
    state.sessions[id] = session;
    state.touch();
    return session;
}

json expireCheckoutSession(SandboxState &state, const std::string &id)
{
    auto &session = checkoutSession(state, id);
    if (!stillOpen(state, session))
        throw ApiError(400, "invalid_request_error", "", "",
                       "Only Checkout Sessions with a status of 'open' can be expired; this one is " +
                           session["status"].get<std::string>() + ".",
                       true);
    expire(state, session);
    return session;
}

PayResult payCheckoutSession(SandboxState &state, const std::string &id, const CardInput &card)
{
    auto &session = checkoutSession(state, id);
    if (!stillOpen(state, session))
        return notOpen(session);
    std::string number;
    if (auto problem = checkCard(card, number); problem.outcome != PayOutcome::Succeeded)
        return problem;
    auto &intent = paymentIntentOf(state, session);
    const TestCard *test = nullptr;
    for (const auto &candidate : kTestCards)
        if (number == candidate.number)
            test = &candidate;
    if (!test)
        return fail(state, intent, "card_error", "card_declined", "test_mode_live_card",
                    "Your card was declined. The sandbox accepts only the test cards listed on this page.");
    if (test->behaviour == TestCard::Declines)
        return fail(state, intent, "card_error", "card_declined", test->declineCode, test->message);
    if (test->behaviour == TestCard::Challenges) {
        intent["status"] = "requires_action";
        intent["next_action"] = {{"type", "redirect_to_url"},
                                 {"redirect_to_url", {{"url", "/pay/" + id + "/authenticate"}}}};
        state.extras[id]["challenge"] = {{"card", cardDetails(number)}, {"name", card.name}};
        state.touch();
        return {PayOutcome::RequiresAction, "authentication_required",
                "Your bank asks you to confirm this payment."};
    }
    succeed(state, session, intent, cardDetails(number), card.name);
    return {PayOutcome::Succeeded, "", ""};
}

PayResult authenticateCheckoutSession(SandboxState &state, const std::string &id, bool complete)
{
    auto &session = checkoutSession(state, id);
    if (!stillOpen(state, session))
        return notOpen(session);
    auto &extra = state.extras[id];
    if (!session["payment_intent"].is_string() || !extra.contains("challenge"))
        return {PayOutcome::NoChallenge, "no_challenge", "There is no payment waiting for authentication."};
    auto &intent = paymentIntentOf(state, session);
    const json challenge = extra["challenge"];
    extra.erase("challenge");
    if (intent["status"] != "requires_action")
        return {PayOutcome::NoChallenge, "no_challenge", "There is no payment waiting for authentication."};
    if (!complete)
        return fail(state, intent, "invalid_request_error", "payment_intent_authentication_failure", "",
                    "The payment could not be authenticated. Try again or use another card.");
    succeed(state, session, intent, challenge["card"], challenge["name"].get<std::string>());
    return {PayOutcome::Succeeded, "", ""};
}

void expireDueSessions(SandboxState &state, std::int64_t now)
{
    for (auto &[id, session] : state.sessions)
        if (session["status"] == "open" && session["expires_at"].get<std::int64_t>() <= now)
            expire(state, session);
}

std::string successRedirect(const json &session)
{
    auto url = session["success_url"].get<std::string>();
    const std::string placeholder = "{CHECKOUT_SESSION_ID}";
    for (auto pos = url.find(placeholder); pos != std::string::npos; pos = url.find(placeholder, pos))
        url.replace(pos, placeholder.size(), session["id"].get<std::string>());
    return url;
}

std::string sessionDescription(const SandboxState &state, const std::string &id)
{
    const auto it = state.extras.find(id);
    if (it == state.extras.end() || !it->second.contains("line_items"))
        return {};
    std::string out;
    for (const auto &item : it->second["line_items"]) {
        if (!out.empty())
            out += ", ";
        out += item["name"].get<std::string>();
        if (item["quantity"].get<std::int64_t>() > 1)
            out += " × " + std::to_string(item["quantity"].get<std::int64_t>());
    }
    return out;
}

} // namespace caravan::paysim
