#include "money/currency.h"

#include "core/resources.h"
#include "money/decimal.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

namespace caravan::money {

bool looksLikeCurrencyCode(std::string_view code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

CurrencyTable CurrencyTable::load(const std::filesystem::path &file)
{
    std::ifstream in(file);
    if (!in)
        throw MoneyError("cannot read currency table " + file.string());
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception &e) {
        throw MoneyError(file.string() + ": not valid JSON: " + e.what());
    }
    if (!j.is_object() || j.value("format", "") != "caravan-currencies/1")
        throw MoneyError(file.string() + ": \"format\" must be \"caravan-currencies/1\"");
    if (!j.contains("source") || !j["source"].is_string() || j["source"].get<std::string>().empty())
        throw MoneyError(file.string() + ": \"source\" is missing");
    if (!j.contains("minor_units") || !j["minor_units"].is_object())
        throw MoneyError(file.string() + ": \"minor_units\" must be an object");
    CurrencyTable t;
    t.source_ = j["source"].get<std::string>();
    t.version_ = j.value("version", "");
    for (const auto &[code, units] : j["minor_units"].items()) {
        if (!looksLikeCurrencyCode(code))
            throw MoneyError(file.string() + ": \"" + code + "\" is not a three-letter currency code");
        if (!units.is_number_integer() || units.get<int>() < 0 || units.get<int>() > 4)
            throw MoneyError(file.string() + ": minor units of " + code + " must be an integer 0..4");
        t.minor_.emplace(code, units.get<int>());
    }
    return t;
}

const CurrencyTable &CurrencyTable::standard()
{
    static const CurrencyTable table = load(resourcePath("trade/currencies.json"));
    return table;
}

bool CurrencyTable::contains(std::string_view code) const
{
    return minor_.find(std::string(code)) != minor_.end();
}

int CurrencyTable::minorUnits(std::string_view code) const
{
    const auto it = minor_.find(std::string(code));
    if (it == minor_.end())
        throw MoneyError("unknown currency \"" + std::string(code) + "\"");
    return it->second;
}

std::vector<std::string> CurrencyTable::codes() const
{
    std::vector<std::string> out;
    out.reserve(minor_.size());
    for (const auto &kv : minor_)
        out.push_back(kv.first);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace caravan::money
