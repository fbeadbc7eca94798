#pragma once

#include "data/syncjournal.h"
#include "sync/backoff.h"
#include "sync/photodownloader.h"
#include "sync/photouploader.h"
#include "sync/synchttp.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>
#include <QUrl>

namespace caravan::sync {

// The app's sync engine (docs/sync.md). Knows no widgets: it takes the account's database, the server
// and the token. One cycle = upload missing photos, push the outbox in bounded batches, pull pages from
// the stored cursor, download the photos of pulled listings this device lacks. Everything is asynchronous;
// the UI observes the signals.
//
// Failures are retried with exponential backoff and full jitter. Offline it stays quiet; when the network
// returns it syncs at once. Local edits trigger a sync after a short pause; an idle client syncs
// periodically. Everything it needs to resume (outbox, cursor) is in the database.
class SyncClient final : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Idle, Photos, Pushing, Pulling, Downloading, Waiting };
    Q_ENUM(Phase)

    static constexpr int kMaxBatch = 500;
    static constexpr int kMaxBatchBytes = 1024 * 1024;
    static constexpr int kMaxInFlight = 2; // push batches on the way at once
    static constexpr int kMaxPullLimit = 500;
    static constexpr int kDebounceMs = 2000;
    static constexpr int kPeriodMs = 5 * 60 * 1000;

    explicit SyncClient(QSqlDatabase db, QObject *parent = nullptr);
    ~SyncClient() override;

    void setServer(const QUrl &server);
    void setToken(const QString &token);
    // The account's photo folder (data::PhotoStore::folderFor): photos are uploaded from it and downloaded
    // into it. Without one, a cycle neither uploads nor downloads photos.
    void setPhotoFolder(const QString &folder);
    void setBatchSize(int size) { m_batchSize = qBound(1, size, kMaxBatch); }
    void setPullLimit(int limit) { m_pullLimit = qBound(1, limit, kMaxPullLimit); }
    void setPhotoChunkBytes(int bytes) { m_photos->setChunkBytes(bytes); }
    void setBackoff(int baseMs, int capMs, quint64 seed) { m_backoff = Backoff(baseMs, capMs, seed); }
    // Periodic and after-edit syncs (on by default). Tests drive syncNow() themselves.
    void setAutomatic(bool on);

    // Whether the server is reachable (from the ConnectivityMonitor). Going online syncs at once.
    void setOnline(bool online);
    [[nodiscard]] bool isOnline() const { return m_online; }

    // Starts a cycle now (or right after the running one).
    void syncNow();
    // Something changed locally: sync after kDebounceMs of quiet.
    void localChanged();
    // Stops the running cycle and any retry (e.g. on sign-out).
    void stop();

    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] bool isRunning() const { return m_phase != Phase::Idle && m_phase != Phase::Waiting; }
    [[nodiscard]] int pendingCount() const { return m_journal.pendingCount(); }
    [[nodiscard]] QDateTime lastSyncAt() const { return m_journal.lastSyncAt(); }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] int consecutiveFailures() const { return m_backoff.failures(); }
    [[nodiscard]] const SyncHttp &http() const { return *m_http; }
    // Mutations sent in push requests since this client was made (a mutation sent twice counts twice).
    [[nodiscard]] qint64 mutationsSent() const { return m_mutationsSent; }
    [[nodiscard]] data::SyncJournal &journal() { return m_journal; }

signals:
    void phaseChanged(caravan::sync::SyncClient::Phase phase);
    // During a cycle: photos/mutations done of total, or changes pulled (total 0 = unknown).
    void progressChanged(caravan::sync::SyncClient::Phase phase, int done, int total);
    void pendingCountChanged(int pending);
    void syncFinished(bool ok);
    void logAppended();
    void conflictsChanged();
    // Photos of listings arrived on this device (their thumbnails can be shown now).
    void photosArrived(const QStringList &sha256s);
    // The token was refused (401): the user must sign in again. No retries until setToken().
    void authorizationRequired();

private:
    void startCycle();
    void uploadPhotos();
    // One push request: the mutations and the gzipped body that carries them.
    struct PreparedPush
    {
        QVector<data::SyncMutation> sent;
        QByteArray body;
    };
    [[nodiscard]] PreparedPush preparePush(qint64 afterId);
    void pushNext();
    void fillPipeline();
    void sendPush(PreparedPush batch);
    void pushAnswered(const QVector<data::SyncMutation> &sent, const HttpAnswer &answer);
    void pullNext();
    void requestPage(qint64 cursor);
    void pageArrived(const HttpAnswer &answer);
    void downloadPhotos();
    void finishCycle();
    void failCycle(const HttpAnswer &answer, const QString &what);
    void setPhase(Phase phase);
    [[nodiscard]] bool canRun() const;

    data::SyncJournal m_journal;
    SyncHttp *m_http;
    PhotoUploader *m_photos;
    PhotoDownloader *m_downloads;
    Backoff m_backoff;
    QTimer m_retryTimer;
    QTimer m_debounceTimer;
    QTimer m_periodicTimer;
    Phase m_phase = Phase::Idle;
    bool m_online = true;
    bool m_again = false;
    bool m_authFailed = false;
    bool m_automatic = true;
    int m_batchSize = kMaxBatch;
    int m_pullLimit = 200;
    int m_pushDone = 0;
    int m_pushTotal = 0;
    int m_pulled = 0;
    bool m_hadChanges = false;
    QString m_lastError;
    QSet<QString> m_refusedDownloads;
    PreparedPush m_nextPush;                     // the next batch, prepared while the server works
    QList<QVector<data::SyncMutation>> m_flying; // batches sent and not answered, oldest first
    bool m_pipelineBroken = false;
    qint64 m_mutationsSent = 0; // go back to the outbox once nothing is on the way
};

} // namespace caravan::sync
