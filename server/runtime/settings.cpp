#include "runtime/settings.h"

#include <Poco/Util/AbstractConfiguration.h>
#include <stdexcept>

namespace caravan::server {

namespace {

std::int64_t readInt(const Poco::Util::AbstractConfiguration &c, const std::string &key, std::int64_t def,
                     std::int64_t min, std::int64_t max)
{
    std::int64_t value = def;
    try {
        value = c.getInt64(key, def);
    } catch (const Poco::Exception &) {
        throw std::invalid_argument("configuration " + key + " must be a whole number");
    }
    if (value < min || value > max)
        throw std::invalid_argument("configuration " + key + " must be between " + std::to_string(min) +
                                    " and " + std::to_string(max) + " (is " + std::to_string(value) + ")");
    return value;
}

bool readBool(const Poco::Util::AbstractConfiguration &c, const std::string &key, bool def)
{
    try {
        return c.getBool(key, def);
    } catch (const Poco::Exception &) {
        throw std::invalid_argument("configuration " + key + " must be true or false");
    }
}

accounts::ThrottleLimit readLimit(const Poco::Util::AbstractConfiguration &c, const std::string &prefix,
                                  accounts::ThrottleLimit def)
{
    constexpr std::int64_t day = 24 * 3600;
    return {readInt(c, prefix + ".max_failures", def.maxFailures, 1, 1000000),
            readInt(c, prefix + ".window_s", def.windowSeconds, 1, day),
            readInt(c, prefix + ".lockout_s", def.lockoutSeconds, 1, day)};
}

money::Money readMoney(const Poco::Util::AbstractConfiguration &c, const std::string &key,
                       const money::Money &def)
{
    if (!c.hasProperty(key))
        return def;
    try {
        const auto m = money::Money::parse(c.getString(key));
        if (m.isNegative())
            throw std::invalid_argument("negative");
        return m;
    } catch (const std::exception &) {
        throw std::invalid_argument("configuration " + key +
                                    " must be an amount with its currency, such as 0.70 EUR");
    }
}

money::Decimal readPercent(const Poco::Util::AbstractConfiguration &c, const std::string &key,
                           const money::Decimal &def)
{
    if (!c.hasProperty(key))
        return def;
    try {
        const auto d = money::Decimal::parse(c.getString(key));
        if (d.isNegative() || d > money::Decimal{50, 0})
            throw std::invalid_argument("range");
        return d;
    } catch (const std::exception &) {
        throw std::invalid_argument("configuration " + key +
                                    " must be a percentage from 0 to 50, such as 6.5");
    }
}

void readOrders(const Poco::Util::AbstractConfiguration &c, orders::OrderSettings &o)
{
    constexpr std::int64_t day = 24 * 3600;
    auto &p = o.policy;
    p.paymentWindowSeconds = readInt(c, "orders.payment_window_s", p.paymentWindowSeconds, 60, day);
    p.maxHandlingDays = int(readInt(c, "orders.max_handling_days", p.maxHandlingDays, 1, 30));
    p.defaultHandlingDays = int(readInt(c, "orders.default_handling_days", p.defaultHandlingDays, 1, 30));
    p.deliveryGraceDays = int(readInt(c, "orders.delivery_grace_days", p.deliveryGraceDays, 0, 90));
    p.inspectionDays = int(readInt(c, "orders.inspection_days", p.inspectionDays, 0, 60));
    if (c.hasProperty("orders.inspection_days_by_category"))
        p.inspectionDaysByCategory =
            escrow::EscrowPolicy::parseCategoryDays(c.getString("orders.inspection_days_by_category"));
    p.buyerFeePercent = readPercent(c, "fees.buyer_percent", p.buyerFeePercent);
    p.buyerFeeFixed = readMoney(c, "fees.buyer_fixed", p.buyerFeeFixed);
    p.sellerFeePercent = readPercent(c, "fees.seller_percent", p.sellerFeePercent);
    p.payoutMinimum = readMoney(c, "payouts.minimum", p.payoutMinimum);
    o.payoutIntervalSeconds = int(readInt(c, "payouts.interval_s", o.payoutIntervalSeconds, 60, 31 * day));
    o.requireIdentity = readBool(c, "payouts.require_identity", o.requireIdentity);
    o.maxOrderQuantity = int(readInt(c, "orders.max_quantity", o.maxOrderQuantity, 1, 100000));
    o.publicUrl = c.getString("server.public_url", o.publicUrl);
    while (!o.publicUrl.empty() && o.publicUrl.back() == '/')
        o.publicUrl.pop_back();
    o.paymentsApiBase = c.getString("payments.api_base", o.paymentsApiBase);
    o.paymentsPageOrigin = c.getString("payments.page_origin", o.paymentsPageOrigin);
    if (o.paymentsPageOrigin.find_first_of(" ;,'\"") != std::string::npos)
        throw std::invalid_argument("configuration payments.page_origin must be one origin (https://host[:port])");
    o.paymentsSecretKey = c.getString("payments.secret_key", o.paymentsSecretKey);
    o.paymentsWebhookSecret = c.getString("payments.webhook_secret", o.paymentsWebhookSecret);
    o.paymentsWebhookToleranceSeconds =
        readInt(c, "payments.webhook_tolerance_s", o.paymentsWebhookToleranceSeconds, 1, day);
    o.paymentsTimeoutSeconds = int(readInt(c, "payments.timeout_s", o.paymentsTimeoutSeconds, 1, 300));
    o.trackingApiBase = c.getString("tracking.api_base", o.trackingApiBase);
    o.trackingApiKey = c.getString("tracking.api_key", o.trackingApiKey);
    o.trackingWebhookSecret = c.getString("tracking.webhook_secret", o.trackingWebhookSecret);
    o.idempotencyTtlSeconds = readInt(c, "idempotency.ttl_s", o.idempotencyTtlSeconds, 60, 31 * day);
    o.idempotencyLockSeconds = readInt(c, "idempotency.lock_s", o.idempotencyLockSeconds, 1, 3600);
    o.timerIntervalSeconds = int(readInt(c, "jobs.order_timer_interval_s", o.timerIntervalSeconds, 1, day));
    auto &d = o.disputes;
    d.sellerResponseDays = int(readInt(c, "disputes.seller_response_days", d.sellerResponseDays, 1, 30));
    d.buyerResponseDays = int(readInt(c, "disputes.buyer_response_days", d.buyerResponseDays, 1, 60));
    d.staffTargetDays = int(readInt(c, "disputes.staff_target_days", d.staffTargetDays, 1, 30));
    d.returnShipDays = int(readInt(c, "disputes.return_ship_days", d.returnShipDays, 1, 60));
    d.returnRefundDays = int(readInt(c, "disputes.return_refund_days", d.returnRefundDays, 1, 90));
    d.secondApprovalMinor = readInt(c, "disputes.second_approval_minor", d.secondApprovalMinor, 0,
                                    std::int64_t{1} << 50);
}

bool isLoopbackHost(const std::string &host)
{
    return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

void readMail(const Poco::Util::AbstractConfiguration &c, mail::MailSettings &m)
{
    m.transport = c.getString("mail.transport", m.transport);
    if (m.transport != "file" && m.transport != "smtp")
        throw std::invalid_argument("configuration mail.transport must be file or smtp (is " + m.transport + ")");
    m.from = c.getString("mail.from", m.from);
    if (m.from.find('@') == std::string::npos || m.from.find_first_of("\r\n") != std::string::npos)
        throw std::invalid_argument("configuration mail.from must be an address such as "
                                    "Caravan <no-reply@caravan.example>");
    m.maxAttempts = int(readInt(c, "mail.max_attempts", m.maxAttempts, 1, 100));
    m.retryIntervalSeconds = int(readInt(c, "mail.retry_interval_s", m.retryIntervalSeconds, 1, 3600));
    auto &s = m.smtp;
    s.host = c.getString("mail.smtp.host", s.host);
    s.port = int(readInt(c, "mail.smtp.port", s.port, 1, 65535));
    s.user = c.getString("mail.smtp.user", s.user);
    s.password = c.getString("mail.smtp.password", s.password);
    s.starttls = readBool(c, "mail.smtp.starttls", s.starttls);
    s.caFile = c.getString("mail.smtp.ca_file", s.caFile);
    s.timeoutSeconds = int(readInt(c, "mail.smtp.timeout_s", s.timeoutSeconds, 1, 600));
    s.heloName = c.getString("mail.smtp.helo_name", s.heloName);
    // A password never travels in clear beyond this machine.
    if (m.transport == "smtp" && !s.user.empty() && !s.starttls && !isLoopbackHost(s.host))
        throw std::invalid_argument("configuration mail.smtp.user is set but mail.smtp.starttls is false: the "
                                    "password would cross the network in clear (allowed only to a loopback host)");
}

void readSelfService(const Poco::Util::AbstractConfiguration &c, accounts::SelfServicePolicy &p)
{
    constexpr std::int64_t day = 24 * 3600;
    p.verifyTokenSeconds = readInt(c, "account.verify_token_ttl_s", p.verifyTokenSeconds, 60, 30 * day);
    p.resetTokenSeconds = readInt(c, "account.reset_token_ttl_s", p.resetTokenSeconds, 60, day);
    p.resetPerAddress = readLimit(c, "throttle.reset_address", p.resetPerAddress);
    p.mailPerRecipient = readLimit(c, "throttle.account_mail", p.mailPerRecipient);
    p.passwordChecks = readLimit(c, "throttle.password_check", p.passwordChecks);
}

} // namespace

Settings Settings::fromConfig(const Poco::Util::AbstractConfiguration &c)
{
    Settings s;
    // server.address is the documented key; server.host is the older name and still read.
    s.host = c.getString("server.address", c.getString("server.host", s.host));
    s.port = int(readInt(c, "server.port", s.port, 0, 65535));
    s.dataDir = c.getString("server.data_dir", s.dataDir.string());
    s.db = c.getString("server.db", s.db);
    s.demo = readBool(c, "server.demo", s.demo);
    s.demoFile = c.getString("server.demo_file", s.demoFile);

    s.maxThreads = int(readInt(c, "http.max_threads", s.maxThreads, 2, 1024));
    s.maxQueued = int(readInt(c, "http.max_queued", s.maxQueued, 1, 100000));
    s.keepAliveSeconds = int(readInt(c, "http.keep_alive_timeout_s", s.keepAliveSeconds, 1, 300));
    s.maxKeepAliveRequests =
        int(readInt(c, "http.max_keep_alive_requests", s.maxKeepAliveRequests, 1, 100000));
    s.receiveTimeoutSeconds = int(readInt(c, "http.receive_timeout_s", s.receiveTimeoutSeconds, 1, 600));
    s.maxBodyBytes =
        std::size_t(readInt(c, "http.max_body_bytes", std::int64_t(s.maxBodyBytes), 1024, 1LL << 30));
    s.trustProxy = readBool(c, "http.trust_proxy", s.trustProxy);
    s.secureCookies = readBool(c, "http.secure_cookies", s.secureCookies);
    try {
        s.trustedProxies = http::Cidr::parseList(c.getString("http.trusted_proxies", kDefaultTrustedProxies));
    } catch (const std::invalid_argument &e) {
        throw std::invalid_argument(std::string("configuration http.trusted_proxies: ") + e.what() +
                                    "; list addresses or networks such as 10.0.0.0/8, ::1");
    }

    s.metrics.token = c.getString("metrics.token", s.metrics.token);
    try {
        s.metrics.allow = http::Cidr::parseList(c.getString("metrics.allow", MetricsAccess::kDefaultAllow));
    } catch (const std::invalid_argument &e) {
        throw std::invalid_argument(std::string("configuration metrics.allow: ") + e.what() +
                                    "; list addresses or networks such as 127.0.0.0/8, ::1 (or leave it empty)");
    }

    s.dbMaxSessions = int(readInt(c, "db.max_sessions", s.dbMaxSessions, 1, 1000));
    s.dbBusyTimeoutMs = int(readInt(c, "db.busy_timeout_ms", s.dbBusyTimeoutMs, 0, 600000));

    s.cleanupIntervalSeconds = int(readInt(c, "jobs.cleanup_interval_s", s.cleanupIntervalSeconds, 1, 86400));
    s.uploadMaxAgeSeconds = readInt(c, "jobs.upload_max_age_s", s.uploadMaxAgeSeconds, 60, 366LL * 24 * 3600);
    s.logLevel = c.getString("log.level", s.logLevel);
    auto &p = s.photos;
    p.quotaBytes = readInt(c, "photos.quota_mib", p.quotaBytes >> 20, 1, 1LL << 30) << 20;
    p.uploadsPerHour = readInt(c, "photos.uploads_per_hour", p.uploadsPerHour, 1, 1000000);
    p.orphanGraceSeconds = readInt(c, "photos.orphan_grace_s", p.orphanGraceSeconds, 60, 366LL * 24 * 3600);

    auto &m = s.market;
    m.messageMaxChars = readInt(c, "market.message_max_chars", m.messageMaxChars, 1, 100000);
    m.messagesPerHour = readInt(c, "market.messages_per_hour", m.messagesPerHour, 1, 1000000);
    m.reviewWindowSeconds = readInt(c, "market.review_window_days", m.reviewWindowSeconds / 86400, 1, 366) * 86400;
    m.reviewMaxChars = readInt(c, "market.review_max_chars", m.reviewMaxChars, 1, 100000);
    m.savedSearchesMax = readInt(c, "market.saved_searches_max", m.savedSearchesMax, 1, 1000);
    m.savedSearchIntervalSeconds =
        readInt(c, "market.saved_search_interval_seconds", m.savedSearchIntervalSeconds, 1, 7 * 86400);
    m.savedSearchMailListings = readInt(c, "market.saved_search_mail_listings", m.savedSearchMailListings, 1, 50);

    auto &a = s.accounts;
    constexpr std::int64_t year = 366LL * 24 * 3600;
    a.sessionIdleSeconds = readInt(c, "session.idle_timeout_s", a.sessionIdleSeconds, 1, year);
    a.sessionAbsoluteSeconds = readInt(c, "session.absolute_timeout_s", a.sessionAbsoluteSeconds, 1, year);
    a.apiTokenSeconds = readInt(c, "api.token_ttl_s", a.apiTokenSeconds, 1, year);
    a.staffApiTokenSeconds = readInt(c, "staff.token_ttl_s", a.staffApiTokenSeconds, 60, 31LL * 24 * 3600);
    a.perAccountAddress = readLimit(c, "throttle.account_address", a.perAccountAddress);
    a.perAccount = readLimit(c, "throttle.account", a.perAccount);
    a.perAddress = readLimit(c, "throttle.address", a.perAddress);
    a.registerPerAddress = readLimit(c, "throttle.register_address", a.registerPerAddress);
    a.passwordOpsLimit =
        static_cast<unsigned long long>(readInt(c, "password.opslimit", std::int64_t(a.passwordOpsLimit),
                                                accounts::PasswordHasher::kMinOpsLimit, 64));
    a.passwordMemLimit =
        std::size_t(readInt(c, "password.memlimit_mib", std::int64_t(a.passwordMemLimit >> 20), 19, 4096))
        << 20;
    a.hashPermits = int(readInt(c, "password.max_concurrent", a.hashPermits, 1, 256));
    a.hashMaxWaiting = int(readInt(c, "password.max_waiting", a.hashMaxWaiting, 0, 10000));
    a.hashMaxWaitMs = readInt(c, "password.max_wait_ms", a.hashMaxWaitMs, 0, 60000);
    a.deviceTokenSeconds = readInt(c, "device.cookie_ttl_s", a.deviceTokenSeconds, 60, year);
    a.perDevice = readLimit(c, "throttle.device", a.perDevice);
    a.deviceHashPermits = int(readInt(c, "password.device_concurrent", a.deviceHashPermits, 1, 256));
    a.deviceHashMaxWaiting = int(readInt(c, "password.device_max_waiting", a.deviceHashMaxWaiting, 0, 10000));
    readOrders(c, s.orders);
    auto &id = s.identity;
    id.retentionSeconds = readInt(c, "identity.retention_days", id.retentionSeconds / 86400, 0, 3650) * 86400;
    id.maxDocumentBytes = readInt(c, "identity.max_document_mib", id.maxDocumentBytes >> 20, 1, 100) << 20;
    id.keyFile = c.getString("identity.key_file", id.keyFile.string());
    s.reports.perDay = readInt(c, "reports.per_day", s.reports.perDay, 1, 1000);
    auto &r = s.risk;
    r.newAccountDays = readInt(c, "risk.new_account_days", r.newAccountDays, 1, 365);
    r.highValueMinorEur = readInt(c, "risk.high_value_eur_cents", r.highValueMinorEur, 1, 100000000);
    r.highValueOrders = readInt(c, "risk.high_value_orders", r.highValueOrders, 1, 1000);
    r.failedPayments = readInt(c, "risk.failed_payments", r.failedPayments, 1, 1000);
    r.failedPaymentHours = readInt(c, "risk.failed_payment_hours", r.failedPaymentHours, 1, 24 * 30);
    r.unshippedOrders = readInt(c, "risk.unshipped_orders", r.unshippedOrders, 1, 1000);
    r.unshippedDays = readInt(c, "risk.unshipped_days", r.unshippedDays, 1, 365);
    readSelfService(c, s.selfService);
    readMail(c, s.mail);
    return s;
}

} // namespace caravan::server
