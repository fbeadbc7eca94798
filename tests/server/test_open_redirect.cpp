// Issue 13: the open redirect after sign-in, and the language links of pages (error pages among them)
// that were built from the decoded request path. Every Location and every language link must stay on
// this site as a browser reads it.
#include "support/http_client.h"
#include "support/test_env.h"

#include <catch2/catch.hpp>
#include <regex>

using caravan::test::Client;
using caravan::test::TestServer;

namespace {

const std::string kPassword = "correct horse battery staple";

// How a browser reads a link or a Location relative to https://caravan.test/... (the WHATWG URL parser,
// the parts that matter here): leading and trailing C0 controls and spaces are dropped, tabs and newlines
// anywhere are removed, a scheme makes it absolute, backslashes count as slashes in http(s) URLs, and two
// slashes start another host. True if the result is a path on this site.
bool staysOnSite(const std::string &reference)
{
    std::string s = reference;
    while (!s.empty() && static_cast<unsigned char>(s.front()) <= 0x20)
        s.erase(s.begin());
    while (!s.empty() && static_cast<unsigned char>(s.back()) <= 0x20)
        s.pop_back();
    std::string cleaned;
    for (char c : s)
        if (c != '\t' && c != '\n' && c != '\r')
            cleaned += c;
    if (std::regex_search(cleaned, std::regex("^[A-Za-z][A-Za-z0-9+.-]*:")))
        return false; // another scheme, or an absolute URL
    for (auto &c : cleaned)
        if (c == '\\')
            c = '/';
    if (cleaned.rfind("//", 0) == 0)
        return false;
    return !cleaned.empty() && cleaned.front() == '/';
}

bool printableAscii(const std::string &s)
{
    for (unsigned char c : s)
        if (c < 0x21 || c > 0x7e)
            return false;
    return true;
}

std::string htmlUnescape(std::string s)
{
    const std::pair<const char *, const char *> entities[] = {{"&lt;", "<"},   {"&gt;", ">"},    {"&quot;", "\""},
                                                              {"&#39;", "'"},  {"&#x27;", "'"},  {"&#x2F;", "/"},
                                                              {"&#47;", "/"},  {"&#x60;", "`"},  {"&#x3D;", "="},
                                                              {"&amp;", "&"}};
    for (const auto &[from, to] : entities)
        for (std::size_t pos; (pos = s.find(from)) != std::string::npos;)
            s.replace(pos, std::string(from).size(), to);
    return s;
}

// The hrefs of the language links in the footer.
std::vector<std::string> languageLinks(const std::string &html)
{
    std::vector<std::string> out;
    const auto start = html.find("class=\"languages\"");
    if (start == std::string::npos)
        return out;
    const auto end = html.find("</p>", start);
    const std::string part = html.substr(start, end - start);
    const std::regex href("href=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(part.begin(), part.end(), href); it != std::sregex_iterator(); ++it)
        out.push_back(htmlUnescape((*it)[1]));
    return out;
}

// Known ways around "starts with one slash" checks: control characters browsers drop, backslashes they
// read as slashes, encoded slashes, schemes in any case, dot segments and look-alike Unicode slashes.
const std::vector<std::string> kBypasses = {
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "\n//evil.example",
    " //evil.example",
    "/ /evil.example",
    std::string("/\0/evil.example", 16),
    "/\x0b/evil.example",
    "/\x0c/evil.example",
    "/\x1f/evil.example",
    "/\x7f/evil.example",
    "//evil.example",
    "///evil.example",
    "////evil.example",
    "//evil.example/account",
    "/\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/\t\\evil.example",
    "/%2f%2fevil.example",
    "/%2F/evil.example",
    "/%5cevil.example",
    "/%5C%5Cevil.example",
    "%2f%2fevil.example",
    "/%09/evil.example",
    "/%0d%0a/evil.example",
    "/%252f%252fevil.example",
    "https://evil.example",
    "https:evil.example",
    "https:/evil.example",
    "http:\\\\evil.example",
    "HTTPS://evil.example",
    "//evil.example:443@caravan.test",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/..//evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "/%2e%2e//evil.example",
    "\xEF\xBC\x8F\xEF\xBC\x8F"
    "evil.example", // fullwidth solidus
    "/\xEF\xBC\x8F"
    "evil.example",
    "/\xE2\x88\x95\xE2\x88\x95"
    "evil.example", // division slash
    "\xC2\xA0//evil.example", // no-break space
    "/\xE3\x80\x80/evil.example",
    "/\xE2\x80\xAE/evil.example", // right-to-left override
    "@evil.example",
    "evil.example",
    "",
    " ",
    "/" + std::string(5000, 'a'),
};

} // namespace

TEST_CASE("sign-in redirects only to paths on this site, whatever next says", "[web][security][redirect]")
{
    TestServer ts;
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("next@example.org", kPassword).status == 303);
    browser.clearCookies();

