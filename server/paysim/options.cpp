#include "paysim/options.h"

#include <functional>
#include <map>
#include <stdexcept>

namespace caravan::paysim {

namespace {

long long integer(const std::string &option, const std::string &text, long long min, long long max)
{
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    if (used != text.size() || text.empty() || value < min || value > max)
        throw std::invalid_argument(option + " takes a whole number from " + std::to_string(min) + " to " +
                                    std::to_string(max) + ", not '" + text + "'");
    return value;
}

double fraction(const std::string &option, const std::string &text)
{
    std::size_t used = 0;
    double value = -1;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    if (used != text.size() || text.empty() || !(value >= 0 && value <= 1))
        throw std::invalid_argument(option + " takes a number from 0 to 1, not '" + text + "'");
    return value;
}

bool isHttpUrl(const std::string &url)
{
    return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

} // namespace

CliAction parseArguments(const std::vector<std::string> &args, PaysimOptions &o)
{
    using Setter = std::function<void(const std::string &)>;
    const std::map<std::string, Setter> withValue = {
        {"--address", [&](const std::string &v) { o.address = v; }},
        {"--port", [&](const std::string &v) { o.port = int(integer("--port", v, 0, 65535)); }},
        {"--public-url", [&](const std::string &v) { o.publicUrl = v; }},
        {"--api-key", [&](const std::string &v) { o.apiKey = v; }},
        {"--merchant-name", [&](const std::string &v) { o.merchantName = v; }},
        {"--webhook-url", [&](const std::string &v) { o.webhookUrl = v; }},
        {"--webhook-secret", [&](const std::string &v) { o.webhookSecret = v; }},
        {"--tracking-webhook-url", [&](const std::string &v) { o.trackingWebhookUrl = v; }},
        {"--tracking-webhook-secret", [&](const std::string &v) { o.trackingWebhookSecret = v; }},
        {"--retry-base-ms",
         [&](const std::string &v) { o.retryBaseMs = int(integer("--retry-base-ms", v, 1, 3600000)); }},
        {"--max-attempts",
         [&](const std::string &v) { o.maxAttempts = int(integer("--max-attempts", v, 1, 100)); }},
        {"--delivery-timeout-s",
         [&](const std::string &v) {
             o.deliveryTimeoutSeconds = int(integer("--delivery-timeout-s", v, 1, 600));
         }},
        {"--duplicate-rate",
         [&](const std::string &v) { o.duplicateRate = fraction("--duplicate-rate", v); }},
        {"--seed", [&](const std::string &v) { o.seed = std::uint64_t(integer("--seed", v, 0, 1LL << 62)); }},
        {"--refund-delay-ms",
         [&](const std::string &v) { o.refundDelayMs = int(integer("--refund-delay-ms", v, 0, 86400000)); }},
        {"--checkout-min-lifetime-s",
         [&](const std::string &v) {
             o.checkoutMinLifetimeSeconds = integer("--checkout-min-lifetime-s", v, 0, 86400);
         }},
        {"--state", [&](const std::string &v) { o.statePath = v; }},
        {"--max-threads",
         [&](const std::string &v) { o.maxThreads = int(integer("--max-threads", v, 2, 256)); }},
    };

    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string name = args[i];
        std::string value;
        bool inlineValue = false;
        if (const auto eq = name.find('='); name.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
            inlineValue = true;
        }
        if (name == "--help" || name == "-h")
            return CliAction::Help;
        if (name == "--version")
            return CliAction::Version;
        if (name == "--reorder") {
            o.reorder = true;
            continue;
        }
        const auto it = withValue.find(name);
        if (it == withValue.end())
            throw std::invalid_argument("unknown option '" + args[i] + "' (see --help)");
        if (!inlineValue) {
            if (i + 1 >= args.size())
                throw std::invalid_argument(name + " needs a value");
            value = args[++i];
        }
        it->second(value);
    }
    if (!o.webhookUrl.empty() && !isHttpUrl(o.webhookUrl))
        throw std::invalid_argument("--webhook-url must be an http:// or https:// URL");
    if (!o.trackingWebhookUrl.empty() && !isHttpUrl(o.trackingWebhookUrl))
        throw std::invalid_argument("--tracking-webhook-url must be an http:// or https:// URL");
    if (!o.publicUrl.empty() && !isHttpUrl(o.publicUrl))
        throw std::invalid_argument("--public-url must be an http:// or https:// URL");
    if (o.apiKey.empty())
        throw std::invalid_argument("--api-key must not be empty");
    if (o.webhookSecret.empty() || o.trackingWebhookSecret.empty())
        throw std::invalid_argument("the webhook secrets must not be empty");
    return CliAction::Run;
}

std::string usageText()
{
    return R"(caravan-paysim: a SANDBOX payment and tracking provider for Caravan's tests and demos.
It speaks the subset of Stripe's API (/v1) and EasyPost's tracker API (/v2) that caravan-server uses,
serves a hosted payment page that accepts only test cards, and sends signed webhooks.
Never put real card data into it. See docs/payments.md.

Usage: caravan-paysim [options]

  --address ADDR                 listen on ADDR (default 127.0.0.1)
  --port N                       listen on port N; 0 picks a free port (default 0). The first line of
                                 standard output is "listening on http://ADDR:PORT".
  --public-url URL               base URL of the hosted pages in the objects (default http://ADDR:PORT)
  --api-key KEY                  the secret key callers must send (default sk_test_caravan_sandbox)
  --merchant-name NAME           shown on the payment page (default Caravan)
  --webhook-url URL              where Stripe events go (signed with Stripe-Signature)
  --webhook-secret SECRET        their signing secret (default whsec_caravan_sandbox)
  --tracking-webhook-url URL     where EasyPost tracker events go (signed with X-Hmac-Signature)
  --tracking-webhook-secret S    their signing secret (default caravan_tracking_sandbox)
  --retry-base-ms N              first retry of a failed delivery after N ms, doubling (default 1000)
  --max-attempts N               give up on an event after N deliveries (default 8)
  --delivery-timeout-s N         per-delivery HTTP timeout (default 10)
  --duplicate-rate R             chaos: deliver this share (0..1) of events twice (default 0)
  --reorder                      chaos: deliver queued events in shuffled order
  --seed N                       seed for the chaos (default: random)
  --refund-delay-ms N            0: refunds succeed at once; else pending, succeeded N ms later
  --checkout-min-lifetime-s N    least expires_at distance accepted (default 1800, as Stripe)
  --state FILE                   keep every object in FILE (written on each change, read at start)
  --max-threads N                request threads (default 16)
  --version                      print the version and exit
  --help                         print this text and exit

Test cards: 4242 4242 4242 4242 pays; 4000 0000 0000 0002 is declined (card_declined);
4000 0000 0000 9995 is declined (insufficient_funds); 4000 0027 6000 3184 asks for 3-D Secure.
Any future expiry (MM/YY) and any 3-digit CVC.
)";
}

} // namespace caravan::paysim
