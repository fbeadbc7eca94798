// The catalogue of bench_pages: sellers in several countries and their public listings, written as the
// server writes synced listings (store/sync_store.cpp): the `listings` projection row (whose insert
// feeds the full-text index: FTS5 triggers on SQLite, the generated tsvector on PostgreSQL), the listing's
// document in sync_records (what the listing page decodes), listing_photo_refs and listing_photos.
// The sync change feed (change_log) is not written: no buyer page reads it.
#include "accounts/crypto.h"
#include "accounts/password.h"
#include "bench_pages.h"
#include "core/resources.h"
#include "corpus.h"
#include "listing/categories.h"
#include "listing/listing_json.h"
#include "store/listings.h"
#include "store/migrations.h"
#include "store/photo_files.h"
#include "store/users.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace caravan::bench {

using nlohmann::json;

namespace {

struct Seller
{
    std::string id;
    std::string country;
    std::string currency;
    Language language;
};

// Seller countries and their currencies, with the minor units one euro is worth (roughly; prices only
// need to look plausible).
struct Market
{
    const char *country;
    const char *currency;
    double minorPerEuro;
    std::int64_t roundTo; // minor units a seller rounds the price to
};
const Market kMarkets[] = {
    {"JP", "JPY", 160, 100},   {"DE", "EUR", 100, 100},  {"FR", "EUR", 100, 100},  {"ES", "EUR", 100, 100},
    {"IT", "EUR", 100, 100},   {"NL", "EUR", 100, 100},  {"MX", "MXN", 1900, 100}, {"CN", "CNY", 780, 100},
    {"GB", "GBP", 85, 100},    {"US", "USD", 108, 100},  {"KR", "KRW", 1450, 1000}, {"BR", "BRL", 550, 100},
    {"IN", "INR", 9000, 1000}, {"AU", "AUD", 165, 100},
};

// The item templates: the demo listings (resources/demo/demo.json), decoded by the real decoder, give a
// category with its HS code, item specifics, weight, packed size, handling days and postage services.
struct Template
{
    listing::Listing listing;
    std::vector<std::string> categories; // the template's top-level category and its subcategories
};

std::vector<Template> loadTemplates()
{
    std::ifstream in(resourcePath("demo/demo.json"));
    const auto doc = json::parse(in);
    const auto &catalog = listing::CategoryCatalog::standard();
    std::vector<Template> out;
    for (const auto &entry : doc.at("listings")) {
        json fields = json::object();
        for (const auto &[key, value] : entry.items())
            if (key != "seller" && key != "price" && key != "photos" && key != "id")
                fields[key] = value;
        auto decoded = listing::fromJson(fields);
        if (!decoded.ok())
            continue;
        Template t{std::move(decoded.listing), {}};
        const auto top = t.listing.category.substr(0, t.listing.category.find('/'));
        t.categories.push_back(top);
        if (const auto *c = catalog.find(top))
            t.categories.insert(t.categories.end(), c->children.begin(), c->children.end());
        out.push_back(std::move(t));
    }
    if (out.empty())
        throw std::runtime_error("no usable listing in demo/demo.json");
    return out;
}

std::string uuid(std::mt19937_64 &rng)
{
    static const char *hex = "0123456789abcdef";
    std::string s(36, '-');
    const auto a = rng(), b = rng();
    for (int i = 0, k = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23)
            continue;
        const auto bits = k < 16 ? (a >> (4 * k)) : (b >> (4 * (k - 16)));
        s[std::size_t(i)] = hex[bits & 0xF];
        ++k;
    }
    s[14] = '4';                         // version 4
    s[19] = hex[8 + (b >> 60) % 4];      // variant 10xx
    return s;
}

std::string placeholders(std::size_t columns, std::size_t rows)
{
    std::string one = "(";
    for (std::size_t c = 0; c < columns; ++c)
        one += c ? ", ?" : "?";
    one += ")";
    std::string out;
    out.reserve(rows * (one.size() + 2));
    for (std::size_t r = 0; r < rows; ++r)
        out += (r ? ", " : "") + one;
    return out;
}

// A multi-row INSERT collected row by row, run when asked (and its parameters cleared).
class Batch
{
public:
    Batch(std::string head, std::size_t columns)
        : m_head(std::move(head))
        , m_columns(columns)
    {}
    template <typename... P> void row(P &&...p)
    {
        (m_params.emplace_back(std::forward<P>(p)), ...);
        ++m_rows;
    }
    std::size_t rows() const { return m_rows; }
    void run(store::Transaction &tx)
    {
        if (m_rows == 0)
            return;
        if (m_rows != m_sqlRows) {
            m_sql = m_head + " VALUES " + placeholders(m_columns, m_rows);
            m_sqlRows = m_rows;
        }
        tx.execute(m_sql, m_params);
        m_params.clear();
        m_rows = 0;
    }

private:
    std::string m_head;
    std::size_t m_columns;
    std::vector<store::Param> m_params;
    std::size_t m_rows = 0;
    std::string m_sql;
    std::size_t m_sqlRows = 0;
};

