#pragma once

#include "listing/listing.h"

namespace caravan::data {
class PhotoStore;
}

#include <QString>
#include <vector>

namespace caravan::test {

// The demo listings of resources/demo/demo.json (realistic, publishable listings in ten currencies) as
// listings of the shared model, with fresh ids and status `active`; photos are left out.
std::vector<listing::Listing> demoListings();
// One publishable listing (the first demo listing).
listing::Listing publishableListing();
QString projectSourceDir();
// The demo listings with their demo photos imported into `photos` (resources/demo/photos).
std::vector<listing::Listing> demoListingsWithPhotos(data::PhotoStore &photos);

} // namespace caravan::test
