#pragma once

#include "listing/listing.h"
#include "testsupport.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace caravan::data {
class LocalDatabase;
class PhotoStore;
} // namespace caravan::data

namespace caravan::test {

// The demo listings of resources/demo/demo.json (realistic, publishable listings in ten currencies) as
// listings of the shared model, with fresh ids and status `active`; photos are left out.
std::vector<listing::Listing> demoListings();
// One publishable listing (the first demo listing).
listing::Listing publishableListing();
QString projectSourceDir();
// The demo listings with their demo photos imported into `photos` (resources/demo/photos).
std::vector<listing::Listing> demoListingsWithPhotos(data::PhotoStore &photos);

// An account's local database in a sandbox, with the account's photo store.
struct PhotoAccount
{
    PhotoAccount();
    ~PhotoAccount();
    Sandbox sandbox;
    std::unique_ptr<data::LocalDatabase> db;
    std::unique_ptr<data::PhotoStore> photos;
    // The bytes of the stored photo file `sha256`.
    [[nodiscard]] QByteArray stored(const QString &sha256) const;
};

} // namespace caravan::test
