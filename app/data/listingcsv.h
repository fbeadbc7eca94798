#pragma once

#ifndef Q_MOC_RUN
#include "listing/listing_csv.h"
#endif

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace caravan::data {

class ListingRepository;

// CSV files of listings (docs/csv-format.md) through shared/listing's reader and writer.
class ListingCsv final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::data::ListingCsv)

public:
    // Reads and checks a file. Rows without an id get a new one. Nothing is stored.
    static listing::CsvImportResult read(const QString &path, const listing::ValidationContext &ctx,
                                         bool skipBadRows, QString *error);
    // Stores the listings of a checked file in ONE transaction (with their sync mutations).
    static bool store(ListingRepository &repo, const listing::CsvImportResult &result, QString *error);
    // Writes the listings with these ids (all listings when `ids` is empty).
    static bool write(const ListingRepository &repo, const QString &path, const QStringList &ids,
                      QString *error);
};

} // namespace caravan::data
