#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// Small text helpers shared by the listing code (UTF-8 aware where it matters).
namespace caravan::listing::text {

bool isValidUtf8(std::string_view s);
// Number of Unicode code points; only meaningful for valid UTF-8.
std::size_t codePoints(std::string_view s);
bool hasControlChars(std::string_view s, bool allowNewlines);
std::string_view trim(std::string_view s);
std::string asciiLower(std::string_view s);
std::string asciiUpper(std::string_view s);
// Splits on `sep`, trims each part and drops empty parts.
std::vector<std::string> splitList(std::string_view s, char sep);
std::string join(const std::vector<std::string> &parts, std::string_view sep);

} // namespace caravan::listing::text
