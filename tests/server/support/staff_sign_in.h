#pragma once

#include <cstdint>
#include <string>

namespace caravan::test {

// A staff account's API sign-in as the desktop app makes it (docs/http-api.md, "Staff: the second
// factor"): the first request is answered with the secret (second_factor_enrollment) unless the secret is
// known already, the second carries the code of the current step in "totp". REQUIREs a 201.
struct StaffSession
{
    std::string userId;
    std::string token;
    std::string secret; // raw bytes, for the next sign-in's code
};

StaffSession signInStaff(std::uint16_t port, const std::string &email, const std::string &password,
                         const std::string &knownSecret = {});

} // namespace caravan::test
