#include "syncsupport.h"

#include "data/listingrepository.h"
#include "data/photostore.h"
#include "sync/syncclient.h"

#ifndef Q_MOC_RUN
#include "listing/listing_json.h"
#endif

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace caravan::synctest {

namespace {

QString pgAdminUrl()
{
    return qEnvironmentVariable("CARAVAN_TEST_PG_URL");
}

// Runs `sql` on the PostgreSQL server's maintenance database.
bool pgExec(const QString &sql)
{
    const QUrl url(pgAdminUrl());
    const QString name = QStringLiteral("pgadmin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1).isEmpty() ? QStringLiteral("postgres") : url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning("postgres: %s", qPrintable(query.lastError().text()));
            db.close();
        } else {
            qWarning("postgres: %s", qPrintable(db.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

ServerDatabase::ServerDatabase()
{
    if (qEnvironmentVariable("CARAVAN_TEST_DB") == QLatin1String("postgresql")) {
        if (pgAdminUrl().isEmpty())
            qFatal("CARAVAN_TEST_DB=postgresql needs CARAVAN_TEST_PG_URL");
        m_pgName = QStringLiteral("caravan_sync_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!pgExec(QStringLiteral("CREATE DATABASE ") + m_pgName))
            qFatal("cannot create the test database");
        QUrl url(pgAdminUrl());
        url.setPath(QLatin1Char('/') + m_pgName);
        m_url = url.toString();
    }
}

ServerDatabase::~ServerDatabase()
{
    if (!m_pgName.isEmpty())
        pgExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"));
}

ServerProcess::ServerProcess(const ServerDatabase &db)
    : m_db(db)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

namespace {
// Password hashing at OWASP's floor, not the production defaults: the tests sign in often.
QString floorHashingConfig(const QString &dataDir, const QByteArray &extra = {})
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("test.properties"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("password.opslimit = 2\npassword.memlimit_mib = 19\n" + extra);
    return path;
}
} // namespace

ServerProcess::~ServerProcess()
{
    terminate();
}

bool ServerProcess::start()
{
    if (running())
        return true;
    m_output.clear();
    m_port = 0;
    QStringList args{QStringLiteral("--port"),     QString::number(m_fixedPort),
                     QStringLiteral("--data-dir"), m_db.dataDir(),
                     QStringLiteral("--config"),   floorHashingConfig(m_db.dataDir(), m_extraConfig)};
    if (!m_db.dbArgument().isEmpty())
        args << QStringLiteral("--db") << m_db.dbArgument();
    m_process.start(QStringLiteral(CARAVAN_SERVER_EXECUTABLE), args);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("event=listening.*port=(\\d+)"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000 && running()) {
        m_process.waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process.readAll());
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = match.captured(1).toInt();
            return true;
        }
    }
    return false;
}

void ServerProcess::kill()
{
    if (!running())
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
    m_output += QString::fromUtf8(m_process.readAll());
}

void ServerProcess::terminate()
{
    if (!running())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_output += QString::fromUtf8(m_process.readAll());
}

QUrl ServerProcess::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_port));
}

bool addSeller(const ServerDatabase &db, const QString &email, const QString &password, QString *log)
{
    return addUser(db, email, password, QStringLiteral("seller"), QStringLiteral("JP"), log);
}

bool addUser(const ServerDatabase &db, const QString &email, const QString &password, const QString &role,
             const QString &country, QString *log)
{
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("--data-dir"), db.dataDir(), QStringLiteral("--config"),
                     floorHashingConfig(db.dataDir())};
    if (!db.dbArgument().isEmpty())
        args << QStringLiteral("--db") << db.dbArgument();
    args << QStringLiteral("user") << QStringLiteral("add") << QStringLiteral("--email") << email
         << QStringLiteral("--name") << QStringLiteral("Sync Tester") << QStringLiteral("--country") << country
         << QStringLiteral("--role") << role;
    cli.start(QStringLiteral(CARAVAN_CLI_EXECUTABLE), args);
    cli.waitForStarted(10000);
    cli.write(password.toUtf8() + '\n');
    cli.closeWriteChannel();
    cli.waitForFinished(60000);
    *log = QString::fromUtf8(cli.readAll());
    return cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0;
}

QString signIn(const QUrl &server, const QString &email, const QString &password)
{
    QNetworkAccessManager network;
    QUrl url = server;
    url.setPath(QStringLiteral("/api/v1/session"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("device_name"), QStringLiteral("sync test")}};
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        qWarning("sign-in request did not finish within 30 s");
    const QString token =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("token")).toString();
    delete reply;
    return token;
}

