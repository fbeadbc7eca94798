#include "web/country_names.h"

#include "runtime/log.h"
#include "web/mo_catalog.h"

#include <algorithm>
#include <memory>
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace caravan::web {

namespace {

// Sorts by ICU's collation for the language; by code points if ICU has no collator for it.
void sortByName(std::vector<CountryNames::Entry> &entries, const std::string &lang)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(
        icu::Collator::createInstance(icu::Locale::createCanonical(lang.c_str()), status));
    if (U_FAILURE(status) || !collator) {
        std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
            return std::tie(a.name, a.code) < std::tie(b.name, b.code);
        });
        return;
    }
    std::vector<std::pair<std::string, std::size_t>> keys; // (sort key, index)
    keys.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto text = icu::UnicodeString::fromUTF8(entries[i].name);
        const auto size = collator->getSortKey(text, nullptr, 0);
        std::string key(std::size_t(std::max(size, 0)), '\0');
        collator->getSortKey(text, reinterpret_cast<uint8_t *>(key.data()), size);
        keys.emplace_back(std::move(key), i);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<CountryNames::Entry> out;
    out.reserve(entries.size());
    for (const auto &k : keys)
        out.push_back(std::move(entries[k.second]));
    entries = std::move(out);
}

} // namespace

CountryNames::CountryNames(const listing::CountryTable &table, const std::vector<std::string> &languages,
                           const std::filesystem::path &localeDir)
{
    std::vector<std::string> langs = languages;
    if (std::find(langs.begin(), langs.end(), "en") == langs.end())
        langs.push_back("en");
    for (const auto &lang : langs) {
        std::unique_ptr<MoCatalog> catalog;
        const auto file = localeDir / lang / "LC_MESSAGES" / "iso_3166-1.mo";
        if (lang != "en" && std::filesystem::exists(file)) {
            try {
                catalog = std::make_unique<MoCatalog>(MoCatalog::load(file));
                m_translated[lang] = true;
            } catch (const std::exception &e) {
                server::logEvent(server::LogLevel::Warn, "country_names_unreadable",
                                 {{"file", file.string()}, {"error", e.what()}});
            }
        }
        Language &l = m_languages[lang];
        for (const auto &code : table.codes()) {
            auto name = table.name(code);
            if (catalog)
                if (const auto *translated = catalog->find(name))
                    name = *translated;
            l.names[code] = name;
            l.sorted.push_back({code, name});
        }
        sortByName(l.sorted, lang);
    }
}

const CountryNames::Language &CountryNames::language(const std::string &lang) const
{
    const auto it = m_languages.find(lang);
    return it != m_languages.end() ? it->second : m_languages.at("en");
}

std::string CountryNames::name(const std::string &lang, const std::string &code) const
{
    const auto &names = language(lang).names;
    const auto it = names.find(code);
    return it == names.end() ? code : it->second;
}

const std::vector<CountryNames::Entry> &CountryNames::sorted(const std::string &lang) const
{
    return language(lang).sorted;
}

} // namespace caravan::web
