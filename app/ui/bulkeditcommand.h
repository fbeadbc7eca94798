#pragma once

#ifndef Q_MOC_RUN
#include "listing/listing.h"
#endif

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QUndoStack;

namespace caravan::data {
class ListingRepository;
}

namespace caravan::ui {

// One bulk edit over a selection, computed by shared/listing's bulk-edit functions.
struct BulkEditRequest
{
    enum class Kind { PriceByAmount, PriceByPercent, Services, Destinations, Status };
    Kind kind = Kind::PriceByPercent;
    QString amount;   // PriceByAmount: "-2.50" (in `currency`); PriceByPercent: "-10" or "12.5"
    QString currency; // PriceByAmount
    std::vector<std::string> services;
    listing::Destinations destinations;
    listing::Status status = listing::Status::Active;
};

struct BulkEditOutcome
{
    bool ok = false;      // the edit was stored (possibly with some listings left out, see problems)
    int changed = 0;      // listings changed
    QStringList problems; // per listing left unchanged: "title: reason" in the UI language
    QString error;        // why nothing was stored
};

// Computes the edit, then stores every changed listing in ONE database transaction as ONE undo step on
// `undo` (undo stores the previous versions in one transaction again). `afterChange` runs after
// every redo and undo (e.g. to reload the listings view).
class BulkEdit final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::ui::BulkEdit)

public:
    static BulkEditOutcome apply(data::ListingRepository &repo, QUndoStack &undo, const QStringList &ids,
                                 const BulkEditRequest &request, std::function<void()> afterChange = {});
};

} // namespace caravan::ui
