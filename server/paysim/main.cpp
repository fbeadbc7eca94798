#include "core/version.h"
#include "paysim/options.h"
#include "paysim/sandbox.h"

#include <csignal>
#include <iostream>
#include <pthread.h>

// caravan-paysim: parses the command line, starts the sandbox and waits for SIGINT or SIGTERM.
int main(int argc, char **argv)
{
    using namespace caravan::paysim;
    PaysimOptions options;
    try {
        switch (parseArguments(std::vector<std::string>(argv + 1, argv + argc), options)) {
        case CliAction::Help:
            std::cout << usageText();
            return 0;
        case CliAction::Version:
            std::cout << "caravan-paysim " << caravan::kVersion << "\n";
            return 0;
        case CliAction::Run:
            break;
        }
    } catch (const std::exception &e) {
        std::cerr << "caravan-paysim: " << e.what() << "\n";
        return 2;
    }

    // The signals are waited for here; every thread started below inherits the mask.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    try {
        Sandbox sandbox(options);
        sandbox.start();
        std::cout << "listening on " << sandbox.listenUrl() << std::endl;
        std::cerr << "caravan-paysim " << caravan::kVersion << ": SANDBOX provider on " << sandbox.baseUrl()
                  << " (API key " << options.apiKey << ")\n";
        int received = 0;
        sigwait(&signals, &received);
        sandbox.stop();
    } catch (const std::exception &e) {
        std::cerr << "caravan-paysim: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
