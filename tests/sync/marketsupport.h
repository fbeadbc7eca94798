#pragma once

#include "syncsupport.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <map>
#include <memory>

class QNetworkAccessManager;

// Buyers, payments and orders for the sync tests: the real caravan-paysim sandbox as its own process,
// the real caravan-server paying through it, and the buyer's JSON API calls.
namespace caravan::synctest {

// A watch listing a buyer in Germany can order (JPY, EMS or registered post), saved on the seller's
// device and pushed; REQUIREs that it is valid and synced. Returns its id.
QString publishListing(Device &device, const QUrl &server, const QString &token, std::int64_t quantity = 2,
                       const QString &tag = QStringLiteral("for sale"), int photoSeed = 7);

// A free TCP port on 127.0.0.1 (bound and released).
int freeLoopbackPort();

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    [[nodiscard]] QJsonObject json() const;
};

// One request, waited for (30 s at most). `form` non-empty: an url-encoded form body instead of JSON.
HttpAnswer httpCall(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                    const QJsonObject &json = {}, const std::map<QByteArray, QByteArray> &headers = {},
                    const std::map<QString, QString> &form = {});

// GET /api/v1/me: the signed-in user's id, or empty.
QString userIdOf(const QUrl &server, const QString &token);

// caravan-server and the caravan-paysim sandbox wired to each other on loopback ports.
class Market
{
public:
    explicit Market(const ServerDatabase &db);
    ~Market();

    // Before start(): more configuration lines for the server (orders.*, disputes.*, ...).
    void addConfig(const QByteArray &properties) { m_config += properties; }
    bool start(); // false if either did not come up
    ServerProcess &server() { return m_server; }
    [[nodiscard]] QUrl url() const { return m_server.url(); }

    // A user with role buyer (country DE), signed in: the API token. The email of the last one made is
    // lastBuyerEmail(), its password buyerPassword().
    QString newBuyer();
    [[nodiscard]] QString lastBuyerEmail() const { return m_lastBuyer; }
    static QString buyerPassword();
    // POST /api/v1/orders (a fresh Idempotency-Key): the order, or an empty object.
    QJsonObject order(const QString &buyerToken, const QString &listingId);
    // Pays the order on the sandbox with the test card and waits until the server has it paid.
    bool pay(const QString &buyerToken, const QJsonObject &order);
    // Pays with the sandbox's declining card (4000 0000 0000 0002) and waits until the order's timeline
    // has the failed payment (the order stays awaiting payment).
    bool payDeclined(const QString &buyerToken, const QJsonObject &order);
    QJsonObject get(const QString &token, const QString &orderId);
    HttpAnswer post(const QString &token, const QString &path, const QJsonObject &body = {});
    // The sandbox carrier reports the parcel the seller shipped with `carrier` and `trackingNumber` in
    // `status` ("delivered") and its webhooks are delivered; false if the sandbox refused.
    bool track(const QString &carrier, const QString &trackingNumber, const QString &status);

private:
    // The sandbox's pay call for the order's checkout session with `card`; false unless it answers `status`.
    bool sandboxPay(const QJsonObject &order, const QString &card, int status);
    HttpAnswer sandboxPost(const QString &path, const std::map<QString, QString> &form = {});

    const ServerDatabase &m_db;
    ServerProcess m_server;
    QProcess m_sandbox;
    QTemporaryDir m_sandboxDir;
    int m_sandboxPort = 0;
    QString m_lastBuyer;
    QByteArray m_config;
};

// A buyer in the browser: the web pages with a session cookie and their forms' CSRF tokens.
class WebSession
{
public:
    explicit WebSession(const QUrl &server);
    ~WebSession();
    bool signIn(const QString &email, const QString &password);
    // Asks the seller about a listing (the listing page's "Ask a question" form); the thread id, or empty.
    QString ask(const QString &listingId, const QString &question);
    // Reports a listing to staff (its "Report this listing" form): true once the page says it was sent.
    bool report(const QString &listingId, const QString &reason, const QString &details = {});
    // The thread's page as the buyer sees it (its HTML).
    QByteArray page(const QString &path);

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray location;
    };
    Answer send(const QByteArray &method, const QString &path, const std::map<QString, QString> &form = {});

    QUrl m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace caravan::synctest
