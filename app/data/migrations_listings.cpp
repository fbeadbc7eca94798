#include "data/migrations.h"

// Schema step 3: the seller workbench. The listings table of step 2 required a title, a price and a
// currency, which a draft may not have yet, so it is rebuilt (rows kept) with every field of the shared
// listing model (shared/listing/listing.h), the sync baseline and the server's moderation state.
namespace caravan::data {

Migration listingsWorkbench()
{
    return Migration{
        3,
        QStringLiteral("listing workbench: full listing fields, search, photos, templates, packing evidence"),
        {
            QStringLiteral("ALTER TABLE listings RENAME TO listings_v2"),
            QStringLiteral(
                "CREATE TABLE listings ("
                " seq INTEGER PRIMARY KEY," // stable rowid for the full-text index
                " id TEXT NOT NULL UNIQUE,"
                " revision INTEGER NOT NULL DEFAULT 0," // server revision of the baseline
                " title TEXT NOT NULL DEFAULT '',"
                " description TEXT NOT NULL DEFAULT '',"
                " category TEXT NOT NULL DEFAULT '',"
                " condition TEXT NOT NULL DEFAULT '',"
                " brand TEXT NOT NULL DEFAULT '',"
                " specifics_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(specifics_json)),"
                " quantity INTEGER CHECK (quantity IS NULL OR quantity >= 0),"
                " price_minor INTEGER CHECK (price_minor IS NULL OR price_minor >= 0),"
                " currency TEXT NOT NULL DEFAULT '',"
                " accepts_offers INTEGER NOT NULL DEFAULT 0,"
                " handling_days INTEGER,"
                " ships_from TEXT NOT NULL DEFAULT '',"
                " origin TEXT NOT NULL DEFAULT '',"
                " destinations_mode TEXT NOT NULL DEFAULT 'all'"
                "  CHECK (destinations_mode IN ('all', 'only', 'except')),"
                " destinations_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(destinations_json)),"
                " services_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(services_json)),"
                " weight_g INTEGER CHECK (weight_g IS NULL OR weight_g >= 0),"
                " length_mm INTEGER, width_mm INTEGER, height_mm INTEGER,"
                " hs_code TEXT NOT NULL DEFAULT '',"
                " status TEXT NOT NULL DEFAULT 'draft',"
                " scheduled_at INTEGER,"
                " cover TEXT NOT NULL DEFAULT ''," // SHA-256 of the first photo
                " photo_count INTEGER NOT NULL DEFAULT 0,"
                " baseline_json TEXT CHECK (baseline_json IS NULL OR json_valid(baseline_json)),"
                " moderation TEXT NOT NULL DEFAULT '',"
                " moderation_reason TEXT NOT NULL DEFAULT '',"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL)"),
            QStringLiteral(
                "INSERT INTO listings (id, revision, title, description, category, condition, quantity,"
                " price_minor, currency, ships_from, hs_code, weight_g, status, created_at, updated_at)"
                " SELECT id, revision, title, description, category, condition, quantity,"
                " price_minor, currency, ships_from, hs_code, NULLIF(weight_g, 0), status, created_at,"
                " updated_at FROM listings_v2"),
            QStringLiteral("DROP TABLE listings_v2"),
            // The sorts and filters the listings view offers, each served by an index.
            QStringLiteral("CREATE INDEX listings_price ON listings (price_minor, seq)"),
            QStringLiteral("CREATE INDEX listings_updated ON listings (updated_at, seq)"),
            QStringLiteral("CREATE INDEX listings_title ON listings (title COLLATE NOCASE, seq)"),
            QStringLiteral("CREATE INDEX listings_status ON listings (status, updated_at)"),
            QStringLiteral("CREATE INDEX listings_category ON listings (category, updated_at)"),
            QStringLiteral("CREATE VIRTUAL TABLE listings_fts USING fts5("
                           "title, description, brand, content='listings', content_rowid='seq',"
                           " tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
            QStringLiteral("INSERT INTO listings_fts (rowid, title, description, brand)"
                           " SELECT seq, title, description, brand FROM listings"),
            QStringLiteral("CREATE TRIGGER listings_fts_insert AFTER INSERT ON listings BEGIN"
                           " INSERT INTO listings_fts (rowid, title, description, brand)"
                           " VALUES (new.seq, new.title, new.description, new.brand); END"),
            QStringLiteral("CREATE TRIGGER listings_fts_delete AFTER DELETE ON listings BEGIN"
                           " INSERT INTO listings_fts (listings_fts, rowid, title, description, brand)"
                           " VALUES ('delete', old.seq, old.title, old.description, old.brand); END"),
            QStringLiteral("CREATE TRIGGER listings_fts_update AFTER UPDATE OF title, description, brand"
                           " ON listings BEGIN"
                           " INSERT INTO listings_fts (listings_fts, rowid, title, description, brand)"
                           " VALUES ('delete', old.seq, old.title, old.description, old.brand);"
                           " INSERT INTO listings_fts (rowid, title, description, brand)"
                           " VALUES (new.seq, new.title, new.description, new.brand); END"),
            QStringLiteral("CREATE TABLE photos ("
                           " sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),"
                           " width INTEGER NOT NULL CHECK (width > 0),"
                           " height INTEGER NOT NULL CHECK (height > 0),"
                           " bytes INTEGER NOT NULL CHECK (bytes > 0),"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE listing_photos ("
                           " listing_id TEXT NOT NULL REFERENCES listings (id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL CHECK (position >= 0),"
                           " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                           " PRIMARY KEY (listing_id, position))"),
            QStringLiteral("CREATE INDEX listing_photos_sha ON listing_photos (sha256)"),
            QStringLiteral("CREATE TABLE templates ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),"
                           " parts TEXT NOT NULL," // comma-separated: shipping, description, defaults
                           " listing_json TEXT NOT NULL CHECK (json_valid(listing_json)),"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE packing_evidence ("
                           " id TEXT PRIMARY KEY NOT NULL,"
                           " order_id TEXT NOT NULL DEFAULT '',"
                           " listing_id TEXT NOT NULL DEFAULT '',"
                           " photos_json TEXT NOT NULL CHECK (json_valid(photos_json)),"
                           " weight_g INTEGER NOT NULL CHECK (weight_g > 0),"
                           " length_mm INTEGER NOT NULL CHECK (length_mm > 0),"
                           " width_mm INTEGER NOT NULL CHECK (width_mm > 0),"
                           " height_mm INTEGER NOT NULL CHECK (height_mm > 0),"
                           " note TEXT NOT NULL DEFAULT '',"
                           " recorded_at TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
                           " CHECK (order_id <> '' OR listing_id <> ''))"),
            QStringLiteral(
                "CREATE INDEX packing_evidence_listing ON packing_evidence (listing_id, recorded_at)"),
        },
    };
}

} // namespace caravan::data
