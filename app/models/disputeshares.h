#pragma once

#include "data/dispute.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace caravan::models {

// What each side gets from a decision on an order (docs/disputes.md, "Offers and outcomes"), computed with
// the escrow rules of shared/escrow (splitParts), so the dialog shows what the server will post.
struct DisputeShares
{
    bool valid = false;
    QString error; // translated: why the decision cannot be made as given

    QString buyerCurrency;   // B
    QString listingCurrency; // L
    qint64 buyerGets = 0;        // B: what goes back to the buyer (split: R + the buyer fee when given back)
    qint64 buyerFeeBack = 0;     // B: of that, the buyer fee
    qint64 platformKeepsFee = 0; // B: the buyer fee the platform keeps
    qint64 importNotRefunded = 0; // B: duty and tax collected at checkout that a split does not refund
    qint64 sellerKeepsB = 0;     // B: item + postage - R
    qint64 sellerKeepsL = 0;     // L: the same in the listing's currency
    qint64 sellerFeeL = 0;       // L: the seller fee on what the seller keeps
    qint64 sellerNetL = 0;       // L: paid out to the seller
    bool afterReturn = false;    // return: the refund comes once the item is back
};

class DisputeSharesCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::models::DisputeSharesCalculator)

public:
    // The shares of `outcome` on `order` (its locked amounts); `refundMinor` and `buyerFeeRefunded` for a
    // split.
    static DisputeShares compute(const data::Order &order, const QString &outcome, qint64 refundMinor,
                                 bool buyerFeeRefunded);
    // The shares in lines of text, buyer first.
    static QStringList describe(const DisputeShares &shares);
    // Reads an amount typed in `currency` ("30", "30.50"); false with a translated *error otherwise.
    static bool parseAmount(const QString &text, const QString &currency, qint64 *minor, QString *error);
};

} // namespace caravan::models
