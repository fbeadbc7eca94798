#include "harness.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/StreamCopier.h>
#include <chrono>
#include <fstream>
#include <stdexcept>
#include <thread>

namespace caravan::escrowtest {

namespace {
std::string readLog(const std::filesystem::path &file)
{
    std::ifstream in(file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return text.size() > 4000 ? text.substr(text.size() - 4000) : text;
}
} // namespace

std::uint16_t freePort()
{
    Poco::Net::ServerSocket s(Poco::Net::SocketAddress("127.0.0.1", 0));
    return s.address().port();
}

bool waitForHttp(std::uint16_t port, const std::string &path, int seconds)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        try {
            Poco::Net::HTTPClientSession session("127.0.0.1", port);
            session.setTimeout(Poco::Timespan(2, 0));
            Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, path,
                                           Poco::Net::HTTPMessage::HTTP_1_1);
            session.sendRequest(request);
            Poco::Net::HTTPResponse response;
            session.receiveResponse(response);
            return true;
        } catch (const std::exception &) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }
    return false;
}

CliResult runProgram(const std::string &program, const std::vector<std::string> &args,
                     const std::string &input)
{
    Poco::Pipe in, out;
    auto handle = Poco::Process::launch(program, args, &in, &out, &out);
    {
        Poco::PipeOutputStream writer(in);
        writer << input;
    }
    in.close(Poco::Pipe::CLOSE_WRITE);
    Poco::PipeInputStream reader(out);
    CliResult r;
    Poco::StreamCopier::copyToString(reader, r.out);
    r.code = handle.wait();
    return r;
}

Harness::Harness(std::filesystem::path dataDir, std::string dbUrl,
                 std::map<std::string, std::string> serverConfig)
    : m_dataDir(std::move(dataDir))
    , m_dbUrl(std::move(dbUrl))
    , m_config(m_dataDir / "server.properties")
    , m_serverPort(freePort())
    , m_sandboxPort(freePort())
{
    std::filesystem::create_directories(m_dataDir);
    const std::string sandbox = "http://127.0.0.1:" + std::to_string(m_sandboxPort);
    std::map<std::string, std::string> config{
        {"server.public_url", "http://127.0.0.1:" + std::to_string(m_serverPort)},
        {"payments.api_base", sandbox},
        {"payments.secret_key", m_apiKey},
        {"payments.webhook_secret", "whsec_fault_harness"},
        {"tracking.api_base", sandbox},
        {"tracking.api_key", m_apiKey},
        {"tracking.webhook_secret", "tracking_fault_harness"},
        {"jobs.order_timer_interval_s", "1"},
        {"payouts.interval_s", "60"},
        {"idempotency.lock_s", "2"},
        {"password.opslimit", "2"}, // hashing at OWASP's floor: the tests sign in often
        {"password.memlimit_mib", "19"},
        {"http.max_threads", "16"},
    };
    for (const auto &[k, v] : serverConfig)
        config[k] = v;
    std::ofstream file(m_config);
    for (const auto &[k, v] : config)
        file << k << " = " << v << "\n";
}

Harness::~Harness()
{
    if (m_server)
        killServer();
    if (m_sandbox) {
        Poco::Process::kill(*m_sandbox);
        m_sandbox->wait();
    }
}

void Harness::startSandbox(bool keepState)
{
    const std::string server = "http://127.0.0.1:" + std::to_string(m_serverPort);
    std::vector<std::string> args{"--port",
                                  std::to_string(m_sandboxPort),
                                  "--api-key",
                                  m_apiKey,
                                  "--webhook-url",
                                  server + "/api/v1/webhooks/payments",
                                  "--webhook-secret",
                                  "whsec_fault_harness",
                                  "--tracking-webhook-url",
                                  server + "/api/v1/webhooks/tracking",
                                  "--tracking-webhook-secret",
                                  "tracking_fault_harness",
                                  "--retry-base-ms",
                                  "100",
                                  "--max-attempts",
                                  "100"};
    if (keepState)
        args.insert(args.end(), {"--state", sandboxStateFile().string()});
    // Its output goes to a file: a pipe nobody reads would block it.
    const std::string command = std::string("exec '") + CARAVAN_PAYSIM_EXECUTABLE + "'";
    std::string line = command;
    for (const auto &a : args)
        line += " '" + a + "'";
    line += " >>'" + (m_dataDir / "paysim.log").string() + "' 2>&1";
    m_sandbox = std::make_unique<Poco::ProcessHandle>(Poco::Process::launch("/bin/sh", {"-c", line}));
    if (!waitForHttp(m_sandboxPort, "/sandbox/events", 20))
        throw std::runtime_error("caravan-paysim did not start: " + readLog(m_dataDir / "paysim.log"));
}

void Harness::startServer()
{
    launchServer();
    if (!waitForHttp(m_serverPort, "/healthz", 60))
        throw std::runtime_error("caravan-server did not start: " + readLog(m_dataDir / "server.log"));
}

void Harness::launchServer()
{
    std::string line = std::string("exec '") + CARAVAN_SERVER_EXECUTABLE + "' --port " +
                       std::to_string(m_serverPort) + " --data-dir '" + m_dataDir.string() + "' --config '" +
                       m_config.string() + "'";
    if (!m_dbUrl.empty())
        line += " --db '" + m_dbUrl + "'";
    line += " --log-level warn >>'" + (m_dataDir / "server.log").string() + "' 2>&1";
    m_server = std::make_unique<Poco::ProcessHandle>(Poco::Process::launch("/bin/sh", {"-c", line}));
    ++m_serverStarts;
}

void Harness::killServer()
{
    if (!m_server)
        return;
    Poco::Process::kill(*m_server); // SIGKILL
    m_server->wait();
    m_server.reset();
}

void Harness::stopServer()
{
    if (!m_server)
        return;
    Poco::Process::requestTermination(m_server->id());
    m_server->wait();
    m_server.reset();
}

CliResult Harness::cli(std::vector<std::string> args, const std::string &input) const
{
    args.insert(args.end(), {"--data-dir", m_dataDir.string(), "--config", m_config.string()});
    if (!m_dbUrl.empty())
        args.insert(args.end(), {"--db", m_dbUrl});
    return runProgram(CARAVAN_CLI_EXECUTABLE, args, input);
}

} // namespace caravan::escrowtest
