#include "support/identity_support.h"

#include "orders/payout_identity.h"

#include <catch2/catch.hpp>
#include <sodium.h>

namespace caravan::test {

std::string base64(const std::string &bytes)
{
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char *>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

std::string samplePdf(std::size_t size)
{
    std::string body = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ";
    if (body.size() + 20 < size)
        body += std::string(size - body.size() - 20, 'x');
    return body + "\ntrailer\n%%EOF\n";
}

nlohmann::json identitySubmission(const std::string &document, const std::string &legalName)
{
    return {
        {"legal_name", legalName},
        {"date_of_birth", "1988-02-29"},
        {"address",
         {{"line1", "1-2-3 Jingumae"}, {"city", "Shibuya"}, {"postal_code", "150-0001"}, {"country", "JP"}}},
        {"document_base64", base64(document)}};
}

void verifySeller(EscrowWorld &w, const Account &seller)
{
    const auto r = w.call("PUT", "/api/v1/payouts/identity", seller, identitySubmission(samplePdf()));
    INFO(r.body);
    REQUIRE(r.status == 200);
    orders::decideIdentity(w.db(), seller.id, true, "", "caravan-cli", store::nowSeconds());
}

} // namespace caravan::test
