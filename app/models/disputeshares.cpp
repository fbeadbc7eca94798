#include "models/disputeshares.h"

#include "models/ordertext.h"

#ifndef Q_MOC_RUN
#include "escrow/dispute.h"
#include "escrow/ledger.h"
#include "money/money.h"
#endif

namespace caravan::models {

namespace {

escrow::Amounts amountsOf(const data::OrderAmounts &a)
{
    const std::string code = a.currency.toStdString();
    const auto m = [&code](qint64 minor) { return money::Money::ofMinor(minor, code); };
    return {m(a.item), m(a.postage), m(a.importCheckout), m(a.buyerFee), m(a.total), m(a.sellerFee), m(a.sellerNet)};
}

} // namespace

DisputeShares DisputeSharesCalculator::compute(const data::Order &order, const QString &outcome, qint64 refundMinor,
                                               bool buyerFeeRefunded)
{
    DisputeShares s;
    const data::OrderAmounts &b = order.buyerAmounts;
    const data::OrderAmounts &l = order.listingAmounts;
    s.buyerCurrency = b.currency;
    s.listingCurrency = l.currency;
    if (outcome == QLatin1String("release")) {
        s.sellerKeepsB = b.item + b.postage;
        s.sellerKeepsL = l.item + l.postage;
        s.sellerFeeL = l.sellerFee;
        s.sellerNetL = l.sellerNet;
        s.platformKeepsFee = b.buyerFee;
        s.valid = true;
        return s;
    }
    if (outcome == QLatin1String("refund") || outcome == QLatin1String("return")) {
        s.buyerGets = b.total;
        s.buyerFeeBack = b.buyerFee;
        s.afterReturn = outcome == QLatin1String("return");
        s.valid = true;
        return s;
    }
    if (outcome != QLatin1String("split")) {
        s.error = tr("Choose what happens to the money.");
        return s;
    }
    const qint64 goods = b.item + b.postage;
    if (refundMinor <= 0 || refundMinor >= goods) {
        s.error = tr("The refund must be more than 0 and less than item + postage (%1).")
                      .arg(OrderText::money(goods, b.currency));
        return s;
    }
    try {
        escrow::OrderMoney money;
        money.orderId = order.id.toStdString();
        money.sellerId = order.sellerId.toStdString();
        money.listing = amountsOf(l);
        money.buyer = amountsOf(b);
        const auto parts = escrow::splitParts(
            money, money::Money::ofMinor(refundMinor, b.currency.toStdString()), buyerFeeRefunded);
        s.buyerGets = parts.refundBuyer.minor();
        s.buyerFeeBack = buyerFeeRefunded ? b.buyerFee : 0;
        s.platformKeepsFee = parts.buyerFeeKept.minor();
        s.importNotRefunded = b.importCheckout;
        s.sellerKeepsB = parts.sellerShareB.minor();
        s.sellerKeepsL = parts.sellerShareL.minor();
        s.sellerFeeL = parts.sellerFeeL.minor();
        s.sellerNetL = s.sellerKeepsL - s.sellerFeeL;
        s.valid = true;
    } catch (const std::exception &e) {
        s.error = tr("The split cannot be computed: %1").arg(QString::fromStdString(e.what()));
    }
    return s;
}

QStringList DisputeSharesCalculator::describe(const DisputeShares &s)
{
    if (!s.valid)
        return {s.error};
    const auto b = [&s](qint64 minor) { return OrderText::money(minor, s.buyerCurrency); };
    const auto l = [&s](qint64 minor) { return OrderText::money(minor, s.listingCurrency); };
    QStringList lines;
    if (s.buyerGets > 0)
        lines << (s.afterReturn ? tr("The buyer gets %1 back once the seller has the item again.").arg(b(s.buyerGets))
                                : tr("The buyer gets %1 back.").arg(b(s.buyerGets)));
    else
        lines << tr("The buyer gets nothing back.");
    if (s.buyerFeeBack > 0 && s.sellerKeepsB > 0)
        lines << tr("Of that, the buyer protection fee: %1.").arg(b(s.buyerFeeBack));
    if (s.sellerKeepsB > 0) {
        const QString keeps = s.buyerCurrency == s.listingCurrency
                                  ? l(s.sellerKeepsL)
                                  : tr("%1 (%2)").arg(b(s.sellerKeepsB), l(s.sellerKeepsL));
        lines << tr("The seller keeps %1 of item + postage, pays a seller fee of %2 and is paid %3.")
                     .arg(keeps, l(s.sellerFeeL), l(s.sellerNetL));
    } else {
        lines << tr("The seller gets nothing.");
    }
    if (s.platformKeepsFee > 0)
        lines << tr("Caravan keeps the buyer protection fee of %1.").arg(b(s.platformKeepsFee));
    if (s.importNotRefunded > 0)
        lines << tr("Duty and tax paid at checkout (%1) are not refunded: the goods crossed the border.")
                     .arg(b(s.importNotRefunded));
    return lines;
}

bool DisputeSharesCalculator::parseAmount(const QString &text, const QString &currency, qint64 *minor, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = tr("Enter the amount in %1.").arg(currency);
        return false;
    }
    try {
        const auto m = money::Money::parse(trimmed.toStdString(), currency.toStdString());
        *minor = m.minor();
        return true;
    } catch (const std::exception &) {
        if (error)
            *error = tr("%1 is not an amount in %2.").arg(trimmed, currency);
        return false;
    }
}

} // namespace caravan::models
