#include "runtime/cli.h"

#ifdef CARAVAN_HAVE_DOMAIN_COMMANDS
#include "cli/commands.h"
#endif

#include <iostream>

int main(int argc, char **argv)
{
    caravan::server::DomainCommands domain;
#ifdef CARAVAN_HAVE_DOMAIN_COMMANDS
    domain.quote = caravan::cli::runQuote;
    domain.rules = caravan::cli::runRules;
    domain.help = caravan::cli::domainCommandsHelp;
#endif
    return caravan::server::runCli(std::vector<std::string>(argv + 1, argv + argc), std::cin, std::cout,
                                   std::cerr, domain);
}
