#include "store/photo_schema.h"

namespace caravan::store {

Migration photoMigration()
{
    return {7,
            "photos: indexes for public access, upload quota and unused-photo collection",
            {
                // Is this photo on a public listing? (every request of /photos/<sha>.jpg)
                "CREATE INDEX listing_photos_sha ON listing_photos(sha256)",
                // How much has this account uploaded? (every new upload)
                "CREATE INDEX photo_meta_uploader ON photo_meta(uploaded_by)",
                // Which photos are old enough to be collected when unused? (the cleanup job)
                "CREATE INDEX photos_created ON photos(created_at)",
            }};
}

} // namespace caravan::store
