#include "trade/quote_cli.h"

#include "core/resources.h"
#include "shipping/shipping.h"
#include "trade/quote.h"
#include "trade/rules_check.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <ostream>
#include <sstream>

namespace caravan::trade {

namespace {

struct BadInput
{
    std::string field;
    std::string message;
};

std::string need(const std::vector<std::string> &args, std::size_t &i, const std::string &flag)
{
    if (i + 1 >= args.size())
        throw BadInput{flag, "needs a value"};
    return args[++i];
}

QuoteItem parseItem(const std::string &text, std::size_t index)
{
    const std::string field = "item " + std::to_string(index + 1);
    QuoteItem item;
    bool hasValue = false;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto comma = text.find(',', start);
        // a comma inside the description is kept when the next part is not key=value
        while (comma != std::string::npos) {
            const auto eq = text.find('=', comma + 1);
            const auto nextComma = text.find(',', comma + 1);
            if (eq != std::string::npos && (nextComma == std::string::npos || eq < nextComma))
                break;
            comma = nextComma;
        }
        const std::string part = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        const auto eq = part.find('=');
        if (eq == std::string::npos)
            throw BadInput{field, "\"" + part + "\" is not key=value"};
        const std::string key = part.substr(0, eq);
        const std::string value = part.substr(eq + 1);
        try {
            if (key == "description") {
                item.description = value;
            } else if (key == "hs") {
                if (hsDigits(value).empty() || hsDigits(value).size() < 4)
                    throw BadInput{field + " hs", "\"" + value + "\" is not an HS code (at least 4 digits)"};
                item.hs = value;
            } else if (key == "value") {
                item.unitValue = Money::parse(value);
                if (item.unitValue.isNegative())
                    throw BadInput{field + " value", "must not be negative"};
                hasValue = true;
            } else if (key == "qty") {
                const Decimal q = Decimal::parse(value);
                if (q.scale != 0 || q.value < 1 || q.value > 1000000)
                    throw BadInput{field + " qty", "\"" + value + "\" is not a whole number from 1"};
                item.quantity = q.value;
            } else if (key == "origin") {
                if (!IsoCodes::system().isCountry(value))
                    throw BadInput{field + " origin", "\"" + value + "\" is not an ISO 3166-1 country code"};
                item.origin = value;
            } else if (key == "weight") {
                item.weightGrams = shipping::Parcel::parse("1x1x1cm," + value).weightGrams;
            } else if (key == "duty_rate") {
                const Decimal r = Decimal::parse(value);
                if (r.isNegative() || r > Decimal{10, 0})
                    throw BadInput{field + " duty_rate", "\"" + value + "\" is not a rate such as 5%"};
                item.dutyRate = r;
            } else {
                throw BadInput{field, "unknown key \"" + key + "\""};
            }
        } catch (const money::MoneyError &e) {
            throw BadInput{field + " " + key, e.what()};
        } catch (const shipping::ShippingError &e) {
            throw BadInput{field + " " + key, e.what()};
        }
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    if (!hasValue)
        throw BadInput{field + " value", "is missing (value=AMOUNT CUR)"};
    if (item.description.empty())
        item.description = "item " + std::to_string(index + 1);
    return item;
}

std::string country(const std::string &value, const std::string &flag)
{
    if (!IsoCodes::system().isCountry(value))
        throw BadInput{flag, "\"" + value + "\" is not an ISO 3166-1 alpha-2 country code"};
    return value;
}

nlohmann::ordered_json toJson(const Quote &q, const std::optional<shipping::PostageQuote> &post)
{
    nlohmann::ordered_json j;
    j["currency"] = q.currency;
    j["goods"] = q.goods.amountString();
    j["shipping_amount"] = q.shipping.amountString();
    j["insurance"] = q.insurance.amountString();
    j["customs_value"] = q.customsValue.amountString();
    j["dutiable_value"] = q.dutiableValue.amountString();
    j["duty"] = q.duty.amountString();
    j["tax_name"] = q.taxName;
    j["tax_base"] = q.taxBase.amountString();
    j["tax"] = q.tax.amountString();
    j["fees"] = nlohmann::ordered_json::array();
    for (const auto &f : q.fees)
        j["fees"].push_back({{"name", f.name}, {"rule", f.ruleId}, {"amount", f.amount.amountString()}});
    j["total"] = q.total.amountString();
    j["collected_at"] = std::string(toString(q.collectedAt));
    if (!q.checkoutScheme.empty())
        j["checkout_scheme"] = q.checkoutScheme;
    j["ddp_total"] = q.ddpTotal.amountString();
    j["dap_total"] = (q.dapCheckout + q.dapOnDelivery).amountString();
    j["dap_at_checkout"] = q.dapCheckout.amountString();
    j["dap_on_delivery"] = q.dapOnDelivery.amountString();
    if (post) {
        j["shipping"] = {{"service", post->serviceId},
                         {"name", post->serviceName},
                         {"chargeable_weight_g", post->chargeableGrams},
                         {"actual_weight_g", post->actualGrams},
                         {"volumetric_weight_g", post->volumetricGrams},
                         {"amount", post->amount.amountString()},
                         {"currency", std::string(post->amount.currency())},
                         {"days", {post->minDays, post->maxDays}},
                         {"tracking", post->tracking},
                         {"sample_tariff", post->sample}};
    }
    j["lines"] = nlohmann::ordered_json::array();
    for (const auto &l : q.lines) {
        nlohmann::ordered_json line;
        line["rule"] = l.ruleId;
        line["text"] = l.text;
        if (!l.source.empty())
            line["source"] = l.source;
        line["confidence"] = std::string(toString(l.confidence));
        j["lines"].push_back(line);
    }
    j["warnings"] = q.warnings;
    return j;
}

void printText(const Quote &q, const std::optional<shipping::PostageQuote> &post, std::ostream &out)
{
    out << "Customs value:  " << q.customsValue.toString() << "\n"
        << "Dutiable value: " << q.dutiableValue.toString() << "\n"
        << "Duty:           " << q.duty.toString() << "\n"
        << "Tax base:       " << q.taxBase.toString() << "\n"
        << "Tax (" << (q.taxName.empty() ? "none" : q.taxName) << "): " << q.tax.toString() << "\n";
    for (const auto &f : q.fees)
        out << "Fee:            " << f.name << " " << f.amount.toString() << "\n";
    out << "Total charges:  " << q.total.toString() << " (collected at " << toString(q.collectedAt) << ")\n"
        << "DDP total:      " << q.ddpTotal.toString() << "\n"
        << "DAP total:      " << (q.dapCheckout + q.dapOnDelivery).toString() << " (" << q.dapOnDelivery.toString()
        << " on delivery)\n";
    if (post)
        out << "Postage:        " << post->serviceName << ", " << shipping::formatGrams(post->chargeableGrams)
            << " chargeable, " << post->amount.toString() << ", " << post->minDays << "-" << post->maxDays << " days\n";
    out << "Explanation:\n";
    for (const auto &l : q.lines)
        out << "  [" << (l.ruleId.empty() ? "-" : l.ruleId) << "] " << l.text << "\n";
    for (const auto &w : q.warnings)
        out << "Warning: " << w << "\n";
}

} // namespace

int runQuoteCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    QuoteRequest req;
    bool json = false;
    std::optional<std::string> service;
    std::optional<shipping::Parcel> parcel;
    bool hasDate = false;
    try {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const std::string &a = args[i];
            if (a == "--from")
                req.from = country(need(args, i, a), "from");
            else if (a == "--to")
                req.to = country(need(args, i, a), "to");
            else if (a == "--date") {
                const std::string v = need(args, i, a);
                try {
                    req.date = Date::parse(v);
                    hasDate = true;
                } catch (const money::MoneyError &e) {
                    throw BadInput{"date", e.what()};
                }
            } else if (a == "--seller") {
                const auto k = parseSellerKind(need(args, i, a));
                if (!k)
                    throw BadInput{"seller", "must be private or business"};
                req.seller = *k;
            } else if (a == "--gift")
                req.gift = true;
            else if (a == "--channel") {
                const auto c = parseChannel(need(args, i, a));
                if (!c)
                    throw BadInput{"channel", "must be post or courier"};
                req.channel = *c;
            } else if (a == "--shipping" || a == "--insurance") {
                const std::string field = a.substr(2);
                try {
                    const Money m = Money::parse(need(args, i, a));
                    if (m.isNegative())
                        throw BadInput{field, "must not be negative"};
                    (field == "shipping" ? req.shipping : req.insurance) = m;
                } catch (const money::MoneyError &e) {
                    throw BadInput{field, e.what()};
                }
            } else if (a == "--item")
                req.items.push_back(parseItem(need(args, i, a), req.items.size()));
            else if (a == "--fx") {
                const std::string v = need(args, i, a);
                const auto slash = v.find('/');
                const auto eq = v.find('=');
                if (slash != 3 || eq != 7)
                    throw BadInput{"fx", "\"" + v + "\" is not BASE/QUOTE=RATE, e.g. AUD/USD=0.9100"};
                FxOverride o{v.substr(0, 3), v.substr(4, 3), {}};
                for (const auto &c : {o.base, o.quote})
                    if (!money::CurrencyTable::standard().contains(c))
                        throw BadInput{"fx", "unknown currency \"" + c + "\""};
                try {
                    o.rate = Decimal::parse(v.substr(8));
                } catch (const money::MoneyError &e) {
                    throw BadInput{"fx", e.what()};
                }
                if (o.rate.value <= 0)
                    throw BadInput{"fx", "the rate must be positive"};
                req.fx.push_back(o);
            } else if (a == "--service")
                service = need(args, i, a);
            else if (a == "--parcel") {
                try {
                    parcel = shipping::Parcel::parse(need(args, i, a));
                } catch (const shipping::ShippingError &e) {
                    throw BadInput{"parcel", e.what()};
                }
            } else if (a == "--json")
                json = true;
            else
                throw BadInput{a, "unknown option"};
        }
        if (req.from.empty())
            throw BadInput{"from", "is required (--from XX)"};
        if (req.to.empty())
            throw BadInput{"to", "is required (--to XX)"};
        if (req.items.empty())
            throw BadInput{"item", "at least one --item is required"};
        if (!hasDate)
            req.date = Date::today();
        if (service.has_value() != parcel.has_value())
            throw BadInput{service ? "parcel" : "service", "--service and --parcel go together"};
        if (service && req.shipping)
            throw BadInput{"shipping", "give either --shipping or --service with --parcel, not both"};

