#include "listing/hs.h"

#include "core/resources.h"
#include "listing/json_file.h"
#include "listing/text.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace caravan::listing {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAsciiAlnum(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
} // namespace

std::optional<std::string> normalizeHsCode(std::string_view text)
{
    text = text::trim(text);
    std::string digits;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            digits.push_back(c);
        } else if (c == '.') {
            // A dot may only follow the 4th, 6th or 8th digit, once, and must be followed by a digit.
            const auto n = digits.size();
            if ((n != 4 && n != 6 && n != 8) || i + 1 >= text.size() || !isDigit(text[i + 1]))
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    const auto n = digits.size();
    if (n != 4 && n != 6 && n != 8 && n != 10)
        return std::nullopt;
    if (digits.compare(0, 2, "00") == 0)
        return std::nullopt;
    return digits;
}

std::string formatHsCode(std::string_view digits)
{
    std::string out(digits.substr(0, 4));
    for (std::size_t i = 4; i < digits.size(); i += 2) {
        out.push_back('.');
        out.append(digits.substr(i, 2));
    }
    return out;
}

HsHeadings HsHeadings::load(const std::filesystem::path &file)
{
    const auto doc = loadFormattedJson(file, "caravan-hs-headings/1");
    HsHeadings h;
    h.source_ = doc.value("source", std::string());
    if (h.source_.empty())
        throw std::runtime_error(file.string() + ": the source of the nomenclature must be named");
    for (const auto &c : doc.value("chapters", nlohmann::json::array())) {
        const auto ch = c.value("chapter", std::string());
        if (ch.size() != 2 || !isDigit(ch[0]) || !isDigit(ch[1]))
            throw std::runtime_error(file.string() + ": bad chapter \"" + ch + "\"");
        h.chapters_.insert(ch);
    }
    for (const auto &j : doc.value("headings", nlohmann::json::array())) {
        HsHeading heading{j.value("code", std::string()), j.value("en", std::string()),
                          j.value("zh_CN", std::string())};
        if (heading.code.size() != 4 || !normalizeHsCode(heading.code))
            throw std::runtime_error(file.string() + ": bad heading code \"" + heading.code + "\"");
        if (heading.en.empty() || heading.zhCN.empty())
            throw std::runtime_error(file.string() + ": heading " + heading.code + " needs en and zh_CN");
        if (!h.chapters_.count(heading.code.substr(0, 2)))
            throw std::runtime_error(file.string() + ": heading " + heading.code +
                                     " is in no listed chapter");
        h.headings_.push_back(std::move(heading));
    }
    std::sort(h.headings_.begin(), h.headings_.end(),
              [](const HsHeading &a, const HsHeading &b) { return a.code < b.code; });
    for (std::size_t i = 1; i < h.headings_.size(); ++i) {
        if (h.headings_[i].code == h.headings_[i - 1].code)
            throw std::runtime_error(file.string() + ": heading " + h.headings_[i].code + " appears twice");
    }
    for (const auto &heading : h.headings_)
        h.enLower_.push_back(text::asciiLower(heading.en));
    return h;
}

const HsHeadings &HsHeadings::standard()
{
    static const HsHeadings headings = load(resourcePath("listing/hs-headings.json"));
    return headings;
}

const HsHeading *HsHeadings::find(std::string_view heading4) const
{
    const auto it = std::lower_bound(headings_.begin(), headings_.end(), heading4,
                                     [](const HsHeading &h, std::string_view c) { return h.code < c; });
    return it != headings_.end() && it->code == heading4 ? &*it : nullptr;
}

bool HsHeadings::coversChapter(std::string_view chapter2) const
{
    return chapters_.find(chapter2) != chapters_.end();
}

namespace {

// Position of `word` at the start of a word in `hay`, or npos.
std::size_t findWordStart(const std::string &hay, std::string_view word)
{
    for (std::size_t pos = hay.find(word); pos != std::string::npos; pos = hay.find(word, pos + 1)) {
        if (pos == 0 || !isAsciiAlnum(hay[pos - 1]))
            return pos;
    }
    return std::string::npos;
}

std::vector<std::string> queryWords(std::string_view query)
{
    std::vector<std::string> words;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty())
            words.push_back(text::asciiLower(cur));
        cur.clear();
    };
    for (char c : query) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || isAsciiAlnum(c) || c == '.')
            cur.push_back(c);
        else
            flush();
    }
    flush();
    return words;
}

} // namespace

std::vector<HsHeading> HsHeadings::search(std::string_view query, std::size_t limit) const
{
    const auto words = queryWords(query);
    if (words.empty() || limit == 0)
        return {};
    struct Hit
    {
        std::size_t index;
        int codeMatches;
        std::size_t firstPos;
    };
    std::vector<Hit> hits;
    for (std::size_t i = 0; i < headings_.size(); ++i) {
        const auto &h = headings_[i];
        int codeMatches = 0;
        std::size_t firstPos = std::string::npos;
        bool all = true;
        for (const auto &w : words) {
            std::string digits;
            if (std::all_of(w.begin(), w.end(), [](char c) { return isDigit(c) || c == '.'; })) {
                for (char c : w) {
                    if (isDigit(c))
                        digits.push_back(c);
                }
            }
            if (!digits.empty()) {
                const std::string_view d(digits);
                if (h.code.starts_with(d.substr(0, std::min<std::size_t>(4, d.size())))) {
                    ++codeMatches;
                    continue;
                }
                all = false;
                break;
            }
            const bool latin = std::all_of(w.begin(), w.end(), [](char c) { return isAsciiAlnum(c); });
            std::size_t pos = std::string::npos;
            if (latin) {
                pos = findWordStart(enLower_[i], w);
                if (pos == std::string::npos && w.size() > 3 && w.back() == 's') {
                    std::string_view stem(w);
                    stem.remove_suffix(stem.ends_with("es") && w.size() > 4 ? 2 : 1);
                    pos = findWordStart(enLower_[i], stem);
                }
            } else {
                pos = h.zhCN.find(w);
                if (pos == std::string::npos)
                    pos = enLower_[i].find(w);
            }
            if (pos == std::string::npos) {
                all = false;
                break;
            }
            firstPos = std::min(firstPos, pos);
        }
        if (all)
            hits.push_back(Hit{i, codeMatches, firstPos});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.codeMatches != b.codeMatches)
            return a.codeMatches > b.codeMatches;
        return a.firstPos < b.firstPos;
    });
    std::vector<HsHeading> out;
    for (std::size_t k = 0; k < hits.size() && k < limit; ++k)
        out.push_back(headings_[hits[k].index]);
    return out;
}

} // namespace caravan::listing
