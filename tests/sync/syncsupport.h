#pragma once

#include "data/localdatabase.h"

#ifndef Q_MOC_RUN
#include "listing/listing.h"
#endif

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace caravan::synctest {

// The database the server under test uses: a file under its data directory (SQLite) or a fresh
// PostgreSQL database in CARAVAN_TEST_PG_URL's server, chosen by CARAVAN_TEST_DB (sqlite|postgresql).
class ServerDatabase
{
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    [[nodiscard]] bool postgres() const { return !m_pgName.isEmpty(); }
    // --db argument for caravan-server and caravan-cli (empty: the default SQLite file in --data-dir).
    [[nodiscard]] QString dbArgument() const { return m_url; }
    [[nodiscard]] QString dataDir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_pgName;
    QString m_url;
};

// The real caravan-server executable on 127.0.0.1, port 0 (the port is read from its log).
class ServerProcess
{
public:
    explicit ServerProcess(const ServerDatabase &db);
    ~ServerProcess();

    // Before start(): listen on this port (0: any free port) and add these lines to the configuration.
    void setPort(int port) { m_fixedPort = port; }
    void setExtraConfig(const QByteArray &properties) { m_extraConfig = properties; }

    bool start();     // (re)starts; false if it did not come up
    void kill();      // SIGKILL
    void terminate(); // SIGTERM and wait
    [[nodiscard]] bool running() const { return m_process.state() == QProcess::Running; }
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString output() const { return m_output; }

private:
    const ServerDatabase &m_db;
    QProcess m_process;
    QString m_output;
    int m_port = 0;
    int m_fixedPort = 0;
    QByteArray m_extraConfig;
};

// caravan-cli user add (a seller); returns false with the tool's output in *log.
bool addSeller(const ServerDatabase &db, const QString &email, const QString &password, QString *log);
// caravan-cli user add with one role ("buyer", "seller") and country.
bool addUser(const ServerDatabase &db, const QString &email, const QString &password, const QString &role,
             const QString &country, QString *log);
// POST /api/v1/session; the token or empty.
QString signIn(const QUrl &server, const QString &email, const QString &password);
// A new seller with a token on `server`.
struct Seller
{
    QString email;
    QString token;
};
Seller newSeller(const ServerDatabase &db, const QUrl &server);

// A device: its own local database (all migrations applied).
struct Device
{
    QTemporaryDir dir;
    std::unique_ptr<data::LocalDatabase> db;
    Device();
    [[nodiscard]] QString photoFolder() const;
};

// A draft listing that passes the draft rules.
listing::Listing draftListing(int n, const QString &tag = {});

// SHA-256 (hex) over every listing's id, revision-independent seller-owned content hash and photo list,
// in id order: two devices holding the same records give the same digest.
QString listingsDigest(QSqlDatabase db);
int listingCount(QSqlDatabase db);
// SHA-256 (hex) over the name and the SHA-256 of the file of every photo the listings in `db` show, the
// files looked up in `folder` (<folder>/ab/abcdef….jpg, the layout of the app's and the server's photo
// stores). *missing receives how many of those photos have no file there.
QString photosDigest(QSqlDatabase db, const QString &folder, int *missing = nullptr);

// Writes a small JPEG for `seed` into the device's photo store and returns its hash.
QString addPhoto(Device &device, int seed);

// Runs the sync client of `device` against `server` until one cycle finishes (true if it succeeded).
bool syncOnce(Device &device, const QUrl &server, const QString &token, int timeoutMs = 60000);

} // namespace caravan::synctest
