#pragma once

#include "sync/syncclient.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace caravan::ui {

// The sync part of the status bar: online/offline, last sync, pending changes, a progress bar with counts
// during a long sync, the open conflicts (click to open them) and a button for the sync log.
class SyncStatus final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatus(QWidget *parent = nullptr);

    void setClient(sync::SyncClient *client);
    void setOnline(bool online);
    void setConflictCount(int open);

    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString pendingText() const;
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] bool progressVisible() const;
    [[nodiscard]] bool conflictsVisible() const;

signals:
    void syncLogRequested();
    void conflictsRequested();
    void syncNowRequested();

private:
    void refresh();
    void showProgress(sync::SyncClient::Phase phase, int done, int total);

    QPointer<sync::SyncClient> m_client;
    QLabel *m_state;
    QLabel *m_pending;
    QProgressBar *m_progress;
    QToolButton *m_conflicts;
    QToolButton *m_log;
    QToolButton *m_syncNow;
    QTimer m_clock; // keeps "last synced … ago" fresh
    bool m_online = false;
    int m_openConflicts = 0;
};

} // namespace caravan::ui
