#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace caravan::sync {

// Knows whether the server answers: a cheap GET {server}/healthz, repeated every kOnlineIntervalMs while
// online and with exponential backoff (kMinBackoffMs doubling up to kMaxBackoffMs) while offline.
// Never blocks: every probe is asynchronous and times out after kProbeTimeoutMs.
class ConnectivityMonitor final : public QObject
{
    Q_OBJECT

public:
    enum class State { Unknown, Online, Offline };
    Q_ENUM(State)

    static constexpr int kProbeTimeoutMs = 5000;
    static constexpr int kOnlineIntervalMs = 30000;
    static constexpr int kMinBackoffMs = 2000;
    static constexpr int kMaxBackoffMs = 120000;

    explicit ConnectivityMonitor(QObject *parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QUrl server() const { return m_server; }
    // The wait before the next probe after the last failure (0 while online or unknown).
    [[nodiscard]] int currentBackoffMs() const { return m_backoffMs; }
    [[nodiscard]] int consecutiveFailures() const { return m_failures; }

    // Changing the server resets the state to Unknown and probes at once.
    void setServer(const QUrl &server);
    void start();
    void stop();
    // Probes now (e.g. after the user asked to retry), unless a probe is already running.
    void probeNow();

signals:
    void stateChanged(caravan::sync::ConnectivityMonitor::State state);

private:
    void finishProbe(QNetworkReply *reply);
    void setState(State state);

    QNetworkAccessManager *m_network;
    QTimer m_timer;
    QUrl m_server;
    QPointer<QNetworkReply> m_inFlight;
    State m_state = State::Unknown;
    int m_backoffMs = 0;
    int m_failures = 0;
    bool m_running = false;
};

} // namespace caravan::sync
