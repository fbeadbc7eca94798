#include "support/staff_sign_in.h"

#include "accounts/totp.h"
#include "store/database.h"
#include "support/http_client.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace caravan::test {

StaffSession signInStaff(std::uint16_t port, const std::string &email, const std::string &password,
                         const std::string &knownSecret)
{
    using nlohmann::json;
    Client app(port);
    json request{{"email", email}, {"password", password}, {"device_name", "support desk"}};
    std::string secret = knownSecret;
    if (secret.empty()) {
        const auto first = app.postJson("/api/v1/session", request.dump());
        INFO(first.body);
        REQUIRE(first.status == 401);
        const auto body = json::parse(first.body);
        REQUIRE(body.at("error") == "second_factor_enrollment");
        const auto decoded = accounts::totp::base32Decode(body.at("secret").get<std::string>());
        REQUIRE(decoded);
        secret = *decoded;
    }
    request["totp"] = accounts::totp::codeAt(secret, store::nowSeconds());
    const auto r = app.postJson("/api/v1/session", request.dump());
    INFO(r.body);
    REQUIRE(r.status == 201);
    const auto body = json::parse(r.body);
    return {body.at("user").at("id").get<std::string>(), body.at("token").get<std::string>(), secret};
}

} // namespace caravan::test
