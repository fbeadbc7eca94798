#include "ui/syncstatus.h"

#include "data/conflictstore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace caravan::ui {

SyncStatus::SyncStatus(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_conflicts(new QToolButton(this))
    , m_log(new QToolButton(this))
    , m_syncNow(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_state->setObjectName(QStringLiteral("syncState"));
    m_pending->setObjectName(QStringLiteral("syncPending"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_conflicts->setAutoRaise(true);
    m_conflicts->setStyleSheet(QStringLiteral("QToolButton { color: #a04000; font-weight: bold; }"));
    m_conflicts->hide();
    m_log->setObjectName(QStringLiteral("syncLogButton"));
    m_log->setAutoRaise(true);
    m_log->setText(tr("Sync log"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setAutoRaise(true);
    m_syncNow->setText(tr("Sync now"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_pending);
    layout->addWidget(m_progress);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_syncNow);
    layout->addWidget(m_log);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatus::conflictsRequested);
    connect(m_log, &QToolButton::clicked, this, &SyncStatus::syncLogRequested);
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatus::syncNowRequested);
    m_clock.setInterval(30000);
    connect(&m_clock, &QTimer::timeout, this, &SyncStatus::refresh);
    m_clock.start();
    refresh();
}

void SyncStatus::setClient(sync::SyncClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (client) {
        connect(client, &sync::SyncClient::phaseChanged, this, &SyncStatus::refresh);
        connect(client, &sync::SyncClient::pendingCountChanged, this, &SyncStatus::refresh);
        connect(client, &sync::SyncClient::syncFinished, this, &SyncStatus::refresh);
        connect(client, &sync::SyncClient::progressChanged, this, &SyncStatus::showProgress);
        connect(client, &sync::SyncClient::conflictsChanged, this, [this] {
            if (m_client)
                setConflictCount(data::ConflictStore(m_client->journal().database()).openCount());
        });
        setConflictCount(data::ConflictStore(client->journal().database()).openCount());
    } else {
        setConflictCount(0);
    }
    refresh();
}

void SyncStatus::setOnline(bool online)
{
    m_online = online;
    refresh();
}

void SyncStatus::setConflictCount(int open)
{
    m_openConflicts = open;
    m_conflicts->setText(tr("%n conflict(s)", nullptr, open));
    m_conflicts->setVisible(open > 0);
}

QString SyncStatus::stateText() const
{
    return m_state->text();
}

QString SyncStatus::pendingText() const
{
    return m_pending->text();
}

QString SyncStatus::progressText() const
{
    return m_progress->format();
}

bool SyncStatus::progressVisible() const
{
    return !m_progress->isHidden();
}

bool SyncStatus::conflictsVisible() const
{
    return !m_conflicts->isHidden();
}

void SyncStatus::refresh()
{
    if (!m_client) {
        m_state->setText(tr("Sync: no account"));
        m_pending->clear();
        m_progress->hide();
        m_syncNow->setEnabled(false);
        return;
    }
    const auto phase = m_client->phase();
    QString state;
    if (!m_online) {
        state = tr("Offline — changes are kept and sent later");
    } else if (m_client->isRunning()) {
        state = tr("Syncing…");
    } else if (phase == sync::SyncClient::Phase::Waiting) {
        state = tr("Sync failed; retrying soon");
    } else {
        const QDateTime last = m_client->lastSyncAt();
        if (!last.isValid()) {
            state = tr("Online, not synced yet");
        } else {
            const qint64 minutes = last.secsTo(QDateTime::currentDateTimeUtc()) / 60;
            state = minutes < 1 ? tr("Synced just now")
                    : minutes < 120
                        ? tr("Synced %n minute(s) ago", nullptr, int(minutes))
                        : tr("Synced %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat));
        }
    }
    m_state->setText(state);
    const int pending = m_client->pendingCount();
    m_pending->setText(pending > 0 ? tr("%n change(s) waiting", nullptr, pending) : QString());
    m_pending->setVisible(pending > 0);
    m_syncNow->setEnabled(m_online && !m_client->isRunning());
    if (!m_client->isRunning())
        m_progress->hide();
}

void SyncStatus::showProgress(sync::SyncClient::Phase phase, int done, int total)
{
    if (phase == sync::SyncClient::Phase::Photos)
        m_progress->setFormat(tr("Photos %1 of %2").arg(done).arg(total));
    else if (phase == sync::SyncClient::Phase::Downloading)
        m_progress->setFormat(tr("Downloading photos %1 of %2").arg(done).arg(total));
    else if (phase == sync::SyncClient::Phase::Pushing)
        m_progress->setFormat(tr("Sending %1 of %2").arg(done).arg(total));
    else
        m_progress->setFormat(tr("Received %n change(s)", nullptr, done));
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    } else {
        m_progress->setRange(0, 0); // busy: the total is not known
    }
    m_progress->show();
}

} // namespace caravan::ui
