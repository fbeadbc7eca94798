#include "cli/money_commands.h"

#include "orders/escrow_services.h"
#include "orders/ledger_audit.h"
#include "runtime/cli.h"
#include "runtime/log.h"
#include "store/migrations.h"
#include "listing/listing.h"
#include "orders/payout_identity.h"
#include "store/payout_identities.h"
#include "store/users.h"

#include <map>
#include <ostream>
#include <set>

namespace caravan::server {

namespace {

struct CommandLine
{
    std::vector<std::string> words;
    std::map<std::string, std::string> options;
    std::set<std::string> flags;
};

// Options with a value and flags without one; anything else starting with "--" is an error.
bool parseCommand(const std::vector<std::string> &args, const std::set<std::string> &withValue,
                  const std::set<std::string> &flags, CommandLine &out, std::ostream &err)
{
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        if (withValue.count(a)) {
            if (i + 1 >= args.size()) {
                err << "caravan-cli: " << a << " needs a value\n";
                return false;
            }
            out.options[a] = args[++i];
        } else if (flags.count(a)) {
            out.flags.insert(a);
        } else if (a.rfind("--", 0) == 0) {
            err << "caravan-cli: unknown option " << a << "\n";
            return false;
        } else {
            out.words.push_back(a);
        }
    }
    return true;
}

store::DatabaseOptions smallPool(const Settings &settings)
{
    auto o = cliDatabaseOptions(settings);
    o.maxSessions = 2;
    return o;
}

int usage(std::ostream &err)
{
    err << "caravan-cli: usage:\n" << moneyCommandHelp();
    return 2;
}

} // namespace

const char *moneyCommandHelp()
{
    return "  ledger verify [--json]           check the ledger: balances per currency, the hash chain, no\n"
           "                                   never-negative account below zero, each order's state "
           "against\n"
           "                                   its postings; exit 0 only when all hold\n"
           "  ledger export --order ID | --seller ID|EMAIL --format csv\n"
           "                                   the ledger lines of an order or of a seller's payable "
           "balance\n"
           "  payout run                       make and send the payouts that are due now\n"
           "  identity list [--status pending|verified|refused]\n"
           "                                   payout identities (default: every status), oldest first\n"
           "  identity approve --email E       verify a seller's pending payout identity\n"
           "  identity refuse --email E --reason TEXT\n"
           "                                   refuse it; the seller reads the reason and may send again\n";
}

int runLedgerCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    CommandLine cl;
    if (!parseCommand(args, {"--data-dir", "--db", "--config", "--order", "--seller", "--format"}, {"--json"},
                      cl, err))
        return 2;
    if (cl.words.size() != 1 || (cl.words[0] != "verify" && cl.words[0] != "export"))
        return usage(err);
    setLogLevel(LogLevel::Warn);
    try {
        const auto settings = cliSettings(cl.options);
        store::Database db(smallPool(settings));
        store::migrate(db);
        if (cl.words[0] == "verify") {
            const auto audit = orders::auditLedger(db);
            if (cl.flags.count("--json"))
                out << orders::auditJson(audit).dump(2) << "\n";
            else
                orders::printAudit(audit, out);
            return audit.ok() ? 0 : 1;
        }
        const auto format = cl.options.count("--format") ? cl.options["--format"] : "csv";
        if (format != "csv") {
            err << "caravan-cli: the only export format is csv\n";
            return 2;
        }
        if (cl.options.count("--order") == cl.options.count("--seller")) {
            err << "caravan-cli: ledger export needs one of --order ID or --seller ID\n";
            return 2;
        }
        if (cl.options.count("--order")) {
            orders::exportOrderCsv(db, cl.options["--order"], out);
            return 0;
        }
        std::string seller = cl.options["--seller"];
        if (seller.find('@') != std::string::npos) {
            const auto user = store::UserRepository(db).findByEmail(seller);
            if (!user) {
                err << "caravan-cli: no account " << seller << "\n";
                return 1;
            }
            seller = user->id;
        }
        orders::exportSellerCsv(db, seller, out);
        return 0;
    } catch (...) {
        return reportCliException(err);
    }
}

int runPayoutCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    CommandLine cl;
    if (!parseCommand(args, {"--data-dir", "--db", "--config"}, {}, cl, err))
        return 2;
    if (cl.words.size() != 1 || cl.words[0] != "run")
        return usage(err);
    setLogLevel(LogLevel::Warn);
    try {
        const auto settings = cliSettings(cl.options);
        store::Database db(smallPool(settings));
        store::migrate(db);
        orders::EscrowServices escrow(db, settings.orders);
        if (!escrow.provider()) {
            err << "caravan-cli: payments are not configured (payments.secret_key and "
                   "payments.webhook_secret in "
                   "--config)\n";
            return 1;
        }
        const auto now = store::nowSeconds();
        const auto created = escrow.money().createPayouts(now);
        const auto sent = escrow.money().sendPayouts(now);
        out << "payouts created " << created.payoutsCreated << ", paid " << sent.payoutsPaid << ", failed "
            << created.failed + sent.failed << "\n";
        return created.failed + sent.failed == 0 ? 0 : 1;
    } catch (...) {
        return reportCliException(err);
    }
}

int runIdentityCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    CommandLine cl;
    if (!parseCommand(args, {"--data-dir", "--db", "--config", "--email", "--status", "--reason"}, {}, cl, err))
        return 2;
    const std::set<std::string> verbs{"list", "approve", "refuse"};
    if (cl.words.size() != 1 || !verbs.count(cl.words[0]))
        return usage(err);
    setLogLevel(LogLevel::Warn);
    try {
        const auto settings = cliSettings(cl.options);
        store::Database db(smallPool(settings));
        store::migrate(db);
        store::UserRepository users(db);
        if (cl.words[0] == "list") {
            const auto status = cl.options.count("--status") ? cl.options["--status"] : "";
            if (!status.empty() && status != "pending" && status != "verified" && status != "refused") {
                err << "caravan-cli: --status is pending, verified or refused\n";
                return 2;
            }
            for (const auto &p : store::PayoutIdentityStore::list(db, status, 10000)) {
                const auto user = users.findById(p.userId);
                out << (user ? user->email : p.userId) << "\t" << p.status << "\t" << p.legalName << "\t"
                    << listing::formatUtcTimestamp(p.submittedAt) << "\t"
                    << (p.documentKept() ? p.documentType : "no document") << "\n";
            }
            return 0;
        }
        if (!cl.options.count("--email"))
            return usage(err);
        const auto user = users.findByEmail(cl.options["--email"]);
        if (!user) {
            err << "caravan-cli: no account " << cl.options["--email"] << "\n";
            return 1;
        }
        const bool approve = cl.words[0] == "approve";
        const auto decided = orders::decideIdentity(db, user->id, approve, cl.options["--reason"], "caravan-cli",
                                                    store::nowSeconds());
        out << "payout identity of " << user->email << ": " << decided.status << "\n";
        return 0;
    } catch (const orders::OrderError &e) {
        err << "caravan-cli: " << e.what() << "\n";
        return 1;
    } catch (...) {
        return reportCliException(err);
    }
}

} // namespace caravan::server
