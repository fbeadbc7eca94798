#include "orders/money_jobs.h"

#include "escrow/ledger.h"
#include "escrow/postings.h"
#include "money/fx.h"
#include "orders/payment_events.h"
#include "orders/payout_identity.h"
#include "payments/payment_provider.h"
#include "runtime/log.h"
#include "store/ledger.h"
#include "store/orders.h"
#include "store/users.h"
#include "trade/rules.h"

#include <algorithm>

namespace caravan::orders {

namespace {
constexpr std::int64_t kClaimSeconds = 120;
constexpr std::int64_t kBatch = 100;
constexpr const char *kPayablePrefix = "seller_payable:";

money::Date dayOf(std::int64_t now)
{
    return money::Date::fromYmd(1970, 1, 1).addDays(static_cast<int>(now / 86400));
}
} // namespace

std::int64_t retryDelaySeconds(std::int64_t attempts)
{
    const std::int64_t capped = std::min<std::int64_t>(attempts, 10);
    return std::min<std::int64_t>(30LL << capped, 6 * 3600);
}

MoneyJobs::MoneyJobs(store::Database &db, const OrderSettings &settings, const trade::RuleSet &rules,
                     payments::PaymentProvider *provider)
    : m_db(db)
    , m_settings(settings)
    , m_rules(rules)
    , m_provider(provider)
{}

MoneyJobs::Report MoneyJobs::sendRefunds(std::int64_t now)
{
    Report report;
    if (!m_provider)
        return report;
    for (auto &refund : store::MoneyMovementStore::claimRefunds(m_db, now, kClaimSeconds, kBatch))
        sendRefund(std::move(refund), now, report);
    return report;
}

void MoneyJobs::sendRefund(store::RefundRecord r, std::int64_t now, Report &report)
{
    try {
        payments::Refund answer;
        if (r.providerRefundId.empty()) {
            const auto order = store::OrderStore::load(m_db, r.orderId);
            if (!order || order->paymentIntentId.empty())
                throw payments::ProviderError(0, "no_payment", "the order has no payment to refund", false);
            payments::RefundRequest request;
            request.paymentIntentId = order->paymentIntentId;
            request.amountMinor = r.amountMinor;
            request.reason = r.reason;
            request.idempotencyKey = "refund:" + r.id;
            request.metadata = {{"refund_id", r.id}, {"order_id", r.orderId}};
            answer = m_provider->createRefund(request);
            ++report.refundsSent;
        } else {
            answer = m_provider->retrieveRefund(r.providerRefundId);
        }
        store::Transaction tx(m_db);
        if (answer.status == "succeeded") {
            PaymentEvents::settleRefund(tx, r.id, answer.id, now);
            ++report.refundsSettled;
        } else {
            auto current = store::MoneyMovementStore::refundForUpdate(tx, r.id);
            if (current && current->status != "succeeded") {
                current->providerRefundId = answer.id;
                current->attempts += 1;
                if (answer.status == "failed" || answer.status == "canceled") {
                    current->status = "failed";
                    current->lastError = "the provider reports the refund " + answer.status;
                    ++report.failed;
                    server::logEvent(server::LogLevel::Error, "refund_failed",
                                     {{"refund", r.id}, {"order", r.orderId}, {"status", answer.status}});
                } else {
                    current->status = "pending";
                    current->nextAttemptAt = now + retryDelaySeconds(current->attempts);
                }
                store::MoneyMovementStore::updateRefund(tx, *current);
            }
        }
        tx.commit();
    } catch (const payments::ProviderError &e) {
        ++report.failed;
        store::Transaction tx(m_db);
        auto current = store::MoneyMovementStore::refundForUpdate(tx, r.id);
        if (current && current->status != "succeeded") {
            current->attempts += 1;
            current->lastError = e.what();
            current->nextAttemptAt = now + retryDelaySeconds(current->attempts);
            if (!e.transient)
                current->status = "failed";
            store::MoneyMovementStore::updateRefund(tx, *current);
        }
        tx.commit();
        server::logEvent(e.transient ? server::LogLevel::Warn : server::LogLevel::Error, "refund_not_sent",
                         {{"refund", r.id}, {"order", r.orderId}, {"error", e.what()}});
    }
}

std::optional<std::int64_t> MoneyJobs::minimumIn(const std::string &currency, std::int64_t now) const
{
    const auto &min = m_settings.policy.payoutMinimum;
    if (min.currency() == currency)
        return min.minor();
    const auto conversion = m_rules.fx().find(min.currency(), currency, dayOf(now));
    if (!conversion)
        return std::nullopt;
    return conversion->apply(min, money::CurrencyTable::standard().minorUnits(currency)).minor();
}

std::optional<store::PayoutRecord>
MoneyJobs::makePayout(const std::string &sellerId, const std::string &currency, std::int64_t amount,
                      std::int64_t now,
                      const std::function<void(store::Transaction &, const store::PayoutRecord &)> &also)
{
    store::PayoutRecord p;
    p.id = store::newUuid();
    p.sellerId = sellerId;
    p.currency = currency;
    p.amountMinor = amount;
    p.nextAttemptAt = 0;
    p.createdAt = now;
    p.updatedAt = now;
    store::Transaction tx(m_db);
    // The posting refuses to overdraw the payable account, so two servers cannot pay the same money.
    const auto payable = -store::LedgerStore::balance(tx, escrow::account::sellerPayable(sellerId), currency);
    if (payable < amount)
        return std::nullopt;
    store::MoneyMovementStore::insertPayout(tx, p);
    store::LedgerStore::post(
        tx, escrow::payoutCreatedPosting(p.id, sellerId, money::Money::ofMinor(amount, currency)), now);
    if (also)
        also(tx, p);
    tx.commit();
    return p;
}

MoneyJobs::Report MoneyJobs::createPayouts(std::int64_t now)
{
    Report report;
    for (const auto &b : store::LedgerStore::balancesWithPrefix(m_db, kPayablePrefix)) {
        const std::string sellerId = b.account.substr(std::string(kPayablePrefix).size());
        const std::int64_t payable = -b.balance;
        const auto minimum = minimumIn(b.currency, now);
        if (payable <= 0 || !minimum || payable < *minimum)
            continue;
        if (!identityWait(m_db, m_settings.requireIdentity, sellerId).empty())
            continue; // the balance waits until the seller's identity is verified
        try {
            if (makePayout(sellerId, b.currency, payable, now, {}))
                ++report.payoutsCreated;
        } catch (const std::exception &e) {
            ++report.failed;
            server::logEvent(server::LogLevel::Warn, "payout_not_created",
                             {{"seller", sellerId}, {"currency", b.currency}, {"error", e.what()}});
        }
    }
    return report;
}

store::PayoutRecord
MoneyJobs::requestPayout(const store::User &seller, const std::string &currency, std::int64_t now,
                         const std::function<void(store::Transaction &, const store::PayoutRecord &)> &also)
{
    if (const auto wait = identityWait(m_db, m_settings.requireIdentity, seller.id); !wait.empty())
        throw OrderError(403, "identity_not_verified",
                         "payouts wait until your payout identity is verified (" + wait +
                             "); your balance is kept");
    const auto payable =
        -store::LedgerStore::balance(m_db, escrow::account::sellerPayable(seller.id), currency);
    if (payable <= 0)
        throw OrderError(422, "nothing_payable", "there is nothing to pay out in " + currency, "currency");
    const auto minimum = minimumIn(currency, now);
    if (!minimum || payable < *minimum)
        throw OrderError(422, "below_minimum", "the payable balance is below the payout minimum", "currency");
    auto payout = makePayout(seller.id, currency, payable, now, also);
    if (!payout)
        throw OrderError(409, "balance_changed", "the payable balance changed; ask again");
    return *payout;
}

std::string MoneyJobs::connectedAccount(const std::string &sellerId)
{
    auto account = store::MoneyMovementStore::payoutAccount(m_db, sellerId);
    if (!account.providerAccountId.empty())
        return account.providerAccountId;
    const auto user = store::UserRepository(m_db).findById(sellerId);
    payments::AccountRequest request;
    request.country = user ? user->country : "";
    request.email = user ? user->email : "";
    request.idempotencyKey = "account:" + sellerId;
    request.metadata = {{"user_id", sellerId}};
    const auto created = m_provider->createConnectedAccount(request);
    store::MoneyMovementStore::setProviderAccount(m_db, sellerId, created.id);
    return created.id;
}

MoneyJobs::Report MoneyJobs::sendPayouts(std::int64_t now)
{
    Report report;
    if (!m_provider)
        return report;
    for (auto &payout : store::MoneyMovementStore::claimPayouts(m_db, now, kClaimSeconds, kBatch))
        sendPayout(std::move(payout), now, report);
    return report;
}

void MoneyJobs::sendPayout(store::PayoutRecord p, std::int64_t now, Report &report)
{
    try {
        payments::TransferRequest request;
        request.amountMinor = p.amountMinor;
        request.currency = p.currency;
        request.destinationAccount = connectedAccount(p.sellerId);
        request.transferGroup = "payout:" + p.id;
        request.idempotencyKey = "payout:" + p.id;
        request.metadata = {{"payout_id", p.id}, {"seller_id", p.sellerId}};
        const auto transfer = m_provider->createTransfer(request);
        store::Transaction tx(m_db);
        PaymentEvents::settlePayout(tx, p.id, transfer.id, now);
        tx.commit();
        ++report.payoutsPaid;
    } catch (const payments::ProviderError &e) {
        ++report.failed;
        store::Transaction tx(m_db);
        auto current = store::MoneyMovementStore::payoutForUpdate(tx, p.id);
        if (current && current->status == "created") {
            current->attempts += 1;
            current->lastError = e.what();
            current->nextAttemptAt = now + retryDelaySeconds(current->attempts);
            if (!e.transient) {
                // Refused for good: the money goes back to the seller's payable balance.
                current->status = "failed";
                store::LedgerStore::post(tx,
                                         escrow::payoutFailedPosting(
                                             current->id, current->sellerId,
                                             money::Money::ofMinor(current->amountMinor, current->currency)),
                                         now);
            }
            store::MoneyMovementStore::updatePayout(tx, *current);
        }
        tx.commit();
        server::logEvent(e.transient ? server::LogLevel::Warn : server::LogLevel::Error, "payout_not_sent",
                         {{"payout", p.id}, {"seller", p.sellerId}, {"error", e.what()}});
    }
}

} // namespace caravan::orders
