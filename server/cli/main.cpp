#include "cli/audit_commands.h"
#include "cli/backup_commands.h"
#include "cli/moderation.h"
#include "cli/money_commands.h"
#include "runtime/cli.h"

#ifdef CARAVAN_HAVE_DOMAIN_COMMANDS
#include "cli/commands.h"
#endif

#include <iostream>

int main(int argc, char **argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args.front() == "identity")
        return caravan::server::runIdentityCommand(std::vector<std::string>(args.begin() + 1, args.end()),
                                                   std::cout, std::cerr);
    if (!args.empty() && args.front() == "listing")
        return caravan::server::runListingCommand(std::vector<std::string>(args.begin() + 1, args.end()),
                                                  std::cout, std::cerr);
    if (!args.empty() && (args.front() == "ledger" || args.front() == "payout")) {
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return args.front() == "ledger" ? caravan::server::runLedgerCommand(rest, std::cout, std::cerr)
                                        : caravan::server::runPayoutCommand(rest, std::cout, std::cerr);
    }
    if (!args.empty() && args.front() == "audit")
        return caravan::server::runAuditCommand(std::vector<std::string>(args.begin() + 1, args.end()),
                                                std::cout, std::cerr);
    if (!args.empty() && (args.front() == "backup" || args.front() == "restore")) {
        const std::vector<std::string> rest(args.begin() + 1, args.end());
        return args.front() == "backup" ? caravan::server::runBackupCommand(rest, std::cout, std::cerr)
                                        : caravan::server::runRestoreCommand(rest, std::cout, std::cerr);
    }
    caravan::server::DomainCommands domain;
#ifdef CARAVAN_HAVE_DOMAIN_COMMANDS
    domain.quote = caravan::cli::runQuote;
    domain.rules = caravan::cli::runRules;
#endif
    domain.help = [] {
        std::string help = caravan::server::listingCommandHelp();
        help += caravan::server::moneyCommandHelp();
        help += caravan::server::backupCommandHelp();
        help += caravan::server::auditCommandHelp();
#ifdef CARAVAN_HAVE_DOMAIN_COMMANDS
        help += caravan::cli::domainCommandsHelp();
#endif
        return help;
    };
    return caravan::server::runCli(args, std::cin, std::cout, std::cerr, domain);
}
