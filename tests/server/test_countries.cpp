// One country list (shared/listing, Debian iso-codes) with names in the page's language from iso-codes'
// gettext catalogs, read by the server's own .mo reader.
#include "listing/countries.h"
#include "support/http_client.h"
#include "support/test_env.h"
#include "web/country_names.h"
#include "web/mo_catalog.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace caravan;
using caravan::test::Client;
using caravan::test::TestServer;

namespace {

void putWord(std::string &out, std::uint32_t v, bool bigEndian)
{
    for (int i = 0; i < 4; ++i)
        out += char((v >> (bigEndian ? 8 * (3 - i) : 8 * i)) & 0xff);
}

// A catalog as msgfmt lays it out: header, table of originals, table of translations, then the strings.
std::string makeMo(const std::vector<std::pair<std::string, std::string>> &messages, bool bigEndian)
{
    const auto n = std::uint32_t(messages.size());
    const std::uint32_t originals = 28, translations = originals + 8 * n;
    std::uint32_t at = translations + 8 * n;
    std::string tables, strings;
    for (int pass = 0; pass < 2; ++pass)
        for (const auto &m : messages) {
            const auto &s = pass == 0 ? m.first : m.second;
            putWord(tables, std::uint32_t(s.size()), bigEndian);
            putWord(tables, at, bigEndian);
            strings += s + '\0';
            at += std::uint32_t(s.size() + 1);
        }
    std::string out;
    putWord(out, 0x950412de, bigEndian);
    putWord(out, 0, bigEndian);
    putWord(out, n, bigEndian);
    putWord(out, originals, bigEndian);
    putWord(out, translations, bigEndian);
    putWord(out, 0, bigEndian);
    putWord(out, 0, bigEndian);
    return out + tables + strings;
}

std::size_t indexOf(const std::vector<web::CountryNames::Entry> &list, const std::string &code)
{
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].code == code)
            return i;
    FAIL("country " << code << " is not in the list");
    return 0;
}

} // namespace

TEST_CASE("mo catalog: both byte orders are read, header and plural entries skipped", "[web][countries]")
{
    const std::vector<std::pair<std::string, std::string>> messages = {
        {"", "Content-Type: text/plain; charset=UTF-8\n"},
        {"Germany", "德国"},
        {std::string("apple\0apples", 12), std::string("苹果\0苹果们", 15)},
        {"Japan", "日本"}};
    for (bool bigEndian : {false, true}) {
        INFO("big-endian: " << bigEndian);
        const auto catalog = web::MoCatalog::parse(makeMo(messages, bigEndian), "test.mo");
        CHECK(catalog.size() == 2);
        REQUIRE(catalog.find("Germany"));
        CHECK(*catalog.find("Germany") == "德国");
        REQUIRE(catalog.find("Japan"));
        CHECK(*catalog.find("Japan") == "日本");
        CHECK(catalog.find("") == nullptr);
        CHECK(catalog.find("France") == nullptr);
    }
}

TEST_CASE("mo catalog: damaged files are refused with the file named", "[web][countries]")
{
    const auto good = makeMo({{"Japan", "日本"}}, false);
    const auto refused = [](const std::string &bytes, const std::string &what) {
        try {
            web::MoCatalog::parse(bytes, "bad.mo");
            FAIL("a damaged catalog was accepted: " << what);
        } catch (const std::runtime_error &e) {
            CHECK_THAT(std::string(e.what()), Catch::Contains("bad.mo"));
        }
    };
    refused("", "empty");
    refused(std::string(good).replace(0, 4, "abcd"), "bad magic");
    refused(good.substr(0, good.size() - 3), "truncated strings");
    refused(good.substr(0, 24), "truncated tables");
    auto huge = good;
    huge[8] = '\xff'; // N far beyond the file
    huge[9] = '\xff';
    refused(huge, "count beyond the end");
    auto unterminated = good;
    unterminated.back() = 'x';
    refused(unterminated, "string without NUL");
}

TEST_CASE("country names: Chinese names from iso-codes, sorted by pinyin - English sorted by collation",
          "[web][countries]")
{
    const auto &table = listing::CountryTable::system();
    const web::CountryNames names(table, {"en", "zh_CN"});
    REQUIRE(names.translated("zh_CN"));
    CHECK(names.name("zh_CN", "JP") == "日本");
    CHECK(names.name("zh_CN", "DE") == "德国");
    CHECK(names.name("en", "DE") == "Germany");
    CHECK(names.name("fr", "DE") == "Germany"); // a language without names: English
    CHECK(names.name("zh_CN", "XX") == "XX");

    const auto &zh = names.sorted("zh_CN");
    CHECK(zh.size() == table.size());
    // Pinyin: a-fu-han, de-guo, ri-ben, zhong-guo. Code-point order would put 中国 (U+4E2D) first.
    CHECK(indexOf(zh, "AF") < indexOf(zh, "DE"));
    CHECK(indexOf(zh, "DE") < indexOf(zh, "JP"));
    CHECK(indexOf(zh, "JP") < indexOf(zh, "CN"));

    const auto &en = names.sorted("en");
    REQUIRE(en.size() >= 3);
    CHECK(en[0].name == "Afghanistan");
    CHECK(en[1].name == "Åland Islands"); // byte order would put it after "Zimbabwe"
    CHECK(en[2].name == "Albania");
}

TEST_CASE("country names: the register page in Chinese lists Chinese country names", "[web][countries]")
{
    TestServer ts;
    Client browser(ts.port());
    const auto zh = browser.get("/register?lang=zh_CN");
    REQUIRE(zh.status == 200);
    CHECK_THAT(zh.body, Catch::Contains(">日本<"));
    CHECK_THAT(zh.body, Catch::Contains(">德国<"));
    CHECK(zh.body.find(">阿富汗<") < zh.body.find(">德国<"));
    CHECK(zh.body.find(">德国<") < zh.body.find(">中国<"));
    const auto en = browser.get("/register?lang=en");
    REQUIRE(en.status == 200);
    CHECK_THAT(en.body, Catch::Contains(">Japan<"));
    CHECK_THAT(en.body, !Catch::Contains(">日本<"));
}
