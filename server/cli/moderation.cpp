#include "cli/moderation.h"

#include "api/sync_service.h"
#include "runtime/cli.h"
#include "runtime/log.h"
#include "runtime/settings.h"
#include "store/database.h"
#include "store/migrations.h"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/Util/LayeredConfiguration.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/PropertyFileConfiguration.h>
#include <map>
#include <ostream>

namespace caravan::server {

const char *listingCommandHelp()
{
    return "  listing remove ID --reason TEXT  take a listing off the buyer pages (moderation); the seller\n"
           "                                   sees the reason after the next sync\n"
           "  listing restore ID               publish a removed listing again\n";
}

int runListingCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::vector<std::string> words;
    std::map<std::string, std::string> options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        if (a == "--reason" || a == "--data-dir" || a == "--db" || a == "--config") {
            if (i + 1 >= args.size()) {
                err << "caravan-cli: " << a << " needs a value\n";
                return 2;
            }
            options[a] = args[++i];
        } else if (a.rfind("--", 0) == 0) {
            err << "caravan-cli: unknown option " << a << "\n";
            return 2;
        } else {
            words.push_back(a);
        }
    }
    if (words.size() != 2 || (words[0] != "remove" && words[0] != "restore")) {
        err << "caravan-cli: usage:\n" << listingCommandHelp();
        return 2;
    }
    const bool remove = words[0] == "remove";
    std::string reason = options.count("--reason") ? options["--reason"] : "";
    if (remove && reason.find_first_not_of(" \t") == std::string::npos) {
        err << "caravan-cli: listing remove needs --reason TEXT (the seller reads it)\n";
        return 2;
    }
    if (reason.size() > 500) {
        err << "caravan-cli: the reason has at most 500 bytes\n";
        return 2;
    }
    setLogLevel(LogLevel::Warn);
    try {
        Poco::AutoPtr<Poco::Util::LayeredConfiguration> config = new Poco::Util::LayeredConfiguration;
        Poco::AutoPtr<Poco::Util::MapConfiguration> cmd = new Poco::Util::MapConfiguration;
        if (options.count("--data-dir"))
            cmd->setString("server.data_dir", options["--data-dir"]);
        if (options.count("--db"))
            cmd->setString("server.db", options["--db"]);
        config->add(cmd, -100);
        if (options.count("--config"))
            config->add(new Poco::Util::PropertyFileConfiguration(options["--config"]), 0);
        const auto settings = Settings::fromConfig(*config);
        store::DatabaseOptions o;
        o.url = settings.db;
        o.dataDir = settings.dataDir;
        o.maxSessions = 2;
        o.busyTimeoutMs = settings.dbBusyTimeoutMs;
        store::Database db(o);
        store::migrate(db);
        const auto revision =
            api::sync::moderateListing(db, words[1], remove ? "removed" : "published", reason);
        if (!revision) {
            err << "caravan-cli: no listing " << words[1] << "\n";
            return 1;
        }
        out << "listing " << words[1] << (remove ? " removed" : " restored") << " (revision " << *revision
            << ")\n";
        return 0;
    } catch (...) {
        return reportCliException(err);
    }
}

} // namespace caravan::server