Seller newSeller(const ServerDatabase &db, const QUrl &server)
{
    Seller seller;
    seller.email = QStringLiteral("sync-") + QUuid::createUuid().toString(QUuid::Id128).left(10) +
                   QStringLiteral("@example.test");
    const QString password = QStringLiteral("sync-test-password-1");
    QString log;
    if (!addSeller(db, seller.email, password, &log))
        qWarning("caravan-cli user add failed: %s", qPrintable(log));
    seller.token = signIn(server, seller.email, password);
    return seller;
}

Device::Device()
{
    QString error;
    db = data::LocalDatabase::open(QDir(dir.path()).filePath(data::LocalDatabase::fileName()), &error);
    if (!db)
        qFatal("cannot open the device database: %s", qPrintable(error));
}

QString Device::photoFolder() const
{
    return data::PhotoStore::folderFor(db->filePath());
}

listing::Listing draftListing(int n, const QString &tag)
{
    listing::Listing l;
    l.id = data::ListingRepository::newId();
    l.title = (QStringLiteral("Vintage camera no. %1 %2").arg(n).arg(tag)).trimmed().toStdString();
    l.description = "A working film camera from the seventies, lens clean, shutter fires at all speeds.";
    l.priceMinor = 10000 + n;
    l.currency = "JPY";
    l.quantity = 1;
    l.status = listing::Status::Draft;
    return l;
}

QString listingsDigest(QSqlDatabase db)
{
    data::ListingRepository repository(db);
    auto all = repository.loadAll();
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &l : all) {
        hash.addData(QByteArray::fromStdString(l.id));
        hash.addData(QByteArray::fromStdString(listing::contentHash(l)));
        for (const auto &photo : l.photos)
            hash.addData(QByteArray::fromStdString(photo));
        hash.addData("\n");
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString photosDigest(QSqlDatabase db, const QString &folder, int *missing)
{
    QSqlQuery query(db);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    int absent = 0;
    if (query.exec(QStringLiteral("SELECT DISTINCT sha256 FROM listing_photos ORDER BY sha256"))) {
        while (query.next()) {
            const QString name = query.value(0).toString();
            QFile file(folder + QLatin1Char('/') + name.left(2) + QLatin1Char('/') + name +
                       QStringLiteral(".jpg"));
            hash.addData(name.toLatin1());
            if (file.open(QIODevice::ReadOnly)) {
                hash.addData(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
            } else {
                hash.addData("missing");
                ++absent;
            }
            hash.addData("\n");
        }
    }
    if (missing)
        *missing = absent;
    return QString::fromLatin1(hash.result().toHex());
}

int listingCount(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT count(*) FROM listings")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString addPhoto(Device &device, int seed)
{
    QImage image(64 + seed % 7, 48 + seed % 5, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((seed * 37) % 360, 200, 200));
    QPainter painter(&image);
    painter.drawText(4, 20, QString::number(seed));
    painter.end();
    data::PhotoStore store(device.photoFolder(), device.db->connection());
    const auto result = store.importImage(image);
    return result.ok ? result.sha256 : QString();
}

bool syncOnce(Device &device, const QUrl &server, const QString &token, int timeoutMs)
{
    sync::SyncClient client(device.db->connection());
    client.setAutomatic(false);
    client.setServer(server);
    client.setToken(token);
    client.setPhotoFolder(device.photoFolder());
    std::optional<bool> finished;
    QObject::connect(&client, &sync::SyncClient::syncFinished, [&](bool ok) { finished = ok; });
    client.syncNow();
    if (!QTest::qWaitFor([&] { return finished.has_value(); }, timeoutMs))
        qWarning("sync did not finish within %d ms", timeoutMs);
    if (finished.value_or(false) == false)
        qWarning("sync failed: %s", qPrintable(client.lastError()));
    return finished.value_or(false);
}

} // namespace caravan::synctest
