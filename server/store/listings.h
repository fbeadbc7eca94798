#pragma once

#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace caravan::store {

struct Listing
{
    std::string id; // client-generated UUID
    std::string sellerId;
    std::int64_t revision = 1;
    std::string title;
    std::string description;
    std::string category;
    std::string condition;
    std::int64_t priceMinor = 0; // integer minor units of `currency`
    std::string currency;        // ISO 4217
    std::int64_t quantity = 1;
    std::string shipsFrom; // ISO 3166-1 alpha-2
    std::string hsCode;
    std::int64_t weightGrams = 0;
    std::string status = "draft";             // draft, active, sold, ended
    std::string moderationStatus = "pending"; // pending, approved, rejected
    std::string moderationReason;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::vector<std::string> photos; // SHA-256 of each photo, in order (first = cover)
};

// A listing as buyers see it: with the seller's public name and country.
struct ListingView
{
    Listing listing;
    std::string sellerName;
    std::string sellerCountry;
};

struct ListingCounts
{
    std::int64_t listings = 0;
    std::int64_t photos = 0;
    std::int64_t listingPhotos = 0;
};

class ListingRepository
{
public:
    explicit ListingRepository(Database &db)
        : m_db(db)
    {}
    Database &database() { return m_db; }

    // Inserts the listing, its photo rows (the photos must be registered) and a change-log entry.
    void insert(const Listing &listing);
    bool exists(const std::string &id);
    std::optional<ListingView> find(const std::string &id);
    // Active, not rejected listings. Empty `text`: all, newest first. Otherwise full-text search of
    // title and description, best match first (see store/search.h for how each backend does it).
    std::vector<ListingView> searchPublic(const std::string &text, std::int64_t limit, std::int64_t offset);

    // Photo metadata (the bytes are in PhotoFiles). Registering a known photo is a no-op.
    void registerPhoto(const std::string &sha256, const std::string &contentType, std::int64_t byteSize);
    bool photoRegistered(const std::string &sha256);

    ListingCounts counts();
    // The seller's listings that are active and approved, by id.
    std::vector<std::string> activeIdsOfSeller(const std::string &sellerId);

private:
    std::vector<std::string> photosOf(Poco::Data::Session &s, const std::string &listingId);
    Database &m_db;
};

} // namespace caravan::store
