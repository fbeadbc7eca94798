// The shared helpers: Stripe's nested form encoding and EasyPost's signature.
#include "payments/easypost_tracking.h"
#include "payments/form_encoding.h"
#include "payments/webhook_signature.h"

#include <catch2/catch.hpp>

using namespace caravan::payments;

TEST_CASE("Nested form fields encode and decode as Stripe spells them", "[payments]")
{
    const FormFields fields = {{"mode", "payment"},
                               {"line_items[0][price_data][currency]", "eur"},
                               {"line_items[0][price_data][product_data][name]", "Seiko 5 × 1 & co"},
                               {"line_items[0][quantity]", "1"},
                               {"metadata[order_id]", "ord 1"},
                               {"expand[]", "payment_intent"},
                               {"expand[]", "customer"}};
    const auto body = encodeForm(fields);
    CHECK(body.find("line_items%5B0%5D%5Bprice_data%5D%5Bcurrency%5D=eur") != std::string::npos);
    CHECK(body.find("metadata%5Border_id%5D=ord%201") != std::string::npos);
    CHECK(decodeForm(body) == fields);
    CHECK(decodeForm("a=x+y&b=%41") == FormFields{{"a", "x y"}, {"b", "A"}});

    const auto nested = nestForm(fields);
    CHECK(nested["line_items"][0]["price_data"]["currency"] == "eur");
    CHECK(nested["line_items"][0]["price_data"]["product_data"]["name"] == "Seiko 5 × 1 & co");
    CHECK(nested["metadata"]["order_id"] == "ord 1");
    CHECK(nested["expand"] == nlohmann::json::array({"payment_intent", "customer"}));

    CHECK_THROWS_AS(nestForm({{"a", "1"}, {"a[b]", "2"}}), std::invalid_argument);
    CHECK_THROWS_AS(nestForm({{"a[b", "1"}}), std::invalid_argument);
    CHECK_THROWS_AS(nestForm({{"a[1000]", "1"}}), std::invalid_argument);
    CHECK_THROWS_AS(nestForm({{"a", "1"}, {"a", "2"}}), std::invalid_argument);
    CHECK_THROWS_AS(decodeForm("a=%4"), std::invalid_argument);
}

TEST_CASE("EasyPost's signature is HMAC-SHA256 hex of the raw body with the NFKD secret", "[payments]")
{
    const std::string body = R"({"id":"evt_1","object":"Event"})";
    const auto header = easyPostSignature("secret", body);
    CHECK(header.rfind("hmac-sha256-hex=", 0) == 0);
    CHECK(header.size() == 16 + 64);
    CHECK(easyPostSignatureMatches(header, "secret", body));
    CHECK(easyPostSignatureMatches("HMAC-SHA256-HEX=" + header.substr(16), "secret", body));
    CHECK_FALSE(easyPostSignatureMatches(header, "other", body));
    CHECK_FALSE(easyPostSignatureMatches(header, "secret", body + " "));
    // "ﬁ" (U+FB01) decomposes to "fi" under NFKD.
    CHECK(easyPostSignature("\xef\xac\x81x", body) == easyPostSignature("fix", body));

    CHECK(EasyPostTracking::meansCustomsHold("held_by_customs", ""));
    CHECK(EasyPostTracking::meansCustomsHold("held", "Held by Customs, awaiting duty payment"));
    CHECK_FALSE(EasyPostTracking::meansCustomsHold("held", "Held at the depot"));
    CHECK_FALSE(EasyPostTracking::meansCustomsHold("arrived_at_destination", "Customs cleared"));
}
