#pragma once

#include "sync/connectivitymonitor.h"
#include "sync/syncclient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace caravan::data {
class TokenStore;
}

namespace caravan::sync {

class AccountSession;

// Keeps one SyncClient for the open account: reads the account's token from the keychain, follows the
// connectivity monitor (quiet offline, sync when the server answers again), notices local edits (the
// outbox grows) and syncs after them. No widgets; the status area and the windows observe it.
class SyncController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kOutboxWatchMs = 1500;

    SyncController(AccountSession &session, ConnectivityMonitor &connectivity, QObject *parent = nullptr);
    ~SyncController() override;

    // The client of the open account (nullptr when no account is open).
    [[nodiscard]] SyncClient *client() const { return m_client; }

signals:
    // A new client (or none) — re-connect to its signals.
    void clientChanged(caravan::sync::SyncClient *client);

private:
    void accountChanged();
    void readToken();
    void watchOutbox();

    AccountSession &m_session;
    ConnectivityMonitor &m_connectivity;
    data::TokenStore *m_tokens;
    QPointer<SyncClient> m_client;
    QTimer m_outboxWatch;
    int m_lastPending = -1;
    bool m_readingToken = false;
};

} // namespace caravan::sync
