#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

namespace caravan::web {

// A gettext message catalog (.mo): the binary table msgfmt writes, e.g. Debian iso-codes'
// /usr/share/locale/<lang>/LC_MESSAGES/iso_3166-1.mo. Layout (GNU gettext manual, "The Format of
// GNU MO Files"): a magic number 0x950412de in the file's byte order, a format revision, the number
// of strings N, the offsets of the table of originals and of the table of translations; each table
// holds N (length, offset) pairs of NUL-terminated strings. Only singular messages without context
// are kept (plural forms are not needed here); the header entry (empty msgid) is skipped.
class MoCatalog
{
public:
    // Reads a catalog; throws std::runtime_error naming the file and what is wrong with it.
    static MoCatalog load(const std::filesystem::path &file);
    static MoCatalog parse(std::string_view bytes, const std::string &name);

    // The translation of msgid, or nothing.
    const std::string *find(std::string_view msgid) const;
    std::size_t size() const { return m_messages.size(); }

private:
    std::unordered_map<std::string, std::string> m_messages;
};

} // namespace caravan::web