    for (const auto &next : kBypasses) {
        INFO("next = " << next);
        const auto r = browser.postForm(
            "/signin",
            {{"csrf_token", browser.csrfToken("/signin")}, {"email", "next@example.org"}, {"password", kPassword}, {"next", next}});
        REQUIRE(r.status == 303);
        const auto location = r.header("location");
        CHECK(printableAscii(location));
        CHECK(staysOnSite(location));
        CHECK(location == "/account");
        browser.clearCookies();
    }
}

TEST_CASE("sign-in keeps a same-site next, with its query", "[web][security][redirect]")
{
    TestServer ts;
    Client browser(ts.port());
    REQUIRE(browser.registerAccount("keep@example.org", kPassword).status == 303);
    for (const std::string next : {"/account", "/account/addresses", "/?q=tea%20pot&page=2", "/listings/abc#photos",
                                   "/search?q=a%2Fb", "/orders/1-2_3~4"}) {
        INFO("next = " << next);
        browser.clearCookies();
        const auto r = browser.postForm(
            "/signin",
            {{"csrf_token", browser.csrfToken("/signin")}, {"email", "keep@example.org"}, {"password", kPassword}, {"next", next}});
        REQUIRE(r.status == 303);
        CHECK(r.header("location") == next);
    }
    // The GET form carries next through to the POST, escaped.
    browser.clearCookies();
    const auto form = browser.get("/signin?next=%2Faccount%2Faddresses");
    CHECK_THAT(form.body, Catch::Contains("name=\"next\" value=\"/account/addresses\""));
}

TEST_CASE("language links stay on this site on error pages reached through odd paths", "[web][security][redirect]")
{
    TestServer ts;
    Client browser(ts.port());
    for (const std::string path :
         {"/%09/evil.example", "/%0a/evil.example", "/%0d%0a/evil.example", "/%5C/evil.example",
          "/%5C%5Cevil.example", "/%2F/evil.example", "/%2F%2Fevil.example", "/%2f%2f%2fevil.example",
          "/%00/evil.example", "/%7f/evil.example", "/%20/evil.example", "/%EF%BC%8F%EF%BC%8Fevil.example",
          "/a/%2e%2e/%2F/evil.example", "/no-such-page"}) {
        INFO("path = " << path);
        const auto r = browser.get(path);
        CHECK((r.status == 404 || r.status == 400));
        const auto links = languageLinks(r.body);
        if (r.status == 404)
            CHECK(links.size() >= 1); // every language but the current one
        for (const auto &href : links) {
            INFO("href = " << href);
            CHECK(printableAscii(href));
            CHECK(staysOnSite(href));
        }
    }
    // An ordinary page keeps its path and query in the links.
    const auto ok = browser.get("/signin?next=%2Faccount");
    const auto links = languageLinks(ok.body);
    REQUIRE_FALSE(links.empty());
    for (const auto &href : links)
        CHECK_THAT(href, Catch::StartsWith("/signin?next=%2Faccount&"));
}
