#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QTcpServer>
#include <atomic>
#include <random>

class QTcpSocket;

namespace caravan::synctest {

// An HTTP/1.1 proxy on 127.0.0.1 between the app's sync client and the server that misbehaves on
// purpose, driven by a seeded PRNG so a failing run can be replayed:
//   drop request   the client's connection is cut before anything reaches the server
//   drop response  the server handles the request, the client never hears the answer
//   delay          the request waits up to maxDelayMs before it is forwarded
//   duplicate      the request reaches the server twice (the client gets one answer)
//   reorder        a copy of the request is held back and replayed after the NEXT request
// One request per connection (Connection: close both ways). Counts requests and bytes in each direction;
// the counts may be read from another thread (the benchmark runs the proxy on its own thread, so that
// forwarding never waits for the client's event loop).
class FaultProxy final : public QObject
{
    Q_OBJECT

public:
    struct Faults
    {
        int dropRequestPercent = 0;
        int dropResponsePercent = 0;
        int delayPercent = 0;
        int maxDelayMs = 0;
        int duplicatePercent = 0;
        int reorderPercent = 0;
    };

    FaultProxy(quint16 upstreamPort, quint64 seed, Faults faults, QObject *parent = nullptr);

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    void setUpstreamPort(quint16 port) { m_upstream = port; }
    void setFaults(Faults faults) { m_faults = faults; }

    [[nodiscard]] qint64 requests() const { return m_requests.load(); }
    [[nodiscard]] qint64 bytesFromClient() const { return m_bytesFromClient.load(); }
    [[nodiscard]] qint64 bytesToClient() const { return m_bytesToClient.load(); }
    [[nodiscard]] qint64 faultsInjected() const { return m_faultCount.load(); }
    // Requests whose path starts with `prefix` (counted as they arrive from the client).
    [[nodiscard]] qint64 requestsTo(const QByteArray &prefix) const;
    [[nodiscard]] qint64 bytesFromClientTo(const QByteArray &prefix) const;

private:
    void accept();
    void handle(QTcpSocket *client, const QByteArray &request);
    // Sends `request` upstream; `done` gets the raw response (empty if the server did not answer).
    void forward(const QByteArray &request, std::function<void(const QByteArray &)> done);
    bool roll(int percent);

    QTcpServer m_server;
    quint16 m_upstream;
    Faults m_faults;
    std::mt19937_64 m_random;
    QByteArray m_held; // a request to replay after the next one (reorder)
    std::atomic<qint64> m_requests = 0;
    std::atomic<qint64> m_bytesFromClient = 0;
    std::atomic<qint64> m_bytesToClient = 0;
    std::atomic<qint64> m_faultCount = 0;
    mutable QMutex m_pathsLock;
    QList<QPair<QByteArray, qint64>> m_byPath; // request line path -> bytes (under m_pathsLock)
};

} // namespace caravan::synctest
