#include "payments/stripe_provider.h"

#include "payments/json_fields.h"
#include "payments/provider_http.h"
#include "payments/webhook_signature.h"

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace caravan::payments {

using nlohmann::json;

namespace {

void requireKey(const std::string &key, const char *call)
{
    if (key.empty())
        throw std::invalid_argument(std::string(call) + " needs an idempotency key");
}

void addMetadata(FormFields &fields, const std::string &prefix,
                 const std::map<std::string, std::string> &metadata)
{
    for (const auto &[key, value] : metadata)
        fields.emplace_back(prefix + "[" + key + "]", value);
}

// Stripe's error object → ProviderError. Transient: no answer, 409 (the same idempotency key is in
// flight), 429 and 5xx, unless Stripe says otherwise with Stripe-Should-Retry.
ProviderError errorFrom(const HttpAnswer &answer, const std::string &what)
{
    const json body = json::parse(answer.body, nullptr, false);
    const json &error = jsonObject(body, "error");
    std::string code = jsonString(error, "code");
    if (code.empty())
        code = jsonString(error, "type");
    if (code.empty())
        code = "http_" + std::to_string(answer.status);
    std::string message = jsonString(error, "message");
    if (message.empty())
        message = what + " answered HTTP " + std::to_string(answer.status);
    const auto decline = jsonString(error, "decline_code");
    if (!decline.empty())
        message += " (decline_code: " + decline + ")";
    bool transient = answer.status == 409 || answer.status == 429 || answer.status >= 500;
    const auto retry = answer.header("stripe-should-retry");
    if (retry == "true")
        transient = true;
    else if (retry == "false")
        transient = false;
    return ProviderError(answer.status, code, message, transient);
}

// The order an object belongs to: its metadata[order_id], else a session's client_reference_id.
std::string orderIdOf(const json &object)
{
    auto id = jsonString(jsonObject(object, "metadata"), "order_id");
    return id.empty() ? jsonString(object, "client_reference_id") : id;
}

} // namespace

StripeProvider::StripeProvider(Config config)
    : m_config(std::move(config))
{}

json StripeProvider::call(const std::string &method, const std::string &path, const FormFields &fields,
                          const std::string &idempotencyKey) const
{
    HttpCall request;
    request.method = method;
    request.url = joinUrl(m_config.apiBase, path);
    request.timeoutSeconds = m_config.timeoutSeconds;
    request.headers = {{"Authorization", "Bearer " + m_config.secretKey},
                       {"Stripe-Version", kStripeApiVersion},
                       {"Accept", "application/json"},
                       {"User-Agent", "caravan-server (Stripe adapter)"}};
    if (!idempotencyKey.empty())
        request.headers.emplace_back("Idempotency-Key", idempotencyKey);
    if (method == "POST") {
        request.contentType = "application/x-www-form-urlencoded";
        request.body = encodeForm(fields);
    } else if (!fields.empty()) {
        request.url += "?" + encodeForm(fields);
    }
    const std::string what = "Stripe " + method + " " + path;
    const auto answer = sendHttp(request);
    if (answer.status < 200 || answer.status >= 300)
        throw errorFrom(answer, what);
    json body = json::parse(answer.body, nullptr, false);
    if (!body.is_object())
        throw ProviderError(answer.status, "invalid_response",
                            what + " answered with something that is not JSON", true);
    return body;
}

CheckoutSession StripeProvider::toCheckoutSession(const json &object)
{
    CheckoutSession s;
    s.id = jsonString(object, "id");
    s.url = jsonString(object, "url");
    s.status = jsonString(object, "status");
    s.paymentStatus = jsonString(object, "payment_status");
    s.paymentIntentId = jsonId(object, "payment_intent");
    s.orderId = orderIdOf(object);
    s.amountTotal = jsonInt(object, "amount_total");
    s.currency = upperAscii(jsonString(object, "currency"));
    return s;
}

Refund StripeProvider::toRefund(const json &object)
{
    Refund r;
    r.id = jsonString(object, "id");
    r.status = jsonString(object, "status");
    r.amountMinor = jsonInt(object, "amount");
    r.currency = upperAscii(jsonString(object, "currency"));
    r.paymentIntentId = jsonId(object, "payment_intent");
    r.metadata = jsonStringMap(jsonObject(object, "metadata"));
    return r;
}

Transfer StripeProvider::toTransfer(const json &object)
{
    Transfer t;
    t.id = jsonString(object, "id");
    t.amountMinor = jsonInt(object, "amount");
    t.currency = upperAscii(jsonString(object, "currency"));
    t.destinationAccount = jsonId(object, "destination");
    t.reversed = jsonBool(object, "reversed");
    t.metadata = jsonStringMap(jsonObject(object, "metadata"));
    return t;
}

ConnectedAccount StripeProvider::toAccount(const json &object)
{
    ConnectedAccount a;
    a.id = jsonString(object, "id");
    a.payoutsEnabled = jsonBool(object, "payouts_enabled");
    return a;
}

CheckoutSession StripeProvider::createCheckoutSession(const CheckoutRequest &request)
{
    requireKey(request.idempotencyKey, "createCheckoutSession");
    const std::string item = "line_items[0]";
    FormFields fields = {
        {"mode", "payment"},
        {item + "[price_data][currency]", lowerAscii(request.currency)},
        {item + "[price_data][unit_amount]", std::to_string(request.amountMinor)},
        {item + "[price_data][product_data][name]",
         request.description.empty() ? "Order " + request.orderId : request.description},
        {item + "[quantity]", "1"},
        {"success_url", request.successUrl},
        {"client_reference_id", request.orderId},
        {"metadata[order_id]", request.orderId},
        {"payment_intent_data[metadata][order_id]", request.orderId},
        {"payment_intent_data[transfer_group]", request.orderId},
    };
    if (!request.cancelUrl.empty())
        fields.emplace_back("cancel_url", request.cancelUrl);
    if (request.expiresAt > 0)
        fields.emplace_back("expires_at", std::to_string(request.expiresAt));
    if (!request.customerEmail.empty())
        fields.emplace_back("customer_email", request.customerEmail);
    return toCheckoutSession(call("POST", "/v1/checkout/sessions", fields, request.idempotencyKey));
}

CheckoutSession StripeProvider::retrieveCheckoutSession(const std::string &sessionId)
{
    return toCheckoutSession(call("GET", "/v1/checkout/sessions/" + percentEncode(sessionId), {}, {}));
}

CheckoutSession StripeProvider::expireCheckoutSession(const std::string &sessionId)
{
    try {
        return toCheckoutSession(
            call("POST", "/v1/checkout/sessions/" + percentEncode(sessionId) + "/expire", {}, {}));
    } catch (const ProviderError &e) {
        // Stripe refuses to expire a session that is not open; the interface returns it as it is.
        if (e.transient || e.httpStatus != 400)
            throw;
        auto session = retrieveCheckoutSession(sessionId);
        if (session.status == "open")
            throw;
        return session;
    }
}

Refund StripeProvider::createRefund(const RefundRequest &request)
{
    requireKey(request.idempotencyKey, "createRefund");
    FormFields fields = {{"payment_intent", request.paymentIntentId}};
    if (request.amountMinor > 0)
        fields.emplace_back("amount", std::to_string(request.amountMinor));
    if (!request.reason.empty())
        fields.emplace_back("reason", request.reason);
    addMetadata(fields, "metadata", request.metadata);
    return toRefund(call("POST", "/v1/refunds", fields, request.idempotencyKey));
}

Refund StripeProvider::retrieveRefund(const std::string &refundId)
{
    return toRefund(call("GET", "/v1/refunds/" + percentEncode(refundId), {}, {}));
}

ConnectedAccount StripeProvider::createConnectedAccount(const AccountRequest &request)
{
    requireKey(request.idempotencyKey, "createConnectedAccount");
    FormFields fields = {{"type", "express"},
                         {"country", upperAscii(request.country)},
                         {"capabilities[transfers][requested]", "true"}};
    if (!request.email.empty())
        fields.emplace_back("email", request.email);
    addMetadata(fields, "metadata", request.metadata);
    return toAccount(call("POST", "/v1/accounts", fields, request.idempotencyKey));
}

Transfer StripeProvider::createTransfer(const TransferRequest &request)
{
    requireKey(request.idempotencyKey, "createTransfer");
    FormFields fields = {{"amount", std::to_string(request.amountMinor)},
                         {"currency", lowerAscii(request.currency)},
                         {"destination", request.destinationAccount}};
    if (!request.transferGroup.empty())
        fields.emplace_back("transfer_group", request.transferGroup);
    addMetadata(fields, "metadata", request.metadata);
    return toTransfer(call("POST", "/v1/transfers", fields, request.idempotencyKey));
}

PaymentEvent StripeProvider::verifyWebhook(const std::string &rawBody, const std::string &signatureHeader,
                                           std::int64_t now) const
{
    if (m_config.webhookSecret.empty())
        throw WebhookError("no webhook secret is configured (payments.webhook_secret)");
    if (signatureHeader.empty())
        throw WebhookError("the request has no Stripe-Signature header");
    const auto signature = parseStripeSignature(signatureHeader);
    if (!stripeSignatureMatches(signature, m_config.webhookSecret, rawBody))
        throw WebhookError("no v1 signature in the Stripe-Signature header matches the body");
    if (std::llabs(now - signature.timestamp) > m_config.webhookToleranceSeconds)
        throw WebhookError("the Stripe-Signature timestamp is " + std::to_string(now - signature.timestamp) +
                           " s away from now; the tolerance is " +
                           std::to_string(m_config.webhookToleranceSeconds) + " s");
    return parseEvent(rawBody);
}

PaymentEvent StripeProvider::parseEvent(const std::string &rawBody)
{
    const json body = json::parse(rawBody, nullptr, false);
    const json &object = jsonObject(jsonObject(body, "data"), "object");
    PaymentEvent e;
    e.id = jsonString(body, "id");
    e.type = jsonString(body, "type");
    if (e.id.empty() || e.type.empty() || object.empty())
        throw WebhookError("the body is not a Stripe event (id, type and data.object are required)");
    e.created = jsonInt(body, "created");
    e.objectId = jsonString(object, "id");
    e.orderId = orderIdOf(object);
    e.status = jsonString(object, "status");
    e.paymentStatus = jsonString(object, "payment_status");
    e.currency = upperAscii(jsonString(object, "currency"));
    e.metadata = jsonStringMap(jsonObject(object, "metadata"));

    const auto kind = jsonString(object, "object");
    if (kind == "checkout.session") {
        e.paymentIntentId = jsonId(object, "payment_intent");
        e.amountMinor = jsonInt(object, "amount_total");
    } else if (kind == "payment_intent") {
        e.paymentIntentId = e.objectId;
        e.amountMinor = jsonInt(object, "amount");
        const json &error = jsonObject(object, "last_payment_error");
        e.failureCode = jsonString(error, "code");
        e.failureMessage = jsonString(error, "message");
    } else {
        // refund, charge, transfer, ...: the amount is `amount`; failures are named per object.
        e.paymentIntentId = jsonId(object, "payment_intent");
        e.amountMinor = jsonInt(object, "amount");
        e.failureCode = jsonString(object, "failure_reason");
        if (e.failureCode.empty())
            e.failureCode = jsonString(object, "failure_code");
        e.failureMessage = jsonString(object, "failure_message");
    }
    return e;
}

} // namespace caravan::payments
