#include "store/search.h"

namespace caravan::store {

Migration searchMigration()
{
    Migration m{4, "full-text search of listings (SQLite FTS5, PostgreSQL tsvector)", {}};
    m.sqliteStatements = {
        // listing_fts rows are addressed by an integer document number; listings has a text key.
        R"(CREATE TABLE listing_search_docs (
    doc INTEGER PRIMARY KEY AUTOINCREMENT,
    listing_id TEXT NOT NULL UNIQUE))",
        "CREATE VIRTUAL TABLE listing_fts USING fts5(title, description, "
        "tokenize = 'unicode61 remove_diacritics 2')",
        R"(CREATE TRIGGER listing_fts_insert AFTER INSERT ON listings BEGIN
    INSERT OR IGNORE INTO listing_search_docs (listing_id) VALUES (new.id);
    INSERT INTO listing_fts (rowid, title, description)
        SELECT doc, new.title, new.description FROM listing_search_docs WHERE listing_id = new.id;
END)",
        R"(CREATE TRIGGER listing_fts_update AFTER UPDATE OF title, description ON listings BEGIN
    DELETE FROM listing_fts WHERE rowid = (SELECT doc FROM listing_search_docs WHERE listing_id = old.id);
    INSERT INTO listing_fts (rowid, title, description)
        SELECT doc, new.title, new.description FROM listing_search_docs WHERE listing_id = new.id;
END)",
        R"(CREATE TRIGGER listing_fts_delete AFTER DELETE ON listings BEGIN
    DELETE FROM listing_fts WHERE rowid = (SELECT doc FROM listing_search_docs WHERE listing_id = old.id);
    DELETE FROM listing_search_docs WHERE listing_id = old.id;
END)",
        "INSERT INTO listing_search_docs (listing_id) SELECT id FROM listings ORDER BY created_at, id",
        "INSERT INTO listing_fts (rowid, title, description) SELECT d.doc, l.title, l.description "
        "FROM listing_search_docs d JOIN listings l ON l.id = d.listing_id",
    };
    m.postgresStatements = {
        "ALTER TABLE listings ADD COLUMN search_doc tsvector GENERATED ALWAYS AS ("
        "setweight(to_tsvector('simple', title), 'A') || "
        "setweight(to_tsvector('simple', description), 'B')) STORED",
        "CREATE INDEX listings_search ON listings USING GIN (search_doc)",
    };
    return m;
}

namespace {

constexpr char32_t kInvalid = 0x110000; // not a code point

// Decodes one UTF-8 code point at `i` (advancing it); an invalid byte comes out as kInvalid.
char32_t nextCodePoint(const std::string &s, std::size_t &i)
{
    const auto b = static_cast<unsigned char>(s[i]);
    int extra = b < 0x80 ? 0 : (b >> 5) == 0x6 ? 1 : (b >> 4) == 0xE ? 2 : (b >> 3) == 0x1E ? 3 : -1;
    if (extra < 0 || i + std::size_t(extra) >= s.size()) {
        ++i;
        return kInvalid;
    }
    char32_t cp = extra == 0 ? b : b & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        const auto c = static_cast<unsigned char>(s[i + std::size_t(k)]);
        if ((c & 0xC0) != 0x80) {
            ++i;
            return kInvalid;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    i += std::size_t(extra) + 1;
    // Overlong forms, surrogates and values past U+10FFFF are not valid UTF-8 either.
    static constexpr char32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[extra] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return kInvalid;
    return cp;
}

bool hasWordCharacter(const std::string &term)
{
    for (unsigned char c : term)
        if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return true;
    return false;
}

} // namespace

bool isCjk(char32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x11FF) || // Hangul Jamo
           (cp >= 0x2E80 && cp <= 0x2FDF) || // CJK radicals
           (cp >= 0x3040 && cp <= 0x30FF) || // Hiragana, Katakana
           (cp >= 0x3100 && cp <= 0x31FF) || // Bopomofo, Hangul compatibility, Katakana ext.
           (cp >= 0x3400 && cp <= 0x4DBF) || // CJK extension A
           (cp >= 0x4E00 && cp <= 0x9FFF) || // CJK unified ideographs
           (cp >= 0xAC00 && cp <= 0xD7AF) || // Hangul syllables
           (cp >= 0xF900 && cp <= 0xFAFF) || // CJK compatibility ideographs
           (cp >= 0xFF66 && cp <= 0xFF9F) || // half-width Katakana
           (cp >= 0x20000 && cp <= 0x3FFFF); // CJK extensions B and later
}

SearchQuery parseSearch(const std::string &text)
{
    SearchQuery q;
    std::vector<std::string> raw;
    std::string current;
    bool cjk = false;
    for (std::size_t i = 0; i < text.size();) {
        const auto start = i;
        const auto cp = nextCodePoint(text, i);
        if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0x3000 /* ideographic space */) {
            if (!current.empty())
                raw.push_back(std::move(current));
            current.clear();
            continue;
        }
        if (cp == kInvalid) // invalid UTF-8 is dropped: no database should see it
            continue;
        if (cp < 0x20 || cp == 0x7F) { // other control characters separate words: a NUL would cut FTS5's
            if (!current.empty())      // quoted term short (a 500 the attack tests found)
                raw.push_back(std::move(current));
            current.clear();
            continue;
        }
        cjk = cjk || isCjk(cp);
        current.append(text, start, i - start);
    }
    if (!current.empty())
        raw.push_back(std::move(current));
    if (raw.empty())
        return q;
    if (cjk) {
        q.kind = SearchQuery::Kind::Substrings;
        q.terms = std::move(raw);
        return q;
    }
    q.kind = SearchQuery::Kind::Words;
    for (auto &t : raw)
        if (hasWordCharacter(t))
            q.terms.push_back(std::move(t));
    return q;
}

std::string containsPattern(const std::string &text)
{
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '!')
            out += '!';
        out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return out + "%";
}

std::string SearchQuery::fts5() const
{
    std::string out;
    for (const auto &t : terms) {
        if (!out.empty())
            out += ' ';
        out += '"';
        for (char c : t)
            out += c == '"' ? std::string("\"\"") : std::string(1, c);
        out += '"';
    }
    return out;
}

std::string SearchQuery::plain() const
{
    std::string out;
    for (const auto &t : terms)
        out += (out.empty() ? "" : " ") + t;
    return out;
}

} // namespace caravan::store
