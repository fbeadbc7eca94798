#include "data/localdatabase.h"
#include "data/outboxrepository.h"
#include "data/profilerepository.h"
#include "data/settingsrepository.h"
#include "sync/appsettings.h"
#include "testsupport.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::data;

TEST_CASE("the cached profile is replaced, not duplicated", "[repositories]")
{
    test::Sandbox sandbox;
    QString error;
    auto db = LocalDatabase::open(sandbox.path(QStringLiteral("caravan.sqlite")), &error);
    REQUIRE(db);
    ProfileRepository profiles(db->connection());
    CHECK_FALSE(profiles.load());
    REQUIRE(profiles.save(test::sellerProfile(), QStringLiteral("http://127.0.0.1:8080")));
    auto staff = test::staffProfile(test::sellerProfile().email);
    REQUIRE(profiles.save(staff, QStringLiteral("http://127.0.0.1:8080")));
    const auto cached = profiles.load();
    REQUIRE(cached);
    CHECK(cached->profile == staff);
    CHECK(cached->updatedAt.isValid());
}

TEST_CASE("per-account settings round-trip", "[repositories]")
{
    test::Sandbox sandbox;
    QString error;
    auto db = LocalDatabase::open(sandbox.path(QStringLiteral("caravan.sqlite")), &error);
    REQUIRE(db);
    SettingsRepository settings(db->connection());
    CHECK_FALSE(settings.value(QStringLiteral("sync.cursor")));
    CHECK(settings.value(QStringLiteral("sync.cursor"), QStringLiteral("none")) == QStringLiteral("none"));
    REQUIRE(settings.setValue(QStringLiteral("sync.cursor"), QStringLiteral("17")));
    REQUIRE(settings.setValue(QStringLiteral("sync.cursor"), QStringLiteral("18")));
    CHECK(settings.value(QStringLiteral("sync.cursor")) == QStringLiteral("18"));
    REQUIRE(settings.remove(QStringLiteral("sync.cursor")));
    CHECK_FALSE(settings.value(QStringLiteral("sync.cursor")));
}

TEST_CASE("the outbox keeps changes in order until acknowledged", "[repositories]")
{
    test::Sandbox sandbox;
    QString error;
    auto db = LocalDatabase::open(sandbox.path(QStringLiteral("caravan.sqlite")), &error);
    REQUIRE(db);
    OutboxRepository outbox(db->connection());
    CHECK(outbox.count() == 0);
    const auto first = outbox.enqueue({0,
                                       {},
                                       QStringLiteral("listing"),
                                       QStringLiteral("l-1"),
                                       QStringLiteral("create"),
                                       QJsonObject{{QStringLiteral("title"), 1}},
                                       {}});
    REQUIRE(first);
    CHECK_FALSE(first->mutationId.isEmpty());
    const auto second = outbox.enqueue({0,
                                        QStringLiteral("m-2"),
                                        QStringLiteral("listing"),
                                        QStringLiteral("l-1"),
                                        QStringLiteral("update"),
                                        {},
                                        {}});
    REQUIRE(second);
    // The mutation id is unique: the same change twice is refused, not stored twice.
    CHECK_FALSE(outbox.enqueue(*second));
    CHECK_FALSE(outbox.enqueue({0, {}, QString(), QStringLiteral("x"), QStringLiteral("create"), {}, {}}));
    const auto pending = outbox.pending();
    REQUIRE(pending.size() == 2);
    CHECK(pending[0].mutationId == first->mutationId);
    CHECK(pending[0].payload.value(QStringLiteral("title")).toInt() == 1);
    CHECK(pending[1].op == QStringLiteral("update"));
    CHECK(outbox.acknowledge(first->mutationId));
    CHECK_FALSE(outbox.acknowledge(first->mutationId));
    CHECK(outbox.count() == 1);
}

TEST_CASE("app settings hold only non-secret metadata", "[settings]")
{
    test::Sandbox sandbox;
    {
        sync::AppSettings settings(sandbox.settingsFile());
        CHECK(settings.serverUrl() == sync::AppSettings::defaultServerUrl());
        CHECK_FALSE(settings.lastAccount());
        settings.setServerUrl(QUrl(QStringLiteral("https://Caravan.Example/")));
        settings.setLanguage(QStringLiteral("zh_CN"));
        const sync::AccountRef account{QStringLiteral("mei.tanaka@demo.caravan"),
                                       QUrl(QStringLiteral("https://caravan.example"))};
        settings.rememberAccount(account);
        settings.rememberAccount(account);
        settings.setLastAccount(account);
        settings.sync();
    }
    sync::AppSettings settings(sandbox.settingsFile());
    CHECK(settings.serverUrl() == QUrl(QStringLiteral("https://caravan.example")));
    CHECK(settings.language() == QStringLiteral("zh_CN"));
    CHECK(settings.knownAccounts().size() == 1);
    REQUIRE(settings.lastAccount());
    CHECK(settings.lastAccount()->email == QStringLiteral("mei.tanaka@demo.caravan"));
    settings.clearLastAccount();
    CHECK_FALSE(settings.lastAccount());
    CHECK(settings.knownAccounts().size() == 1);
}
