#include "cli/backup_commands.h"

#include "accounts/crypto.h"
#include "listing/listing.h"
#include "orders/ledger_audit.h"
#include "runtime/cli.h"
#include "runtime/log.h"
#include "store/backup.h"
#include "store/migrations.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace caravan::server {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char *kFormat = "caravan-backup/1";

// --name value pairs; anything else is bad usage.
bool parseOptions(const std::vector<std::string> &args, const std::vector<std::string> &allowed,
                  std::map<std::string, std::string> &out, std::ostream &err)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (std::find(allowed.begin(), allowed.end(), args[i]) == allowed.end()) {
            err << "caravan-cli: unknown argument " << args[i] << "\n";
            return false;
        }
        if (i + 1 >= args.size()) {
            err << "caravan-cli: " << args[i] << " needs a value\n";
            return false;
        }
        out[args[i]] = args[i + 1];
        ++i;
    }
    return true;
}

std::string fileSha256(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return accounts::sha256Hex(bytes.str());
}

// Copies every file under `from` into `to` (same relative paths); returns how many were copied. Photo
// files are named by their content, so one already there is the same file and is kept.
std::int64_t copyTree(const fs::path &from, const fs::path &to)
{
    std::int64_t copied = 0;
    if (!fs::exists(from))
        return 0;
    for (const auto &entry : fs::recursive_directory_iterator(from)) {
        if (!entry.is_regular_file())
            continue;
        const auto target = to / fs::relative(entry.path(), from);
        fs::create_directories(target.parent_path());
        if (fs::copy_file(entry.path(), target, fs::copy_options::skip_existing))
            ++copied;
    }
    return copied;
}

json censusJson(const store::DatabaseCensus &c)
{
    return {{"schema_version", c.schemaVersion},
            {"orders", c.orders},
            {"ledger_transactions", c.ledgerTransactions},
            {"photos", c.photos}};
}

store::ConnectionTarget sqliteTarget(const Settings &settings)
{
    const auto target = store::parseDatabaseUrl(settings.db, settings.dataDir);
    if (target.backend != store::Backend::SQLite)
        throw std::invalid_argument("backup and restore are for the SQLite deployment; back up PostgreSQL with "
                                    "pg_dump and pg_restore (docs/operations.md, \"Backups\")");
    return target;
}

} // namespace

const char *backupCommandHelp()
{
    return "  backup --to DIR                  copy the running SQLite database (consistent, online) and the\n"
           "                                   photos into the new folder DIR, with a manifest\n"
           "  restore --from DIR               put a backup into a data folder without a database, check\n"
           "                                   it against its manifest, migrate, and verify the ledger\n";
}

int runBackupCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::map<std::string, std::string> options;
    if (!parseOptions(args, {"--to", "--data-dir", "--db", "--config"}, options, err) || !options.count("--to")) {
        err << "caravan-cli: usage:\n" << backupCommandHelp();
        return 2;
    }
    setLogLevel(LogLevel::Warn);
    try {
        const auto settings = cliSettings(options);
        sqliteTarget(settings);
        const fs::path to = options["--to"];
        if (fs::exists(to) && !fs::is_empty(to))
            throw std::invalid_argument("the backup folder " + to.string() + " is not empty");
        fs::create_directories(to);
        auto dbOptions = cliDatabaseOptions(settings);
        dbOptions.maxSessions = 2;
        store::Database db(dbOptions);
        // The database first, as of one moment; then the photos, which only ever get added, so every
        // photo the copied database names is there (and perhaps a few newer ones).
        store::snapshotSqlite(db, to / "caravan.db");
        const auto photos = copyTree(settings.dataDir / "photos", to / "photos");
        // Payout identity documents, encrypted: their key (identity.key_file) is never part of a backup.
        const auto documents = copyTree(settings.dataDir / "identity-documents", to / "identity-documents");
        store::DatabaseCensus holds;
        {
            store::Database copy(store::DatabaseOptions{(to / "caravan.db").string(), to, 1, 1, 5000});
            holds = store::census(copy);
        }
        for (const char *leftover : {"caravan.db-wal", "caravan.db-shm"})
            fs::remove(to / leftover);
        const json manifest{{"format", kFormat},
                            {"created_at", listing::formatUtcTimestamp(store::nowSeconds())},
                            {"database_sha256", fileSha256(to / "caravan.db")},
                            {"photo_files", photos},
                            {"identity_document_files", documents},
                            {"holds", censusJson(holds)}};
        std::ofstream(to / "manifest.json") << manifest.dump(2) << "\n";
        out << "backup written to " << to.string() << ": " << manifest["holds"].dump() << ", " << photos
            << " photo files\n";
        return 0;
    } catch (...) {
        return reportCliException(err);
    }
}

int runRestoreCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::map<std::string, std::string> options;
    if (!parseOptions(args, {"--from", "--data-dir", "--db", "--config"}, options, err) ||
        !options.count("--from")) {
        err << "caravan-cli: usage:\n" << backupCommandHelp();
        return 2;
    }
    setLogLevel(LogLevel::Warn);
    try {
        const auto settings = cliSettings(options);
        const auto target = sqliteTarget(settings);
        const fs::path from = options["--from"];
        std::ifstream manifestFile(from / "manifest.json");
        const auto manifest = json::parse(manifestFile, nullptr, false);
        if (!manifestFile || manifest.is_discarded() || manifest.value("format", "") != kFormat)
            throw std::invalid_argument(from.string() + " holds no Caravan backup (manifest.json)");
        const fs::path dbFile = target.connectionString;
        if (fs::exists(dbFile))
            throw std::invalid_argument("the data folder has a database already (" + dbFile.string() +
                                        "); restore into an empty one");
        if (fileSha256(from / "caravan.db") != manifest.value("database_sha256", "")) {
            err << "caravan-cli: the backup's database does not match its manifest (damaged or changed)\n";
            return 1;
        }
        fs::create_directories(dbFile.parent_path());
        fs::copy_file(from / "caravan.db", dbFile);
        const auto photos = copyTree(from / "photos", settings.dataDir / "photos");
        copyTree(from / "identity-documents", settings.dataDir / "identity-documents");

        auto dbOptions = cliDatabaseOptions(settings);
        dbOptions.maxSessions = 2;
        store::Database db(dbOptions);
        store::migrate(db); // a newer build brings the copy to its schema
        const auto now = store::census(db);
        const auto &held = manifest.at("holds");
        if (now.orders != held.value("orders", -1) ||
            now.ledgerTransactions != held.value("ledger_transactions", -1) ||
            now.photos != held.value("photos", -1)) {
            err << "caravan-cli: the restored database holds " << censusJson(now).dump() << ", the manifest says "
                << held.dump() << "\n";
            return 1;
        }
        const auto audit = orders::auditLedger(db);
        orders::printAudit(audit, out);
        out << "restored " << censusJson(now).dump() << " and " << photos << " photo files into "
            << settings.dataDir.string() << "\n";
        return audit.ok() ? 0 : 1;
    } catch (...) {
        return reportCliException(err);
    }
}

} // namespace caravan::server
