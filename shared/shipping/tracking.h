#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Tracking numbers as carriers print them (docs/escrow.md, "Shipping"). A seller types the carrier and the
// number; for the carriers below the number is checked against the carrier's published format, for any
// other carrier only the general rule applies (4 to 40 letters, digits or '-').
namespace caravan::shipping {

struct Carrier
{
    std::string id;     // what the app offers and the server stores: "post", "dhl_express", ...
    std::string name;   // shown when no translation is at hand
    std::string sample; // a number in the carrier's format, for the input's placeholder
};

// The carriers whose formats are known, in the order a seller is offered them.
const std::vector<Carrier> &knownCarriers();
// The known carrier `idOrName` names (its id or name, any case); nullptr for any other carrier.
const Carrier *findCarrier(std::string_view idOrName);

// The number as stored: spaces removed (carriers print them in groups), letters in upper case.
std::string normalizeTrackingNumber(std::string_view number);

// True for a UPU S10 item identifier (two letters, eight digits, the check digit, the ISO country of
// the posting operator), e.g. RR123456785DE, with a correct check digit.
bool isS10(std::string_view number);

// Why `number` (already normalized) is not a tracking number of `carrier`; nothing when it is one.
// Codes: "length" (outside 4..40 characters), "characters" (not letters, digits or '-'),
// "format" (not the known carrier's format), "check_digit" (the format, but the check digit is wrong).
std::optional<std::string> trackingProblem(std::string_view carrier, std::string_view number);

// A carrier name as the server takes it: 1 to 40 characters without control characters.
bool validCarrierName(std::string_view carrier);

} // namespace caravan::shipping
