#pragma once

// Real processes for the escrow fault tests and bench_orders: caravan-paysim and caravan-server as their
// executables, on loopback ports, a server that can be killed with SIGKILL and started again on the same
// data, and caravan-cli.
#include <Poco/Process.h>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace caravan::escrowtest {

struct CliResult
{
    int code = -1;
    std::string out;
};

// Runs an executable to the end with `input` on its standard input; returns its exit code and output.
CliResult runProgram(const std::string &program, const std::vector<std::string> &args,
                     const std::string &input = {});

class Harness
{
public:
    // `dbUrl` empty: SQLite in dataDir. The sandbox keeps its state in dataDir/paysim-state.json.
    Harness(std::filesystem::path dataDir, std::string dbUrl,
            std::map<std::string, std::string> serverConfig = {});
    ~Harness();

    // keepState: the sandbox writes its objects to sandboxStateFile() (rewritten on every change, which
    // costs time a benchmark does not want to measure).
    void startSandbox(bool keepState = true);
    void startServer(); // waits for /healthz
    // Starts the server process and returns at once, without waiting for it to answer: a test can kill it
    // while it is still starting (its first job pass runs as soon as it is up).
    void launchServer();
    void killServer();  // SIGKILL, no goodbye
    void stopServer();  // SIGTERM, waits
    bool serverRunning() const { return m_server != nullptr; }

    std::uint16_t serverPort() const { return m_serverPort; }
    std::uint16_t sandboxPort() const { return m_sandboxPort; }
    const std::string &apiKey() const { return m_apiKey; }
    std::filesystem::path sandboxStateFile() const { return m_dataDir / "paysim-state.json"; }
    const std::filesystem::path &dataDir() const { return m_dataDir; }

    // caravan-cli with this server's --data-dir, --db and --config.
    CliResult cli(std::vector<std::string> args, const std::string &input = {}) const;

private:
    std::filesystem::path m_dataDir;
    std::string m_dbUrl;
    std::filesystem::path m_config;
    std::uint16_t m_serverPort = 0;
    std::uint16_t m_sandboxPort = 0;
    std::string m_apiKey = "sk_test_fault_harness";
    std::unique_ptr<Poco::ProcessHandle> m_server;
    std::unique_ptr<Poco::ProcessHandle> m_sandbox;
    int m_serverStarts = 0;
};

// True when GET http://127.0.0.1:port/path answers anything within `seconds`.
bool waitForHttp(std::uint16_t port, const std::string &path, int seconds);
std::uint16_t freePort();

} // namespace caravan::escrowtest
