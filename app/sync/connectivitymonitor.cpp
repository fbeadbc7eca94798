#include "sync/connectivitymonitor.h"

#include "sync/serveraddress.h"
#include "sync/sessionclient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>

Q_LOGGING_CATEGORY(lcConnectivity, "caravan.sync.connectivity")

namespace caravan::sync {

ConnectivityMonitor::ConnectivityMonitor(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectivityMonitor::probeNow);
}

void ConnectivityMonitor::setServer(const QUrl &server)
{
    if (server == m_server)
        return;
    m_server = server;
    if (QNetworkReply *reply = m_inFlight.data())
        reply->abort();
    m_failures = 0;
    m_backoffMs = 0;
    setState(State::Unknown);
    if (m_running)
        probeNow();
}

void ConnectivityMonitor::start()
{
    m_running = true;
    probeNow();
}

void ConnectivityMonitor::stop()
{
    m_running = false;
    m_timer.stop();
    if (QNetworkReply *reply = m_inFlight.data())
        reply->abort();
}

void ConnectivityMonitor::probeNow()
{
    if (m_inFlight || !m_server.isValid() || m_server.isEmpty())
        return;
    m_timer.stop();
    if (!ServerAddress::isSecure(m_server)) {
        // Plain http to another computer: the app sends it nothing (not even the probe) and shows it as
        // not answering; the sign-in and the settings page say why.
        qCInfo(lcConnectivity) << "not probing" << m_server.host() << "over plain http";
        setState(State::Offline);
        return;
    }
    QNetworkRequest request(endpoint(m_server, QStringLiteral("/healthz")));
    ServerTrust::apply(request);
    request.setTransferTimeout(kProbeTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QNetworkReply *reply = m_network->get(request);
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finishProbe(reply); });
}

void ConnectivityMonitor::finishProbe(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_inFlight == reply)
        m_inFlight = nullptr;
    const QUrl probed = reply->url();
    if (!m_server.isValid() || endpoint(m_server, QStringLiteral("/healthz")) != probed)
        return; // the server changed while this probe ran
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        m_failures = 0;
        m_backoffMs = 0;
        setState(State::Online);
        if (m_running)
            m_timer.start(kOnlineIntervalMs);
        return;
    }
    ++m_failures;
    m_backoffMs = m_backoffMs == 0 ? kMinBackoffMs : std::min(m_backoffMs * 2, kMaxBackoffMs);
    qCDebug(lcConnectivity) << "health probe failed" << status << reply->errorString() << "next in"
                            << m_backoffMs << "ms";
    setState(State::Offline);
    if (m_running)
        m_timer.start(m_backoffMs);
}

void ConnectivityMonitor::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCInfo(lcConnectivity) << "server" << m_server.toDisplayString() << "is now" << state;
    emit stateChanged(state);
}

} // namespace caravan::sync
