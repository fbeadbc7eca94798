#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// Harmonized System codes: format checks, normalisation and the bundled heading list
// (resources/listing/hs-headings.json, HS 2022 headings of the chapters C2C sellers use).
namespace caravan::listing {

// "6109", "610910", "6109.10", "6109.10.00", "6109.10.0010", " 6109.10 " -> the digits ("610910").
// Accepts 4, 6, 8 or 10 digits, with optional dots after the 4th, 6th and 8th digit only.
// Returns nothing for any other shape (letters, 5 digits, "61.09", chapter 00).
std::optional<std::string> normalizeHsCode(std::string_view text);
// Digits to the dotted display form: "610910" -> "6109.10", "6109100010" -> "6109.10.00.10".
std::string formatHsCode(std::string_view digits);

struct HsHeading
{
    std::string code; // 4 digits
    std::string en;
    std::string zhCN;
};

class HsHeadings
{
public:
    // Reads a caravan-hs-headings/1 file; throws std::runtime_error naming the file and the problem.
    static HsHeadings load(const std::filesystem::path &file);
    static const HsHeadings &standard(); // resources/listing/hs-headings.json

    const HsHeading *find(std::string_view heading4) const;
    // True when the list holds every heading of that 2-digit chapter, so a code of the chapter
    // whose heading is not listed does not exist.
    bool coversChapter(std::string_view chapter2) const;
    const std::string &source() const { return source_; }
    const std::vector<HsHeading> &all() const { return headings_; }

    // Keyword search over codes, English and Chinese descriptions. Every word of the query must
    // match: digits match the start of the code, Latin words the start of a word (a trailing plural
    // "s"/"es" is ignored), other text (Chinese) anywhere. Best matches first; at most `limit`.
    std::vector<HsHeading> search(std::string_view query, std::size_t limit = 20) const;

private:
    std::vector<HsHeading> headings_;
    std::vector<std::string> enLower_; // lower-cased English, parallel to headings_
    std::set<std::string, std::less<>> chapters_;
    std::string source_;
};

} // namespace caravan::listing
