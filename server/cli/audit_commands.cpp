#include "cli/audit_commands.h"

#include "runtime/cli.h"
#include "runtime/log.h"
#include "store/audit_log.h"
#include "store/migrations.h"
#include "web/format.h"

#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>

namespace caravan::server {

namespace {

int usage(std::ostream &err, const std::string &problem = {})
{
    if (!problem.empty())
        err << "caravan-cli: " << problem << "\n";
    err << "caravan-cli: usage:\n" << auditCommandHelp();
    return 2;
}

// A whole number in [min, max], or nothing.
std::optional<std::int64_t> number(const std::string &text, std::int64_t min, std::int64_t max)
{
    try {
        std::size_t used = 0;
        const auto v = std::stoll(text, &used);
        if (used == text.size() && v >= min && v <= max)
            return v;
    } catch (const std::exception &) {
    }
    return std::nullopt;
}

nlohmann::json verificationJson(const store::AuditVerification &v)
{
    nlohmann::json j{{"ok", v.ok}, {"entries", v.entries}, {"head_seq", v.headSeq}, {"head_hash", v.headHash}};
    if (!v.ok)
        j["broken"] = {{"seq", v.brokenSeq}, {"problem", v.problem}};
    return j;
}

} // namespace

const char *auditCommandHelp()
{
    return "  audit verify [--json]            check the audit log's hash chain; exit 0 when it holds, 1 naming\n"
           "                                   the first entry that does not\n"
           "  audit list [--since SEQ] [--limit N] [--json]\n"
           "                                   audit entries after SEQ (default 0), at most N (default 100)\n";
}

int runAuditCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    std::vector<std::string> words;
    std::map<std::string, std::string> options;
    bool json = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        if (a == "--data-dir" || a == "--db" || a == "--config" || a == "--since" || a == "--limit") {
            if (i + 1 >= args.size())
                return usage(err, a + " needs a value");
            options[a] = args[++i];
        } else if (a == "--json") {
            json = true;
        } else if (a.rfind("--", 0) == 0) {
            return usage(err, "unknown option " + a);
        } else {
            words.push_back(a);
        }
    }
    if (words.size() != 1 || (words[0] != "verify" && words[0] != "list"))
        return usage(err);
    const auto since = number(options.count("--since") ? options["--since"] : "0", 0, std::numeric_limits<std::int64_t>::max());
    const auto limit = number(options.count("--limit") ? options["--limit"] : "100", 1, 100000);
    if (!since || !limit)
        return usage(err, "--since is a sequence number, --limit 1 to 100000");
    setLogLevel(LogLevel::Warn);
    try {
        const auto settings = cliSettings(options);
        auto dbOptions = cliDatabaseOptions(settings);
        dbOptions.maxSessions = 2;
        store::Database db(dbOptions);
        store::migrate(db);
        if (words[0] == "verify") {
            const auto v = store::AuditLog::verify(db);
            if (json)
                out << verificationJson(v).dump(2) << "\n";
            else if (v.ok)
                out << "audit log OK: " << v.entries << " entries, head " << v.headSeq << " " << v.headHash
                    << "\n";
            else
                out << "audit log BROKEN at entry " << v.brokenSeq << ": " << v.problem << " (" << v.entries
                    << " entries hold before it)\n";
            return v.ok ? 0 : 1;
        }
        const auto entries = store::AuditLog::list(db, *since, *limit);
        if (json) {
            auto list = nlohmann::json::array();
            for (const auto &e : entries)
                list.push_back({{"seq", e.seq},
                                {"at", web::isoTimestamp(e.at)},
                                {"actor_id", e.actorId},
                                {"action", e.action},
                                {"subject_type", e.subjectType},
                                {"subject_id", e.subjectId},
                                {"detail", e.detail},
                                {"hash", e.hash}});
            out << list.dump(2) << "\n";
            return 0;
        }
        out << "seq\tat\tactor\taction\tsubject\tdetail\n";
        for (const auto &e : entries)
            out << e.seq << '\t' << web::isoTimestamp(e.at) << '\t' << (e.actorId.empty() ? "-" : e.actorId)
                << '\t' << e.action << '\t' << e.subjectType << ':' << e.subjectId << '\t' << e.detail.dump()
                << '\n';
        return 0;
    } catch (...) {
        return reportCliException(err);
    }
}

} // namespace caravan::server
