#include "sync/sessionclient.h"

#include "core/version.h"
#include "sync/serveraddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSysInfo>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSessionClient, "caravan.sync.session")

namespace caravan::sync {

namespace {

QNetworkRequest jsonRequest(const QUrl &url, const QString &token = {})
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray(QByteArrayLiteral("Caravan/") + QByteArray(caravan::kVersion)));
    request.setTransferTimeout(SessionClient::kTransferTimeoutMs);
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + token.toUtf8());
    ServerTrust::apply(request);
    return request;
}

QString serverMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return object.value(QLatin1String("message")).toString();
}

} // namespace

QUrl endpoint(const QUrl &server, const QString &path)
{
    QUrl url = server.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    // A query in `path` ("/api/v1/staff/disputes?status=escalated") is the URL's query, not part of its path.
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1), QUrl::StrictMode);
    return url;
}

int parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return 0;
    bool isNumber = false;
    const int seconds = trimmed.toInt(&isNumber);
    if (isNumber)
        return seconds > 0 ? seconds : 0;
    // HTTP-date (RFC 9110 IMF-fixdate) names the zone "GMT"; Qt's RFC 2822 parser wants an offset.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.left(date.size() - 3) + QLatin1String("+0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return 0;
    const qint64 delta = now.secsTo(when);
    return delta > 0 ? static_cast<int>(delta) : 0;
}

SessionClient::SessionClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QString SessionClient::defaultDeviceName()
{
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = QSysInfo::prettyProductName();
    return host + QLatin1String(" (Caravan ") + QLatin1String(caravan::kVersion) + QLatin1Char(')');
}

bool SessionClient::refuseInsecure(const QUrl &server, const std::function<void(const ApiError &)> &done)
{
    if (ServerAddress::isSecure(server))
        return false;
    ApiError error;
    error.kind = ApiError::Kind::Insecure;
    error.message = ServerAddress::plainHttpRefused(server);
    qCWarning(lcSessionClient) << "refused to send credentials over plain http to" << server.host();
    QTimer::singleShot(0, this, [done, error] { done(error); });
    return true;
}

ApiError SessionClient::errorFor(QNetworkReply *reply, const QUrl &server, bool signingIn) const
{
    ApiError error;
    const QString host = server.toDisplayString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error.httpStatus = status;
    if (status == 0) {
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            error.message = tr("A secure (TLS) connection to %1 could not be established: %2")
                                .arg(host, reply->errorString());
            return error;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            error.message =
                tr("The server at %1 did not answer in time. You can keep working offline.").arg(host);
            return error;
        default:
            break;
        }
        error.kind = ApiError::Kind::Unreachable;
        error.message = tr("Cannot reach the server at %1 (%2). Check the address and your connection; "
                           "you can keep working offline.")
                            .arg(host, reply->errorString());
        return error;
    }

    const QByteArray body = reply->readAll();
    const QString message = serverMessage(body);
    if (status == 401) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString code = object.value(QLatin1String("error")).toString();
        if (signingIn && code == QLatin1String("second_factor_required")) {
            error.kind = ApiError::Kind::SecondFactorRequired;
            error.message = tr("Enter the 6-digit code your authenticator app shows for Caravan.");
        } else if (signingIn && code == QLatin1String("second_factor_invalid")) {
            error.kind = ApiError::Kind::SecondFactorInvalid;
            error.message = tr("The code is wrong or was used already. Enter the code your authenticator app "
                               "shows now.");
        } else if (signingIn && code == QLatin1String("second_factor_enrollment")) {
            error.kind = ApiError::Kind::SecondFactorEnrollment;
            error.secondFactorSecret = object.value(QLatin1String("secret")).toString();
            error.otpauthUri = object.value(QLatin1String("otpauth_uri")).toString();
            error.qrSvg = object.value(QLatin1String("qr_svg")).toString().toUtf8();
            error.message = tr("Staff accounts sign in with a second factor. Scan the QR code with an "
                               "authenticator app (or type the secret into it), then enter the app's first code.");
        } else if (signingIn) {
            error.kind = ApiError::Kind::InvalidCredentials;
            error.message = tr("The email address or password is wrong.");
        } else {
            error.kind = ApiError::Kind::Unauthorized;
            error.message = tr("Your session has ended. Please sign in again.");
        }
    } else if (status == 429) {
        error.kind = ApiError::Kind::Throttled;
        error.retryAfterSeconds = parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                                  QDateTime::currentDateTimeUtc());
        error.message = error.retryAfterSeconds > 0
                            ? tr("Too many attempts. Try again in %1 s.").arg(error.retryAfterSeconds)
                            : tr("Too many attempts. Try again in a little while.");
    } else if (status >= 500) {
        error.kind = ApiError::Kind::Server;
        error.message =
            tr("The server at %1 has a problem (HTTP %2). Try again later.").arg(host).arg(status);
    } else {
        error.kind = ApiError::Kind::Rejected;
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        error.code = object.value(QLatin1String("error")).toString();
        error.field = object.value(QLatin1String("field")).toString();
        error.message = message.isEmpty() ? tr("The server refused the request (HTTP %1).").arg(status)
                                          : tr("The server refused the request: %1").arg(message);
    }
    return error;
}

void SessionClient::signIn(const QUrl &server, const QString &email, const QString &password,
                           const QString &deviceName, SignInCallback done)
{
    signIn(server, email, password, deviceName, QString(), std::move(done));
}

