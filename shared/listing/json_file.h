#pragma once

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

namespace caravan::listing {

// Reads a resource file of the listing data (HS headings, messages, ...): opens it, parses it as JSON
// and checks its "format" member. Throws std::runtime_error naming the file for each failure.
inline nlohmann::json loadFormattedJson(const std::filesystem::path &file, std::string_view format)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + file.string());
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        throw std::runtime_error(file.string() + " is not valid JSON: " + e.what());
    }
    if (!doc.is_object() || doc.value("format", std::string()) != format)
        throw std::runtime_error(file.string() + ": format must be " + std::string(format));
    return doc;
}

} // namespace caravan::listing
