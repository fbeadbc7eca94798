#include "cannedhttpserver.h"
#include "sync/accountsession.h"
#include "sync/connectivitymonitor.h"
#include "sync/sessionclient.h"
#include "testsupport.h"
#include "ui/signindialog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace caravan;
using sync::ApiError;

namespace {

struct Outcome
{
    bool done = false;
    sync::SessionGrant grant;
    ApiError error;
};

Outcome signIn(const QUrl &server, const QString &password = QStringLiteral("secret"))
{
    sync::SessionClient client;
    Outcome outcome;
    client.signIn(server, QStringLiteral("mei.tanaka@demo.caravan"), password, QStringLiteral("test device"),
                  [&](const sync::SessionGrant &grant, const ApiError &error) {
                      outcome.done = true;
                      outcome.grant = grant;
                      outcome.error = error;
                  });
    REQUIRE(test::waitFor([&] { return outcome.done; }, 20000));
    return outcome;
}

QUrl local(int port, const QString &scheme = QStringLiteral("http"))
{
    return QUrl(scheme + QStringLiteral("://127.0.0.1:") + QString::number(port));
}

const QByteArray kUser = R"({"id":"u-1","email":"mei.tanaka@demo.caravan","display_name":"Mei Tanaka",)"
                         R"("country":"JP","roles":["seller"]})";

} // namespace

TEST_CASE("sign-in sends the contract's JSON and reads the grant", "[sessionclient]")
{
    test::CannedHttpServer server;
    server.respondWith(201,
                       R"({"token":"tok-123","expires_at":"2030-01-01T00:00:00Z","user":)" + kUser + "}");
    const Outcome outcome = signIn(local(server.port()));
    REQUIRE(outcome.error.kind == ApiError::Kind::None);
    CHECK(outcome.grant.token == QStringLiteral("tok-123"));
    CHECK(outcome.grant.expiresAt.isValid());
    CHECK(outcome.grant.user.displayName == QStringLiteral("Mei Tanaka"));

    REQUIRE(server.requests().size() == 1);
    const auto request = server.requests().first();
    CHECK(request.method == "POST");
    CHECK(request.path == "/api/v1/session");
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    CHECK(body.value(QStringLiteral("email")).toString() == QStringLiteral("mei.tanaka@demo.caravan"));
    CHECK(body.value(QStringLiteral("password")).toString() == QStringLiteral("secret"));
    CHECK(body.value(QStringLiteral("device_name")).toString() == QStringLiteral("test device"));
}

TEST_CASE("sign-in sends the device token of an earlier sign-in and reads the new one", "[sessionclient]")
{
    test::CannedHttpServer server;
    server.respondWith(201, R"({"token":"tok-2","expires_at":"2030-01-01T00:00:00Z","device_token":"dev-new",)"
                            R"("device_token_expires_at":"2030-03-01T00:00:00Z","user":)" +
                                kUser + "}");
    sync::SessionClient client;
    Outcome outcome;
    client.signIn(local(server.port()), QStringLiteral("mei.tanaka@demo.caravan"), QStringLiteral("secret"),
                  QStringLiteral("test device"), QStringLiteral("dev-old"),
                  [&](const sync::SessionGrant &grant, const ApiError &error) {
                      outcome.done = true;
                      outcome.grant = grant;
                      outcome.error = error;
                  });
    REQUIRE(test::waitFor([&] { return outcome.done; }, 20000));
    REQUIRE(outcome.error.kind == ApiError::Kind::None);
    CHECK(outcome.grant.deviceToken == QStringLiteral("dev-new"));
    REQUIRE(server.requests().size() == 1);
    CHECK(server.requests().first().header("caravan-device-token") == "dev-old");

    // Without one, no header is sent.
    const Outcome plain = signIn(local(server.port()));
    REQUIRE(server.requests().size() == 2);
    CHECK(server.requests().last().header("caravan-device-token").isEmpty());
    CHECK(plain.grant.deviceToken == QStringLiteral("dev-new"));
}

