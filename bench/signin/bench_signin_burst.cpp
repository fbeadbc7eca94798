// bench_signin_burst: how long a real user's sign-in takes while a burst of guesses from many addresses
// hits the server, against the same sign-in on an idle server (see bench/bench_signin.cmake). From a build
// directory:
//   ./bench/bench_signin_burst [--rate N] [--seconds S] [--runs R] [--ops T --mib M]
// The real server runs in-process on 127.0.0.1 behind "a proxy" (http.trust_proxy; loopback is trusted), so
// every guess carries its own X-Forwarded-For address and an email no one has: nothing but the hash gate
// stands in its way. The guesses are sent open-loop at --rate per second (default 1,000) from 32 threads.
// The real user has signed in once before (so the app holds a device token, sent back in the
// Caravan-Device-Token header: the device lane, docs/security.md) and signs in (POST /api/v1/session, the
// desktop app's route) --runs times, one after the other, first idle and then during the burst; during the
// burst the same user also tries --runs times without the device token, for comparison. Prints figures;
// asserts nothing.
#include "accounts/crypto.h"
#include "runtime/server.h"
#include "runtime/settings.h"

#include <Poco/AutoPtr.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Util/MapConfiguration.h>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace caravan;
using Clock = std::chrono::steady_clock;

namespace {

struct Options
{
    int rate = 1000;
    double seconds = 10;
    int runs = 15;
    int ops = 6;  // the production defaults (docs/operations.md, "Password hashing")
    int mib = 64;
};

const std::string kPassword = "a real user's passphrase 2026";

struct Answer
{
    int status = 0;
    std::string deviceToken; // from a 201
};

// One API sign-in over a fresh connection, with the device token if one is given.
Answer signIn(std::uint16_t port, const std::string &email, const std::string &password, const std::string &forwarded,
              const std::string &deviceToken = {})
{
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_POST, "/api/v1/session", Poco::Net::HTTPMessage::HTTP_1_1);
    const std::string body =
        R"({"email":")" + email + R"(","password":")" + password + R"(","device_name":"bench"})";
    req.setContentType("application/json");
    req.setContentLength(static_cast<std::streamsize>(body.size()));
    req.set("X-Forwarded-For", forwarded);
    if (!deviceToken.empty())
        req.set("Caravan-Device-Token", deviceToken);
    try {
        session.sendRequest(req) << body;
        Poco::Net::HTTPResponse res;
        auto &in = session.receiveResponse(res);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        Answer a{static_cast<int>(res.getStatus()), {}};
        if (a.status == 201)
            a.deviceToken = nlohmann::json::parse(text).value("device_token", "");
        return a;
    } catch (const std::exception &) {
        return {};
    }
}

struct Sample
{
    std::vector<double> ms;
    int refused = 0; // answered other than 201
};

