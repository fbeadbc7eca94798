#include "store/listing_search.h"

#include "store/search.h"

#include <algorithm>
#include <map>

namespace caravan::store {

Migration browseMigration()
{
    Migration m{8, "search filters: where each listing ships, indexes of the filters and sorts", {}};
    m.statements = {
        // Destinations as the seller set them: 'all', 'only' or 'except', and the countries as ",DE,FR,".
        "ALTER TABLE listings ADD COLUMN ship_mode TEXT NOT NULL DEFAULT 'all'",
        "ALTER TABLE listings ADD COLUMN ship_countries TEXT NOT NULL DEFAULT ''",
        // Newest first, with or without a category: both walk an index in order and stop at the page.
        "CREATE INDEX listings_public_new ON listings(status, created_at)",
        "CREATE INDEX listings_public_category ON listings(status, category, created_at)",
        "CREATE INDEX listings_public_price ON listings(status, currency, price_minor)",
    };
    // The existing listings' destinations, from their synced documents.
    m.sqliteStatements = {
        "UPDATE listings SET ship_mode = COALESCE((SELECT json_extract(r.data, '$.destinations.mode') "
        "FROM sync_records r WHERE r.entity = 'listing' AND r.entity_id = listings.id AND json_valid(r.data)), "
        "'all')",
        "UPDATE listings SET ship_countries = COALESCE((SELECT ',' || group_concat(c.value, ',') || ',' "
        "FROM sync_records r, json_each(r.data, '$.destinations.countries') c WHERE r.entity = 'listing' AND "
        "r.entity_id = listings.id AND json_valid(r.data)), '')",
    };
    m.postgresStatements = {
        "UPDATE listings SET ship_mode = COALESCE((SELECT (r.data::jsonb)->'destinations'->>'mode' "
        "FROM sync_records r WHERE r.entity = 'listing' AND r.entity_id = listings.id), 'all')",
        "UPDATE listings SET ship_countries = COALESCE((SELECT ',' || string_agg(c, ',') || ',' "
        "FROM sync_records r, jsonb_array_elements_text((r.data::jsonb)->'destinations'->'countries') c "
        "WHERE r.entity = 'listing' AND r.entity_id = listings.id), '')",
    };
    return m;
}

namespace {

const char *kPublic = "l.status = 'active' AND l.moderation_status <> 'rejected'";

// The candidates of a text query as a CTE `hits(id, score)`, lower score = better match. Empty when the
// text has no term to look for (only punctuation): then nothing matches.
struct Candidates
{
    std::string cte;
    std::vector<Param> params;
    bool none = false;
};

Candidates candidatesOf(Backend backend, const SearchQuery &q, const std::optional<std::int64_t> &changedAfter)
{
    Candidates c;
    const auto limit = std::to_string(kSearchCandidates);
    // A saved search's check: the candidates are the matches among recently changed listings (few, found
    // through listings_public_updated), so a common word costs no more than a rare one there either.
    const std::string recent = changedAfter ? " AND l.updated_at > ?" : "";
    const auto recentParam = [&](std::vector<Param> &params) {
        if (changedAfter)
            params.emplace_back(*changedAfter);
    };
    if (q.kind == SearchQuery::Kind::Words) {
        if (q.terms.empty()) {
            c.none = true;
            return c;
        }
        if (backend == Backend::PostgreSQL) {
            // The first matches the GIN index yields among public listings, ranked by ts_rank.
            c.cte = "hits AS (SELECT l.id AS id, -ts_rank(l.search_doc, plainto_tsquery('simple', ?)) AS score "
                    "FROM listings l WHERE l.search_doc @@ plainto_tsquery('simple', ?) AND " +
                    std::string(kPublic) + recent + " LIMIT " + limit + ")";
            c.params = {q.plain(), q.plain()};
            recentParam(c.params);
        } else if (changedAfter) {
            // Each recently changed listing's document, matched by rowid (FTS5 checks one row).
            c.cte = "hits AS (SELECT l.id AS id, 0 AS score FROM listings l JOIN listing_search_docs d ON "
                    "d.listing_id = l.id WHERE " +
                    std::string(kPublic) + recent +
                    " AND EXISTS (SELECT 1 FROM listing_fts WHERE listing_fts MATCH ? AND listing_fts.rowid = d.doc) "
                    "LIMIT " + limit + ")";
            recentParam(c.params);
            c.params.emplace_back(q.fts5());
        } else {
            // The most recently indexed matches (FTS5 walks its document list backwards and stops at the
            // limit), ranked by how many of the terms their title holds (then newest first). Not bm25:
            // its weight of a term needs the term's whole document list, so a word in every listing would
            // cost a scan of the catalogue (40 ms at a million listings against 1 ms without).
            std::string titleScore;
            std::vector<Param> titleParams;
            for (const auto &term : q.terms) {
                titleScore += " - CASE WHEN LOWER(t.title) LIKE ? ESCAPE '!' THEN 1 ELSE 0 END";
                titleParams.emplace_back(containsPattern(term));
            }
            c.cte = "fts AS (SELECT rowid AS doc FROM listing_fts WHERE listing_fts MATCH ? ORDER BY rowid DESC "
                    "LIMIT " +
                    limit +
                    "), hits AS (SELECT d.listing_id AS id, 0" + titleScore +
                    " AS score FROM fts JOIN listing_search_docs d ON d.doc = fts.doc JOIN listings t ON t.id = "
                    "d.listing_id)";
            c.params = {q.fts5()};
            c.params.insert(c.params.end(), titleParams.begin(), titleParams.end());
        }
        return c;
    }
    // Chinese, Japanese, Korean: every term as a substring of title or description; title matches first.
    std::string where, inTitle;
    std::vector<Param> whereParams, titleParams;
    for (const auto &term : q.terms) {
        where += " AND (LOWER(l.title) LIKE ? ESCAPE '!' OR LOWER(l.description) LIKE ? ESCAPE '!')";
        whereParams.emplace_back(containsPattern(term));
        whereParams.emplace_back(containsPattern(term));
        inTitle += (inTitle.empty() ? "" : " AND ") + std::string("LOWER(l.title) LIKE ? ESCAPE '!'");
        titleParams.emplace_back(containsPattern(term));
    }
    c.cte = "hits AS (SELECT l.id AS id, CASE WHEN " + inTitle + " THEN 0 ELSE 1 END AS score FROM listings l "
            "WHERE " + kPublic + recent + where + " LIMIT " + limit + ")";
    c.params = titleParams;
    recentParam(c.params);
    c.params.insert(c.params.end(), whereParams.begin(), whereParams.end());
    return c;
}

// The WHERE clause of the filters (after the public condition).
std::string filterClause(const ListingFilter &f, std::vector<Param> &params)
{
    std::string sql = kPublic;
    if (f.changedAfter) {
        sql += " AND l.updated_at > ?";
        params.emplace_back(*f.changedAfter);
    }
    if (!f.category.empty()) {
        // The category or its subcategories "cat/...": both ranges of listings_public_category.
        sql += " AND (l.category = ? OR (l.category > ? AND l.category < ?))";
        params.emplace_back(f.category);
        params.emplace_back(f.category + "/");
        params.emplace_back(f.category + "0"); // '0' follows '/'
    }
    if (!f.conditions.empty()) {
        sql += " AND l.item_condition IN (";
        for (std::size_t i = 0; i < f.conditions.size(); ++i) {
            sql += i ? ", ?" : "?";
            params.emplace_back(f.conditions[i]);
        }
        sql += ")";
    }
    if (!f.sellerId.empty()) {
        sql += " AND l.seller_id = ?";
        params.emplace_back(f.sellerId);
    }
    if (!f.sellerCountry.empty()) {
        sql += " AND u.country = ?";
        params.emplace_back(f.sellerCountry);
    }
    if (!f.shipsTo.empty()) {
        const auto needle = "%," + f.shipsTo + ",%";
        sql += " AND (l.ship_mode = 'all' OR (l.ship_mode = 'only' AND l.ship_countries LIKE ?) OR "
               "(l.ship_mode = 'except' AND l.ship_countries NOT LIKE ?))";
        params.emplace_back(needle);
        params.emplace_back(needle);
    }
    if (f.priceBands) {
        std::string bands;
        for (const auto &b : *f.priceBands) {
            bands += bands.empty() ? "" : " OR ";
            bands += "(l.currency = ? AND l.price_minor BETWEEN ? AND ?)";
            params.emplace_back(b.currency);
            params.emplace_back(b.minMinor);
            params.emplace_back(b.maxMinor);
        }
        sql += bands.empty() ? " AND 1 = 0" : " AND (" + bands + ")";
    }
    return sql;
}

// ORDER BY for the sort; `ranked` when the hits CTE is joined.
std::string orderClause(const ListingFilter &f, bool ranked, std::vector<Param> &params)
{
    using Sort = ListingFilter::Sort;
    if (f.sort == Sort::PriceLow || f.sort == Sort::PriceHigh) {
        // The price in a common unit; NULL for a currency without a scale (sorted last).
        std::string scaled = "CASE l.currency";
        std::vector<Param> scaleParams;
        for (const auto &[currency, scale] : f.priceScale) {
            scaled += " WHEN ? THEN l.price_minor * ?";
            scaleParams.emplace_back(currency);
            scaleParams.emplace_back(scale);
        }
        scaled += " END";
        if (f.priceScale.empty())
            scaled = "NULL";
        for (int twice = 0; twice < 2; ++twice)
            params.insert(params.end(), scaleParams.begin(), scaleParams.end());
        return " ORDER BY CASE WHEN (" + scaled + ") IS NULL THEN 1 ELSE 0 END, (" + scaled + ")" +
               (f.sort == Sort::PriceLow ? "" : " DESC") + ", l.created_at DESC, l.id";
    }
    if (f.sort == Sort::Newest)
        return " ORDER BY l.created_at DESC, l.id";
    if (ranked)
        return " ORDER BY hits.score, l.updated_at DESC, l.id";
    return " ORDER BY l.updated_at DESC, l.id";
}

} // namespace

void loadListingPhotos(Database &db, std::vector<ListingView> &views)
{
    auto s = db.session();
    loadListingPhotos(db, s, views);
}

void loadListingPhotos(Database &db, Poco::Data::Session &s, std::vector<ListingView> &views)
{
    if (views.empty())
        return;
    std::string ids;
    std::vector<Param> params;
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < views.size(); ++i) {
        ids += i ? ", ?" : "?";
        params.emplace_back(views[i].listing.id);
        index[views[i].listing.id] = i;
    }
    for (const auto &r : db.query(s,
                                  "SELECT listing_id, sha256 FROM listing_photos WHERE listing_id IN (" + ids +
                                      ") ORDER BY listing_id, position",
                                  params))
        views[index.at(r.text(0))].listing.photos.push_back(r.text(1));
}