TEST_CASE("sign-in failures are told apart", "[sessionclient]")
{
    test::CannedHttpServer server;

    SECTION("wrong password")
    {
        server.respondWith(401, R"({"error":"invalid_credentials","message":"Wrong email or password"})");
        const Outcome outcome = signIn(local(server.port()));
        CHECK(outcome.error.kind == ApiError::Kind::InvalidCredentials);
        CHECK(outcome.error.message.contains(QStringLiteral("password")));
    }
    SECTION("throttled, with Retry-After")
    {
        server.respondWith(429, R"({"error":"too_many_attempts","message":"Slow down"})",
                           {"Retry-After: 37"});
        const Outcome outcome = signIn(local(server.port()));
        CHECK(outcome.error.kind == ApiError::Kind::Throttled);
        CHECK(outcome.error.retryAfterSeconds == 37);
        CHECK(outcome.error.message.contains(QStringLiteral("37 s")));
    }
    SECTION("server error")
    {
        server.respondWith(503, "{}");
        CHECK(signIn(local(server.port())).error.kind == ApiError::Kind::Server);
    }
    SECTION("an answer that breaks the contract")
    {
        server.respondWith(201, R"({"token":"","user":{}})");
        CHECK(signIn(local(server.port())).error.kind == ApiError::Kind::BadResponse);
    }
    SECTION("nothing listening")
    {
        const Outcome outcome = signIn(local(test::closedPort()));
        CHECK(outcome.error.kind == ApiError::Kind::Unreachable);
        CHECK(outcome.error.message.contains(QStringLiteral("127.0.0.1")));
    }
    SECTION("https to a server that does not speak TLS")
    {
        server.respondWith(400, "{}");
        const Outcome outcome = signIn(local(server.port(), QStringLiteral("https")));
        CHECK(outcome.error.kind == ApiError::Kind::Tls);
        CHECK(outcome.error.message.contains(QStringLiteral("TLS")));
    }
}

TEST_CASE("Retry-After accepts seconds and HTTP dates", "[sessionclient]")
{
    const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    CHECK(sync::parseRetryAfter("12", now) == 12);
    CHECK(sync::parseRetryAfter(" 0 ", now) == 0);
    CHECK(sync::parseRetryAfter("Sun, 01 Mar 2026 12:01:30 GMT", now) == 90);
    CHECK(sync::parseRetryAfter("soon", now) == 0);
    CHECK(sync::parseRetryAfter("", now) == 0);
}

TEST_CASE("the sign-in dialog shows a throttled answer as a countdown", "[sessionclient][ui]")
{
    test::Sandbox sandbox;
    test::CannedHttpServer server;
    server.respondWith(429, R"({"error":"too_many_attempts","message":"Slow down"})", {"Retry-After: 30"});
    sync::AppSettings settings(sandbox.settingsFile());
    sync::AccountSession session(settings, sandbox.dataRoot());
    ui::SignInDialog dialog(session);
    dialog.setServerUrl(local(server.port()).toString());
    dialog.setEmail(QStringLiteral("mei.tanaka@demo.caravan"));
    dialog.setPassword(QStringLiteral("whatever"));
    dialog.submit();
    REQUIRE(test::waitFor([&] { return !dialog.busy(); }));
    CHECK(dialog.errorText().contains(QStringLiteral("Try again in")));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled());
    CHECK(button->text().contains(QStringLiteral("s")));
    // A second submit during the wait does not reach the server.
    dialog.submit();
    CHECK(server.requests().size() == 1);
    CHECK_FALSE(session.hasAccount());
}

TEST_CASE("the sign-in dialog rejects bad input before any request", "[sessionclient][ui]")
{
    test::Sandbox sandbox;
    sync::AppSettings settings(sandbox.settingsFile());
    sync::AccountSession session(settings, sandbox.dataRoot());
    ui::SignInDialog dialog(session);
    dialog.setServerUrl(QStringLiteral("ftp://example.org"));
    dialog.setEmail(QStringLiteral("mei.tanaka@demo.caravan"));
    dialog.setPassword(QStringLiteral("x"));
    dialog.submit();
    CHECK_FALSE(dialog.busy());
    CHECK(dialog.errorText().contains(QStringLiteral("server address")));
    dialog.setServerUrl(QStringLiteral("http://127.0.0.1:1"));
    dialog.setEmail(QStringLiteral("not-an-email"));
    dialog.submit();
    CHECK(dialog.errorText().contains(QStringLiteral("email")));
    CHECK(settings.serverUrl() == sync::AppSettings::defaultServerUrl());
}

TEST_CASE("the connectivity probe goes offline on a closed port and backs off", "[connectivity]")
{
    sync::ConnectivityMonitor monitor;
    monitor.setServer(local(test::closedPort()));
    CHECK(monitor.state() == sync::ConnectivityMonitor::State::Unknown);
    monitor.start();
    REQUIRE(test::waitFor([&] { return monitor.state() == sync::ConnectivityMonitor::State::Offline; }));
    CHECK(monitor.currentBackoffMs() == sync::ConnectivityMonitor::kMinBackoffMs);
    monitor.probeNow();
    REQUIRE(test::waitFor([&] { return monitor.consecutiveFailures() == 2; }));
    CHECK(monitor.currentBackoffMs() == 2 * sync::ConnectivityMonitor::kMinBackoffMs);

    test::CannedHttpServer healthy;
    healthy.respondWith(200, R"({"status":"ok"})");
    monitor.setServer(local(healthy.port()));
    REQUIRE(test::waitFor([&] { return monitor.state() == sync::ConnectivityMonitor::State::Online; }));
    CHECK(monitor.currentBackoffMs() == 0);
    REQUIRE_FALSE(healthy.requests().isEmpty());
    CHECK(healthy.requests().first().path == "/healthz");
    monitor.stop();
}
