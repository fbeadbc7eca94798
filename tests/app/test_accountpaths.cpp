#include "data/accountpaths.h"
#include "data/userprofile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace caravan::data;

TEST_CASE("server URLs are normalised before they become keys", "[accountpaths]")
{
    CHECK(normalizedServerUrl(QUrl(QStringLiteral("HTTP://Example.ORG:8080/"))) ==
          QStringLiteral("http://example.org:8080"));
    CHECK(normalizedServerUrl(QUrl(QStringLiteral("https://caravan.example/base/?x=1#y"))) ==
          QStringLiteral("https://caravan.example/base"));
}

TEST_CASE("account folders are stable per server and email, and distinct otherwise", "[accountpaths]")
{
    const QUrl local(QStringLiteral("http://127.0.0.1:8080"));
    const QUrl other(QStringLiteral("http://127.0.0.1:8081"));
    const QString hash = accountHash(local, QStringLiteral("Mei.Tanaka@demo.caravan"));
    CHECK(hash.size() == 32);
    CHECK(hash == accountHash(QUrl(QStringLiteral("http://127.0.0.1:8080/")),
                              QStringLiteral("mei.tanaka@demo.caravan ")));
    CHECK(hash != accountHash(other, QStringLiteral("mei.tanaka@demo.caravan")));
    CHECK(hash != accountHash(local, QStringLiteral("ana.silva@demo.caravan")));
    CHECK(accountDirectory(QStringLiteral("/data"), local, QStringLiteral("mei.tanaka@demo.caravan")) ==
          QStringLiteral("/data/accounts/") + hash);
    CHECK(tokenKey(local, QStringLiteral("Mei.Tanaka@demo.caravan")) ==
          QStringLiteral("mei.tanaka@demo.caravan@http://127.0.0.1:8080"));
}

TEST_CASE("the server's user object is parsed strictly", "[profile]")
{
    const QJsonObject user{{QStringLiteral("id"), QStringLiteral("u-7")},
                           {QStringLiteral("email"), QStringLiteral("support@demo.caravan")},
                           {QStringLiteral("display_name"), QStringLiteral("Support")},
                           {QStringLiteral("country"), QStringLiteral("DE")},
                           {QStringLiteral("roles"), QJsonArray{QStringLiteral("staff")}}};
    const auto parsed = UserProfile::fromJson(user);
    REQUIRE(parsed);
    CHECK(parsed->isStaff());
    CHECK(parsed->displayName == QStringLiteral("Support"));
    CHECK(UserProfile::fromJson(parsed->toJson()) == parsed);

    QJsonObject numericId = user;
    numericId[QStringLiteral("id")] = 42;
    numericId[QStringLiteral("roles")] = QJsonArray{QStringLiteral("seller")};
    const auto seller = UserProfile::fromJson(numericId);
    REQUIRE(seller);
    CHECK(seller->id == QStringLiteral("42"));
    CHECK_FALSE(seller->isStaff());

    QJsonObject noEmail = user;
    noEmail.remove(QStringLiteral("email"));
    CHECK_FALSE(UserProfile::fromJson(noEmail));
    QJsonObject badRoles = user;
    badRoles[QStringLiteral("roles")] = QStringLiteral("staff");
    CHECK_FALSE(UserProfile::fromJson(badRoles));
}
