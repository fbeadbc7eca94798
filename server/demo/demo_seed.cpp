#include "demo/demo_seed.h"

#include "store/payout_identities.h"

#include "accounts/crypto.h"
#include "listing/listing_json.h"
#include "listing/validation.h"
#include "money/money.h"
#include "store/sync_store.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace caravan::demo {

namespace {

// Demo sellers are paid out: each has a payout identity verified by the demo (no document is kept).
void verifyDemoSeller(store::Database &db, const store::User &seller)
{
    store::Transaction tx(db);
    if (store::PayoutIdentityStore::loadForUpdate(tx, seller.id))
        return;
    store::PayoutIdentity identity;
    identity.userId = seller.id;
    identity.legalName = seller.displayName;
    identity.dateOfBirth = "1985-06-15";
    identity.address = {{"line1", "Demo street 1"}, {"line2", ""},     {"city", "Demo"},
                        {"postal_code", ""},         {"region", ""},    {"country", seller.country}};
    identity.status = "verified";
    identity.submittedAt = store::nowSeconds();
    identity.reviewedAt = identity.submittedAt;
    identity.reviewedBy = "demo";
    store::PayoutIdentityStore::save(tx, identity);
    tx.commit();
}


std::string readBinary(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary);
    if (!in)
        throw std::runtime_error("demo photo missing: " + p.string());
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

std::string str(const nlohmann::json &o, const char *key, const std::string &where)
{
    if (!o.contains(key) || !o[key].is_string())
        throw std::runtime_error(where + ": \"" + key + "\" must be a string");
    return o[key].get<std::string>();
}

std::string describe(const std::vector<listing::Issue> &issues)
{
    std::string out;
    for (const auto &i : issues)
        out += (out.empty() ? "" : ", ") + i.field + " (" + i.code + ")";
    return out;
}

// The demo entry as the listing's JSON encoding (docs/sync.md field names): the price becomes
// price_minor, the photo paths their SHA-256 (filled in later), the status "active" unless given.
nlohmann::json listingFields(const nlohmann::json &entry, const std::string &where)
{
    nlohmann::json fields = nlohmann::json::object();
    for (const auto &[key, value] : entry.items())
        if (key != "seller" && key != "price" && key != "photos")
            fields[key] = value;
    const auto currency = str(entry, "currency", where);
    const auto price = str(entry, "price", where);
    try {
        fields["price_minor"] = money::Money::parse(price, currency).minor();
    } catch (const std::exception &e) {
        throw std::runtime_error(where + ": price \"" + price + "\" is not an amount in " + currency + " (" +
                                 e.what() + ")");
    }
    if (!fields.contains("status"))
        fields["status"] = "active";
    return fields;
}

} // namespace

SeedReport seedDemo(const std::filesystem::path &file, const std::filesystem::path &baseDir,
                    accounts::AccountService &accounts, store::UserRepository &users,
                    store::ListingRepository &listings, store::PhotoFiles &photos)
{
    std::ifstream in(file);
    if (!in)
        throw std::runtime_error("cannot read demo data " + file.string());
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error("demo data " + file.string() + " is not valid JSON: " + e.what());
    }
    const auto password = str(doc, "password", "demo data");
    SeedReport report;

    for (const auto &u : doc.value("users", nlohmann::json::array())) {
        const auto email = str(u, "email", "demo user");
        std::vector<std::string> roles;
        for (const auto &r : u.value("roles", nlohmann::json::array()))
            roles.push_back(r.get<std::string>());
        if (users.findByEmail(email)) {
            ++report.usersKept;
        } else {
            const auto result = accounts.createUser(email, str(u, "display_name", email),
                                                    str(u, "country", email), password, roles);
            if (result.error != accounts::RegisterError::None)
                throw std::runtime_error("demo user " + email + " was refused (error " +
                                         std::to_string(static_cast<int>(result.error)) + ")");
            ++report.usersCreated;
        }
        if (std::find(roles.begin(), roles.end(), "seller") != roles.end())
            verifyDemoSeller(listings.database(), *users.findByEmail(email));
    }

    store::SyncStore sync(listings.database());
    const listing::ValidationContext rules;
    for (const auto &l : doc.value("listings", nlohmann::json::array())) {
        const auto id = str(l, "id", "demo listing");
        const auto where = "demo listing " + id;
        if (listings.exists(id)) {
            ++report.listingsKept;
            continue;
        }
        const auto seller = users.findByEmail(str(l, "seller", where));
        if (!seller)
            throw std::runtime_error(where + ": seller " + str(l, "seller", where) + " is not a demo user");

        // Decode and check everything before the photos are stored: a faulty entry writes nothing.
        auto fields = listingFields(l, where);
        std::vector<std::string> photoBytes;
        nlohmann::json shas = nlohmann::json::array();
        for (const auto &p : l.value("photos", nlohmann::json::array())) {
            const auto path = baseDir / p.get<std::string>();
            auto bytes = readBinary(path);
            if (!store::PhotoFiles::looksLikeJpeg(bytes))
                throw std::runtime_error(where + ": photo " + path.string() + " is not a JPEG image");
            shas.push_back(accounts::sha256Hex(bytes));
            photoBytes.push_back(std::move(bytes));
        }
        fields["photos"] = shas;
        const auto decoded = listing::fromJson(fields);
        if (!decoded.ok())
            throw std::runtime_error(where + ": " + describe(decoded.issues));
        if (!decoded.unknownFields.empty())
            throw std::runtime_error(where + ": \"" + decoded.unknownFields.front() +
                                     "\" is not a listing field");
        const auto issues = listing::validateForStatus(decoded.listing, rules);
        if (!issues.empty())
            throw std::runtime_error(where + " cannot be published: " + describe(issues));

        for (const auto &bytes : photoBytes) {
            const auto sha = photos.putJpeg(bytes);
            listings.registerPhoto(sha, "image/jpeg", std::int64_t(bytes.size()));
            ++report.photosStored;
        }
        // The same record a push of this listing would have made (server-owned fields included).
        store::SyncRecord record;
        record.entityId = id;
        record.ownerId = seller->id;
        record.data = listing::sellerOwnedJson(decoded.listing);
        record.data["moderation"] = "published";
        record.data["moderation_reason"] = "";
        record.data["sold_quantity"] = 0;
        if (decoded.listing.status == listing::Status::Active)
            record.data["published_at"] = listing::formatUtcTimestamp(store::nowSeconds());
        if (sync.createListing(std::move(record)))
            ++report.listingsCreated;
        else
            ++report.listingsKept;
    }
    return report;
}

} // namespace caravan::demo
