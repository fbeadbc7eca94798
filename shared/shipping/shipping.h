#pragma once

#include "money/money.h"

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace caravan::shipping {

class ShippingError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A parcel as the seller measures it: centimetres and grams (integers, no floating point).
struct Parcel
{
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
    std::int64_t weightGrams = 0;

    // "30x20x10cm,1.2kg" or "300x200x100mm,1200g". Throws ShippingError naming the part that is wrong.
    static Parcel parse(std::string_view text);
    int longestMm() const;
    int sumOfSidesMm() const { return lengthMm + widthMm + heightMm; }
    int lengthPlusGirthMm() const; // longest + 2 × (other two)
};

struct Limits
{
    std::optional<std::int64_t> maxWeightGrams;
    std::optional<int> maxLongestMm;
    std::optional<int> maxSumOfSidesMm;
    std::optional<int> maxLengthPlusGirthMm;
    std::optional<int> minLengthMm; // e.g. 140 mm x 110 mm minimum face
    std::optional<int> minWidthMm;
};

struct RateStep
{
    std::int64_t upToGrams;
    money::Money price;
};

struct Zone
{
    std::string id;
    std::vector<RateStep> steps;                // ascending
    std::optional<money::Money> perExtraStep;   // beyond the last step, per `extraStepGrams`
    std::int64_t extraStepGrams = 500;
    int minDays = 0;
    int maxDays = 0;
};

struct Service
{
    std::string id;
    std::string name;
    std::string carrier;
    std::string kind; // small_packet, registered, ems, express
    bool tracking = false;
    std::string currency;
    std::int64_t volumetricDivisor = 0;      // cm³ per kg; 0 = no volumetric weight
    std::optional<int> volumetricMinSideMm;  // volumetric only when some side reaches this
    std::int64_t roundUpGrams = 1;           // chargeable weight rounded up to a multiple
    Limits limits;
    std::map<std::string, std::string> zoneOf; // country -> zone id; "*" for the rest
    std::vector<Zone> zones;
    std::string source;
    bool sample = true;
};

struct PostageQuote
{
    std::string serviceId;
    std::string serviceName;
    std::int64_t actualGrams = 0;
    std::int64_t volumetricGrams = 0;
    std::int64_t chargeableGrams = 0;
    money::Money amount;
    int minDays = 0;
    int maxDays = 0;
    bool tracking = false;
    std::string zone;
    bool sample = true;
};

// Why a parcel cannot go by a service ("longest side 72 cm > 60 cm").
struct Refusal
{
    std::string serviceId;
    std::string reason;
};

// Postal and courier services from resources/shipping/*.json. Immutable after loading.
class ServiceCatalog
{
public:
    static ServiceCatalog load(const std::filesystem::path &dir);
    static const ServiceCatalog &standard(); // resources/shipping, loaded once

    const Service *find(std::string_view id) const;
    const std::vector<Service> &services() const { return services_; }

    std::variant<PostageQuote, Refusal> quote(std::string_view serviceId, std::string_view destination,
                                              const Parcel &parcel) const;

private:
    std::vector<Service> services_;
};

// "1.2 kg", "850 g" for explanations.
std::string formatGrams(std::int64_t grams);

} // namespace caravan::shipping
