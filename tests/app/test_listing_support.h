#pragma once

#include "listing/listing.h"

#include <QString>
#include <vector>

namespace caravan::test {

// The demo listings of resources/demo/demo.json (realistic, publishable listings in ten currencies) as
// listings of the shared model, with fresh ids and status `active`; photos are left out.
std::vector<listing::Listing> demoListings();
// One publishable listing (the first demo listing).
listing::Listing publishableListing();
QString projectSourceDir();

} // namespace caravan::test
