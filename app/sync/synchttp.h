#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;

namespace caravan::sync {

// One answer from the server, whatever happened on the way.
struct HttpAnswer
{
    int status = 0; // 0 when no HTTP answer arrived (transport error, timeout)
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
    int retryAfterSeconds = 0;
    QByteArray reprDigest; // the Repr-Digest header (RFC 9530), e.g. "sha-256=:base64:"
    bool tooLarge = false; // the body passed the request's limit and was abandoned
    bool insecure = false; // not sent: plain http to another computer (ServerAddress::isSecure)
    QString requestId;     // the server's X-Request-Id: its log lines of this request carry the same id

    [[nodiscard]] bool ok() const { return status >= 200 && status < 300 && !tooLarge; }
    // Worth trying again later: nothing arrived, the server failed, or it asked us to slow down.
    [[nodiscard]] bool transient() const
    {
        return !tooLarge && !insecure && (status == 0 || status >= 500 || status == 429 || status == 408);
    }
};

// The bearer-token HTTP calls of the sync API over one QNetworkAccessManager. Asynchronous; callbacks
// run on this object's thread. Counts requests and body bytes for the status area and the benchmark.
class SyncHttp final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpAnswer &)>;
    static constexpr int kTransferTimeoutMs = 60000;

    explicit SyncHttp(QObject *parent = nullptr);

    void setServer(const QUrl &server) { m_server = server; }
    void setToken(const QString &token) { m_token = token; }
    [[nodiscard]] QUrl server() const { return m_server; }
    [[nodiscard]] bool configured() const { return m_server.isValid() && !m_token.isEmpty(); }

    // `maxBodyBytes` > 0: a longer answer is abandoned as soon as that shows (answer.tooLarge).
    void get(const QString &path, const QUrlQuery &query, Callback done, qint64 maxBodyBytes = 0);
    // `contentEncoding` e.g. "gzip" for a compressed body.
    void post(const QString &path, const QByteArray &body, const QByteArray &contentEncoding, Callback done);
    void put(const QString &path, const QUrlQuery &query, const QByteArray &body, Callback done);
    // Abandons every request in flight (their callbacks are not called).
    void abortAll();

    [[nodiscard]] qint64 requestCount() const { return m_requests; }
    [[nodiscard]] qint64 bytesSent() const { return m_bytesSent; }
    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }

private:
    QNetworkRequest request(const QString &path, const QUrlQuery &query) const;
    // True (and `done` called with answer.insecure on the next event-loop turn) when the server's
    // address must not receive the token.
    bool refuseInsecure(const Callback &done);
    void watch(QNetworkReply *reply, Callback done, qint64 maxBodyBytes = 0);

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_token;
    quint64 m_generation = 0;
    qint64 m_requests = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
};

// gzip (RFC 1952) of `data`, for request bodies.
[[nodiscard]] QByteArray gzipCompress(const QByteArray &data);

} // namespace caravan::sync
