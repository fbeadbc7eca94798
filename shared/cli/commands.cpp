#include "cli/commands.h"

#include "trade/quote_cli.h"

namespace caravan::cli {

int runQuote(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    return trade::runQuoteCommand(args, out, err);
}

int runRules(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    return trade::runRulesCommand(args, out, err);
}

std::string domainCommandsHelp()
{
    return trade::quoteCommandsHelp();
}

} // namespace caravan::cli
