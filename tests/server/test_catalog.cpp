#include "core/resources.h"
#include "web/i18n.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#ifndef CARAVAN_SERVER_SOURCE_DIR
#define CARAVAN_SERVER_SOURCE_DIR "."
#endif

namespace {
std::string readAll(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::set<std::string> keysOf(const std::string &lang)
{
    // Every file of the language, merged as the server merges them.
    const auto catalog = caravan::web::Catalog::load(caravan::resourcePath("web/i18n"));
    const auto &doc = catalog.all(lang);
    std::set<std::string> keys;
    for (const auto &[k, v] : doc.items()) {
        INFO(lang << ": " << k);
        CHECK(v.is_string());
        CHECK_FALSE(v.get<std::string>().empty());
        keys.insert(k);
    }
    return keys;
}
} // namespace

TEST_CASE("the web catalogs have the same keys", "[catalog]")
{
    const auto en = keysOf("en");
    const auto zh = keysOf("zh_CN");
    for (const auto &k : en) {
        INFO("missing in zh_CN.json: " << k);
        CHECK(zh.count(k) == 1);
    }
    for (const auto &k : zh) {
        INFO("missing in en.json: " << k);
        CHECK(en.count(k) == 1);
    }
}

TEST_CASE("every catalog key the templates and the page code use exists, and no template is unescaped",
          "[catalog]")
{
    const auto en = keysOf("en");
    const std::regex templateKey(R"(\{\{[#^/]?\s*t\.([a-z0-9_]+)\s*\}\})");
    int templates = 0;
    for (const auto &entry : std::filesystem::directory_iterator(caravan::resourcePath("web/templates"))) {
        const auto text = readAll(entry.path());
        ++templates;
        INFO(entry.path().filename().string());
        CHECK(text.find("{{{") == std::string::npos);
        CHECK(text.find("{{&") == std::string::npos);
        CHECK(text.find("<script") == std::string::npos);
        CHECK(text.find("style=") == std::string::npos);
        for (auto it = std::sregex_iterator(text.begin(), text.end(), templateKey);
             it != std::sregex_iterator(); ++it) {
            INFO("key " << (*it)[1]);
            CHECK(en.count((*it)[1]) == 1);
        }
    }
    CHECK(templates >= 7);

    // Keys named in the page code: text(req, "key") calls and the error/role/notice keys.
    const std::regex codeKey(R"re("((?:error|notice|role|home|search|register|signin|account)_[a-z_]+)")re");
    int codeKeys = 0;
    for (const auto &entry :
         std::filesystem::directory_iterator(std::filesystem::path(CARAVAN_SERVER_SOURCE_DIR) / "web")) {
        const auto text = readAll(entry.path());
        for (auto it = std::sregex_iterator(text.begin(), text.end(), codeKey); it != std::sregex_iterator();
             ++it) {
            ++codeKeys;
            INFO(entry.path().filename().string() << ": " << (*it)[1]);
            CHECK(en.count((*it)[1]) == 1);
        }
    }
    CHECK(codeKeys > 10);
    for (const auto *role : {"role_buyer", "role_seller", "role_staff"})
        CHECK(en.count(role) == 1);
}
