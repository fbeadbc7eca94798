#include "demo/demo_seed.h"

#include "web/format.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace caravan::demo {

namespace {

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

std::int64_t integer(const nlohmann::json &o, const char *key, const std::string &where)
{
    if (!o.contains(key) || !o[key].is_number_integer() || o[key].get<std::int64_t>() < 0)
        throw std::runtime_error(where + ": \"" + key + "\" must be a whole number >= 0");
    return o[key].get<std::int64_t>();
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
        if (users.findByEmail(email)) {
            ++report.usersKept;
            continue;
        }
        std::vector<std::string> roles;
        for (const auto &r : u.value("roles", nlohmann::json::array()))
            roles.push_back(r.get<std::string>());
        const auto result = accounts.createUser(email, str(u, "display_name", email),
                                                str(u, "country", email), password, roles);
        if (result.error != accounts::RegisterError::None)
            throw std::runtime_error("demo user " + email + " was refused (error " +
                                     std::to_string(static_cast<int>(result.error)) + ")");
        ++report.usersCreated;
    }

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
        store::Listing listing;
        listing.id = id;
        listing.sellerId = seller->id;
        listing.title = str(l, "title", where);
        listing.description = str(l, "description", where);
        listing.category = str(l, "category", where);
        listing.condition = str(l, "condition", where);
        listing.currency = str(l, "currency", where);
        const auto price = web::parseMoney(str(l, "price", where), listing.currency);
        if (!price)
            throw std::runtime_error(where + ": price \"" + str(l, "price", where) +
                                     "\" is not an amount in " + listing.currency);
        listing.priceMinor = *price;
        listing.quantity = integer(l, "quantity", where);
        listing.shipsFrom = str(l, "ships_from", where);
        listing.hsCode = str(l, "hs_code", where);
        listing.weightGrams = integer(l, "weight_g", where);
        listing.status = "active";
        listing.moderationStatus = "approved";
        listing.createdAt = listing.updatedAt = store::nowSeconds();
        for (const auto &p : l.value("photos", nlohmann::json::array())) {
            const auto path = baseDir / p.get<std::string>();
            const auto bytes = readBinary(path);
            if (!store::PhotoFiles::looksLikeJpeg(bytes))
                throw std::runtime_error(where + ": photo " + path.string() + " is not a JPEG image");
            const auto sha = photos.putJpeg(bytes);
            listings.registerPhoto(sha, "image/jpeg", std::int64_t(bytes.size()));
            listing.photos.push_back(sha);
            ++report.photosStored;
        }
        listings.insert(listing);
        ++report.listingsCreated;
    }
    return report;
}

} // namespace caravan::demo
