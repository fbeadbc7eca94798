#include "shipping/tracking.h"

#include <algorithm>
#include <cctype>

namespace caravan::shipping {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), isDigit);
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// UPU S10 check digit (UPU standard S10, section 5.3): weights 8 6 4 2 3 5 9 7 on the serial number;
// 11 - (sum mod 11), where 10 becomes 0 and 11 becomes 5.
int s10CheckDigit(std::string_view serial)
{
    static constexpr int kWeights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i)
        sum += (serial[i] - '0') * kWeights[i];
    const int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
}

// UPS: "1Z", six characters of shipper number, two of service, seven of package number, a check digit
// (letters count as (letter - 'A' + 2) mod 10; odd positions once, even positions twice, of the 15
// characters after "1Z"; the check digit takes the sum to the next multiple of 10).
bool upsCheckDigitOk(std::string_view n)
{
    int sum = 0;
    for (std::size_t i = 2; i < 17; ++i) {
        const char c = n[i];
        const int v = isDigit(c) ? c - '0' : (c - 'A' + 2) % 10;
        sum += (i - 2) % 2 == 1 ? 2 * v : v;
    }
    const int check = (10 - sum % 10) % 10;
    return n[17] - '0' == check;
}

} // namespace

const std::vector<Carrier> &knownCarriers()
{
    static const std::vector<Carrier> carriers{
        {"post", "Postal service (UPU S10 number)", "RR123456785DE"},
        {"dhl_express", "DHL Express", "1234567890"},
        {"ups", "UPS", "1Z999AA10123456784"},
        {"fedex", "FedEx", "123456789012"},
    };
    return carriers;
}

const Carrier *findCarrier(std::string_view idOrName)
{
    const auto key = lower(idOrName);
    for (const auto &c : knownCarriers())
        if (key == c.id || key == lower(c.name))
            return &c;
    return nullptr;
}

std::string normalizeTrackingNumber(std::string_view number)
{
    std::string out;
    out.reserve(number.size());
    for (char c : number) {
        if (c == ' ' || c == '\t')
            continue;
        out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

bool isS10(std::string_view n)
{
    if (n.size() != 13 || !isUpper(n[0]) || !isUpper(n[1]) || !isUpper(n[11]) || !isUpper(n[12]) ||
        !allDigits(n.substr(2, 9)))
        return false;
    return s10CheckDigit(n.substr(2, 8)) == n[10] - '0';
}

std::optional<std::string> trackingProblem(std::string_view carrier, std::string_view n)
{
    if (n.size() < 4 || n.size() > 40)
        return "length";
    if (!std::all_of(n.begin(), n.end(), [](char c) {
            return isDigit(c) || isUpper(c) || (c >= 'a' && c <= 'z') || c == '-';
        }))
        return "characters";
    const Carrier *known = findCarrier(carrier);
    if (!known)
        return std::nullopt;
    if (known->id == "post") {
        if (n.size() != 13 || !isUpper(n[0]) || !isUpper(n[1]) || !isUpper(n[11]) || !isUpper(n[12]) ||
            !allDigits(n.substr(2, 9)))
            return "format";
        return isS10(n) ? std::nullopt : std::optional<std::string>("check_digit");
    }
    if (known->id == "dhl_express")
        return n.size() == 10 && allDigits(n) ? std::nullopt : std::optional<std::string>("format");
    if (known->id == "ups") {
        if (n.size() != 18 || n.substr(0, 2) != "1Z" ||
            !std::all_of(n.begin() + 2, n.end(), [](char c) { return isDigit(c) || isUpper(c); }) ||
            !isDigit(n[17]))
            return "format";
        return upsCheckDigitOk(n) ? std::nullopt : std::optional<std::string>("check_digit");
    }
    if (known->id == "fedex")
        return (n.size() == 12 || n.size() == 15 || n.size() == 20 || n.size() == 22) && allDigits(n)
                   ? std::nullopt
                   : std::optional<std::string>("format");
    return std::nullopt;
}

bool validCarrierName(std::string_view carrier)
{
    if (carrier.empty() || carrier.size() > 40)
        return false;
    return std::none_of(carrier.begin(), carrier.end(),
                        [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

} // namespace caravan::shipping
