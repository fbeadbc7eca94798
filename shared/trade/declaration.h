#pragma once

#include "money/date.h"
#include "money/fx.h"
#include "money/money.h"
#include "trade/iso_codes.h"
#include "trade/rules.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace caravan::trade {

// The postal customs declaration that travels with a parcel: CN 22 (small, up to SDR 300) or CN 23.
//
// Rule (UPU Letter Post Regulations, article RL 152 "Customs declaration"; summarised in the WCO-UPU
// Postal Customs Guide, June 2014, chapter IV.j "CN 22, CN 23 and CP 72"): an item containing goods
// carries a CN 22 when the declared value of its contents is at most SDR 300, and a CN 23 when it is
// higher; the sender may always use a CN 23 instead of a CN 22. Parcels (CP 72 dispatch note) always
// carry a CN 23. The SDR value is converted with the IMF rate in resources/trade/fx/imf-sdr.json.

enum class ItemCategory { Gift, SaleOfGoods, Documents, ReturnedGoods, CommercialSample, Other };
std::string_view toString(ItemCategory c); // "gift", "sale_of_goods", ...
std::optional<ItemCategory> parseItemCategory(std::string_view s);

enum class DeclarationForm { CN22, CN23 };
std::string_view toString(DeclarationForm f); // "CN 22", "CN 23"

struct DeclarationParty
{
    std::string name;
    std::string street; // street and number, or PO box
    std::string postcode;
    std::string city;
    std::string country; // ISO 3166-1 alpha-2
    std::string phone;
    std::string email;
};

// One line of the contents table. `value` is the line's total (quantity × unit value).
struct DeclarationLine
{
    std::string description;
    std::string hs; // HS tariff number, at least 6 digits ("6109.10"); for commercial items
    std::int64_t quantity = 1;
    money::Money value;
    std::int64_t netWeightGrams = 0; // the line's total net weight
    std::string origin;              // country of origin of the goods, ISO 3166-1 alpha-2
};

struct Declaration
{
    DeclarationParty sender;
    DeclarationParty addressee;
    ItemCategory category = ItemCategory::SaleOfGoods;
    std::string categoryExplanation; // required for ItemCategory::Other
    std::vector<DeclarationLine> lines;
    std::int64_t grossWeightGrams = 0; // parcel with packing; 0 = sum of the net weights
    std::optional<money::Money> postage;
    bool parcel = false; // sent as a parcel (CP 72): always CN 23
    bool senderChoosesCn23 = false;
    std::string comments;    // e.g. goods subject to quarantine
    std::string licence;     // licence number(s)
    std::string certificate; // certificate number(s)
    std::string invoice;     // invoice number
    money::Date date;        // date of posting; the SDR conversion uses the rate on or before it
};

enum class IssueSeverity { Error, Warning };

// What is wrong with a declaration. `code` lets a UI word the message in its own language; `message`
// is the English text. `line` is the 0-based contents line, or -1 for the declaration itself.
struct DeclarationIssue
{
    enum class Code {
        MissingSenderName,
        MissingSenderAddress,
        BadSenderCountry,
        MissingAddresseeName,
        MissingAddresseeAddress,
        BadAddresseeCountry,
        SameCountry,
        NoLines,
        MissingDescription,
        VagueDescription,
        BadQuantity,
        BadValue,
        MixedCurrencies,
        BadWeight,
        MissingHs,
        BadHs,
        MissingOrigin,
        BadOrigin,
        MissingExplanation,
        GrossBelowNet,
        NoSdrRate,
    };
    Code code;
    IssueSeverity severity = IssueSeverity::Error;
    int line = -1;
    std::string field;   // "sender.name", "lines[1].hs", ...
    std::string message; // English
};

struct DeclarationAssessment
{
    DeclarationForm form = DeclarationForm::CN23;
    std::string reason;      // why this form (English)
    money::Money totalValue; // sum of the lines (their one currency)
    std::int64_t totalNetGrams = 0;
    std::int64_t totalGrossGrams = 0;       // the gross weight given, else the net total
    std::optional<money::Money> valueInSdr; // XDR, 2 decimals; absent when no rate was found
    std::string rateText;                   // "1 EUR = 0.853426 XDR (IMF, 2025-10-20; ...)"
    std::vector<DeclarationIssue> issues;

    bool hasErrors() const;
};

// The UPU limit between CN 22 and CN 23.
money::Money cn22Limit(); // 300.00 XDR

// Validates `d` and decides CN 22 or CN 23. Reads only `fx` (no I/O). Never throws for bad input:
// every problem is an issue. When the value cannot be converted into SDR the form is CN 23 (valid at
// any value) and an issue says why.
DeclarationAssessment assessDeclaration(const Declaration &d, const money::FxTable &fx);

// True for descriptions customs reject as too general ("gift", "goods", "sample", ...).
bool isVagueDescription(std::string_view description);

} // namespace caravan::trade
