#include "test_listing_support.h"

#include "data/listingrepository.h"
#include "data/localdatabase.h"
#include "data/photostore.h"
#include "money/money.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace caravan::test {

PhotoAccount::PhotoAccount()
{
    QString error;
    db = data::LocalDatabase::open(sandbox.path(QStringLiteral("acct/caravan.sqlite")), &error);
    REQUIRE(db);
    photos =
        std::make_unique<data::PhotoStore>(data::PhotoStore::folderFor(db->filePath()), db->connection());
}

PhotoAccount::~PhotoAccount() = default;

QByteArray PhotoAccount::stored(const QString &sha256) const
{
    QFile file(photos->filePath(sha256));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString projectSourceDir()
{
    return QDir(QStringLiteral(CARAVAN_TRANSLATIONS_DIR "/..")).absolutePath();
}

namespace {
std::vector<listing::Listing> readDemo();
}

std::vector<listing::Listing> demoListings()
{
    auto listings = readDemo();
    for (auto &l : listings)
        l.photos.clear();
    return listings;
}

namespace {
std::vector<listing::Listing> readDemo()
{
    QFile file(projectSourceDir() + QStringLiteral("/resources/demo/demo.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto json = nlohmann::json::parse(file.readAll().toStdString());
    std::vector<listing::Listing> out;
    for (const auto &item : json.at("listings")) {
        listing::Listing l;
        l.id = data::ListingRepository::newId();
        l.title = item.at("title").get<std::string>();
        l.description = item.at("description").get<std::string>();
        l.category = item.at("category").get<std::string>();
        l.condition = listing::parseCondition(item.at("condition").get<std::string>());
        l.currency = item.at("currency").get<std::string>();
        l.priceMinor = money::Money::parse(item.at("price").get<std::string>(), l.currency).minor();
        l.quantity = item.at("quantity").get<std::int64_t>();
        l.shipsFrom = item.at("ships_from").get<std::string>();
        l.originCountry = item.at("origin").get<std::string>();
        l.hsCode = *listing::normalizeHsCode(item.at("hs_code").get<std::string>());
        l.weightG = item.at("weight_g").get<std::int64_t>();
        const auto &dims = item.at("dims_mm");
        l.packedMm = listing::Dimensions{dims.at(0).get<std::int64_t>(), dims.at(1).get<std::int64_t>(),
                                         dims.at(2).get<std::int64_t>()};
        l.handlingDays = item.at("handling_days").get<std::int64_t>();
        for (const auto &s : item.at("services"))
            l.postageServices.push_back(s.get<std::string>());
        l.acceptsOffers = item.at("accepts_offers").get<bool>();
        for (const auto &[key, value] : item.at("specifics").items())
            l.specifics[key] = value.is_string() ? value.get<std::string>() : value.dump();
        l.status = listing::Status::Active;
        for (const auto &photo : item.at("photos"))
            l.photos.push_back(photo.get<std::string>()); // demo paths; replaced or dropped below
        out.push_back(std::move(l));
    }
    return out;
}
} // namespace

std::vector<listing::Listing> demoListingsWithPhotos(data::PhotoStore &photos)
{
    auto listings = readDemo();
    for (auto &l : listings) {
        std::vector<std::string> stored;
        for (const auto &path : l.photos) {
            const auto result = photos.importFile(projectSourceDir() + QStringLiteral("/resources/") +
                                                  QString::fromStdString(path));
            if (result.ok)
                stored.push_back(result.sha256.toStdString());
        }
        l.photos = stored;
    }
    return listings;
}

listing::Listing publishableListing()
{
    return demoListings().front();
}

} // namespace caravan::test
