#include "trade/declaration.h"

#include "trade/iso_codes.h"
#include "trade/rules.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace caravan::trade {

namespace declaration_detail {

std::string trimmed(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return std::string(s);
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool knownCountry(const std::string &code)
{
    if (code.size() != 2 || !std::isupper(static_cast<unsigned char>(code[0])) ||
        !std::isupper(static_cast<unsigned char>(code[1])))
        return false;
    try {
        return IsoCodes::system().isCountry(code);
    } catch (const std::exception &) {
        return true; // no iso-codes data on this machine: the shape check above is all we can do
    }
}

using Code = DeclarationIssue::Code;

class Checker
{
public:
    explicit Checker(std::vector<DeclarationIssue> &out)
        : out_(out)
    {}
    void error(Code c, int line, std::string field, std::string message)
    {
        out_.push_back({c, IssueSeverity::Error, line, std::move(field), std::move(message)});
    }
    void warning(Code c, int line, std::string field, std::string message)
    {
        out_.push_back({c, IssueSeverity::Warning, line, std::move(field), std::move(message)});
    }

    void party(const DeclarationParty &p, bool sender)
    {
        const std::string who = sender ? "sender" : "addressee";
        if (trimmed(p.name).empty())
            error(sender ? Code::MissingSenderName : Code::MissingAddresseeName, -1, who + ".name",
                  "the " + who + "'s name is missing");
        if (trimmed(p.street).empty() || trimmed(p.city).empty())
            error(sender ? Code::MissingSenderAddress : Code::MissingAddresseeAddress, -1, who + ".address",
                  "the " + who + "'s street and city are required");
        if (!knownCountry(p.country))
            error(sender ? Code::BadSenderCountry : Code::BadAddresseeCountry, -1, who + ".country",
                  "the " + who + "'s country \"" + p.country + "\" is not an ISO 3166-1 alpha-2 code");
    }

private:
    std::vector<DeclarationIssue> &out_;
};

// Converts `total` into SDR: directly if the table has a rate, else through EUR. Rounded up to the
// hundredth, so that a value even slightly over SDR 300 never shows as 300.00 and passes as a CN 22.
std::optional<money::Money> toSdr(const money::Money &total, const money::FxTable &fx, money::Date day,
                                         std::string &rateText)
{
    const std::string cur(total.currency());
    if (auto direct = fx.find(cur, "XDR", day)) {
        rateText = direct->describe() + " (" + direct->date.toString() + "; " + direct->source + ")";
        return direct->apply(total, 2, money::Rounding::Up);
    }
    auto toEur = fx.find(cur, "EUR", day);
    auto eurToSdr = fx.find("EUR", "XDR", day);
    if (!toEur || !eurToSdr)
        return std::nullopt;
    // Exact rational product: amount × (m1/d1) × (m2/d2), rounded once.
    const money::Decimal multiply = toEur->multiply * eurToSdr->multiply;
    const money::Decimal divide = toEur->divide * eurToSdr->divide;
    rateText = toEur->describe() + " (" + toEur->date.toString() + "; " + toEur->source + "), " +
               eurToSdr->describe() + " (" + eurToSdr->date.toString() + "; " + eurToSdr->source + ")";
    return total.convert("XDR", 2, multiply, divide, money::Rounding::Up);
}

} // namespace declaration_detail

std::string_view toString(ItemCategory c)
{
    switch (c) {
    case ItemCategory::Gift:
        return "gift";
    case ItemCategory::SaleOfGoods:
        return "sale_of_goods";
    case ItemCategory::Documents:
        return "documents";
    case ItemCategory::ReturnedGoods:
        return "returned_goods";
    case ItemCategory::CommercialSample:
        return "commercial_sample";
    case ItemCategory::Other:
        return "other";
    }
    return "other";
}

std::optional<ItemCategory> parseItemCategory(std::string_view s)
{
    for (const ItemCategory c :
         {ItemCategory::Gift, ItemCategory::SaleOfGoods, ItemCategory::Documents, ItemCategory::ReturnedGoods,
          ItemCategory::CommercialSample, ItemCategory::Other})
        if (toString(c) == s)
            return c;
    return std::nullopt;
}

std::string_view toString(DeclarationForm f)
{
    return f == DeclarationForm::CN22 ? "CN 22" : "CN 23";
}

bool DeclarationAssessment::hasErrors() const
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const DeclarationIssue &i) { return i.severity == IssueSeverity::Error; });
}

money::Money cn22Limit()
{
    return money::Money::ofMinor(30000, "XDR", 2);
}

bool isVagueDescription(std::string_view description)
{
    using namespace declaration_detail;
    // General terms that customs administrations list as not acceptable on their own.
    static const std::array<std::string_view, 12> vague = {"gift",   "gifts",   "goods", "merchandise",
                                                           "sample", "samples", "item",  "items",
                                                           "stuff",  "parcel",  "misc",  "various"};
    const std::string d = lower(trimmed(description));
    return std::find(vague.begin(), vague.end(), d) != vague.end();
}

