// Runs against the real Secret Service (gnome-keyring in a private D-Bus session, see ./dev test).
#include "data/tokenstore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace caravan;
using Status = data::TokenStore::Status;

namespace {

data::TokenStore::Result run(const std::function<void(data::TokenStore::Callback)> &call)
{
    std::optional<data::TokenStore::Result> result;
    call([&](const data::TokenStore::Result &r) { result = r; });
    REQUIRE(test::waitFor([&] { return result.has_value(); }, 30000));
    return *result;
}

} // namespace

TEST_CASE("a token round-trips through the system keyring", "[keychain]")
{
    data::TokenStore store;
    CHECK(store.service() == QStringLiteral("Caravan"));
    const QString key = test::uniqueEmail() + QStringLiteral("@http://127.0.0.1:8080");
    const QString token = QStringLiteral("tok-") + test::uniqueEmail();

    const auto written = run([&](auto done) { store.write(key, token, done); });
    INFO(written.message.toStdString());
    REQUIRE(written.status == Status::Ok);

    const auto read = run([&](auto done) { store.read(key, done); });
    REQUIRE(read.status == Status::Ok);
    CHECK(read.token == token);

    // Another store object (as after a restart) sees the same entry.
    data::TokenStore other;
    CHECK(run([&](auto done) { other.read(key, done); }).token == token);

    REQUIRE(run([&](auto done) { store.remove(key, done); }).status == Status::Ok);
    const auto gone = run([&](auto done) { store.read(key, done); });
    CHECK(gone.status == Status::NotFound);
    CHECK(gone.token.isEmpty());
    // Removing what is not there is fine.
    CHECK(run([&](auto done) { store.remove(key, done); }).status == Status::Ok);
}