std::vector<std::string> storePhotos(store::Database &db, const std::filesystem::path &dataDir, int count)
{
    std::vector<std::filesystem::path> files;
    for (const auto &e : std::filesystem::directory_iterator(resourcePath("demo/photos")))
        if (e.path().extension() == ".jpg")
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    store::PhotoFiles photos(dataDir / "photos");
    store::ListingRepository listings(db);
    std::vector<std::string> shas;
    for (const auto &f : files) {
        if (int(shas.size()) >= count)
            break;
        std::ifstream in(f, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        const auto sha = photos.putJpeg(bytes.str());
        listings.registerPhoto(sha, "image/jpeg", std::int64_t(bytes.str().size()));
        shas.push_back(sha);
    }
    return shas;
}

std::vector<Seller> writeSellers(store::Database &db, int count, std::mt19937_64 &rng, std::int64_t now)
{
    // One real Argon2id hash at the floor for every seller: nobody signs in during the bench.
    const auto hash = accounts::PasswordHasher(accounts::PasswordHasher::kMinOpsLimit,
                                               accounts::PasswordHasher::kMinMemLimit)
                          .hash("bench pages seller passphrase");
    std::vector<Seller> sellers;
    store::Transaction tx(db);
    Batch users("INSERT INTO users (id, email, email_lower, display_name, country, password_hash, created_at, "
                "updated_at, email_verified_at, language)",
                10);
    Batch roles("INSERT INTO user_roles (user_id, role, granted_at)", 3);
    for (int i = 0; i < count; ++i) {
        const auto &m = kMarkets[std::size_t(i) % std::size(kMarkets)];
        Seller s{uuid(rng), m.country, m.currency, languageOf(m.country)};
        const auto email = "seller" + std::to_string(i) + "@bench.example";
        const std::int64_t since = now - 3 * 365 * 86400 + std::int64_t(rng() % (365 * 86400));
        users.row(s.id, email, email, personName(s.language, rng), s.country, hash, since, since, since,
                  std::string(s.language == Language::Chinese ? "zh_CN" : "en"));
        roles.row(s.id, std::string("seller"), since);
        roles.row(s.id, std::string("buyer"), since);
        sellers.push_back(std::move(s));
    }
    users.run(tx);
    roles.run(tx);
    tx.commit();
    return sellers;
}

std::int64_t priceOf(const std::string &currency, std::mt19937_64 &rng)
{
    // Log-uniform between 5 and 800 euros, rounded as a seller would.
    const double euros = 5.0 * std::exp(std::log(160.0) * double(rng() % 1000000) / 1e6);
    for (const auto &m : kMarkets)
        if (currency == m.currency) {
            const auto minor = std::int64_t(euros * m.minorPerEuro);
            return std::max(m.roundTo, minor / m.roundTo * m.roundTo);
        }
    return std::int64_t(euros * 100);
}

listing::Destinations destinationsOf(std::mt19937_64 &rng)
{
    listing::Destinations d;
    const auto r = rng() % 100;
    if (r < 12) {
        d.mode = listing::Destinations::Mode::AllExcept;
        d.countries = {"BY", "RU"};
    } else if (r < 20) {
        d.mode = listing::Destinations::Mode::Only;
        d.countries = r % 2 ? std::vector<std::string>{"AT", "BE", "DE", "FR", "IT", "NL"}
                            : std::vector<std::string>{"CA", "GB", "US"};
    }
    return d;
}

// What the projection stores for the destinations (store/sync_store.cpp, projectedDestinations).
std::pair<std::string, std::string> projected(const listing::Destinations &d)
{
    if (d.mode == listing::Destinations::Mode::All)
        return {"all", ""};
    std::string countries;
    for (const auto &c : d.countries)
        countries += "," + c;
    return {d.mode == listing::Destinations::Mode::Only ? "only" : "except", countries + ","};
}

} // namespace

