#include "data/listingcsv.h"

#include "data/listingrepository.h"

#include <QFile>
#include <QSaveFile>
#include <fstream>
#include <sstream>

namespace caravan::data {

listing::CsvImportResult ListingCsv::read(const QString &path, const listing::ValidationContext &ctx,
                                          bool skipBadRows, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    std::istringstream in(file.readAll().toStdString());
    listing::CsvImportOptions options;
    options.skipBadRows = skipBadRows;
    auto result = listing::importListingsCsv(in, ctx, options);
    for (auto &l : result.listings) {
        if (l.id.empty())
            l.id = ListingRepository::newId();
    }
    return result;
}

bool ListingCsv::store(ListingRepository &repo, const listing::CsvImportResult &result, QString *error)
{
    if (result.listings.empty()) {
        *error = tr("There is nothing to import.");
        return false;
    }
    const auto saved = repo.saveAll(result.listings);
    if (!saved.ok)
        *error = saved.error;
    return saved.ok;
}

bool ListingCsv::write(const ListingRepository &repo, const QString &path, const QStringList &ids,
                       QString *error)
{
    const auto listings = ids.isEmpty() ? repo.loadAll() : repo.loadMany(ids);
    std::ostringstream out;
    listing::exportListingsCsv(out, listings);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const std::string text = out.str();
    file.write(text.data(), qint64(text.size()));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace caravan::data
