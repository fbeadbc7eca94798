#pragma once

#include "listing/countries.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace caravan::web {

// Country names for the buyer pages in each page language. The codes and English names are the shared
// ISO 3166-1 table (shared/listing, Debian iso-codes); translations come from iso-codes' gettext
// catalogs <localeDir>/<lang>/LC_MESSAGES/iso_3166-1.mo, keyed by the English name. A language without
// a catalog (English, or iso-codes missing a translation) shows the English names. Lists are sorted by
// the language's collation (ICU, CLDR rules: pinyin order for zh_CN; "Åland Islands" next to
// "Albania" in English), computed once at start.
class CountryNames
{
public:
    struct Entry
    {
        std::string code;
        std::string name;
    };

    CountryNames(const listing::CountryTable &table, const std::vector<std::string> &languages,
                 const std::filesystem::path &localeDir = "/usr/share/locale");

    // The name of `code` in `lang` (English for an unknown language; the code itself for an unknown code).
    std::string name(const std::string &lang, const std::string &code) const;
    // Every country, sorted by its name in `lang`.
    const std::vector<Entry> &sorted(const std::string &lang) const;
    // Whether `lang` has translated names (a catalog was found and read).
    bool translated(const std::string &lang) const { return m_translated.count(lang) > 0; }

private:
    struct Language
    {
        std::map<std::string, std::string> names; // code -> name
        std::vector<Entry> sorted;
    };
    const Language &language(const std::string &lang) const;

    std::map<std::string, Language> m_languages;
    std::map<std::string, bool> m_translated;
};

} // namespace caravan::web
