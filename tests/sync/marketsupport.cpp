#include "marketsupport.h"

#include "data/listingrepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <catch2/catch.hpp>

namespace caravan::synctest {

namespace {

const QByteArray kApiKey = "sk_test_caravan_sync";
const QByteArray kWebhookSecret = "whsec_caravan_sync";
const QByteArray kTrackingSecret = "tracking_caravan_sync";
const QString kBuyerPassword = QStringLiteral("buyer-test-password-1");

} // namespace

QString publishListing(Device &device, const QUrl &server, const QString &token, std::int64_t quantity,
                       const QString &tag, int photoSeed)
{
    auto l = draftListing(1, tag);
    l.category = "watches/wristwatches";
    l.condition = listing::Condition::Good;
    l.specifics = {{"movement", "automatic"}};
    l.quantity = quantity;
    l.priceMinor = 18500;
    l.currency = "JPY";
    l.handlingDays = 3;
    l.shipsFrom = "JP";
    l.originCountry = "JP";
    l.destinations = {listing::Destinations::Mode::AllExcept, {"RU"}};
    l.postageServices = {"sample-ems", "sample-post-registered"};
    l.weightG = 600;
    l.packedMm = listing::Dimensions{200, 150, 120};
    l.hsCode = "910221";
    l.photos.push_back(addPhoto(device, photoSeed).toStdString());
    l.status = listing::Status::Active;
    data::ListingRepository repository(device.db->connection());
    const auto saved = repository.save(l);
    INFO(saved.error.toStdString());
    for (const auto &issue : saved.issues)
        UNSCOPED_INFO(issue.field + ": " + issue.code);
    REQUIRE(saved.ok);
    REQUIRE(syncOnce(device, server, token));
    return QString::fromStdString(l.id);
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

QJsonObject HttpAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpAnswer httpCall(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                    const QJsonObject &json, const std::map<QByteArray, QByteArray> &headers,
                    const std::map<QString, QString> &form)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QByteArray body;
    if (!form.empty()) {
        QUrlQuery query;
        for (const auto &[name, value] : form)
            query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        body = query.toString(QUrl::FullyEncoded).toUtf8();
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    } else if (method != "GET") {
        body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = method == "GET" ? network.get(request) : network.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
        qWarning("%s %s did not finish within 30 s", method.constData(), qPrintable(url.toString()));
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    delete reply;
    return answer;
}

Market::Market(const ServerDatabase &db)
    : m_db(db)
    , m_server(db)
{}

Market::~Market()
{
    m_server.terminate();
    if (m_sandbox.state() == QProcess::Running) {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(10000))
            m_sandbox.kill();
    }
}

bool Market::start()
{
    // The sandbox needs the server's address for its webhooks and the server the sandbox's for its API.
    const int serverPort = freeLoopbackPort();
    m_sandboxPort = freeLoopbackPort();
    const QString server = QStringLiteral("http://127.0.0.1:%1").arg(serverPort);
    const QString sandbox = QStringLiteral("http://127.0.0.1:%1").arg(m_sandboxPort);
    m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sandbox.start(QStringLiteral(CARAVAN_PAYSIM_EXECUTABLE),
                    {QStringLiteral("--port"), QString::number(m_sandboxPort), QStringLiteral("--api-key"),
                     QString::fromLatin1(kApiKey), QStringLiteral("--webhook-url"),
                     server + QStringLiteral("/api/v1/webhooks/payments"), QStringLiteral("--webhook-secret"),
                     QString::fromLatin1(kWebhookSecret), QStringLiteral("--tracking-webhook-url"),
                     server + QStringLiteral("/api/v1/webhooks/tracking"),
                     QStringLiteral("--tracking-webhook-secret"), QString::fromLatin1(kTrackingSecret),
                     QStringLiteral("--retry-base-ms"), QStringLiteral("100"), QStringLiteral("--state"),
                     m_sandboxDir.filePath(QStringLiteral("paysim-state.json"))});
    if (!m_sandbox.waitForStarted(10000))
        return false;
    QElapsedTimer clock;
    clock.start();
    while (httpCall("GET", QUrl(sandbox + QStringLiteral("/")), {}).status != 200) {
        if (clock.elapsed() > 30000 || m_sandbox.state() != QProcess::Running)
            return false;
        QTest::qWait(100);
    }
    m_server.setPort(serverPort);
    m_server.setExtraConfig(QStringLiteral("payments.api_base = %1\npayments.secret_key = %2\n"
                                           "payments.webhook_secret = %3\ntracking.api_base = %1\n"
                                           "tracking.api_key = %2\ntracking.webhook_secret = %4\n"
                                           "server.public_url = %5\n")
                                .arg(sandbox, QString::fromLatin1(kApiKey), QString::fromLatin1(kWebhookSecret),
                                     QString::fromLatin1(kTrackingSecret), server)
                                    .toUtf8() +
                                m_config);
    return m_server.start();
}

QString Market::buyerPassword()
{
    return kBuyerPassword;
}

QString Market::newBuyer()
{
    const QString email = QStringLiteral("buyer-") + QUuid::createUuid().toString(QUuid::Id128).left(10) +
                          QStringLiteral("@example.test");
    QString log;
    if (!addUser(m_db, email, kBuyerPassword, QStringLiteral("buyer"), QStringLiteral("DE"), &log)) {
        qWarning("caravan-cli user add failed: %s", qPrintable(log));
        return {};
    }
    m_lastBuyer = email;
    return signIn(url(), email, kBuyerPassword);
}

HttpAnswer Market::post(const QString &token, const QString &path, const QJsonObject &body)
{
    QUrl u = url();
    u.setPath(path);
    return httpCall("POST", u, "Bearer " + token.toUtf8(), body,
                    {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8()}});
}

