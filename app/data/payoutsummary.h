#pragma once

#include "data/order.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace caravan::data {

// The seller's money as the server last told it (GET /api/v1/payouts, docs/escrow.md "Payouts"), kept on
// this computer so the Payouts section shows it offline with the time it was fetched.
struct PayoutBalance
{
    QString currency;
    qint64 held = 0;      // in escrow: orders paid, shipped, delivered or in dispute
    qint64 payable = 0;   // released, not yet paid out
    qint64 inTransit = 0; // payouts made, transfer not yet confirmed
    qint64 paidOut = 0;
    std::optional<qint64> minimum; // the smallest payout in this currency; none without an exchange rate
};

struct PayoutEntry
{
    QString id;
    QString currency;
    qint64 amount = 0;
    QString status; // created, paid, failed
    QString transfer; // the provider's transfer id (for the seller's bank)
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct PayoutSummary
{
    QString identityStatus = QStringLiteral("not_submitted"); // not_submitted, pending, verified, refused
    QString identityReason;                                   // why staff refused it
    // Why payouts wait (identity_not_submitted, identity_pending, identity_refused); "" when they do not.
    QString payoutsWait;
    QVector<PayoutBalance> balances;
    QVector<PayoutEntry> payouts; // newest first
    QDateTime fetchedAt;          // when the server said so (UTC)

    [[nodiscard]] const PayoutBalance *balance(const QString &currency) const;
    // Whether a payout of `currency` can be asked for now: payouts do not wait for the identity, something
    // payable, at least the minimum.
    [[nodiscard]] bool canRequest(const QString &currency) const;

    static PayoutSummary fromJson(const QJsonObject &json, const QDateTime &fetchedAt);
    [[nodiscard]] QJsonObject toJson() const; // the server's shape, for the cache
};

// What the synced orders say about money still on its way (computed here, not asked of the server):
// per currency, the seller's net of orders in escrow, of those delivered (releasing), and of orders
// refunded after payment.
struct HeldMoney
{
    QString currency;
    qint64 held = 0;
    qint64 releasing = 0;
    qint64 refunded = 0;
};
QVector<HeldMoney> heldMoney(const QVector<Order> &orders);
// True for an order whose money is in escrow for the seller.
bool isHeld(const Order &order);

// The cache of the last summary, in the account's local database (app_settings).
class PayoutCache final
{
public:
    explicit PayoutCache(QSqlDatabase db);
    [[nodiscard]] std::optional<PayoutSummary> load() const;
    bool save(const PayoutSummary &summary);

private:
    QSqlDatabase m_db;
};

} // namespace caravan::data
