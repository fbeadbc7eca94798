#include "web/marketplace.h"

#include "escrow/pricing.h"
#include "listing/categories.h"
#include "listing/countries.h"
#include "shipping/shipping.h"
#include "store/database.h"
#include "trade/rules.h"
#include "web/format.h"

#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>
#include <algorithm>
#include <memory>
#include <unicode/strenum.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

namespace caravan::web {

using nlohmann::json;

std::string shipToCountry(const WebContext &, const http::Request &req, http::Response *response)
{
    const auto &countries = listing::CountryTable::system();
    const auto asked = req.queryValue("to");
    if (countries.contains(asked)) {
        if (response)
            response->addCookie(http::cookie(kShipToCookie, asked, 365L * 24 * 3600, true, req.secure));
        return asked;
    }
    const auto remembered = req.cookieValue(kShipToCookie);
    if (countries.contains(remembered))
        return remembered;
    if (req.user && countries.contains(req.user->country))
        return req.user->country;
    return {};
}

money::Date today()
{
    return money::Date::fromYmd(1970, 1, 1).addDays(static_cast<int>(store::nowSeconds() / 86400));
}

std::int64_t pageNumber(const http::Request &req)
{
    try {
        return std::clamp<std::int64_t>(std::stoll(req.queryValue("page")), 1, 10000);
    } catch (const std::exception &) {
        return 1;
    }
}

std::string currencyOfCountry(const std::string &country)
{
    const auto &rules = trade::RuleSet::standard();
    const auto day = today();
    for (const auto *rule : rules.rulesFor(country))
        if (rule->kind == trade::RuleKind::Currency && rule->activeOn(day))
            return rule->name;
    return {};
}

std::string buyerCurrency(const http::Request &req, const std::string &country, http::Response *response)
{
    const auto &currencies = trade::RuleSet::standard().currencies();
    const auto asked = req.queryValue("cur");
    if (asked.size() == 3 && currencies.contains(asked)) {
        if (response)
            response->addCookie(http::cookie(kCurrencyCookie, asked, 365L * 24 * 3600, true, req.secure));
        return asked;
    }
    const auto remembered = req.cookieValue(kCurrencyCookie);
    if (remembered.size() == 3 && currencies.contains(remembered))
        return remembered;
    const auto own = country.empty() ? std::string() : currencyOfCountry(country);
    return own.empty() ? std::string("EUR") : own;
}

std::vector<std::string> zonesOf(const std::string &country)
{
    std::vector<std::string> out;
    if (country.size() != 2)
        return out;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> zones(
        icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, country.c_str(), nullptr, status));
    if (U_FAILURE(status) || !zones)
        return out;
    while (const char *id = zones->next(nullptr, status)) {
        if (U_FAILURE(status))
            break;
        out.emplace_back(id);
    }
    return out;
}

std::string timeZoneFor(const http::Request &req, const std::string &country)
{
    const auto zones = zonesOf(country);
    for (const auto &candidate : {req.queryValue("tz"), req.cookieValue(kTimeZoneCookie)})
        if (!candidate.empty() && std::find(zones.begin(), zones.end(), candidate) != zones.end())
            return candidate;
    if (zones.empty())
        return {};
    // Several zones that keep the same time all year (Germany: Berlin and Büsingen): the first stands for
    // them. Zones that differ leave the choice to the buyer (UTC until then).
    std::unique_ptr<icu::TimeZone> first(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zones.front())));
    for (std::size_t i = 1; i < zones.size(); ++i) {
        std::unique_ptr<icu::TimeZone> other(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zones[i])));
        if (!first->hasSameRules(*other))
            return {};
    }
    return zones.front();
}

std::string localTime(std::int64_t seconds, const std::string &zone)
{
    if (!seconds)
        return {};
    if (zone.empty())
        return formatTimestamp(seconds);
    std::unique_ptr<icu::TimeZone> tz(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zone)));
    std::int32_t raw = 0, dst = 0;
    UErrorCode status = U_ZERO_ERROR;
    tz->getOffset(static_cast<UDate>(seconds) * 1000.0, false, raw, dst, status);
    if (U_FAILURE(status))
        return formatTimestamp(seconds);
    const auto local = seconds + (raw + dst) / 1000;
    return Poco::DateTimeFormatter::format(Poco::Timestamp::fromEpochTime(local), "%Y-%m-%d %H:%M") + " (" + zone +
           ")";
}

std::string categoryLabel(const std::string &lang, const std::string &categoryId)
{
    const auto &catalog = listing::CategoryCatalog::standard();
    const auto *c = catalog.find(categoryId);
    if (!c)
        return categoryId;
    const auto *parent = c->parent.empty() ? nullptr : catalog.find(c->parent);
    return parent ? parent->name.in(lang) + " › " + c->name.in(lang) : c->name.in(lang);
}

namespace {
const listing::ConditionInfo *condition(const std::string &id)
{
    for (const auto &c : listing::conditionInfos())
        if (c.id == id)
            return &c;
    return nullptr;
}
} // namespace

std::string conditionLabel(const std::string &lang, const std::string &id)
{
    const auto *c = condition(id);
    return c ? c->name.in(lang) : id;
}

std::string conditionDefinition(const std::string &lang, const std::string &id)
{
    const auto *c = condition(id);
    return c ? c->definition.in(lang) : std::string();
}

std::string money(std::int64_t minor, const std::string &currency)
{
    return formatMoney(minor, currency);
}

std::string refusalText(const WebContext &ctx, const http::Request &req, const std::string &code)
{
    const auto key = "order_error_" + code;
    const auto text = ctx.text(req, key);
    return text == key ? ctx.text(req, "order_error_generic") : text;
}

json landedCostRow(const WebContext &ctx, const http::Request &req, const std::string &serviceId,
                   const escrow::OrderPricing *p, const std::string &refusalCode)
{
    const auto *service = shipping::ServiceCatalog::standard().find(serviceId);
    json row{{"service", serviceId}, {"service_name", service ? service->name : serviceId}};
    if (!p) {
        row["refused"] = refusalText(ctx, req, refusalCode);
        return row;
    }
    const auto &b = p->buyer;
    const auto cur = std::string(b.total.currency());
    json lines = json::array();
    for (const auto &l : p->lines)
        lines.push_back({{"text", l.text}, {"source", l.source}});
    row.update({{"ok", true},
                {"days", std::to_string(p->postage.minDays) + "–" + std::to_string(p->postage.maxDays)},
                {"tracked", p->postage.tracking},
                {"item", money(b.item.minor(), cur)},
                {"postage", money(b.postage.minor(), cur)},
                {"import_checkout", money(b.importCheckout.minor(), cur)},
                {"has_import_checkout", b.importCheckout.isPositive()},
                {"buyer_fee", money(b.buyerFee.minor(), cur)},
                {"total", money(b.total.minor(), cur)},
                {"import_at_door", money(p->importAtDoor.minor(), cur)},
                {"has_import_at_door", p->importAtDoor.isPositive()},
                {"landed", money(b.total.minor() + p->importAtDoor.minor(), cur)},
                {"domestic", p->domestic},
                {"fx", p->rate.from == p->rate.to ? std::string() : p->rate.describe()},
                {"fx_date", p->rate.date.toString()},
                {"fx_source", p->rate.source},
                {"lines", lines},
                {"warnings", p->warnings}});
    return row;
}

} // namespace caravan::web