        const RuleSet &rules = RuleSet::standard();
        std::optional<shipping::PostageQuote> post;
        if (service) {
            const auto &catalog = shipping::ServiceCatalog::standard();
            if (!catalog.find(*service))
                throw BadInput{"service", "unknown service \"" + *service + "\""};
            auto r = catalog.quote(*service, req.to, *parcel);
            if (auto *refusal = std::get_if<shipping::Refusal>(&r))
                throw BadInput{"parcel", *service + " cannot take this parcel: " + refusal->reason};
            post = std::get<shipping::PostageQuote>(r);
            req.shipping = post->amount;
            if (!req.channel)
                req.channel = post->tracking && (catalog.find(*service)->kind == "express") ? Channel::Courier : Channel::Post;
        }
        const Quote q = computeQuote(rules, req);
        if (json)
            out << toJson(q, post).dump(2) << "\n";
        else
            printText(q, post, out);
        return 0;
    } catch (const BadInput &b) {
        err << "caravan-cli quote: " << b.field << ": " << b.message << "\n";
        return 2;
    } catch (const QuoteError &e) {
        err << "caravan-cli quote: " << e.what() << "\n";
        return 2;
    } catch (const money::MoneyError &e) {
        err << "caravan-cli quote: amount: " << e.what() << "\n";
        return 2;
    } catch (const std::exception &e) {
        err << "caravan-cli quote: " << e.what() << "\n";
        return 1;
    }
}

int runRulesCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    if (args.empty()) {
        err << "caravan-cli rules: expected check or import-ecb\n";
        return 2;
    }
    try {
        if (args[0] == "check") {
            std::filesystem::path dir;
            for (std::size_t i = 1; i < args.size(); ++i) {
                if (args[i] == "--dir" && i + 1 < args.size())
                    dir = args[++i];
                else {
                    err << "caravan-cli rules check: " << args[i] << ": unknown option\n";
                    return 2;
                }
            }
            if (dir.empty())
                dir = resourcePath("trade");
            const auto rep = checkRuleData(dir, IsoCodes::system());
            for (const auto &p : rep.problems)
                out << p.where << ": " << p.message << "\n";
            out << "rules check: " << rep.files << " files, " << rep.rules << " rules, " << rep.destinations
                << " destinations, " << rep.fxRates << " exchange rates: "
                << (rep.ok() ? "OK" : std::to_string(rep.problems.size()) + " problem(s)") << "\n";
            return rep.ok() ? 0 : 1;
        }
        if (args[0] == "import-ecb") {
            if (args.size() < 2) {
                err << "caravan-cli rules import-ecb: file: give the ECB eurofxref file (XML or CSV)\n";
                return 2;
            }
            std::ifstream in(args[1], std::ios::binary);
            if (!in) {
                err << "caravan-cli rules import-ecb: file: cannot read " << args[1] << "\n";
                return 2;
            }
            std::stringstream buf;
            buf << in.rdbuf();
            const auto table = money::FxTable::parseEcb(
                buf.str(), "ECB euro foreign exchange reference rates (https://www.ecb.europa.eu/stats/eurofxref/)");
            std::filesystem::path target = args.size() >= 4 && args[2] == "--out" ? std::filesystem::path(args[3])
                                                                                  : resourceDir() / "trade/fx/ecb.json";
            std::ofstream o(target);
            if (!o) {
                err << "caravan-cli rules import-ecb: out: cannot write " << target.string() << "\n";
                return 2;
            }
            o << table.toJson("Imported from the ECB reference-rate file " + std::filesystem::path(args[1]).filename().string());
            out << "imported " << table.size() << " rates up to " << table.latestDate()->toString() << " into "
                << target.string() << "\n";
            return 0;
        }
        err << "caravan-cli rules: unknown subcommand \"" << args[0] << "\" (check, import-ecb)\n";
        return 2;
    } catch (const money::MoneyError &e) {
        err << "caravan-cli rules: file: " << e.what() << "\n";
        return 2;
    } catch (const std::exception &e) {
        err << "caravan-cli rules: " << e.what() << "\n";
        return 1;
    }
}

std::string quoteCommandsHelp()
{
    return "  quote --from XX --to XX [--date YYYY-MM-DD] [--seller private|business] [--gift]\n"
           "        --item \"description=...,hs=6109.10,value=20.00 EUR,qty=1,origin=CN[,duty_rate=5%]\" ...\n"
           "        [--shipping \"12.50 EUR\" | --service ID --parcel 30x20x10cm,1.2kg] [--insurance \"2 EUR\"]\n"
           "        [--fx AUD/USD=0.91] [--channel post|courier] [--json]   landed cost: duty, tax, fees\n"
           "  rules check [--dir DIR]                 validate the trade rule data\n"
           "  rules import-ecb FILE [--out PATH]      import the ECB eurofxref reference rates\n";
}

} // namespace caravan::trade
