#pragma once

#include "listing/issues.h"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

// The message catalog (resources/listing/messages.json): for every issue code a template in English
// ("en") and Simplified Chinese ("zh_CN") with {name}-style parameters, and a label for every field.
// The desktop app and the server both render issues with it, so a seller reads the same words in both.
namespace caravan::listing {

class MessageCatalog
{
public:
    // Throws std::runtime_error naming the file and what is wrong with it.
    static MessageCatalog load(const std::filesystem::path &file);
    static const MessageCatalog &standard(); // resources/listing/messages.json

    static constexpr std::string_view kLanguages[] = {"en", "zh_CN"};

    bool hasTemplate(std::string_view code, std::string_view lang) const;
    // The field's label: "specifics.<key>" uses the params label_en / label_zh_CN set by the validator,
    // else the catalog's field labels; unknown fields are shown as they are.
    std::string fieldLabel(const Issue &issue, std::string_view lang) const;
    // The message for the seller. {field} is the field label, {name} any parameter; a parameter that is
    // missing stays visible as {name}. An unknown language falls back to English; an unknown code gives
    // the code and its parameters, so nothing is ever silently dropped.
    std::string render(const Issue &issue, std::string_view lang) const;
    std::vector<std::string> codes() const;

private:
    // code -> lang -> template
    std::map<std::string, std::map<std::string, std::string>, std::less<>> templates_;
    std::map<std::string, std::map<std::string, std::string>, std::less<>> fields_;
};

} // namespace caravan::listing