DeclarationAssessment assessDeclaration(const Declaration &d, const money::FxTable &fx)
{
    using namespace declaration_detail;
    DeclarationAssessment a;
    Checker check(a.issues);
    check.party(d.sender, true);
    check.party(d.addressee, false);
    if (knownCountry(d.sender.country) && d.sender.country == d.addressee.country)
        check.warning(Code::SameCountry, -1, "addressee.country",
                      "sender and addressee are in the same country; no customs declaration is needed");
    if (d.category == ItemCategory::Other && trimmed(d.categoryExplanation).empty())
        check.error(Code::MissingExplanation, -1, "category",
                    "category \"other\" needs an explanation of the contents");
    if (d.lines.empty())
        check.error(Code::NoLines, -1, "lines", "the declaration lists no contents");

    const bool commercial =
        d.category == ItemCategory::SaleOfGoods || d.category == ItemCategory::CommercialSample;
    std::string currency;
    bool mixed = false;
    std::int64_t valueMinor = 0;
    int digits = 2;
    for (std::size_t i = 0; i < d.lines.size(); ++i) {
        const auto &l = d.lines[i];
        const int n = static_cast<int>(i);
        const std::string at = "lines[" + std::to_string(i) + "]";
        const std::string lineName = "line " + std::to_string(i + 1);
        if (trimmed(l.description).empty())
            check.error(Code::MissingDescription, n, at + ".description",
                        lineName + ": the description is missing");
        else if (isVagueDescription(l.description))
            check.warning(Code::VagueDescription, n, at + ".description",
                          lineName + ": \"" + trimmed(l.description) +
                              "\" is too general; say what the item is (e.g. \"wool sweater\")");
        if (l.quantity <= 0)
            check.error(Code::BadQuantity, n, at + ".quantity",
                        lineName + ": the quantity must be at least 1");
        if (!l.value.hasCurrency() || l.value.isNegative() ||
            (l.value.isZero() && d.category != ItemCategory::Documents))
            check.error(Code::BadValue, n, at + ".value", lineName + ": the value must be more than zero");
        if (l.value.hasCurrency()) {
            if (currency.empty()) {
                currency = std::string(l.value.currency());
                digits = l.value.digits();
            } else if (currency != l.value.currency()) {
                mixed = true;
            }
            if (!mixed && !l.value.isNegative())
                valueMinor += l.value.minor();
        }
        if (l.netWeightGrams <= 0)
            check.error(Code::BadWeight, n, at + ".net_weight",
                        lineName + ": the net weight must be more than 0 g");
        const std::string hs = hsDigits(l.hs);
        if (trimmed(l.hs).empty()) {
            if (commercial)
                check.error(Code::MissingHs, n, at + ".hs",
                            lineName + ": commercial items need an HS tariff number (6 digits or more)");
        } else if (hs.size() < 6) {
            check.error(Code::BadHs, n, at + ".hs",
                        lineName + ": HS tariff number \"" + l.hs + "\" must have at least 6 digits");
        }
        if (trimmed(l.origin).empty()) {
            if (commercial)
                check.error(Code::MissingOrigin, n, at + ".origin",
                            lineName + ": commercial items need the country of origin");
        } else if (!knownCountry(l.origin)) {
            check.error(Code::BadOrigin, n, at + ".origin",
                        lineName + ": country of origin \"" + l.origin +
                            "\" is not an ISO 3166-1 alpha-2 code");
        }
        a.totalNetGrams += std::max<std::int64_t>(0, l.netWeightGrams);
    }
    if (mixed)
        check.error(Code::MixedCurrencies, -1, "lines",
                    "all values must be in one currency (found " + currency + " and others)");
    a.totalGrossGrams = d.grossWeightGrams > 0 ? d.grossWeightGrams : a.totalNetGrams;
    if (d.grossWeightGrams > 0 && d.grossWeightGrams < a.totalNetGrams)
        check.error(Code::GrossBelowNet, -1, "gross_weight", "the gross weight is less than the net weights");

    if (!currency.empty() && !mixed) {
        a.totalValue = money::Money::ofMinor(valueMinor, currency, digits);
        a.valueInSdr = toSdr(a.totalValue, fx, d.date, a.rateText);
        if (!a.valueInSdr)
            check.warning(Code::NoSdrRate, -1, "fx",
                          "no exchange rate " + currency + "->XDR on or before " + d.date.toString() +
                              "; CN 23 is used because it is valid at any value");
    }

    if (d.parcel) {
        a.form = DeclarationForm::CN23;
        a.reason = "parcels always carry a CN 23";
    } else if (d.senderChoosesCn23) {
        a.form = DeclarationForm::CN23;
        a.reason = "the sender chose a CN 23";
    } else if (!a.valueInSdr) {
        a.form = DeclarationForm::CN23;
        a.reason = "the value could not be converted into SDR";
    } else if (*a.valueInSdr <= cn22Limit()) {
        a.form = DeclarationForm::CN22;
        a.reason = "value " + a.totalValue.toString() + " = " + a.valueInSdr->toString() +
                   ", at most SDR 300: CN 22";
    } else {
        a.form = DeclarationForm::CN23;
        a.reason =
            "value " + a.totalValue.toString() + " = " + a.valueInSdr->toString() + ", over SDR 300: CN 23";
    }
    return a;
}

} // namespace caravan::trade