void SessionClient::signIn(const QUrl &server, const QString &email, const QString &password,
                           const QString &deviceName, const QString &deviceToken, SignInCallback done)
{
    signIn(server, email, password, deviceName, deviceToken, QString(), std::move(done));
}

void SessionClient::signIn(const QUrl &server, const QString &email, const QString &password,
                           const QString &deviceName, const QString &deviceToken, const QString &totp,
                           SignInCallback done)
{
    if (refuseInsecure(server, [done](const ApiError &error) { done({}, error); }))
        return;
    QJsonObject body{
        {QLatin1String("email"), email},
        {QLatin1String("password"), password},
        {QLatin1String("device_name"), deviceName},
    };
    if (!totp.isEmpty())
        body.insert(QLatin1String("totp"), totp);
    QNetworkRequest request = jsonRequest(endpoint(server, QStringLiteral("/api/v1/session")));
    if (!deviceToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Caravan-Device-Token"), deviceToken.toUtf8());
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, server, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 201 && status != 200) {
            const ApiError error = errorFor(reply, server, true);
            qCInfo(lcSessionClient) << "sign-in failed:" << status << reply->errorString();
            done({}, error);
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        SessionGrant grant;
        grant.token = object.value(QLatin1String("token")).toString();
        grant.deviceToken = object.value(QLatin1String("device_token")).toString();
        grant.expiresAt =
            QDateTime::fromString(object.value(QLatin1String("expires_at")).toString(), Qt::ISODateWithMs);
        const auto user = data::UserProfile::fromJson(object.value(QLatin1String("user")).toObject());
        if (grant.token.isEmpty() || !user) {
            ApiError error;
            error.kind = ApiError::Kind::BadResponse;
            error.httpStatus = status;
            error.message =
                tr("The server at %1 answered the sign-in in an unexpected way. Is this a Caravan "
                   "server of a compatible version?")
                    .arg(server.toDisplayString());
            done({}, error);
            return;
        }
        grant.user = *user;
        done(grant, {});
    });
}

void SessionClient::fetchProfile(const QUrl &server, const QString &token, ProfileCallback done)
{
    if (refuseInsecure(server, [done](const ApiError &error) { done({}, error); }))
        return;
    QNetworkReply *reply = m_network->get(jsonRequest(endpoint(server, QStringLiteral("/api/v1/me")), token));
    connect(reply, &QNetworkReply::finished, this, [this, reply, server, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            done({}, errorFor(reply, server, false));
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        // Accept both the bare user object and {"user": {...}}.
        const QJsonObject userObject =
            object.contains(QLatin1String("user")) ? object.value(QLatin1String("user")).toObject() : object;
        const auto user = data::UserProfile::fromJson(userObject);
        if (!user) {
            ApiError error;
            error.kind = ApiError::Kind::BadResponse;
            error.httpStatus = status;
            error.message = tr("The server at %1 sent an account description Caravan cannot read.")
                                .arg(server.toDisplayString());
            done({}, error);
            return;
        }
        done(*user, {});
    });
}

void SessionClient::getJson(const QUrl &server, const QString &token, const QString &path, JsonCallback done)
{
    getBytes(server, token, path, [done = std::move(done)](const QByteArray &body, const ApiError &error) {
        done(error.kind == ApiError::Kind::None ? QJsonDocument::fromJson(body).object() : QJsonObject(), error);
    });
}

void SessionClient::getBytes(const QUrl &server, const QString &token, const QString &path, BytesCallback done)
{
    if (refuseInsecure(server, [done](const ApiError &error) { done({}, error); }))
        return;
    deliver(m_network->get(jsonRequest(endpoint(server, path), token)), server, std::move(done));
}

void SessionClient::postJson(const QUrl &server, const QString &token, const QString &path,
                             const QJsonObject &body, const QString &idempotencyKey, JsonCallback done)
{
    if (refuseInsecure(server, [done](const ApiError &error) { done({}, error); }))
        return;
    QNetworkRequest request = jsonRequest(endpoint(server, path), token);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    deliver(m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), server,
            [done = std::move(done)](const QByteArray &answer, const ApiError &error) {
                done(error.kind == ApiError::Kind::None ? QJsonDocument::fromJson(answer).object()
                                                        : QJsonObject(),
                     error);
            });
}

void SessionClient::putJson(const QUrl &server, const QString &token, const QString &path,
                            const QJsonObject &body, JsonCallback done)
{
    if (refuseInsecure(server, [done](const ApiError &error) { done({}, error); }))
        return;
    deliver(m_network->put(jsonRequest(endpoint(server, path), token), QJsonDocument(body).toJson(QJsonDocument::Compact)),
            server, [done = std::move(done)](const QByteArray &answer, const ApiError &error) {
                done(error.kind == ApiError::Kind::None ? QJsonDocument::fromJson(answer).object() : QJsonObject(),
                     error);
            });
}

void SessionClient::deliver(QNetworkReply *reply, const QUrl &server, BytesCallback done)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, server, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300) {
            done({}, errorFor(reply, server, false));
            return;
        }
        done(reply->readAll(), {});
    });
}

void SessionClient::revoke(const QUrl &server, const QString &token, DoneCallback done)
{
    if (refuseInsecure(server, done))
        return;
    QNetworkReply *reply =
        m_network->deleteResource(jsonRequest(endpoint(server, QStringLiteral("/api/v1/session")), token));
    connect(reply, &QNetworkReply::finished, this, [this, reply, server, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            done({});
            return;
        }
        done(errorFor(reply, server, false));
    });
}

} // namespace caravan::sync
