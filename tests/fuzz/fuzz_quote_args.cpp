// Fuzz target: the argument parser of `caravan-cli quote` (shared/trade/quote_cli.h) and the quote it
// runs. The input holds one argument a line. Bad input is answered with exit code 2 and a message, never
// a crash. (`rules` is left out: its sub-commands read and write files named by their arguments.)
#include "trade/quote_cli.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    std::vector<std::string> args;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line) && args.size() < 64;)
        args.push_back(line);
    std::ostringstream out;
    std::ostringstream err;
    const int code = caravan::trade::runQuoteCommand(args, out, err);
    if (code < 0 || code > 2)
        std::abort();
    return 0;
}
