#pragma once

#include <cstdint>

namespace caravan::web {

// Limits of messages, reviews and saved searches (market.*; docs/marketplace.md).
struct MarketPolicy
{
    std::int64_t messageMaxChars = 2000;              // characters (UTF-8 code points) per message
    std::int64_t messagesPerHour = 30;                // messages an account may send per hour
    std::int64_t reviewWindowSeconds = 14 * 24 * 3600; // from the order's release
    std::int64_t reviewMaxChars = 1000;
    std::int64_t savedSearchesMax = 20;                 // saved searches per account
    std::int64_t savedSearchIntervalSeconds = 3600;     // each saved search is checked (and mailed) at most this often
    std::int64_t savedSearchMailListings = 10;          // listings named in one mail
};

} // namespace caravan::web
