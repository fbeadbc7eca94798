// Issue 13: Argon2id above OWASP's floor. The defaults come from bench_password on the project's machine
// kind (docs/operations.md, "Password hashing"); configuration may raise them, never go below the floor,
// and a hash stored with older parameters is upgraded at the next sign-in.
#include "accounts/password.h"
#include "runtime/settings.h"

#include <Poco/AutoPtr.h>
#include <Poco/Util/MapConfiguration.h>
#include <catch2/catch.hpp>
#include <stdexcept>

using caravan::accounts::PasswordHasher;

namespace {

caravan::server::Settings settingsWith(const std::map<std::string, std::string> &values)
{
    Poco::AutoPtr<Poco::Util::MapConfiguration> config = new Poco::Util::MapConfiguration;
    for (const auto &[key, value] : values)
        config->setString(key, value);
    return caravan::server::Settings::fromConfig(*config);
}

} // namespace

TEST_CASE("password hashing defaults to the measured parameters, above OWASP's floor",
          "[accounts][security][password]")
{
    STATIC_REQUIRE(PasswordHasher::kDefaultOpsLimit >= PasswordHasher::kMinOpsLimit);
    STATIC_REQUIRE(PasswordHasher::kDefaultMemLimit >= PasswordHasher::kMinMemLimit);
    // More work than the floor (memory × iterations), as measured on the project's machine kind.
    STATIC_REQUIRE(PasswordHasher::kDefaultOpsLimit * PasswordHasher::kDefaultMemLimit >
                   PasswordHasher::kMinOpsLimit * PasswordHasher::kMinMemLimit);

    const auto defaults = settingsWith({});
    CHECK(defaults.accounts.passwordOpsLimit == PasswordHasher::kDefaultOpsLimit);
    CHECK(defaults.accounts.passwordMemLimit == PasswordHasher::kDefaultMemLimit);
    const PasswordHasher hasher;
    CHECK(hasher.opsLimit() == PasswordHasher::kDefaultOpsLimit);
    CHECK(hasher.memLimit() == PasswordHasher::kDefaultMemLimit);

    const auto configured = settingsWith({{"password.opslimit", "2"}, {"password.memlimit_mib", "19"}});
    CHECK(configured.accounts.passwordOpsLimit == PasswordHasher::kMinOpsLimit);
    CHECK(configured.accounts.passwordMemLimit == PasswordHasher::kMinMemLimit);
    CHECK_THROWS_AS(settingsWith({{"password.opslimit", "1"}}), std::invalid_argument);
    CHECK_THROWS_AS(settingsWith({{"password.memlimit_mib", "18"}}), std::invalid_argument);
}

TEST_CASE("a hash stored at the floor is upgraded to the defaults at the next sign-in",
          "[accounts][security][password]")
{
    const std::string password = "a long enough passphrase";
    const PasswordHasher floor(PasswordHasher::kMinOpsLimit, PasswordHasher::kMinMemLimit);
    const PasswordHasher current;
    const std::string old = floor.hash(password);
    CHECK(current.verify(old, password));
    CHECK(current.needsRehash(old));
    const std::string upgraded = current.hash(password);
    CHECK_FALSE(current.needsRehash(upgraded));
    CHECK(current.verify(upgraded, password));
    CHECK_FALSE(current.verify(upgraded, "a long enough passphrasE"));
}
