// Prints how fast the landed-cost engine quotes the editor panel's matrix: one listing, ten destinations.
#include "shipping/shipping.h"
#include "trade/quote.h"

#include <chrono>
#include <cstdio>

using namespace caravan;

int main()
{
    const auto loadStart = std::chrono::steady_clock::now();
    const trade::RuleSet &rules = trade::RuleSet::standard();
    const shipping::ServiceCatalog &services = shipping::ServiceCatalog::standard();
    const auto loadEnd = std::chrono::steady_clock::now();

    const char *destinations[] = {"US", "GB", "DE", "FR", "CA", "AU", "JP", "KR", "CH", "NO"};
    const char *currencies[] = {"USD", "GBP", "EUR", "EUR", "CAD", "AUD", "JPY", "KRW", "CHF", "NOK"};
    // Benchmark inputs: rates for the listing's currency (EUR) into each destination's currency.
    const char *rates[] = {"1.10", "0.85", "1", "1", "1.50", "1.65", "160", "1500", "0.95", "11.5"};
    const shipping::Parcel parcel = shipping::Parcel::parse("30x20x10cm,1.2kg");

    std::vector<trade::QuoteRequest> matrix;
    for (int d = 0; d < 10; ++d) {
        trade::QuoteRequest r;
        r.from = "IT";
        if (std::string(destinations[d]) == "DE" || std::string(destinations[d]) == "FR")
            r.from = "JP";
        r.to = destinations[d];
        r.date = money::Date::parse("2026-11-22");
        r.seller = trade::SellerKind::Private;
        trade::QuoteItem a;
        a.description = "Wool jacket";
        a.hs = "6201.30";
        a.unitValue = money::Money::parse("85.00 EUR");
        trade::QuoteItem b;
        b.description = "Leather bag";
        b.hs = "4202.21";
        b.unitValue = money::Money::parse("40.00 EUR");
        r.items = {a, b};
        if (std::string(currencies[d]) != "EUR")
            r.fx.push_back({"EUR", currencies[d], money::Decimal::parse(rates[d])});
        if (r.to == "KR") // Korea's threshold is set in USD
            r.fx.push_back({"USD", "KRW", money::Decimal::parse("1400")});
        matrix.push_back(r);
    }

    long quotes = 0;
    long checksum = 0;
    const auto start = std::chrono::steady_clock::now();
    auto now = start;
    int rounds = 0;
    while (now - start < std::chrono::seconds(2)) {
        for (auto &r : matrix) {
            const auto post = services.quote("sample-post-registered", r.to, parcel);
            r.shipping = std::get<shipping::PostageQuote>(post).amount;
            const trade::Quote q = trade::computeQuote(rules, r);
            checksum += q.total.minor();
            ++quotes;
        }
        ++rounds;
        now = std::chrono::steady_clock::now();
    }
    const double seconds = std::chrono::duration<double>(now - start).count();
    const double perMatrixUs = seconds * 1e6 / rounds;
    std::printf("rule data load: %.1f ms (%zu rules, %zu destinations)\n",
                std::chrono::duration<double, std::milli>(loadEnd - loadStart).count(), rules.rules().size(),
                rules.destinations().size());
    std::printf("quotes/s (10-destination matrix, postage included): %.0f\n", quotes / seconds);
    std::printf("us per 10-destination matrix: %.1f (one 60 Hz frame = 16667 us)\n", perMatrixUs);
    std::printf("checksum: %ld\n", checksum);
    return 0;
}