bool Market::track(const QString &carrier, const QString &trackingNumber, const QString &status)
{
    // The sandbox keeps one tracker per code and carrier: asking again gives the server's tracker.
    const QUrl trackers(QStringLiteral("http://127.0.0.1:%1/v2/trackers").arg(m_sandboxPort));
    const auto tracker = httpCall("POST", trackers, "Basic " + QByteArray(kApiKey + ':').toBase64(),
                                  {{QStringLiteral("tracker"),
                                    QJsonObject{{QStringLiteral("tracking_code"), trackingNumber},
                                                {QStringLiteral("carrier"), carrier}}}});
    const QString id = tracker.json().value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        qWarning("no sandbox tracker (%d): %s", tracker.status, tracker.body.constData());
        return false;
    }
    const auto event = sandboxPost(QStringLiteral("/sandbox/trackers/") + id + QStringLiteral("/events"),
                                   {{QStringLiteral("status"), status},
                                    {QStringLiteral("status_detail"), QStringLiteral("arrived_at_destination")},
                                    {QStringLiteral("message"), QStringLiteral("sync test")}});
    if (event.status != 200) {
        qWarning("tracking event refused (%d): %s", event.status, event.body.constData());
        return false;
    }
    sandboxPost(QStringLiteral("/sandbox/webhooks/flush?timeout_ms=20000"));
    return true;
}

QJsonObject Market::order(const QString &buyerToken, const QString &listingId)
{
    const QJsonObject address{{QStringLiteral("name"), QStringLiteral("Emma Johnson")},
                              {QStringLiteral("line1"), QStringLiteral("Hauptstrasse 1")},
                              {QStringLiteral("city"), QStringLiteral("Berlin")},
                              {QStringLiteral("postal_code"), QStringLiteral("10115")},
                              {QStringLiteral("country"), QStringLiteral("DE")}};
    const auto answer = post(buyerToken, QStringLiteral("/api/v1/orders"),
                             {{QStringLiteral("listing_id"), listingId},
                              {QStringLiteral("quantity"), 1},
                              {QStringLiteral("ship_to"), address},
                              {QStringLiteral("service"), QStringLiteral("sample-ems")}});
    if (answer.status != 201) {
        qWarning("order refused (%d): %s", answer.status, answer.body.constData());
        return {};
    }
    return answer.json();
}

QJsonObject Market::get(const QString &token, const QString &orderId)
{
    QUrl u = url();
    u.setPath(QStringLiteral("/api/v1/orders/") + orderId);
    return httpCall("GET", u, "Bearer " + token.toUtf8()).json();
}

HttpAnswer Market::sandboxPost(const QString &path, const std::map<QString, QString> &form)
{
    QUrl u(QStringLiteral("http://127.0.0.1:%1").arg(m_sandboxPort));
    const int query = path.indexOf(QLatin1Char('?'));
    u.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        u.setQuery(path.mid(query + 1));
    return httpCall("POST", u, "Bearer " + kApiKey, {}, {}, form);
}

bool Market::sandboxPay(const QJsonObject &order, const QString &card, int status)
{
    const QString checkout =
        order.value(QStringLiteral("payment")).toObject().value(QStringLiteral("checkout_url")).toString();
    const QString session = checkout.mid(checkout.lastIndexOf(QLatin1Char('/')) + 1);
    const auto paid = sandboxPost(QStringLiteral("/sandbox/checkout/") + session + QStringLiteral("/pay"),
                                  {{QStringLiteral("card"), card}});
    if (paid.status != status) {
        qWarning("sandbox payment with %s answered %d: %s", qPrintable(card), paid.status, paid.body.constData());
        return false;
    }
    sandboxPost(QStringLiteral("/sandbox/webhooks/flush?timeout_ms=20000"));
    return true;
}

