#include "data/payoutsummary.h"

#include "data/settingsrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace caravan::data {

namespace {

const QString kCacheKey = QStringLiteral("payouts.summary");

QDateTime utc(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : t;
}

qint64 minor(const QJsonValue &value)
{
    return value.isDouble() ? static_cast<qint64>(value.toDouble()) : 0;
}

} // namespace

const PayoutBalance *PayoutSummary::balance(const QString &currency) const
{
    for (const auto &b : balances)
        if (b.currency == currency)
            return &b;
    return nullptr;
}

bool PayoutSummary::canRequest(const QString &currency) const
{
    const PayoutBalance *b = balance(currency);
    return payoutsWait.isEmpty() && b && b->payable > 0 && b->minimum &&
           b->payable >= *b->minimum;
}

PayoutSummary PayoutSummary::fromJson(const QJsonObject &json, const QDateTime &fetchedAt)
{
    PayoutSummary s;
    s.identityStatus = json.value(QStringLiteral("identity_status")).toString(QStringLiteral("not_submitted"));
    s.identityReason = json.value(QStringLiteral("identity_reason")).toString();
    s.payoutsWait = json.value(QStringLiteral("payouts_wait")).toString();
    for (const auto &value : json.value(QStringLiteral("balances")).toArray()) {
        const QJsonObject o = value.toObject();
        PayoutBalance b;
        b.currency = o.value(QStringLiteral("currency")).toString();
        b.held = minor(o.value(QStringLiteral("held")));
        b.payable = minor(o.value(QStringLiteral("payable")));
        b.inTransit = minor(o.value(QStringLiteral("in_transit")));
        b.paidOut = minor(o.value(QStringLiteral("paid_out")));
        if (o.value(QStringLiteral("minimum")).isDouble())
            b.minimum = minor(o.value(QStringLiteral("minimum")));
        if (!b.currency.isEmpty())
            s.balances.append(b);
    }
    for (const auto &value : json.value(QStringLiteral("payouts")).toArray()) {
        const QJsonObject o = value.toObject();
        PayoutEntry p;
        p.id = o.value(QStringLiteral("id")).toString();
        p.currency = o.value(QStringLiteral("currency")).toString();
        p.amount = minor(o.value(QStringLiteral("amount")));
        p.status = o.value(QStringLiteral("status")).toString();
        p.transfer = o.value(QStringLiteral("transfer")).toString();
        p.createdAt = utc(o.value(QStringLiteral("created_at")));
        p.updatedAt = utc(o.value(QStringLiteral("updated_at")));
        s.payouts.append(p);
    }
    s.fetchedAt = fetchedAt.toUTC();
    return s;
}

QJsonObject PayoutSummary::toJson() const
{
    QJsonArray balanceArray;
    for (const auto &b : balances) {
        QJsonObject o{{QStringLiteral("currency"), b.currency},
                      {QStringLiteral("held"), b.held},
                      {QStringLiteral("payable"), b.payable},
                      {QStringLiteral("in_transit"), b.inTransit},
                      {QStringLiteral("paid_out"), b.paidOut}};
        o.insert(QStringLiteral("minimum"), b.minimum ? QJsonValue(*b.minimum) : QJsonValue());
        balanceArray.append(o);
    }
    QJsonArray payoutArray;
    for (const auto &p : payouts)
        payoutArray.append(QJsonObject{{QStringLiteral("id"), p.id},
                                       {QStringLiteral("currency"), p.currency},
                                       {QStringLiteral("amount"), p.amount},
                                       {QStringLiteral("status"), p.status},
                                       {QStringLiteral("transfer"), p.transfer},
                                       {QStringLiteral("created_at"), p.createdAt.toString(Qt::ISODate)},
                                       {QStringLiteral("updated_at"), p.updatedAt.toString(Qt::ISODate)}});
    return {{QStringLiteral("identity_status"), identityStatus},
            {QStringLiteral("identity_reason"), identityReason},
            {QStringLiteral("payouts_wait"), payoutsWait.isEmpty() ? QJsonValue() : QJsonValue(payoutsWait)},
            {QStringLiteral("balances"), balanceArray},
            {QStringLiteral("payouts"), payoutArray}};
}

bool isHeld(const Order &order)
{
    static const QStringList held{QStringLiteral("paid"), QStringLiteral("shipped"), QStringLiteral("delivered"),
                                  QStringLiteral("disputed")};
    return held.contains(order.status);
}

QVector<HeldMoney> heldMoney(const QVector<Order> &orders)
{
    QMap<QString, HeldMoney> byCurrency; // sorted by currency
    for (const Order &o : orders) {
        const QString currency = o.listingAmounts.currency;
        const bool refunded = o.status == QLatin1String("refunded") && o.paidAt.isValid();
        if (currency.isEmpty() || (!isHeld(o) && !refunded))
            continue;
        HeldMoney &m = byCurrency[currency];
        m.currency = currency;
        if (refunded) {
            m.refunded += o.listingAmounts.sellerNet;
            continue;
        }
        m.held += o.listingAmounts.sellerNet;
        if (o.status == QLatin1String("delivered"))
            m.releasing += o.listingAmounts.sellerNet;
    }
    return byCurrency.values().toVector();
}

PayoutCache::PayoutCache(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<PayoutSummary> PayoutCache::load() const
{
    const auto text = SettingsRepository(m_db).value(kCacheKey);
    if (!text)
        return std::nullopt;
    const QJsonObject cached = QJsonDocument::fromJson(text->toUtf8()).object();
    if (cached.isEmpty())
        return std::nullopt;
    return PayoutSummary::fromJson(cached.value(QStringLiteral("summary")).toObject(),
                                   utc(cached.value(QStringLiteral("fetched_at"))));
}

bool PayoutCache::save(const PayoutSummary &summary)
{
    const QJsonObject cached{{QStringLiteral("summary"), summary.toJson()},
                             {QStringLiteral("fetched_at"), summary.fetchedAt.toString(Qt::ISODate)}};
    return SettingsRepository(m_db).setValue(
        kCacheKey, QString::fromUtf8(QJsonDocument(cached).toJson(QJsonDocument::Compact)));
}

} // namespace caravan::data
