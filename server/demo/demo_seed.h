#pragma once

#include "accounts/account_service.h"
#include "store/listings.h"
#include "store/photo_files.h"

#include <filesystem>

namespace caravan::demo {

struct SeedReport
{
    int usersCreated = 0;
    int usersKept = 0;
    int listingsCreated = 0;
    int listingsKept = 0;
    int photosStored = 0;
};

// Loads demo data (format: docs/operations.md, "Demo data") idempotently: users and listings that exist
// already are left alone, so seeding twice gives the same content. Photo paths in the file are relative
// to `baseDir` (the resource folder for resources/demo/demo.json). Each listing is decoded with
// shared/listing, checked with the publish rules and stored as a complete sync record (with its
// buyer-page row and change-log entry), as if its seller had pushed it. Throws std::runtime_error naming
// the entry at fault; nothing of a faulty listing is written.
SeedReport seedDemo(const std::filesystem::path &file, const std::filesystem::path &baseDir,
                    accounts::AccountService &accounts, store::UserRepository &users,
                    store::ListingRepository &listings, store::PhotoFiles &photos);

} // namespace caravan::demo
