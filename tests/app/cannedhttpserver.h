#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>

namespace caravan::test {

// The far side of an HTTP exchange, in-process: answers every request on a loopback port with the
// response set by respondWith() and records what it received. Used to provoke answers a real server
// rarely gives on demand (429 with Retry-After, malformed bodies, non-TLS on an https URL).
class CannedHttpServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        [[nodiscard]] QByteArray header(const QByteArray &name) const;
    };

    explicit CannedHttpServer(QObject *parent = nullptr);

    // The raw bytes sent back to every request (status line, headers and body).
    void respondWith(int status, const QByteArray &body, const QList<QByteArray> &extraHeaders = {});
    void respondWithRaw(const QByteArray &raw) { m_response = raw; }
    // Answers requests whose path (query included) starts with `pathPrefix` with this response instead of the
    // one above; of several matching prefixes the longest wins.
    void respondTo(const QByteArray &pathPrefix, int status, const QByteArray &body,
                   const QByteArray &contentType = QByteArrayLiteral("application/json"));

    [[nodiscard]] QList<Request> requests() const { return m_requests; }
    [[nodiscard]] int port() const { return serverPort(); }

private:
    void serve();
    [[nodiscard]] QByteArray responseFor(const QByteArray &path) const;
    static QByteArray raw(int status, const QByteArray &body, const QByteArray &contentType,
                          const QList<QByteArray> &extraHeaders);

    QByteArray m_response;
    QHash<QByteArray, QByteArray> m_routes; // path prefix -> raw response
    QList<Request> m_requests;
};

} // namespace caravan::test