bool Market::pay(const QString &buyerToken, const QJsonObject &order)
{
    if (!sandboxPay(order, QStringLiteral("4242424242424242"), 200))
        return false;
    const QString id = order.value(QStringLiteral("id")).toString();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        if (get(buyerToken, id).value(QStringLiteral("status")).toString() == QLatin1String("paid"))
            return true;
        QTest::qWait(50);
    }
    return false;
}

bool Market::payDeclined(const QString &buyerToken, const QJsonObject &order)
{
    if (!sandboxPay(order, QStringLiteral("4000000000000002"), 402))
        return false;
    const QString id = order.value(QStringLiteral("id")).toString();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        const QJsonObject now = get(buyerToken, id);
        for (const QJsonValue &event : now.value(QStringLiteral("timeline")).toArray())
            if (event.toObject().value(QStringLiteral("event")).toString() == QLatin1String("payment_failed"))
                return now.value(QStringLiteral("status")).toString() == QLatin1String("awaiting_payment");
        QTest::qWait(50);
    }
    qWarning("order %s: no failed payment on its timeline", qPrintable(id));
    return false;
}

QString userIdOf(const QUrl &server, const QString &token)
{
    QUrl u = server;
    u.setPath(QStringLiteral("/api/v1/me"));
    return httpCall("GET", u, "Bearer " + token.toUtf8()).json().value(QStringLiteral("id")).toString();
}

namespace {

QString csrfOf(const QByteArray &html)
{
    static const QByteArray marker = "name=\"csrf_token\" value=\"";
    const qsizetype at = html.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = at + marker.size();
    return QString::fromUtf8(html.mid(start, html.indexOf('"', start) - start));
}

} // namespace

WebSession::WebSession(const QUrl &server)
    : m_server(server)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setCookieJar(new QNetworkCookieJar);
}

WebSession::~WebSession() = default;

WebSession::Answer WebSession::send(const QByteArray &method, const QString &path,
                                    const std::map<QString, QString> &form)
{
    QUrl url = m_server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray body;
    if (method == "POST") {
        QUrlQuery query;
        for (const auto &[name, value] : form)
            query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
        body = query.toString(QUrl::FullyEncoded).toUtf8();
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    }
    QNetworkReply *reply = method == "POST" ? m_network->post(request, body) : m_network->get(request);
    QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.location = reply->rawHeader("Location");
    delete reply;
    return answer;
}

QByteArray WebSession::page(const QString &path)
{
    return send("GET", path).body;
}

bool WebSession::signIn(const QString &email, const QString &password)
{
    const QString csrf = csrfOf(page(QStringLiteral("/signin")));
    const auto answer = send("POST", QStringLiteral("/signin"),
                             {{QStringLiteral("csrf_token"), csrf},
                              {QStringLiteral("email"), email},
                              {QStringLiteral("password"), password}});
    return answer.status == 303;
}

QString WebSession::ask(const QString &listingId, const QString &question)
{
    const QString path = QStringLiteral("/listings/") + listingId + QStringLiteral("/ask");
    const QString csrf = csrfOf(page(path));
    const auto answer =
        send("POST", path, {{QStringLiteral("csrf_token"), csrf}, {QStringLiteral("body"), question}});
    const QString location = QString::fromUtf8(answer.location);
    if (answer.status != 303 || !location.startsWith(QStringLiteral("/messages/"))) {
        qWarning("asking failed (%d): %s", answer.status, answer.body.left(300).constData());
        return {};
    }
    return location.mid(10).section(QLatin1Char('#'), 0, 0);
}

bool WebSession::report(const QString &listingId, const QString &reason, const QString &details)
{
    const QString path = QStringLiteral("/listings/") + listingId + QStringLiteral("/report");
    const QString csrf = csrfOf(page(path));
    if (csrf.isEmpty()) {
        qWarning("no report form for listing %s", qPrintable(listingId));
        return false;
    }
    const auto answer = send("POST", path,
                             {{QStringLiteral("csrf_token"), csrf},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("details"), details}});
    if (answer.status != 200 || !answer.body.contains("role=\"status\"")) {
        qWarning("reporting failed (%d): %s", answer.status, answer.body.left(300).constData());
        return false;
    }
    return true;
}

} // namespace caravan::synctest