FillReport fillCatalogue(store::Database &db, const std::filesystem::path &dataDir, const FillOptions &o)
{
    using Clock = std::chrono::steady_clock;
    store::migrate(db);
    const auto started = Clock::now();
    if (db.backend() == store::Backend::SQLite)
        db.execute("PRAGMA cache_size = -262144"); // the fill's own connection (the pool holds one)
    FillReport report;
    std::mt19937_64 rng(20260101);
    const auto now = store::nowSeconds();
    const auto templates = loadTemplates();
    const auto photos = storePhotos(db, dataDir, 8);
    const auto sellers = writeSellers(db, o.sellers, rng, now);
    report.sellers = int(sellers.size());
    report.photos = int(photos.size());
    report.filterCategory = "home-decor";

    static const std::pair<const char *, int> kConditions[] = {
        {"new", 25}, {"like_new", 20}, {"good", 35}, {"fair", 15}, {"for_parts", 5}};
    const std::int64_t n = o.listings;
    const std::int64_t span = 2 * 365 * 86400; // listed over the last two years, oldest first
    const std::int64_t rareEvery = std::max<std::int64_t>(1, n / 10);

    Batch rows("INSERT INTO listings (id, seller_id, revision, title, description, category, item_condition, "
               "price_minor, currency, quantity, ships_from, hs_code, weight_g, status, moderation_status, "
               "moderation_reason, created_at, updated_at, ship_mode, ship_countries)",
               20);
    Batch records("INSERT INTO sync_records (entity, entity_id, owner_id, revision, deleted, data, updated_at)", 7);
    Batch refs("INSERT INTO listing_photo_refs (listing_id, position, sha256)", 3);
    Batch photoRows("INSERT INTO listing_photos (listing_id, position, sha256)", 3);

    std::unique_ptr<store::Transaction> tx;
    const auto flush = [&] {
        rows.run(*tx);
        records.run(*tx);
        refs.run(*tx);
        photoRows.run(*tx);
    };
    for (std::int64_t i = 0; i < n; ++i) {
        if (!tx)
            tx = std::make_unique<store::Transaction>(db);
        const auto &seller = sellers[rng() % sellers.size()];
        const auto &tpl = templates[rng() % templates.size()];
        const bool common = i % 50 != 7;
        const bool rare = i % rareEvery == rareEvery / 2;
        report.commonListings += common;
        report.rareListings += rare;
        auto text = listingText(seller.language, common, rare, rng);

        listing::Listing l = tpl.listing;
        l.id = uuid(rng);
        l.title = std::move(text.title);
        l.description = std::move(text.description);
        l.category = tpl.categories[rng() % tpl.categories.size()];
        auto c = int(rng() % 100);
        for (const auto &[id, weight] : kConditions)
            if ((c -= weight) < 0) {
                l.condition = listing::parseCondition(id);
                break;
            }
        l.quantity = rng() % 10 < 7 ? 1 : 2 + std::int64_t(rng() % 9);
        l.currency = seller.currency;
        l.priceMinor = priceOf(seller.currency, rng);
        l.shipsFrom = l.originCountry = seller.country;
        l.destinations = destinationsOf(rng);
        l.status = listing::Status::Active;
        l.photos.clear();
        const auto photoCount = 1 + rng() % 3;
        for (std::size_t p = 0; p < photoCount; ++p)
            l.photos.push_back(photos[(i + std::int64_t(p)) % std::int64_t(photos.size())]);

        const std::int64_t created = now - span + span * i / std::max<std::int64_t>(1, n);
        json data = listing::sellerOwnedJson(l);
        data["moderation"] = "published";
        data["moderation_reason"] = "";
        data["sold_quantity"] = 0;
        data["published_at"] = listing::formatUtcTimestamp(created);
        const auto [shipMode, shipCountries] = projected(l.destinations);
        rows.row(l.id, seller.id, std::int64_t{1}, l.title, l.description, l.category,
                 std::string(listing::toString(*l.condition)), *l.priceMinor, l.currency, *l.quantity,
                 l.shipsFrom, data.value("hs_code", std::string()), l.weightG.value_or(0), std::string("active"),
                 std::string("approved"), std::string(), created, created, shipMode, shipCountries);
        records.row(std::string("listing"), l.id, seller.id, std::int64_t{1}, std::int64_t{0}, data.dump(), created);
        for (std::size_t p = 0; p < l.photos.size(); ++p) {
            refs.row(l.id, std::int64_t(p), l.photos[p]);
            photoRows.row(l.id, std::int64_t(p), l.photos[p]);
            ++report.photoRows;
        }
        // A sample of the listings for the listing-page route (reservoir sampling).
        if (report.sampleIds.size() < o.sampleIds)
            report.sampleIds.push_back(l.id);
        else if (const auto k = rng() % std::uint64_t(i + 1); k < o.sampleIds)
            report.sampleIds[k] = l.id;

        if (rows.rows() >= std::size_t(o.rowsPerStatement))
            flush();
        if ((i + 1) % o.rowsPerTransaction == 0 || i + 1 == n) {
            flush();
            tx->commit();
            tx.reset();
        }
        if ((i + 1) % 100000 == 0)
            std::fprintf(stderr, "  %lld listings, %.0f s\n", static_cast<long long>(i + 1),
                         std::chrono::duration<double>(Clock::now() - started).count());
    }
    report.listings = n;
    report.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return report;
}

} // namespace caravan::bench
