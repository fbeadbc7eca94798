// caravan-paysim as a program: the first line of output names the port; the state file survives a restart.
#include "paysim/state.h"
#include "support/sandbox_fixture.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>
#include <Poco/Process.h>
#include <catch2/catch.hpp>
#include <filesystem>
#include <random>

#ifndef CARAVAN_PAYSIM_EXE
#define CARAVAN_PAYSIM_EXE "caravan-paysim"
#endif

using namespace caravan;
using namespace caravan::test;

TEST_CASE("caravan-paysim prints where it listens on its first line and serves SANDBOX pages", "[payments]")
{
    Poco::Pipe out;
    auto child = Poco::Process::launch(CARAVAN_PAYSIM_EXE, {"--port", "0", "--api-key", "sk_test_exe"},
                                       nullptr, &out, nullptr);
    Poco::PipeInputStream in(out);
    std::string line;
    std::getline(in, line);
    const std::string prefix = "listening on http://127.0.0.1:";
    const bool listening = line.rfind(prefix, 0) == 0 && line.size() > prefix.size();
    std::string page;
    int status = 0;
    if (listening) {
        const auto base = line.substr(std::string("listening on ").size());
        const auto answer = httpGet(base + "/pay/cs_test_missing");
        status = answer.status;
        page = answer.body;
        payments::StripeProvider::Config config;
        config.apiBase = base;
        config.secretKey = "sk_test_exe";
        payments::StripeProvider stripe(config);
        payments::CheckoutRequest request;
        request.orderId = "ord_exe";
        request.idempotencyKey = "k";
        request.amountMinor = 100;
        request.currency = "EUR";
        request.successUrl = "http://127.0.0.1:9/done";
        CHECK(stripe.createCheckoutSession(request).status == "open");
    }
    Poco::Process::requestTermination(child.id());
    const int exitCode = child.wait();
    INFO(line);
    REQUIRE(listening);
    CHECK(status == 404);
    CHECK(page.find("SANDBOX") != std::string::npos);
    CHECK(exitCode == 0);
}

TEST_CASE("caravan-paysim --version and a bad option", "[payments]")
{
    Poco::Pipe out;
    auto version = Poco::Process::launch(CARAVAN_PAYSIM_EXE, {"--version"}, nullptr, &out, nullptr);
    Poco::PipeInputStream in(out);
    std::string line;
    std::getline(in, line);
    CHECK(version.wait() == 0);
    CHECK(line.rfind("caravan-paysim ", 0) == 0);

    Poco::Pipe quiet;
    auto bad = Poco::Process::launch(CARAVAN_PAYSIM_EXE, {"--duplicate-rate", "2"}, nullptr, &quiet, &quiet);
    Poco::PipeInputStream drain(quiet);
    std::string ignored((std::istreambuf_iterator<char>(drain)), std::istreambuf_iterator<char>());
    CHECK(bad.wait() == 2);
}

TEST_CASE("With --state, sessions and idempotency keys survive a restart", "[payments]")
{
    const auto path = std::filesystem::temp_directory_path() /
                      ("caravan-paysim-state-" + std::to_string(std::random_device()()) + ".json");
    std::string sessionId;
    std::optional<payments::CheckoutRequest> request;
    {
        SandboxFixture f([&](paysim::PaysimOptions &o) { o.statePath = path.string(); });
        request = f.checkoutRequest("ord_state");
        const auto session = f.stripe().createCheckoutSession(*request);
        REQUIRE(payOnPage(session.url, "4242424242424242").status == 303);
        sessionId = session.id;
    }
    REQUIRE(std::filesystem::exists(path));
    {
        SandboxFixture f([&](paysim::PaysimOptions &o) { o.statePath = path.string(); });
        const auto session = f.stripe().retrieveCheckoutSession(sessionId);
        CHECK(session.status == "complete");
        CHECK(session.paymentStatus == "paid");
        CHECK(session.orderId == "ord_state");
        CHECK(f.stripe().createCheckoutSession(*request).id == sessionId); // the same key, replayed
    }
    std::filesystem::remove(path);
}
