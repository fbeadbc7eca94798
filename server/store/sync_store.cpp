#include "store/sync_store.h"

#include "listing/listing.h"
#include "listing/listing_json.h"
#include "store/changelog.h"
#include "sync/codec.h"

namespace caravan::store {

using nlohmann::json;

namespace {

std::string text(const json &data, const char *key)
{
    const auto it = data.find(key);
    return it != data.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::int64_t integer(const json &data, const char *key, std::int64_t fallback)
{
    const auto it = data.find(key);
    return it != data.end() && it->is_number_integer() ? it->get<std::int64_t>() : fallback;
}

// The `listings` table allows draft, active, sold, ended; a scheduled listing is not public yet.
std::string projectedStatus(const std::string &status)
{
    if (status == "active" || status == "sold" || status == "ended")
        return status;
    return "draft";
}

// The listing's destinations as the search filter reads them: mode ('all', 'only', 'except') and the
// countries as ",DE,FR," (so a LIKE '%,DE,%' finds one). Anything unreadable ships everywhere, as a
// listing without destinations does.
std::pair<std::string, std::string> projectedDestinations(const json &data)
{
    const auto it = data.find("destinations");
    if (it == data.end() || !it->is_object())
        return {"all", ""};
    const auto mode = text(*it, "mode");
    if (mode != "only" && mode != "except")
        return {"all", ""};
    std::string countries;
    const auto list = it->find("countries");
    if (list != it->end() && list->is_array())
        for (const auto &c : *list)
            if (c.is_string() && c.get<std::string>().size() == 2)
                countries += "," + c.get<std::string>();
    return {mode, countries.empty() ? std::string() : countries + ","};
}

} // namespace

std::string projectedModeration(const std::string &moderation)
{
    if (moderation == "published")
        return "approved";
    if (moderation == "removed")
        return "rejected";
    return "pending";
}

std::string syncModeration(const std::string &projected)
{
    if (projected == "approved")
        return "published";
    if (projected == "rejected")
        return "removed";
    return "pending";
}

json ConflictRecord::toJson() const
{
    return sync::encode(sync::ConflictData{entity, entityId, state, fields});
}

std::string SyncStore::bindClient(const std::string &clientId, const std::string &userId)
{
    const auto now = nowSeconds();
    auto rows = m_db.query("SELECT user_id FROM sync_clients WHERE client_id = ?", {clientId});
    if (rows.empty()) {
        m_db.execute(
            "INSERT INTO sync_clients (client_id, user_id, last_mutation_id, created_at, updated_at) "
            "VALUES (?, ?, 0, ?, ?) ON CONFLICT (client_id) DO NOTHING",
            {clientId, userId, now, now});
        rows = m_db.query("SELECT user_id FROM sync_clients WHERE client_id = ?", {clientId});
    }
    return rows.front().text(0);
}

std::int64_t SyncStore::lastMutationId(Transaction &tx, const std::string &clientId)
{
    const auto rows = tx.query("SELECT last_mutation_id FROM sync_clients WHERE client_id = ?", {clientId});
    return rows.empty() ? 0 : rows.front().integer(0);
}

void SyncStore::setLastMutationId(Transaction &tx, const std::string &clientId, std::int64_t id)
{
    tx.execute("UPDATE sync_clients SET last_mutation_id = ?, updated_at = ? WHERE client_id = ?",
               {id, nowSeconds(), clientId});
}

std::optional<SyncRecord> SyncStore::loadRecord(Transaction &tx, const std::string &entity,
                                                const std::string &entityId)
{
    const auto rows = tx.query("SELECT owner_id, revision, deleted, data FROM sync_records "
                               "WHERE entity = ? AND entity_id = ?",
                               {entity, entityId});
    if (rows.empty())
        return std::nullopt;
    const auto &r = rows.front();
    SyncRecord rec{entity, entityId, r.text(0), r.integer(1), r.integer(2) != 0, json::parse(r.text(3))};
    return rec;
}

std::optional<SyncRecord> SyncStore::findRecord(Database &db, const std::string &entity,
                                                const std::string &entityId)
{
    const auto rows = db.query("SELECT owner_id, revision, deleted, data FROM sync_records "
                               "WHERE entity = ? AND entity_id = ?",
                               {entity, entityId});
    if (rows.empty())
        return std::nullopt;
    const auto &r = rows.front();
    return SyncRecord{entity, entityId, r.text(0), r.integer(1), r.integer(2) != 0, json::parse(r.text(3))};
}

namespace {
constexpr std::size_t kInChunk = 500;

std::string placeholders(std::size_t n)
{
    std::string out;
    for (std::size_t i = 0; i < n; ++i)
        out += i ? ", ?" : "?";
    return out;
}
} // namespace

std::unordered_map<std::string, SyncRecord> SyncStore::loadListingRecords(Transaction &tx,
                                                                          const std::vector<std::string> &ids)
{
    std::unordered_map<std::string, SyncRecord> out;
    for (std::size_t i = 0; i < ids.size(); i += kInChunk) {
        const std::size_t n = std::min(kInChunk, ids.size() - i);
        std::vector<Param> params(ids.begin() + static_cast<std::ptrdiff_t>(i),
                                  ids.begin() + static_cast<std::ptrdiff_t>(i + n));
        for (const auto &r : tx.query("SELECT entity_id, owner_id, revision, deleted, data FROM sync_records "
                                      "WHERE entity = 'listing' AND entity_id IN (" +
                                          placeholders(n) + ")",
                                      params)) {
            auto id = r.text(0);
            out[id] =
                SyncRecord{"listing", id, r.text(1), r.integer(2), r.integer(3) != 0, json::parse(r.text(4))};
        }
    }
    return out;
}

std::unordered_map<std::string, std::string>
SyncStore::projectedListingOwners(Transaction &tx, const std::vector<std::string> &ids)
{
    std::unordered_map<std::string, std::string> out;
    for (std::size_t i = 0; i < ids.size(); i += kInChunk) {
        const std::size_t n = std::min(kInChunk, ids.size() - i);
        std::vector<Param> params(ids.begin() + static_cast<std::ptrdiff_t>(i),
                                  ids.begin() + static_cast<std::ptrdiff_t>(i + n));
        for (const auto &r :
             tx.query("SELECT id, seller_id FROM listings WHERE id IN (" + placeholders(n) + ")", params))
            out[r.text(0)] = r.text(1);
    }
    return out;
}

std::optional<std::int64_t> SyncStore::recordRevision(Transaction &tx, const std::string &entity,
                                                      const std::string &entityId)
{
    const auto rows =
        tx.query("SELECT revision FROM sync_records WHERE entity = ? AND entity_id = ?", {entity, entityId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().integer(0);
}

void SyncStore::saveRecord(Transaction &tx, const SyncRecord &r)
{
    tx.execute("INSERT INTO sync_records (entity, entity_id, owner_id, revision, deleted, data, updated_at) "
               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id) DO UPDATE SET "
               "revision = excluded.revision, deleted = excluded.deleted, data = excluded.data, "
               "updated_at = excluded.updated_at",
               {r.entity, r.entityId, r.ownerId, r.revision, std::int64_t{r.deleted ? 1 : 0}, r.data.dump(),
                nowSeconds()});
}

void SyncStore::saveRecords(Transaction &tx, const std::vector<const SyncRecord *> &records)
{
    if (records.empty())
        return;
    std::string sql =
        "INSERT INTO sync_records (entity, entity_id, owner_id, revision, deleted, data, updated_at) VALUES ";
    std::vector<Param> params;
    params.reserve(records.size() * 7);
    const auto now = nowSeconds();
    for (std::size_t i = 0; i < records.size(); ++i) {
        const SyncRecord &r = *records[i];
        sql += i ? ", (?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?)";
        params.emplace_back(r.entity);
        params.emplace_back(r.entityId);
        params.emplace_back(r.ownerId);
        params.emplace_back(r.revision);
        params.emplace_back(std::int64_t{r.deleted ? 1 : 0});
        params.emplace_back(r.data.dump());
        params.emplace_back(now);
    }
    sql += " ON CONFLICT (entity, entity_id) DO UPDATE SET revision = excluded.revision, deleted = "
           "excluded.deleted, data = excluded.data, updated_at = excluded.updated_at";
    tx.execute(sql, params);
}

std::optional<ConflictRecord> SyncStore::loadConflict(Transaction &tx, const std::string &id)
{
    const auto rows =
        tx.query("SELECT owner_id, entity, entity_id, state, fields, revision FROM sync_conflicts "
                 "WHERE id = ?",
                 {id});
    if (rows.empty())
        return std::nullopt;
    const auto &r = rows.front();
    return ConflictRecord{id,          r.text(0), r.text(1), r.text(2), r.text(3), json::parse(r.text(4)),
                          r.integer(5)};
}

void SyncStore::saveConflict(Transaction &tx, const ConflictRecord &c)
{
    const auto now = nowSeconds();
    tx.execute("INSERT INTO sync_conflicts (id, owner_id, entity, entity_id, state, fields, revision, "
               "created_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
               "state = excluded.state, fields = excluded.fields, revision = excluded.revision, "
               "resolved_at = excluded.resolved_at",
               {c.id, c.ownerId, c.entity, c.entityId, c.state, c.fields.dump(), c.revision, now,
                c.state == "resolved" ? Param{now} : Param{Null{}}});
}

std::optional<std::string> SyncStore::projectedListingOwner(Transaction &tx, const std::string &listingId)
{
    const auto rows = tx.query("SELECT seller_id FROM listings WHERE id = ?", {listingId});
    if (rows.empty())
        return std::nullopt;
    return rows.front().text(0);
}

void SyncStore::projectListing(Transaction &tx, const SyncRecord &rec)
{
    projectListings(tx, {&rec});
}

void SyncStore::projectListings(Transaction &tx, const std::vector<const SyncRecord *> &records)
{
    // A few statements for the whole set, not five per listing: compiling the row upsert (with the
    // search index triggers of `listings`) costs more than running it.
    if (records.empty())
        return;
    const auto now = nowSeconds();
    std::string sql =
        "INSERT INTO listings (id, seller_id, revision, title, description, category, item_condition, "
        "price_minor, currency, quantity, ships_from, hs_code, weight_g, status, moderation_status, "
        "moderation_reason, created_at, updated_at, ship_mode, ship_countries) VALUES ";
    std::vector<Param> params;
    params.reserve(records.size() * 20);
    std::string ids;
    std::vector<Param> idParams;
    std::string refs;
    std::vector<Param> refParams;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const SyncRecord &rec = *records[i];
        const auto &d = rec.data;
        sql += i ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        const auto [shipMode, shipCountries] = projectedDestinations(d);
        for (Param p : std::initializer_list<Param>{
                 rec.entityId, rec.ownerId, rec.revision, text(d, "title"), text(d, "description"),
                 text(d, "category"), text(d, "condition"),
                 std::max<std::int64_t>(0, integer(d, "price_minor", 0)), text(d, "currency"),
                 std::max<std::int64_t>(0, integer(d, "quantity", 1)), text(d, "ships_from"),
                 text(d, "hs_code"), std::max<std::int64_t>(0, integer(d, "weight_g", 0)),
                 projectedStatus(text(d, "status")), projectedModeration(text(d, "moderation")),
                 text(d, "moderation_reason"), now, now, shipMode, shipCountries})
            params.push_back(std::move(p));
        ids += i ? ", ?" : "?";
        idParams.emplace_back(rec.entityId);
        const auto photos = d.find("photos");
        if (photos != d.end() && photos->is_array()) {
            std::int64_t position = 0;
            for (const auto &photo : *photos) {
                refs += refParams.empty() ? "(?, ?, ?)" : ", (?, ?, ?)";
                refParams.emplace_back(rec.entityId);
                refParams.emplace_back(position++);
                refParams.emplace_back(photo.is_string() ? photo.get<std::string>() : std::string());
            }
        }
    }
    sql += " ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, title = excluded.title, "
           "description = excluded.description, category = excluded.category, item_condition = "
           "excluded.item_condition, price_minor = excluded.price_minor, currency = excluded.currency, "
           "quantity = excluded.quantity, ships_from = excluded.ships_from, hs_code = excluded.hs_code, "
           "weight_g = excluded.weight_g, status = excluded.status, moderation_status = "
           "excluded.moderation_status, moderation_reason = excluded.moderation_reason, updated_at = "
           "excluded.updated_at, ship_mode = excluded.ship_mode, ship_countries = excluded.ship_countries";
    tx.execute(sql, params);
    tx.execute("DELETE FROM listing_photo_refs WHERE listing_id IN (" + ids + ")", idParams);
    if (!refParams.empty())
        tx.execute("INSERT INTO listing_photo_refs (listing_id, position, sha256) VALUES " + refs, refParams);
    tx.execute("DELETE FROM listing_photos WHERE listing_id IN (" + ids + ")", idParams);
    if (!refParams.empty())
        tx.execute(
            "INSERT INTO listing_photos (listing_id, position, sha256) SELECT r.listing_id, r.position, "
            "r.sha256 FROM listing_photo_refs r JOIN photos p ON p.sha256 = r.sha256 "
            "WHERE r.listing_id IN (" +
                ids + ")",
            idParams);
}

void SyncStore::removeListingProjection(Transaction &tx, const std::string &listingId)
{
    tx.execute("DELETE FROM listing_photo_refs WHERE listing_id = ?", {listingId});
    tx.execute("DELETE FROM listing_photos WHERE listing_id = ?", {listingId});
    tx.execute("DELETE FROM listings WHERE id = ?", {listingId});
}

std::optional<SyncRecord> SyncStore::profileFromUser(Transaction &tx, const std::string &userId)
{
    const auto rows =
        tx.query("SELECT email, display_name, country, created_at FROM users WHERE id = ?", {userId});
    if (rows.empty())
        return std::nullopt;
    const auto &u = rows.front();
    json roles = json::array();
    for (const auto &r : tx.query("SELECT role FROM user_roles WHERE user_id = ? ORDER BY role", {userId}))
        roles.push_back(r.text(0));
    SyncRecord rec;
    rec.entity = "profile";
    rec.entityId = userId;
    rec.ownerId = userId;
    rec.data = json{{"email", u.text(0)},
                    {"display_name", u.text(1)},
                    {"country", u.text(2)},
                    {"roles", roles},
                    {"created_at", listing::formatUtcTimestamp(u.integer(3))}};
    return rec;
}

void SyncStore::updateUserProfile(Transaction &tx, const std::string &userId, const std::string &displayName,
                                  const std::string &country)
{
    tx.execute("UPDATE users SET display_name = ?, country = ?, updated_at = ? WHERE id = ?",
               {displayName, country, nowSeconds(), userId});
}

std::optional<SyncRecord> SyncStore::recordFromProjection(Transaction &tx, const std::string &listingId)
{
    const auto rows = tx.query("SELECT seller_id, revision, title, description, category, item_condition, "
                               "price_minor, currency, quantity, ships_from, hs_code, weight_g, status, "
                               "moderation_status, moderation_reason, created_at FROM listings WHERE id = ?",
                               {listingId});
    if (rows.empty())
        return std::nullopt;
    const auto &r = rows.front();
    listing::Listing l;
    l.title = r.text(2);
    l.description = r.text(3);
    l.category = r.text(4);
    l.condition = listing::parseCondition(r.text(5));
    l.priceMinor = r.integer(6);
    l.currency = r.text(7);
    l.quantity = r.integer(8);
    l.shipsFrom = r.text(9);
    l.hsCode = r.text(10);
    l.weightG = r.integer(11);
    l.status = listing::parseStatus(r.text(12)).value_or(listing::Status::Draft);
    for (const auto &p :
         tx.query("SELECT sha256 FROM listing_photos WHERE listing_id = ? ORDER BY position", {listingId}))
        l.photos.push_back(p.text(0));
    SyncRecord rec;
    rec.entity = "listing";
    rec.entityId = listingId;
    rec.ownerId = r.text(0);
    rec.revision = std::max<std::int64_t>(1, r.integer(1));
    rec.data = listing::sellerOwnedJson(l);
    rec.data["moderation"] = syncModeration(r.text(13));
    rec.data["moderation_reason"] = r.text(14);
    rec.data["published_at"] = listing::formatUtcTimestamp(r.integer(15));
    rec.data["sold_quantity"] = 0;
    return rec;
}

bool SyncStore::createListing(SyncRecord record)
{
    Transaction tx(m_db);
    ChangeLog::lockOwner(tx, record.ownerId);
    if (recordRevision(tx, "listing", record.entityId) || projectedListingOwner(tx, record.entityId))
        return false;
    record.entity = "listing";
    record.revision = 1;
    record.deleted = false;
    saveRecord(tx, record);
    projectListing(tx, record);
    std::vector<Change> changes{
        {0, "listing", record.entityId, "upsert", record.revision, record.data.dump()}};
    ChangeLog::append(tx, record.ownerId, changes);
    tx.commit();
    return true;
}

bool SyncStore::adoptExisting(const std::string &userId)
{
    static const char *kOrphans =
        "SELECT l.id FROM listings l WHERE l.seller_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM sync_records r WHERE r.entity = 'listing' AND r.entity_id = l.id)";
    static const char *kProfile =
        "SELECT COUNT(*) FROM sync_records WHERE entity = 'profile' AND entity_id = ?";
    {
        auto s = m_db.session();
        if (m_db.query(s, kOrphans, {userId}).empty() &&
            m_db.query(s, kProfile, {userId}).front().integer(0) > 0)
            return false;
    }
    Transaction tx(m_db);
    ChangeLog::lockOwner(tx, userId);
    std::vector<Change> changes;
    if (tx.query(kProfile, {userId}).front().integer(0) == 0) {
        if (auto profile = profileFromUser(tx, userId)) {
            profile->revision = 1;
            saveRecord(tx, *profile);
            changes.push_back({0, "profile", userId, "upsert", 1, profile->data.dump()});
        }
    }
    for (const auto &row : tx.query(kOrphans, {userId})) {
        auto rec = recordFromProjection(tx, row.text(0));
        if (!rec)
            continue;
        saveRecord(tx, *rec);
        tx.execute(
            "INSERT INTO listing_photo_refs (listing_id, position, sha256) SELECT listing_id, position, "
            "sha256 FROM listing_photos WHERE listing_id = ?",
            {rec->entityId});
        changes.push_back({0, "listing", rec->entityId, "upsert", rec->revision, rec->data.dump()});
    }
    ChangeLog::append(tx, userId, changes);
    tx.commit();
    return !changes.empty();
}

} // namespace caravan::store
