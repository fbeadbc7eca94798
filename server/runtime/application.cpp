#include "runtime/application.h"

#include "core/version.h"
#include "runtime/log.h"
#include "runtime/server.h"

#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>
#include <iostream>

namespace caravan::server {

using Poco::Util::Option;

void ServerApp::defineOptions(Poco::Util::OptionSet &options)
{
    ServerApplication::defineOptions(options);
    options.addOption(Option("help", "h", "show the options and exit"));
    options.addOption(Option("version", "", "print the version and exit"));
    options.addOption(Option("port", "p", "TCP port to listen on (0: any free port)")
                          .argument("PORT")
                          .binding("server.port"));
    options.addOption(
        Option("address", "", "address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)")
            .argument("ADDR")
            .binding("server.address"));
    options.addOption(
        Option("host", "", "the same as --address (older name)").argument("ADDR").binding("server.address"));
    options.addOption(Option("data-dir", "d", "data directory (SQLite database, photos)")
                          .argument("DIR")
                          .binding("server.data_dir"));
    options.addOption(Option("db", "", "database: a SQLite file path or postgresql://user@host:port/db")
                          .argument("URL")
                          .binding("server.db"));
    options.addOption(Option("demo", "", "load the demo data (idempotent)"));
    options.addOption(Option("config", "c", "read settings from a .properties file").argument("FILE"));
    options.addOption(
        Option("log-level", "", "debug, info, warn or error").argument("LEVEL").binding("log.level"));
}

void ServerApp::handleOption(const std::string &name, const std::string &value)
{
    ServerApplication::handleOption(name, value);
    if (name == "help") {
        Poco::Util::HelpFormatter help(options());
        help.setCommand(commandName());
        help.setUsage("[options]");
        help.setHeader(
            "Caravan marketplace server. Settings: command line, then --config file, then defaults.");
        help.format(std::cout);
        m_exitEarly = true;
        stopOptionsProcessing();
    } else if (name == "version") {
        std::cout << "caravan-server " << caravan::kVersion << std::endl;
        m_exitEarly = true;
        stopOptionsProcessing();
    } else if (name == "demo") {
        config().setBool("server.demo", true);
    } else if (name == "config") {
        loadConfiguration(value, PRIO_DEFAULT);
    }
}

int ServerApp::main(const std::vector<std::string> &)
{
    if (m_exitEarly)
        return EXIT_OK;
    try {
        Server server(Settings::fromConfig(config()));
        server.start();
        waitForTerminationRequest();
        logEvent(LogLevel::Info, "stopping", {{"reason", "termination request"}});
        server.stop();
    } catch (const std::exception &e) {
        std::string detail = e.what();
        if (const auto *pe = dynamic_cast<const Poco::Exception *>(&e))
            detail = pe->displayText();
        logEvent(LogLevel::Error, "startup_failed", {{"error", detail}});
        std::cerr << "caravan-server: " << detail << std::endl;
        return EXIT_SOFTWARE;
    }
    return EXIT_OK;
}

} // namespace caravan::server
