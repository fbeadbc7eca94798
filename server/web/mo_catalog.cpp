#include "web/mo_catalog.h"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace caravan::web {

namespace {

constexpr std::uint32_t kMagic = 0x950412de;

class Reader
{
public:
    Reader(std::string_view bytes, const std::string &name)
        : m_bytes(bytes)
        , m_name(name)
    {
        if (bytes.size() < 20)
            fail("is too short for a message catalog");
        const auto le = word(0, false);
        const auto be = word(0, true);
        if (le == kMagic)
            m_bigEndian = false;
        else if (be == kMagic)
            m_bigEndian = true;
        else
            fail("is not a gettext .mo file (bad magic number)");
        if ((word(4) >> 16) > 1)
            fail("has an unknown format revision " + std::to_string(word(4)));
    }

    std::uint32_t word(std::size_t offset) const { return word(offset, m_bigEndian); }

    // The string at table entry `index` of the table at `tableOffset`, without its trailing NUL.
    std::string_view entry(std::uint32_t tableOffset, std::uint32_t index) const
    {
        const auto at = std::uint64_t(tableOffset) + std::uint64_t(index) * 8;
        if (at + 8 > m_bytes.size())
            fail("has a string table beyond its end");
        const auto length = word(std::size_t(at));
        const auto offset = word(std::size_t(at + 4));
        if (std::uint64_t(offset) + length + 1 > m_bytes.size())
            fail("has a string beyond its end");
        if (m_bytes[offset + length] != '\0')
            fail("has a string that is not NUL-terminated");
        return m_bytes.substr(offset, length);
    }

    [[noreturn]] void fail(const std::string &what) const
    {
        throw std::runtime_error("message catalog " + m_name + " " + what);
    }

private:
    std::uint32_t word(std::size_t offset, bool bigEndian) const
    {
        if (offset + 4 > m_bytes.size())
            fail("is truncated");
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const auto b = std::uint32_t(static_cast<unsigned char>(m_bytes[offset + std::size_t(i)]));
            v |= bigEndian ? b << (8 * (3 - i)) : b << (8 * i);
        }
        return v;
    }

    std::string_view m_bytes;
    std::string m_name;
    bool m_bigEndian = false;
};

} // namespace

MoCatalog MoCatalog::load(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("message catalog " + file.string() + " cannot be read");
    std::ostringstream buf;
    buf << in.rdbuf();
    return parse(buf.str(), file.string());
}

MoCatalog MoCatalog::parse(std::string_view bytes, const std::string &name)
{
    const Reader r(bytes, name);
    const auto count = r.word(8);
    const auto originals = r.word(12);
    const auto translations = r.word(16);
    if (std::uint64_t(count) * 8 > bytes.size())
        r.fail("claims more strings than it can hold");
    MoCatalog catalog;
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto msgid = r.entry(originals, i);
        // The header has an empty msgid; "context\x04msgid" and "singular\0plural" are not used here.
        if (msgid.empty() || msgid.find('\x04') != std::string_view::npos ||
            msgid.find('\0') != std::string_view::npos)
            continue;
        const auto text = r.entry(translations, i);
        if (!text.empty())
            catalog.m_messages.emplace(std::string(msgid), std::string(text.substr(0, text.find('\0'))));
    }
    return catalog;
}

const std::string *MoCatalog::find(std::string_view msgid) const
{
    const auto it = m_messages.find(std::string(msgid));
    return it == m_messages.end() ? nullptr : &it->second;
}

} // namespace caravan::web
