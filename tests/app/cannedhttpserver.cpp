#include "cannedhttpserver.h"

#include <QTcpSocket>

namespace caravan::test {

QByteArray CannedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

CannedHttpServer::CannedHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, &CannedHttpServer::serve);
}

QByteArray CannedHttpServer::raw(int status, const QByteArray &body, const QByteArray &contentType,
                                 const QList<QByteArray> &extraHeaders)
{
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + " Canned\r\n";
    raw += "Content-Type: " + contentType + "\r\nConnection: close\r\n";
    raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const QByteArray &header : extraHeaders)
        raw += header + "\r\n";
    raw += "\r\n" + body;
    return raw;
}

void CannedHttpServer::respondWith(int status, const QByteArray &body, const QList<QByteArray> &extraHeaders)
{
    m_response = raw(status, body, QByteArrayLiteral("application/json"), extraHeaders);
}

void CannedHttpServer::respondTo(const QByteArray &pathPrefix, int status, const QByteArray &body,
                                 const QByteArray &contentType)
{
    m_routes.insert(pathPrefix, raw(status, body, contentType, {}));
}

QByteArray CannedHttpServer::responseFor(const QByteArray &path) const
{
    QByteArray best;
    for (auto it = m_routes.begin(); it != m_routes.end(); ++it)
        if (path.startsWith(it.key()) && it.key().size() > best.size())
            best = it.key();
    return best.isEmpty() ? m_response : m_routes.value(best);
}

void CannedHttpServer::serve()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->isEmpty() && static_cast<unsigned char>(buffer->at(0)) == 0x16) {
                // A TLS ClientHello: this server speaks plain HTTP only, as a misconfigured one would.
                m_requests.append(Request{"TLS", {}, {}, {}});
                socket->write(m_response);
                socket->disconnectFromHost();
                buffer->clear();
                return;
            }
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray key = line.left(colon).trimmed();
                const QByteArray value = line.mid(colon + 1).trimmed();
                request.headers.append({key, value});
                if (key.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return; // body not complete yet
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            m_requests.append(request);
            socket->write(responseFor(request.path));
            socket->disconnectFromHost();
        });
    }
}

} // namespace caravan::test
