#pragma once

#include "data/order.h"

#include <QCoreApplication>
#include <QString>

namespace caravan::ui {

// Draws an order's packing slip into a one-page A4 PDF (QPdfWriter, 300 dpi): the order number and date,
// the address to put on the parcel (country in capitals on the last line), the items and quantities, and
// the shipment when there is one.
class PackingSlipWriter
{
    Q_DECLARE_TR_FUNCTIONS(caravan::ui::PackingSlipWriter)

public:
    // Writes `path`; on failure returns false and says why in `error`.
    static bool write(const data::Order &order, const QString &path, QString *error);
};

} // namespace caravan::ui
