#include "cli/moderation.h"
#include "runtime/cli.h"

#ifdef CARAVAN_HAVE_DOMAIN_COMMANDS
#include "cli/commands.h"
#endif

#include <iostream>

int main(int argc, char **argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && args.front() == "listing")
        return caravan::server::runListingCommand(std::vector<std::string>(args.begin() + 1, args.end()),
                                                  std::cout, std::cerr);
    caravan::server::DomainCommands domain;
#ifdef CARAVAN_HAVE_DOMAIN_COMMANDS
    domain.quote = caravan::cli::runQuote;
    domain.rules = caravan::cli::runRules;
#endif
    domain.help = [] {
        std::string help = caravan::server::listingCommandHelp();
#ifdef CARAVAN_HAVE_DOMAIN_COMMANDS
        help += caravan::cli::domainCommandsHelp();
#endif
        return help;
    };
    return caravan::server::runCli(args, std::cin, std::cout, std::cerr, domain);
}
