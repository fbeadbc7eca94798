// Kill tests: the server and the device (caravan_sync_driver) are separate processes and are SIGKILLed at
// random points during sync, many times. After recovery both sides hold exactly the same records.
// Seeds are fixed; CARAVAN_SYNC_SEED=<n> replays one; CARAVAN_KILL_ROUNDS overrides the round count.
#include "syncsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <catch2/catch.hpp>
#include <random>

using namespace caravan;
using namespace caravan::synctest;

namespace {

struct DriverRun
{
    int exitCode = -1;
    bool crashed = false;
    QString output;
    QString digest;
    int count = -1;
    int pending = -1;
    QString photos; // digest of the photos its listings show, as this device holds them
    int photosMissing = -1;
    QString serverPhotos; // the same names as the server holds them (with --server-photos)
    int serverPhotosMissing = -1;
};

QStringList driverArgs(const QString &db, const QUrl &server, const QString &token, int edits, int photos,
                       quint64 seed)
{
    return {QStringLiteral("--db"),     db,
            QStringLiteral("--server"), server.toString(),
            QStringLiteral("--token"),  token,
            QStringLiteral("--edits"),  QString::number(edits),
            QStringLiteral("--photos"), QString::number(photos),
            QStringLiteral("--seed"),   QString::number(seed)};
}

DriverRun finishDriver(QProcess &process)
{
    DriverRun run;
    process.waitForFinished(120000);
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    static const QRegularExpression line(QStringLiteral("digest=(\\w+) count=(\\d+) pending=(\\d+)"));
    const auto match = line.match(run.output);
    if (match.hasMatch()) {
        run.digest = match.captured(1);
        run.count = match.captured(2).toInt();
        run.pending = match.captured(3).toInt();
    }
    static const QRegularExpression photos(QStringLiteral(
        "photos=(\\w+) photos_missing=(\\d+)(?: server_photos=(\\w+) server_photos_missing=(\\d+))?"));
    const auto photoMatch = photos.match(run.output);
    if (photoMatch.hasMatch()) {
        run.photos = photoMatch.captured(1);
        run.photosMissing = photoMatch.captured(2).toInt();
        run.serverPhotos = photoMatch.captured(3);
        run.serverPhotosMissing = photoMatch.captured(4).isEmpty() ? -1 : photoMatch.captured(4).toInt();
    }
    return run;
}

DriverRun runDriver(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(CARAVAN_SYNC_DRIVER), args);
    process.waitForStarted(10000);
    return finishDriver(process);
}

void killRounds(quint64 seed, int rounds)
{
    INFO("seed " << seed << " (replay with CARAVAN_SYNC_SEED=" << seed << ")");
    std::mt19937_64 random(seed);
    ServerDatabase database;
    ServerProcess server(database);
    REQUIRE(server.start());
    const Seller seller = newSeller(database, server.url());
    REQUIRE_FALSE(seller.token.isEmpty());
    QTemporaryDir device;
    const QString dbPath = QDir(device.path()).filePath(QStringLiteral("device.sqlite"));

    int serverKills = 0;
    int clientKills = 0;
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        if (!server.running())
            REQUIRE(server.start());
        QProcess driver;
        driver.start(QStringLiteral(CARAVAN_SYNC_DRIVER),
                     driverArgs(dbPath, server.url(), seller.token, 3 + int(random() % 12), int(random() % 3),
                                seed * 1000 + quint64(round)));
        REQUIRE(driver.waitForStarted(10000));
        // Let it get somewhere (opening, editing, photos, push, pull), then kill one side or both.
        QTest::qWait(int(random() % 900));
        const int victim = int(random() % 3); // 0 client, 1 server, 2 both
        if (victim != 1 && driver.state() == QProcess::Running) {
            driver.kill();
            ++clientKills;
        }
        if (victim != 0) {
            server.kill();
            ++serverKills;
        }
        if (driver.state() == QProcess::Running) {
            // The client lost its server; it keeps retrying. Bring the server back on a new port and kill
            // the client, which then resumes from its database in the next round.
            QTest::qWait(int(random() % 300));
            driver.kill();
            ++clientKills;
        }
        driver.waitForFinished(10000);
    }
    INFO("server kills " << serverKills << ", client kills " << clientKills);
    if (!server.running())
        REQUIRE(server.start());

    // Recovery: the device finishes its sync; a fresh device pulls everything.
    const DriverRun last = runDriver(driverArgs(dbPath, server.url(), seller.token, 0, 0, seed));
    INFO(last.output.toStdString());
    REQUIRE(last.exitCode == 0);
    REQUIRE(last.pending == 0);
    CHECK(last.photosMissing == 0);
    QTemporaryDir freshDir;
    const DriverRun fresh = runDriver(
        driverArgs(QDir(freshDir.path()).filePath(QStringLiteral("fresh.sqlite")), server.url(), seller.token,
                   0, 0, seed)
        << QStringLiteral("--server-photos") << QDir(database.dataDir()).filePath(QStringLiteral("photos")));
    INFO(fresh.output.toStdString());
    REQUIRE(fresh.exitCode == 0);
    CHECK(fresh.count == last.count);
    CHECK(fresh.digest == last.digest);
    // Every photo arrived on the fresh device, byte for byte as the server holds it.
    CHECK(fresh.photosMissing == 0);
    CHECK(fresh.serverPhotosMissing == 0);
    CHECK(fresh.photos == fresh.serverPhotos);
    // Nothing doubled: a second full sync of the device changes nothing.
    const DriverRun again = runDriver(driverArgs(dbPath, server.url(), seller.token, 0, 0, seed));
    CHECK(again.digest == last.digest);
    CHECK(again.count == last.count);
}

int rounds(int fallback)
{
    return qEnvironmentVariableIsSet("CARAVAN_KILL_ROUNDS")
               ? qEnvironmentVariableIntValue("CARAVAN_KILL_ROUNDS")
               : fallback;
}

} // namespace

TEST_CASE("SIGKILL of the server and the device at random points loses and doubles nothing", "[sync][kill]")
{
    const quint64 seed = qEnvironmentVariableIsSet("CARAVAN_SYNC_SEED")
                             ? qEnvironmentVariable("CARAVAN_SYNC_SEED").toULongLong()
                             : 20261122;
    killRounds(seed, rounds(20));
}
