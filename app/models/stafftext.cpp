#include "models/stafftext.h"

#include "models/ordertext.h"

#include <QLocale>
#include <algorithm>

namespace caravan::models {

QStringList StaffText::reportStatuses()
{
    return {QStringLiteral("open"), QStringLiteral("removed"), QStringLiteral("dismissed")};
}

QStringList StaffText::identityStatuses()
{
    return {QStringLiteral("pending"), QStringLiteral("verified"), QStringLiteral("refused")};
}

QString StaffText::reportReason(const QString &reason)
{
    if (reason == QLatin1String("counterfeit"))
        return tr("Counterfeit");
    if (reason == QLatin1String("prohibited"))
        return tr("Prohibited item");
    if (reason == QLatin1String("misleading"))
        return tr("Misleading");
    if (reason == QLatin1String("offensive"))
        return tr("Offensive");
    if (reason == QLatin1String("spam"))
        return tr("Spam");
    if (reason == QLatin1String("other"))
        return tr("Other");
    return reason;
}

QString StaffText::reportStatus(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("removed"))
        return tr("Listing removed");
    if (status == QLatin1String("dismissed"))
        return tr("Dismissed");
    return status;
}

QString StaffText::reasonsSummary(const QMap<QString, qint64> &reasons)
{
    QVector<std::pair<QString, qint64>> list;
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        list.append({it.key(), it.value()});
    std::stable_sort(list.begin(), list.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[reason, count] : list)
        parts.append(tr("%1 ×%2").arg(reportReason(reason)).arg(count));
    return parts.join(QStringLiteral(", "));
}

QString StaffText::identityStatus(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Waiting for review");
    if (status == QLatin1String("verified"))
        return tr("Verified");
    if (status == QLatin1String("refused"))
        return tr("Refused");
    return status;
}

QString StaffText::listingStatus(const QString &status)
{
    // The server's words are the listing's (draft, scheduled, active, sold, ended): active is published.
    if (status == QLatin1String("published") || status == QLatin1String("active"))
        return tr("Published");
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("sold"))
        return tr("Sold");
    if (status == QLatin1String("removed"))
        return tr("Removed");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    return status;
}

QString StaffText::riskKind(const QString &kind)
{
    if (kind == QLatin1String("new_account_high_value"))
        return tr("New account, high-value orders");
    if (kind == QLatin1String("failed_payments"))
        return tr("Failed payments");
    if (kind == QLatin1String("seller_ships_nothing"))
        return tr("Seller ships nothing");
    return kind;
}

QString StaffText::riskExplanation(const data::RiskFlag &flag)
{
    const auto n = [&flag](const char *key) { return flag.figure(QLatin1String(key)); };
    if (flag.kind == QLatin1String("new_account_high_value"))
        return tr("The account is %1 days old and placed %n order(s) of %2 or more in the last %3 days.",
                  nullptr, static_cast<int>(n("orders")))
            .arg(n("account_age_days"))
            .arg(OrderText::money(n("threshold_minor"),
                                  flag.figures.value(QStringLiteral("currency")).toString()))
            .arg(n("window_days"));
    if (flag.kind == QLatin1String("failed_payments"))
        return tr("%n payment(s) failed in the last %1 hours.", nullptr, static_cast<int>(n("failed")))
            .arg(n("window_hours"));
    if (flag.kind == QLatin1String("seller_ships_nothing"))
        return tr("%n order(s) sold in the last %1 days are not shipped; %2 shipped.", nullptr,
                  static_cast<int>(n("unshipped")))
            .arg(n("window_days"))
            .arg(n("shipped"));
    return flag.explanation; // a kind this version does not know: the server's words
}

QString StaffText::byteSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes >= 1024 * 1024)
        return tr("%1 MB").arg(locale.toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1));
    return tr("%1 KB").arg(locale.toString((bytes + 1023) / 1024));
}

} // namespace caravan::models
