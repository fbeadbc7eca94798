#include "cli/moderation.h"

#include "api/sync_service.h"
#include "runtime/cli.h"
#include "runtime/log.h"
#include "store/database.h"
#include "store/migrations.h"

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
        const auto settings = cliSettings(options);
        auto o = cliDatabaseOptions(settings);
        o.maxSessions = 2;
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
