#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The listing: what a seller offers, as the desktop app stores it and the server receives it.
// Every field may be empty in a draft; publishing requires the complete set (see validation.h).
namespace caravan::listing {

enum class Condition { New, LikeNew, Good, Fair, ForParts };
enum class Status { Draft, Scheduled, Active, Sold, Ended };

std::string_view toString(Condition c); // "new", "like_new", "good", "fair", "for_parts"
std::string_view toString(Status s);    // "draft", "scheduled", "active", "sold", "ended"
std::optional<Condition> parseCondition(std::string_view id);
std::optional<Status> parseStatus(std::string_view id);

// Where a listing may be shipped: every country, only the listed ones, or every country but the listed ones.
struct Destinations
{
    enum class Mode { All, Only, AllExcept };
    Mode mode = Mode::All;
    std::vector<std::string> countries; // ISO 3166-1 alpha-2; empty for All

    // The CSV and JSON text form: "all", "only:DE,FR", "except:RU,BY".
    std::string toString() const;
    // Parses that form; returns nothing for anything else (country codes are checked by validation).
    static std::optional<Destinations> parse(std::string_view text);
    bool allows(std::string_view country) const;

    friend bool operator==(const Destinations &, const Destinations &) = default;
};

struct Dimensions
{
    std::int64_t lengthMm = 0;
    std::int64_t widthMm = 0;
    std::int64_t heightMm = 0;
    friend bool operator==(const Dimensions &, const Dimensions &) = default;
};

struct Listing
{
    std::string id; // client-made, stable across sync; letters, digits, '-' and '_' (at most 64)

    std::string title;
    std::string description;
    std::string category; // taxonomy id, e.g. "toys/figures"
    std::optional<Condition> condition;
    std::string brand;
    std::map<std::string, std::string> specifics; // item specifics by key, values as text

    std::optional<std::int64_t> quantity;
    std::optional<std::int64_t> priceMinor; // in minor units of `currency`
    std::string currency;                   // ISO 4217
    bool acceptsOffers = false;
    std::optional<std::int64_t> handlingDays;

    std::string shipsFrom; // ISO 3166-1 alpha-2
    Destinations destinations;
    std::vector<std::string> postageServices; // service ids offered, in the seller's order
    std::optional<std::int64_t> weightG;      // packed weight in grams
    std::optional<Dimensions> packedMm;       // packed dimensions in millimetres

    std::string hsCode;        // normalised digits (4, 6, 8 or 10); see hs.h
    std::string originCountry; // ISO 3166-1 alpha-2

    Status status = Status::Draft;
    std::optional<std::int64_t> scheduledStart; // UTC, seconds since the Unix epoch

    std::vector<std::string> photos; // SHA-256 of each photo (64 lower-case hex digits), in display order

    friend bool operator==(const Listing &, const Listing &) = default;
};

// Status changes a seller (or the platform, for sold) may make. Same-to-same is not a transition.
//   draft -> scheduled | active       scheduled -> draft | active | ended
//   active -> sold | ended            sold -> active (the sale was cancelled)   ended -> draft (relist)
bool canTransition(Status from, Status to);
std::vector<Status> allowedTransitions(Status from);

// "2026-12-01T09:00:00Z" <-> seconds since the epoch (UTC). Also accepts a "+00:00" offset or any other
// "+hh:mm"/"-hh:mm" offset, converting to UTC. Returns nothing for anything else.
std::optional<std::int64_t> parseUtcTimestamp(std::string_view text);
std::string formatUtcTimestamp(std::int64_t secondsSinceEpoch);

} // namespace caravan::listing
