#pragma once

#include "store/database.h"
#include "store/migrations.h"

#include <string>
#include <vector>

// Full-text search of the buyer pages (docs/operations.md, "Search").
//   SQLite: an FTS5 table listing_fts (unicode61 tokenizer, diacritics folded) kept in step with
//   `listings` by triggers; results ranked by bm25 with the title weighing four times the description.
//   PostgreSQL: a stored, generated tsvector column listings.search_doc (the 'simple' configuration, so
//   any language is split into words without stemming; title weight A, description B) with a GIN
//   index; results ranked by ts_rank.
//   Queries with Chinese, Japanese or Korean characters, which neither tokenizer splits into words,
//   match each space-separated term as a substring of title or description instead (LIKE), title
//   matches first.
namespace caravan::store {

// Migration 4: the search table or column, its index, its triggers, and the existing listings.
Migration searchMigration();

// How a buyer's search text is run.
struct SearchQuery
{
    enum class Kind { All, Words, Substrings };
    Kind kind = Kind::All;
    std::vector<std::string> terms; // the space-separated terms (Words: with some letter or digit)
    // The terms as an FTS5 query: each a quoted phrase, all required ("a" "b").
    std::string fts5() const;
    // The terms as one line for plainto_tsquery.
    std::string plain() const;
};

// Splits the text into terms and picks the kind: All for empty text, Substrings when a term holds a
// CJK character, Words otherwise.
SearchQuery parseSearch(const std::string &text);
// LIKE pattern (with ESCAPE '!') for "contains `text`", lower-cased (ASCII), pattern characters escaped.
std::string containsPattern(const std::string &text);
// True for code points of scripts written without spaces between words (Han, kana, Hangul, ...).
bool isCjk(char32_t cp);

} // namespace caravan::store
