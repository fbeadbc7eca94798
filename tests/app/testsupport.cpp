#include "testsupport.h"

#include "data/accountpaths.h"
#include "data/localdatabase.h"
#include "data/profilerepository.h"

#include <QDir>
#include <QTcpServer>
#include <QTest>
#include <QUuid>
#include <catch2/catch.hpp>

namespace caravan::test {

QString Sandbox::path(const QString &relative) const
{
    return relative.isEmpty() ? dir.path() : QDir(dir.path()).filePath(relative);
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

int closedPort()
{
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    const int port = server.serverPort();
    server.close();
    return port;
}

QString uniqueEmail()
{
    return QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128).left(12) +
           QStringLiteral("@example.test");
}

void seedCachedAccount(sync::AppSettings &settings, const QString &dataRoot, const QUrl &server,
                       const data::UserProfile &profile)
{
    const QString folder = data::accountDirectory(dataRoot, server, profile.email);
    QString error;
    auto db = data::LocalDatabase::open(QDir(folder).filePath(data::LocalDatabase::fileName()), &error);
    INFO(error.toStdString());
    REQUIRE(db);
    REQUIRE(data::ProfileRepository(db->connection()).save(profile, data::normalizedServerUrl(server)));
    settings.rememberAccount({profile.email, server});
    settings.setLastAccount({profile.email, server});
    settings.sync();
}

data::UserProfile sellerProfile(const QString &email)
{
    return {QStringLiteral("u-1001"),
            email,
            QStringLiteral("Mei Tanaka"),
            QStringLiteral("JP"),
            {QStringLiteral("seller"), QStringLiteral("buyer")}};
}

data::UserProfile staffProfile(const QString &email)
{
    return {QStringLiteral("u-9001"),
            email,
            QStringLiteral("Caravan Support"),
            QStringLiteral("DE"),
            {QStringLiteral("staff")}};
}

} // namespace caravan::test
