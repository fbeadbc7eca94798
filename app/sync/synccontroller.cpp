#include "sync/synccontroller.h"

#include "data/accountpaths.h"
#include "data/photostore.h"
#include "data/tokenstore.h"
#include "sync/accountsession.h"

namespace caravan::sync {

SyncController::SyncController(AccountSession &session, ConnectivityMonitor &connectivity, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_connectivity(connectivity)
    , m_tokens(new data::TokenStore(this))
{
    connect(&m_session, &AccountSession::accountChanged, this, &SyncController::accountChanged);
    connect(&m_connectivity, &ConnectivityMonitor::stateChanged, this,
            [this](ConnectivityMonitor::State state) {
                if (!m_client)
                    return;
                const bool online = state == ConnectivityMonitor::State::Online;
                if (online && !m_client->http().configured())
                    readToken(); // signed in meanwhile: the token is in the keychain now
                m_client->setOnline(online);
            });
    m_outboxWatch.setInterval(kOutboxWatchMs);
    connect(&m_outboxWatch, &QTimer::timeout, this, &SyncController::watchOutbox);
    accountChanged();
}

SyncController::~SyncController() = default;

void SyncController::accountChanged()
{
    if (m_client) {
        m_client->stop();
        m_client->deleteLater();
        m_client = nullptr;
    }
    m_outboxWatch.stop();
    m_lastPending = -1;
    const auto account = m_session.account();
    if (!account || !m_session.database()) {
        emit clientChanged(nullptr);
        return;
    }
    m_client = new SyncClient(m_session.database()->connection(), this);
    m_client->setServer(account->server);
    m_client->setOnline(m_connectivity.state() == ConnectivityMonitor::State::Online);
    m_client->setPhotoFolder(data::PhotoStore::folderFor(m_session.database()->filePath()));
    connect(m_client, &SyncClient::authorizationRequired, &m_session, &AccountSession::refreshProfile);
    m_outboxWatch.start();
    emit clientChanged(m_client);
    if (m_session.isAuthenticated())
        readToken();
}

void SyncController::readToken()
{
    const auto account = m_session.account();
    if (!account || !m_client || m_readingToken)
        return;
    m_readingToken = true;
    QPointer<SyncClient> client = m_client;
    m_tokens->read(data::tokenKey(account->server, account->email),
                   [this, client](const data::TokenStore::Result &result) {
                       m_readingToken = false;
                       if (!client || result.status != data::TokenStore::Status::Ok || result.token.isEmpty())
                           return;
                       client->setToken(result.token);
                       client->syncNow();
                   });
}

void SyncController::watchOutbox()
{
    if (!m_client)
        return;
    const int pending = m_client->pendingCount();
    if (pending != m_lastPending) {
        // Something was edited (or sent): tell the status area, and sync after the edits settle.
        if (m_lastPending >= 0 && pending > m_lastPending)
            m_client->localChanged();
        else
            emit m_client->pendingCountChanged(pending);
        m_lastPending = pending;
    }
    if (!m_client->http().configured() && m_session.isAuthenticated())
        readToken();
}

} // namespace caravan::sync
