#include "support/account_flows.h"

#include <catch2/catch.hpp>

namespace caravan::test {

std::string inputValue(const std::string &html, const std::string &name)
{
    const std::string marker = "name=\"" + name + "\"";
    const auto at = html.find(marker);
    if (at == std::string::npos)
        return {};
    const auto valueAt = html.find("value=\"", at);
    if (valueAt == std::string::npos || valueAt > html.find('>', at))
        return {};
    const auto start = valueAt + 7;
    std::string value = html.substr(start, html.find('"', start) - start);
    for (const auto &[from, to] : {std::pair<std::string, std::string>{"&#x2F;", "/"}, {"&#x3D;", "="}, {"&#39;", "'"},
                                   {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}})
        for (std::size_t pos; (pos = value.find(from)) != std::string::npos;)
            value.replace(pos, from.size(), to);
    return value;
}

std::filesystem::path mailDir(TestServer &ts)
{
    return ts.env().dataDir() / "mail";
}

HttpResponse confirmEmail(Client &browser, const std::string &link)
{
    const auto page = browser.get(pathOf(link));
    REQUIRE(page.status == 200);
    return browser.postForm("/verify-email",
                            {{"csrf_token", extractCsrf(page.body)}, {"token", inputValue(page.body, "token")}});
}

void registerVerified(Client &browser, TestServer &ts, const std::string &email, const std::string &password,
                      const std::string &name, const std::string &country)
{
    const auto already = mailTo(mailDir(ts), email).size();
    REQUIRE(browser.submitRegistration(email, password, name, country).status == 303);
    const auto mails = waitForMail(mailDir(ts), email, already + 1);
    const auto link = mails.back().link("/verify-email?token=");
    REQUIRE_FALSE(link.empty());
    REQUIRE(confirmEmail(browser, link).status == 303);
    REQUIRE(browser.signIn(email, password).status == 303);
}

} // namespace caravan::test