ListingPage searchListings(Database &db, const ListingFilter &f)
{
    ListingPage page;
    const auto query = parseSearch(f.text);
    Candidates hits;
    if (query.kind != SearchQuery::Kind::All) {
        hits = candidatesOf(db.backend(), query, f.changedAfter);
        if (hits.none)
            return page;
    }
    const bool ranked = !hits.cte.empty();
    const std::string with = ranked ? "WITH " + hits.cte + " " : std::string();
    const std::string from =
        std::string(" FROM listings l JOIN users u ON u.id = l.seller_id") + (ranked ? " JOIN hits ON hits.id = l.id" : "");

    std::vector<Param> whereParams;
    const auto where = " WHERE " + filterClause(f, whereParams);

    auto s = db.session();
    // The count first, capped: counting every listing of a large catalogue is not worth its time.
    {
        std::vector<Param> params = hits.params;
        params.insert(params.end(), whereParams.begin(), whereParams.end());
        // Enough to say "1000+" and whether a page follows this one.
        const auto cap = std::max(kCountCap, f.offset + f.limit);
        params.emplace_back(cap + 1);
        const auto n = db.query(s, with + "SELECT COUNT(*) FROM (SELECT 1" + from + where + " LIMIT ?) c", params)
                           .front()
                           .integer(0);
        page.totalCapped = n > cap;
        page.total = std::min(n, cap);
    }
    // A text query that filled its candidates may match more listings than were looked at.
    if (ranked && !page.totalCapped &&
        db.query(s, with + "SELECT COUNT(*) FROM hits", hits.params).front().integer(0) >= kSearchCandidates)
        page.totalCapped = true;
    if (page.total == 0 || f.offset >= page.total + (page.totalCapped ? 1 : 0))
        return page;

    std::vector<Param> params = hits.params;
    params.insert(params.end(), whereParams.begin(), whereParams.end());
    const auto order = orderClause(f, ranked, params);
    params.emplace_back(f.limit);
    params.emplace_back(f.offset);
    const auto rows =
        db.query(s, with + "SELECT " + kListingColumns + from + where + order + " LIMIT ? OFFSET ?", params);
    if (rows.empty())
        return page;

    for (const auto &r : rows)
        page.listings.push_back(listingViewFromRow(r));
    // The photos on the same session: a request holds one pooled session at a time, so a full pool makes
    // requests wait rather than fail.
    loadListingPhotos(db, s, page.listings);
    return page;
}

} // namespace caravan::store