// The real user signs in `runs` times; with a device token (`device` not null) it sends the one it holds and
// keeps the new one each sign-in returns, as the app does.
Sample realUser(std::uint16_t port, int runs, std::string *device)
{
    Sample s;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        const auto answer =
            signIn(port, "real.user@example.org", kPassword, "192.0.2.10", device ? *device : std::string());
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        if (answer.status == 201) {
            s.ms.push_back(ms);
            if (device)
                *device = answer.deviceToken;
        } else
            ++s.refused;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return s;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

Options parse(int argc, char **argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i];
        const char *v = argv[i + 1];
        if (k == "--rate")
            o.rate = std::atoi(v);
        else if (k == "--seconds")
            o.seconds = std::atof(v);
        else if (k == "--runs")
            o.runs = std::atoi(v);
        else if (k == "--ops")
            o.ops = std::atoi(v);
        else if (k == "--mib")
            o.mib = std::atoi(v);
        else {
            std::fprintf(stderr, "unknown option %s\n", k.c_str());
            std::exit(2);
        }
    }
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    const auto o = parse(argc, argv);
    const auto dir = std::filesystem::temp_directory_path() / ("caravan-bench-signin-" + accounts::randomToken(6));
    std::filesystem::create_directories(dir);
    Poco::AutoPtr<Poco::Util::MapConfiguration> config = new Poco::Util::MapConfiguration;
    config->setString("server.address", "127.0.0.1");
    config->setString("server.port", "0");
    config->setString("server.data_dir", dir.string());
    config->setString("http.trust_proxy", "true");
    config->setString("password.opslimit", std::to_string(o.ops));
    config->setString("password.memlimit_mib", std::to_string(o.mib));
    config->setString("log.level", "warn");
    server::Server srv(server::Settings::fromConfig(*config));
    srv.start();
    const auto port = srv.port();
    srv.accounts().createUser("real.user@example.org", "Real User", "DE", kPassword, {"buyer"});
    const auto &policy = srv.accounts().policy();
    std::printf("bench_signin_burst: Argon2id t=%d, %d MiB; password.max_concurrent=%d, max_waiting=%d, "
                "max_wait_ms=%lld, device_concurrent=%d, device_max_waiting=%d; SQLite; %u cores\n",
                o.ops, o.mib, policy.hashPermits, policy.hashMaxWaiting, static_cast<long long>(policy.hashMaxWaitMs),
                policy.deviceHashPermits, policy.deviceHashMaxWaiting, std::thread::hardware_concurrency());

    // The sign-in before: the app now holds a device token.
    std::string device = signIn(port, "real.user@example.org", kPassword, "192.0.2.10").deviceToken;
    if (device.empty()) {
        std::fprintf(stderr, "the first sign-in returned no device token\n");
        return 1;
    }
    const auto idle = realUser(port, o.runs, &device);

    // The burst: open loop, attempt n at start + n / rate, whatever the answers take.
    const auto before = srv.accounts().stats();
    std::atomic<bool> stop{false};
    std::atomic<long> sent{0}, hashed{0}, throttled{0}, failed{0};
    std::atomic<long> next{0};
    const auto start = Clock::now();
    const long total = static_cast<long>(o.rate * o.seconds);
    std::vector<std::thread> bots;
    for (int t = 0; t < 32; ++t)
        bots.emplace_back([&] {
            for (long n = next++; n < total && !stop; n = next++) {
                std::this_thread::sleep_until(start + std::chrono::microseconds(n * 1'000'000 / o.rate));
                const auto address = std::to_string(10 + n % 200) + "." + std::to_string(n / 65536 % 256) + "." +
                                     std::to_string(n / 256 % 256) + "." + std::to_string(n % 256);
                const int status = signIn(port, "nobody" + std::to_string(n) + "@example.org", "guess", address).status;
                ++sent;
                if (status == 401)
                    ++hashed;
                else if (status == 429)
                    ++throttled;
                else
                    ++failed;
            }
        });
    std::this_thread::sleep_for(std::chrono::seconds(1)); // let the burst fill the gate first
    const auto during = realUser(port, o.runs, &device);
    const auto withoutDevice = realUser(port, o.runs, nullptr);
    for (auto &b : bots)
        b.join();
    const double burstSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    const auto after = srv.accounts().stats();
    srv.stop();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);

    std::printf("burst: %ld attempts in %.1f s (%.0f/s offered at %d/s): %ld checked (401), %ld refused (429), "
                "%ld other\n",
                sent.load(), burstSeconds, sent.load() / burstSeconds, o.rate, hashed.load(), throttled.load(),
                failed.load());
    std::printf("hashes computed during the burst: %llu (%.1f per second), peak at once %d, gate refusals %llu; "
                "device lane: %llu verified, peak at once %d, refusals %llu\n",
                static_cast<unsigned long long>(after.passwordHashes - before.passwordHashes),
                static_cast<double>(after.passwordHashes - before.passwordHashes) / burstSeconds,
                after.peakHashesInFlight, static_cast<unsigned long long>(after.busyRefusals - before.busyRefusals),
                static_cast<unsigned long long>(after.deviceVerifications - before.deviceVerifications),
                after.peakDeviceHashesInFlight,
                static_cast<unsigned long long>(after.deviceBusyRefusals - before.deviceBusyRefusals));
    std::printf("real user with its device token, idle:         median %7.1f ms, p90 %7.1f ms, %d of %d refused\n",
                median(idle.ms), percentile(idle.ms, 0.9), idle.refused, o.runs);
    std::printf("real user with its device token, during burst: median %7.1f ms, p90 %7.1f ms, %d of %d refused\n",
                median(during.ms), percentile(during.ms, 0.9), during.refused, o.runs);
    std::printf("real user without it, during burst:            median %7.1f ms, p90 %7.1f ms, %d of %d refused\n",
                median(withoutDevice.ms), percentile(withoutDevice.ms, 0.9), withoutDevice.refused, o.runs);
    if (!idle.ms.empty() && !during.ms.empty())
        std::printf("ratio (median during / idle): %.2fx (target < 2x)\n", median(during.ms) / median(idle.ms));
    return 0;
}
