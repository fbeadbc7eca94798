#pragma once

#include "data/userprofile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace caravan::sync {

// What went wrong talking to the server, in words the user can act on.
struct ApiError
{
    enum class Kind {
        None,
        InvalidCredentials, // 401 on sign-in
        Unauthorized,       // 401 with a token: the session expired or was revoked
        Throttled,          // 429; retryAfterSeconds says when to try again
        Unreachable,        // connection refused, host not found, network down
        Timeout,
        Tls,         // the TLS handshake or certificate check failed
        Insecure,    // plain http to another computer: refused before any request
        Server,      // 5xx
        BadResponse, // the answer did not follow the API contract
        Rejected,    // any other 4xx, with the server's message
        // A staff account's sign-in (docs/http-api.md, POST /api/v1/session): the password was right but
        SecondFactorRequired,   // the code from the authenticator app is missing
        SecondFactorInvalid,    // the code was wrong or used before
        SecondFactorEnrollment, // no authenticator app is set up yet: see the secret and its QR code
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    int retryAfterSeconds = 0;
    QString message; // translated
    // For Rejected: the server's error code ("no_listing", "invalid", …) and, for "invalid", the field.
    QString code;
    QString field;
    // For SecondFactorEnrollment: the secret (base32), its otpauth:// URI and the QR code as SVG.
    QString secondFactorSecret;
    QString otpauthUri;
    QByteArray qrSvg;
};

struct SessionGrant
{
    QString token;
    QDateTime expiresAt;
    data::UserProfile user;
    // The device token (docs/operations.md, "Device cookies"): sent back with the next sign-in, it lets this
    // computer sign in while the account is under a guessing attack. Empty if the server gave none.
    QString deviceToken;
};

// The session part of the HTTP API (POST/DELETE /api/v1/session, GET /api/v1/me) over
// QNetworkAccessManager. Every call is asynchronous; callbacks run on this object's thread.
class SessionClient final : public QObject
{
    Q_OBJECT

public:
    explicit SessionClient(QObject *parent = nullptr);

    using SignInCallback = std::function<void(const SessionGrant &, const ApiError &)>;
    using ProfileCallback = std::function<void(const data::UserProfile &, const ApiError &)>;
    using DoneCallback = std::function<void(const ApiError &)>;

    void signIn(const QUrl &server, const QString &email, const QString &password, const QString &deviceName,
                SignInCallback done);
    // The same, sending the device token of an earlier sign-in (header Caravan-Device-Token) when not empty.
    void signIn(const QUrl &server, const QString &email, const QString &password, const QString &deviceName,
                const QString &deviceToken, SignInCallback done);
    // The same with a staff account's six-digit code (`totp`, sent when not empty).
    void signIn(const QUrl &server, const QString &email, const QString &password, const QString &deviceName,
                const QString &deviceToken, const QString &totp, SignInCallback done);
    void fetchProfile(const QUrl &server, const QString &token, ProfileCallback done);
    void revoke(const QUrl &server, const QString &token, DoneCallback done);

    // Any other call of the JSON API with the token: GET `path`, or POST `body` with an Idempotency-Key
    // (every money-moving request carries one; the caller keeps it for a retry). The answer's object when
    // the status is 2xx, else the error.
    using JsonCallback = std::function<void(const QJsonObject &, const ApiError &)>;
    void getJson(const QUrl &server, const QString &token, const QString &path, JsonCallback done);
    void postJson(const QUrl &server, const QString &token, const QString &path, const QJsonObject &body,
                  const QString &idempotencyKey, JsonCallback done);
    // PUT `body` to `path` (replacing what is there, such as the payout identity).
    void putJson(const QUrl &server, const QString &token, const QString &path, const QJsonObject &body,
                 JsonCallback done);
    // GET `path` as bytes (a CSV export, for instance).
    using BytesCallback = std::function<void(const QByteArray &, const ApiError &)>;
    void getBytes(const QUrl &server, const QString &token, const QString &path, BytesCallback done);

    // The name this computer gives itself when it signs in.
    static QString defaultDeviceName();

    // How long one request may take before it is abandoned.
    static constexpr int kTransferTimeoutMs = 15000;

private:
    // False (and `done` called with Kind::Insecure on the next event-loop turn) for a server the
    // password or token must not be sent to (ServerAddress::isSecure).
    [[nodiscard]] bool refuseInsecure(const QUrl &server, const std::function<void(const ApiError &)> &done);
    [[nodiscard]] ApiError errorFor(QNetworkReply *reply, const QUrl &server, bool signingIn) const;
    // Calls `done` with the body of a 2xx answer, else with the error.
    void deliver(QNetworkReply *reply, const QUrl &server, BytesCallback done);

    QNetworkAccessManager *m_network;
};

// The endpoint `path` (e.g. "/api/v1/session", or with a query "/api/v1/staff/disputes?status=escalated")
// below the server's base URL, keeping any base path.
[[nodiscard]] QUrl endpoint(const QUrl &server, const QString &path);

// Parses a Retry-After header: delta seconds or an HTTP date; 0 when missing or unparseable.
[[nodiscard]] int parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace caravan::sync
