#include "support/mailbox.h"

#include <Poco/Base64Decoder.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/URI.h>
#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

namespace caravan::test {

namespace {

std::string lower(std::string s)
{
    for (auto &c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// RFC 2047 encoded words (=?charset?Q|B?text?=); the whitespace between two encoded words is dropped.
std::string decodeWords(const std::string &value)
{
    static const std::regex word(R"(=\?([^?]+)\?([QqBb])\?([^?]*)\?=)");
    std::string out;
    std::size_t last = 0;
    bool previousWasWord = false;
    for (auto it = std::sregex_iterator(value.begin(), value.end(), word); it != std::sregex_iterator(); ++it) {
        const auto &m = *it;
        std::string between = value.substr(last, std::size_t(m.position(0)) - last);
        const bool blank = std::all_of(between.begin(), between.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
        if (!(previousWasWord && blank))
            out += between;
        const std::string text = m[3];
        if (m[2] == "Q" || m[2] == "q") {
            for (std::size_t i = 0; i < text.size(); ++i) {
                if (text[i] == '_')
                    out += ' ';
                else if (text[i] == '=' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
                         hexValue(text[i + 2]) >= 0) {
                    out += char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
                    i += 2;
                } else
                    out += text[i];
            }
        } else {
            std::istringstream in(text);
            Poco::Base64Decoder decoder(in);
            out.append(std::istreambuf_iterator<char>(decoder), std::istreambuf_iterator<char>());
        }
        last = std::size_t(m.position(0) + m.length(0));
        previousWasWord = true;
    }
    out += value.substr(last);
    return out;
}

std::string readFile(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

std::string ReceivedMail::header(const std::string &lowerName) const
{
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string() : it->second;
}

std::string ReceivedMail::link(const std::string &part) const
{
    for (const auto &l : links)
        if (l.find(part) != std::string::npos)
            return l;
    return {};
}

ReceivedMail parseMail(const std::string &raw)
{
    ReceivedMail m;
    m.raw = raw;
    std::istringstream in(raw);
    Poco::Net::MailMessage message;
    message.read(in); // for the body; Poco 1.11 decodes encoded words in headers itself, keeping the folds
    // Headers as sent: unfolded (a line break before white space goes), then RFC 2047 decoded.
    auto end = raw.find("\r\n\r\n");
    std::string head = raw.substr(0, end == std::string::npos ? raw.size() : end);
    for (std::size_t pos; (pos = head.find("\r\n ")) != std::string::npos || (pos = head.find("\r\n\t")) != std::string::npos;)
        head.erase(pos, 2);
    std::istringstream lines(head);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        auto value = line.substr(colon + 1);
        while (!value.empty() && value.front() == ' ')
            value.erase(value.begin());
        m.headers[lower(line.substr(0, colon))] = decodeWords(value);
    }
    m.subject = m.header("subject");
    m.to = m.header("to");
    const auto lt = m.to.find('<');
    if (lt != std::string::npos)
        m.to = m.to.substr(lt + 1, m.to.find('>', lt) - lt - 1);
    m.text = message.getContent();
    static const std::regex url(R"(https?://[^\s<>"]+)");
    for (auto it = std::sregex_iterator(m.text.begin(), m.text.end(), url); it != std::sregex_iterator(); ++it)
        m.links.push_back((*it)[0]);
    return m;
}

std::vector<ReceivedMail> readMailDir(const std::filesystem::path &dir)
{
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".eml")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<ReceivedMail> out;
    for (const auto &f : files) {
        auto m = parseMail(readFile(f));
        m.file = f.filename().string();
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<ReceivedMail> mailTo(const std::filesystem::path &dir, const std::string &to)
{
    std::vector<ReceivedMail> out;
    for (auto &m : readMailDir(dir))
        if (lower(m.to) == lower(to))
            out.push_back(std::move(m));
    return out;
}

std::vector<ReceivedMail> waitForMail(const std::filesystem::path &dir, const std::string &to, std::size_t count)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    auto found = mailTo(dir, to);
    while (found.size() < count && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
        found = mailTo(dir, to);
    }
    INFO("waiting for " << count << " message(s) to " << to << " in " << dir.string());
    REQUIRE(found.size() >= count);
    return found;
}

std::string pathOf(const std::string &url)
{
    Poco::URI uri(url);
    return uri.getPathEtc();
}

} // namespace caravan::test
