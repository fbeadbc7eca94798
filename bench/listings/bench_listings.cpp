// Creates 100,000 listings in a temporary local database (through the app's own repository, so every
// row also has its outbox mutation and full-text entry), then measures the listings view:
//   open    model construction (COUNT) + the first screen of rows (40 rows, every column)
//   filter  text (FTS5) and status, each: count + first screen
//   sort    by price ascending and descending: first screen
// and prints peak RSS (VmHWM). Targets: open < 300 ms, filter and sort < 100 ms, memory < 200 MB.
#include "../common/app_bench.h"
#include "data/listingrepository.h"
#include "data/localdatabase.h"
#include "models/listingtablemodel.h"
#include "ui/listingsview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>
#include <random>

using namespace caravan;

namespace {

constexpr int kListings = 100'000;
constexpr int kScreenRows = 40;

void touchScreen(const models::ListingTableModel &model)
{
    const int rows = std::min(kScreenRows, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < models::ListingTableModel::ColumnCount; ++column)
            (void)model.data(model.index(row, column));
    }
}

std::vector<listing::Listing> makeListings(int count)
{
    static const char *nouns[] = {"watch",  "teapot", "kimono", "camera", "vinyl record",
                                  "guitar", "scarf",  "figure", "lamp",   "necklace",
                                  "boots",  "jacket", "radio",  "vase",   "bag"};
    static const char *adjectives[] = {"Vintage", "Handmade", "Antique",  "Rare",    "Classic",
                                       "Signed",  "Boxed",    "Japanese", "Mexican", "Brazilian",
                                       "Korean",  "Indian",   "Retro"};
    static const char *categories[] = {"watches",      "home-decor",          "apparel",   "electronics",
                                       "collectibles", "musical-instruments", "jewellery", "crafts"};
    static const char *currencies[] = {"EUR", "JPY", "USD", "GBP", "CNY"};
    std::mt19937 random(20260601);
    std::vector<listing::Listing> out;
    out.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        listing::Listing l;
        l.id = "bench-" + std::to_string(i);
        l.title = std::string(adjectives[random() % std::size(adjectives)]) + " " +
                  nouns[random() % std::size(nouns)] + " no. " + std::to_string(i);
        l.description = "A " + l.title + " in good condition, from a smoke-free home. Ships well packed.";
        l.category = categories[random() % std::size(categories)];
        l.currency = currencies[random() % std::size(currencies)];
        l.priceMinor = 100 + std::int64_t(random() % 500'000);
        l.quantity = 1 + std::int64_t(random() % 3);
        l.status = listing::Status::Draft; // generated rows are drafts (not complete enough to publish)
        out.push_back(std::move(l));
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QString error;
    auto db = data::LocalDatabase::open(dir.filePath(QStringLiteral("caravan.sqlite")), &error);
    if (!db) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    {
        data::ListingRepository repo(db->connection());
        const auto listings = makeListings(kListings);
        for (std::size_t start = 0; start < listings.size(); start += 5000) {
            const std::vector<listing::Listing> batch(
                listings.begin() + std::ptrdiff_t(start),
                listings.begin() + std::ptrdiff_t(std::min(listings.size(), start + 5000)));
            const auto saved = repo.saveAll(batch);
            if (!saved.ok) {
                std::fprintf(stderr, "saving failed: %s\n", qPrintable(saved.error));
                return 1;
            }
        }
    }
    // Spread the statuses in SQL (the generator makes drafts so validation passes without full data).
    {
        QSqlQuery spread(db->connection());
        spread.exec(
            QStringLiteral("UPDATE listings SET status = CASE seq % 5 WHEN 0 THEN 'draft' WHEN 4 THEN "
                           "'ended' ELSE 'active' END"));
        QSqlQuery analyze(db->connection());
        analyze.exec(QStringLiteral("ANALYZE"));
    }
    std::printf("setup: %d listings (with outbox mutations and FTS rows) in %.0f ms\n", kListings, bench::elapsedMs(timer));

    timer.restart();
    models::ListingTableModel model(db->connection());
    model.sort(models::ListingTableModel::Updated, Qt::DescendingOrder);
    touchScreen(model);
    const double open = bench::elapsedMs(timer);
    std::printf("open listings view (count + first %d rows): %.1f ms  [target < 300 ms] rows=%d\n",
                kScreenRows, open, model.rowCount());

    timer.restart();
    model.setFilter({QString(), QString(), QStringLiteral("vintage teapot")});
    touchScreen(model);
    std::printf("filter text \"vintage teapot\" (FTS5): %.1f ms  [target < 100 ms] rows=%d\n", bench::elapsedMs(timer),
                model.rowCount());

    timer.restart();
    model.setFilter({QStringLiteral("active"), QString(), QString()});
    touchScreen(model);
    std::printf("filter status active: %.1f ms  [target < 100 ms] rows=%d\n", bench::elapsedMs(timer), model.rowCount());

    timer.restart();
    model.setFilter({QStringLiteral("active"), QString(), QStringLiteral("camera")});
    touchScreen(model);
    std::printf("filter status active + text \"camera\": %.1f ms  [target < 100 ms] rows=%d\n", bench::elapsedMs(timer),
                model.rowCount());

    model.setFilter({});
    timer.restart();
    model.sort(models::ListingTableModel::Price, Qt::AscendingOrder);
    touchScreen(model);
    std::printf("sort by price ascending: %.1f ms  [target < 100 ms]\n", bench::elapsedMs(timer));
    timer.restart();
    model.sort(models::ListingTableModel::Price, Qt::DescendingOrder);
    touchScreen(model);
    std::printf("sort by price descending: %.1f ms  [target < 100 ms]\n", bench::elapsedMs(timer));

    // Scrolling: a screen in the middle and at the end (windowed fetch, LIMIT/OFFSET blocks).
    timer.restart();
    for (int row = kListings / 2; row < kListings / 2 + kScreenRows; ++row)
        (void)model.data(model.index(row, models::ListingTableModel::Title));
    std::printf("scroll to the middle (one screen): %.1f ms\n", bench::elapsedMs(timer));
    timer.restart();
    for (int row = kListings - kScreenRows; row < kListings; ++row)
        (void)model.data(model.index(row, models::ListingTableModel::Title));
    std::printf("scroll to the end (one screen): %.1f ms\n", bench::elapsedMs(timer));

    // The whole Listings section as the app shows it: widgets, model, first paint of the table.
    timer.restart();
    {
        ui::ListingsView view(*db);
        view.resize(1280, 800);
        view.show();
        QCoreApplication::processEvents();
        (void)view.table()->grab();
        std::printf(
            "open the Listings section widget (construct, show, first paint): %.1f ms  [target < 300 ms]\n",
            bench::elapsedMs(timer));
    }

    std::printf("peak RSS (VmHWM): %s  [target < 200 MB]\n", qPrintable(bench::peakRss()));
    return 0;
}
