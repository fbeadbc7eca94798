#include "faultproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace caravan::synctest {

namespace {

// Index just past the header block, or -1 while incomplete.
qsizetype headerEnd(const QByteArray &data)
{
    const qsizetype at = data.indexOf("\r\n\r\n");
    return at < 0 ? -1 : at + 4;
}

qsizetype contentLength(const QByteArray &headers)
{
    for (const QByteArray &line : headers.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            return trimmed.mid(15).trimmed().toLongLong();
    }
    return 0;
}

// The same message with "Connection: close" instead of whatever it said about the connection.
QByteArray withConnectionClose(const QByteArray &message)
{
    const qsizetype end = headerEnd(message);
    if (end < 0)
        return message;
    QList<QByteArray> lines = message.left(end - 4).split('\n');
    QByteArray out;
    for (const QByteArray &line : lines) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("connection:") || lower.startsWith("keep-alive:"))
            continue;
        out += line.trimmed() + "\r\n";
    }
    out += "Connection: close\r\n\r\n";
    out += message.mid(end);
    return out;
}

QByteArray pathOf(const QByteArray &request)
{
    const QList<QByteArray> parts = request.left(request.indexOf('\r')).split(' ');
    return parts.size() > 1 ? parts[1] : QByteArray();
}

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort, quint64 seed, Faults faults, QObject *parent)
    : QObject(parent)
    , m_upstream(upstreamPort)
    , m_faults(faults)
    , m_random(seed)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

bool FaultProxy::roll(int percent)
{
    if (percent <= 0)
        return false;
    std::uniform_int_distribution<int> dist(0, 99);
    const bool hit = dist(m_random) < percent;
    m_faultCount += hit ? 1 : 0;
    return hit;
}

qint64 FaultProxy::requestsTo(const QByteArray &prefix) const
{
    const QMutexLocker lock(&m_pathsLock);
    qint64 n = 0;
    for (const auto &entry : m_byPath)
        n += entry.first.startsWith(prefix) ? 1 : 0;
    return n;
}

qint64 FaultProxy::bytesFromClientTo(const QByteArray &prefix) const
{
    const QMutexLocker lock(&m_pathsLock);
    qint64 n = 0;
    for (const auto &entry : m_byPath)
        n += entry.first.startsWith(prefix) ? entry.second : 0;
    return n;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            buffer->append(client->readAll());
            const qsizetype end = headerEnd(*buffer);
            if (end < 0 || buffer->size() < end + contentLength(buffer->left(end)))
                return;
            const QByteArray request = buffer->left(end + contentLength(buffer->left(end)));
            buffer->clear();
            disconnect(client, &QTcpSocket::readyRead, this, nullptr);
            handle(client, request);
        });
    }
}

void FaultProxy::handle(QTcpSocket *client, const QByteArray &raw)
{
    ++m_requests;
    m_bytesFromClient += raw.size();
    {
        const QMutexLocker lock(&m_pathsLock);
        m_byPath.append({pathOf(raw), raw.size()});
    }
    const QByteArray request = withConnectionClose(raw);
    QPointer<QTcpSocket> to(client);

    if (roll(m_faults.dropRequestPercent)) {
        client->abort();
        return;
    }
    const bool dropResponse = roll(m_faults.dropResponsePercent);
    const bool duplicate = roll(m_faults.duplicatePercent);
    const bool reorder = roll(m_faults.reorderPercent);
    int delay = 0;
    if (roll(m_faults.delayPercent) && m_faults.maxDelayMs > 0)
        delay = std::uniform_int_distribution<int>(1, m_faults.maxDelayMs)(m_random);

    const QByteArray held = m_held;
    m_held = reorder ? request : QByteArray();
    auto send = [this, request, to, dropResponse, duplicate, held] {
        if (duplicate)
            forward(request, [](const QByteArray &) {});
        forward(request, [this, to, dropResponse, held](const QByteArray &response) {
            // The request held back from before this one now arrives, late and out of order.
            if (!held.isEmpty())
                forward(held, [](const QByteArray &) {});
            if (!to)
                return;
            if (dropResponse || response.isEmpty()) {
                to->abort();
                return;
            }
            const QByteArray out = withConnectionClose(response);
            m_bytesToClient += out.size();
            to->write(out);
            to->disconnectFromHost();
        });
    };
    if (delay > 0)
        QTimer::singleShot(delay, this, send);
    else
        send();
}

void FaultProxy::forward(const QByteArray &request, std::function<void(const QByteArray &)> done)
{
    auto *upstream = new QTcpSocket(this);
    auto *response = new QByteArray;
    auto finished = std::make_shared<bool>(false);
    auto finish = [upstream, response, finished, done] {
        if (*finished)
            return;
        *finished = true;
        const QByteArray copy = *response;
        delete response;
        upstream->deleteLater();
        done(copy);
    };
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, upstream, [upstream, response, finished] {
        if (!*finished)
            response->append(upstream->readAll());
    });
    connect(upstream, &QTcpSocket::disconnected, this, [upstream, response, finished, finish] {
        if (!*finished)
            response->append(upstream->readAll());
        finish();
    });
    connect(upstream, &QTcpSocket::errorOccurred, this, [finish](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            finish();
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
}

} // namespace caravan::synctest
