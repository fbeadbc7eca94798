#pragma once

#include <random>
#include <string>

// Listing text for bench_pages: titles and descriptions as private sellers write them, in English, German,
// French, Spanish, Chinese and Japanese (Chinese and Japanese without spaces between words).
namespace caravan::bench {

enum class Language { English, German, French, Spanish, Chinese, Japanese };

// The word found in (nearly) every listing and the one found in about ten.
inline constexpr const char *kCommonWord = "vintage";
inline constexpr const char *kRareWord = "sphalerite";

// The language a seller of this country writes in (English where the list has none).
Language languageOf(const std::string &country);

struct ListingText
{
    std::string title;
    std::string description;
};

// `common`: the text holds kCommonWord (in the title or the description); `rare`: it holds kRareWord.
ListingText listingText(Language language, bool common, bool rare, std::mt19937_64 &rng);

// A seller's display name ("Anna K.").
std::string personName(Language language, std::mt19937_64 &rng);

} // namespace caravan::bench
