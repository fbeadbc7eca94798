// The SMTP transport against a real SMTP server on loopback: Debian's python3-aiosmtpd running
// fixtures/smtp_sink.py, which writes what it accepts into a folder. Plain SMTP, STARTTLS with a
// certificate the server must check, AUTH LOGIN, and the outbox retrying while the SMTP server is away.
#include "mail/outbox.h"
#include "support/account_flows.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

using namespace caravan;
using caravan::test::Client;
using caravan::test::TestServer;

namespace {

const std::string kPassword = "correct horse battery staple";

std::string python()
{
    return std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

int run(const std::string &command, const std::vector<std::string> &args)
{
    Poco::Pipe out;
    auto handle = Poco::Process::launch(command, args, nullptr, &out, &out);
    Poco::PipeInputStream in(out);
    std::string ignored((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return handle.wait();
}

// A self-signed certificate for 127.0.0.1, made with openssl.
struct Certificate
{
    std::filesystem::path cert;
    std::filesystem::path key;
};

Certificate makeCertificate(const std::filesystem::path &dir, const std::string &name = "127.0.0.1")
{
    std::filesystem::create_directories(dir);
    Certificate c{dir / (name + ".cert.pem"), dir / (name + ".key.pem")};
    const std::string san = name == "127.0.0.1" ? "subjectAltName=IP:127.0.0.1,DNS:localhost" : "subjectAltName=DNS:" + name;
    REQUIRE(run("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=" + name,
                            "-addext", san, "-keyout", c.key.string(), "-out", c.cert.string()}) == 0);
    return c;
}

struct SinkOptions
{
    int port = 0;
    std::optional<Certificate> tls;
    std::string user;
    std::string password;
};

// The SMTP sink process, stopped (by its own process id) when this goes out of scope.
class SmtpSink
{
public:
    SmtpSink(std::filesystem::path dir, const SinkOptions &o)
        : m_dir(std::move(dir))
    {
        std::vector<std::string> args{(test::TestEnv::fixtures() / "smtp_sink.py").string(), "--dir", m_dir.string(),
                                      "--port", std::to_string(o.port)};
        if (o.tls) {
            args.insert(args.end(), {"--cert", o.tls->cert.string(), "--key", o.tls->key.string()});
        }
        if (!o.user.empty())
            args.insert(args.end(), {"--user", o.user, "--password", o.password});
        m_handle = std::make_unique<Poco::ProcessHandle>(Poco::Process::launch(python(), args, nullptr, &m_out, &m_err));
        Poco::PipeInputStream in(m_out);
        std::string line;
        std::getline(in, line);
        INFO("the SMTP sink did not start (is python3-aiosmtpd installed? ./dev deps installs it)");
        REQUIRE_FALSE(line.empty());
        m_port = std::stoi(line);
    }
    ~SmtpSink()
    {
        Poco::Process::kill(*m_handle);
        m_handle->wait();
    }
    int port() const { return m_port; }
    // Waits (at most 30 s) for `count` messages; returns them with their envelopes.
    std::vector<std::pair<test::ReceivedMail, nlohmann::json>> waitFor(std::size_t count)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (std::chrono::steady_clock::now() < deadline && test::readMailDir(m_dir).size() < count)
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
        std::vector<std::pair<test::ReceivedMail, nlohmann::json>> out;
        for (auto &m : test::readMailDir(m_dir)) {
            std::ifstream meta(m_dir / (m.file.substr(0, m.file.size() - 4) + ".json"));
            out.emplace_back(std::move(m), nlohmann::json::parse(meta));
        }
        REQUIRE(out.size() >= count);
        return out;
    }
    std::size_t count() const { return test::readMailDir(m_dir).size(); }

private:
    std::filesystem::path m_dir;
    Poco::Pipe m_out;
    Poco::Pipe m_err;
    std::unique_ptr<Poco::ProcessHandle> m_handle;
    int m_port = 0;
};

// Waits (at most 30 s) until the server logged `event` `count` times.
bool waitForLog(const std::string &event, std::size_t count = 1)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    for (;;) {
        std::size_t seen = 0;
        for (const auto &line : test::capturedLog())
            seen += line.find("event=" + event + " ") != std::string::npos ? 1 : 0;
        if (seen >= count)
            return true;
        if (std::chrono::steady_clock::now() > deadline)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
}

std::size_t logCount(const std::string &event)
{
    std::size_t seen = 0;
    for (const auto &line : test::capturedLog())
        seen += line.find("event=" + event + " ") != std::string::npos ? 1 : 0;
    return seen;
}

std::map<std::string, std::string> smtpConfig(int port, bool starttls)
{
    return {{"mail.transport", "smtp"},
            {"mail.smtp.host", "127.0.0.1"},
            {"mail.smtp.port", std::to_string(port)},
            {"mail.smtp.starttls", starttls ? "true" : "false"},
            {"mail.smtp.timeout_s", "10"},
            {"mail.smtp.helo_name", "caravan.test"},
            {"mail.from", "Caravan Test <robot@caravan.test>"}};
}

} // namespace

TEST_CASE("account mail goes out through SMTP", "[mail][smtp]")
{
    test::TestEnv env;
    SmtpSink sink(env.dataDir() / "sink", {});
    TestServer ts(env, smtpConfig(sink.port(), false));
    Client browser(ts.port());
    REQUIRE(browser.get("/register?lang=zh_CN").status == 200);
    REQUIRE(browser.submitRegistration("smtp.user@example.org", kPassword, "王芳", "CN").status == 303);

    const auto received = sink.waitFor(1);
    const auto &[mail, envelope] = received.front();
    CHECK(envelope["mail_from"] == "robot@caravan.test");
    CHECK(envelope["rcpt_tos"] == nlohmann::json::array({"smtp.user@example.org"}));
    CHECK(envelope["tls"] == false);
    CHECK(mail.to == "smtp.user@example.org");
    CHECK(mail.subject == "确认您在 Caravan 的邮箱地址");
    CHECK_THAT(mail.text, Catch::Contains("王芳，您好"));
    CHECK_THAT(mail.header("from"), Catch::Contains("robot@caravan.test"));
    CHECK_THAT(mail.header("message-id"), Catch::EndsWith("@caravan.test>"));
    // The link in the message works.
    const auto link = mail.link("/verify-email?token=");
    REQUIRE_FALSE(link.empty());
    CHECK(test::confirmEmail(browser, link).status == 303);
    CHECK(ts.server().users().findByEmail("smtp.user@example.org")->emailVerified());
    // The sink has the message as soon as the SMTP dialogue ends; the outbox marks it sent a moment later.
    for (int i = 0; i < 200 && ts.server().mailOutbox().pending() != 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(ts.server().mailOutbox().pending() == 0);
    CHECK_FALSE(std::filesystem::exists(env.dataDir() / "mail")); // not the file transport
}

TEST_CASE("SMTP with STARTTLS and AUTH LOGIN, the certificate checked", "[mail][smtp][tls]")
{
    test::TestEnv env;
    const auto certificate = makeCertificate(env.dataDir() / "tls");
    SmtpSink sink(env.dataDir() / "sink", {0, certificate, "caravan", "sink secret 42"});

    SECTION("trusted through mail.smtp.ca_file, with the right password: delivered over TLS")
    {
        auto config = smtpConfig(sink.port(), true);
        config["mail.smtp.ca_file"] = certificate.cert.string();
        config["mail.smtp.user"] = "caravan";
        config["mail.smtp.password"] = "sink secret 42";
        TestServer ts(env, config);
        Client browser(ts.port());
        REQUIRE(browser.submitRegistration("tls.user@example.org", kPassword).status == 303);
        const auto received = sink.waitFor(1);
        CHECK(received.front().second["tls"] == true);
        CHECK(received.front().second["user"] == "caravan");
        CHECK(received.front().first.subject == "Confirm your email address for Caravan");
    }
    SECTION("a wrong password: the attempt fails, is logged without the password, and waits for a retry")
    {
        auto config = smtpConfig(sink.port(), true);
        config["mail.smtp.ca_file"] = certificate.cert.string();
        config["mail.smtp.user"] = "caravan";
        config["mail.smtp.password"] = "not the sink secret";
        const auto before = logCount("mail_failed");
        TestServer ts(env, config);
        Client browser(ts.port());
        REQUIRE(browser.submitRegistration("tls.user@example.org", kPassword).status == 303);
        REQUIRE(waitForLog("mail_failed", before + 1));
        CHECK(ts.server().mailOutbox().pending() == 1);
        CHECK(sink.count() == 0);
        for (const auto &line : test::capturedLog())
            CHECK(line.find("not the sink secret") == std::string::npos);
    }
    SECTION("a certificate nobody vouches for is refused")
    {
        auto config = smtpConfig(sink.port(), true);
        config["mail.smtp.user"] = "caravan";
        config["mail.smtp.password"] = "sink secret 42";
        const auto before = logCount("mail_failed");
        TestServer ts(env, config);
        Client browser(ts.port());
        REQUIRE(browser.submitRegistration("tls.user@example.org", kPassword).status == 303);
        REQUIRE(waitForLog("mail_failed", before + 1));
        CHECK(ts.server().mailOutbox().pending() == 1);
        CHECK(sink.count() == 0);
    }
}

TEST_CASE("SMTP over STARTTLS refuses a trusted certificate made out to another name", "[mail][smtp][tls]")
{
    test::TestEnv env;
    const auto other = makeCertificate(env.dataDir() / "tls", "mail.other.example");
    SmtpSink sink(env.dataDir() / "sink", {0, other, "", ""});
    auto config = smtpConfig(sink.port(), true);
    config["mail.smtp.ca_file"] = other.cert.string(); // trusted, but not for 127.0.0.1
    const auto before = logCount("mail_failed");
    TestServer ts(env, config);
    Client browser(ts.port());
    REQUIRE(browser.submitRegistration("name.check@example.org", kPassword).status == 303);
    REQUIRE(waitForLog("mail_failed", before + 1));
    CHECK(sink.count() == 0);
    CHECK(ts.server().mailOutbox().pending() == 1);
}

TEST_CASE("a server that offers no STARTTLS gets nothing when STARTTLS is required", "[mail][smtp][tls]")
{
    test::TestEnv env;
    SmtpSink sink(env.dataDir() / "sink", {}); // plain SMTP only
    const auto before = logCount("mail_failed");
    TestServer ts(env, smtpConfig(sink.port(), true));
    Client browser(ts.port());
    REQUIRE(browser.submitRegistration("plain@example.org", kPassword).status == 303);
    REQUIRE(waitForLog("mail_failed", before + 1));
    bool named = false;
    for (const auto &line : test::capturedLog())
        named = named || (line.find("event=mail_failed") != std::string::npos && line.find("STARTTLS") != std::string::npos);
    CHECK(named);
    CHECK(sink.count() == 0);
    CHECK(ts.server().mailOutbox().pending() == 1);
}

TEST_CASE("mail waits in the outbox while the SMTP server is away and goes out when it is back", "[mail][smtp][outbox]")
{
    test::TestEnv env;
    int port = 0;
    {
        SmtpSink probe(env.dataDir() / "probe", {});
        port = probe.port(); // a port that was free; the sink is stopped again here
    }
    const auto before = logCount("mail_failed");
    TestServer ts(env, smtpConfig(port, false));
    Client browser(ts.port());
    REQUIRE(browser.submitRegistration("patient@example.org", kPassword).status == 303);
    REQUIRE(waitForLog("mail_failed", before + 1)); // connection refused
    CHECK(ts.server().mailOutbox().pending() == 1);
    // The request answered at once, whatever the SMTP server does: the send is not part of it.

    SmtpSink sink(env.dataDir() / "sink", {port, std::nullopt, "", ""});
    // The retry is due a minute later; the outbox's pass at that time sends it.
    const auto pass = ts.server().mailOutbox().deliverDue(store::nowSeconds() + 3600);
    CHECK(pass.sent == 1);
    const auto received = sink.waitFor(1);
    CHECK(received.front().first.to == "patient@example.org");
    CHECK(ts.server().mailOutbox().pending() == 0);
}

TEST_CASE("configuration refuses an SMTP password in clear to another host", "[mail][smtp][config]")
{
    test::TestEnv env;
    auto config = smtpConfig(587, false);
    config["mail.smtp.host"] = "smtp.example.org";
    config["mail.smtp.user"] = "caravan";
    CHECK_THROWS_WITH(env.settings(config), Catch::Contains("mail.smtp.starttls"));
    config["mail.smtp.starttls"] = "true";
    CHECK_NOTHROW(env.settings(config));
    CHECK_THROWS_WITH(env.settings({{"mail.transport", "pigeon"}}), Catch::Contains("mail.transport"));
    CHECK_THROWS_WITH(env.settings({{"mail.from", "nobody"}}), Catch::Contains("mail.from"));
    CHECK(env.settings().mail.transport == "file");
}
