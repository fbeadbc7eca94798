#pragma once

#include "store/migrations.h"

namespace caravan::store {

// Migration 7: the indexes the photo access rules, the upload quota and the collection of unused photos
// read by (a photo's listings, an uploader's photos, photos by age).
Migration photoMigration();

} // namespace caravan::store
