#include "sync/syncclient.h"

#include "data/photostore.h"
#include "data/syncwire.h"

#ifndef Q_MOC_RUN
#include "sync/codec.h"
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSyncClient, "caravan.sync.client")

namespace caravan::sync {

using data::SyncLogLevel;

SyncClient::SyncClient(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_journal(std::move(db))
    , m_http(new SyncHttp(this))
    , m_photos(new PhotoUploader(*m_http, this))
    , m_downloads(new PhotoDownloader(*m_http, this))
{
    m_retryTimer.setSingleShot(true);
    m_debounceTimer.setSingleShot(true);
    m_debounceTimer.setInterval(kDebounceMs);
    m_periodicTimer.setInterval(kPeriodMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncClient::syncNow);
    connect(&m_debounceTimer, &QTimer::timeout, this, &SyncClient::syncNow);
    connect(&m_periodicTimer, &QTimer::timeout, this, &SyncClient::syncNow);
    connect(m_photos, &PhotoUploader::progress, this,
            [this](int done, int total) { emit progressChanged(Phase::Photos, done, total); });
    connect(m_downloads, &PhotoDownloader::progress, this,
            [this](int done, int total) { emit progressChanged(Phase::Downloading, done, total); });
    m_periodicTimer.start();
}

SyncClient::~SyncClient()
{
    m_http->abortAll();
}

void SyncClient::setServer(const QUrl &server)
{
    m_http->setServer(server);
}

void SyncClient::setPhotoFolder(const QString &folder)
{
    const QSqlDatabase db = m_journal.database();
    m_photos->setResolver(
        [folder, db](const QString &hash) { return data::PhotoStore(folder, db).filePath(hash); });
    m_downloads->setSink([folder, db](const QString &hash, const QByteArray &jpeg) {
        const auto stored = data::PhotoStore(folder, db).adoptDownloaded(hash, jpeg);
        return stored.ok ? QString() : stored.error;
    });
}

void SyncClient::setToken(const QString &token)
{
    m_http->setToken(token);
    m_authFailed = false;
}

void SyncClient::setAutomatic(bool on)
{
    m_automatic = on;
    if (on) {
        m_periodicTimer.start();
    } else {
        m_periodicTimer.stop();
        m_debounceTimer.stop();
    }
}

void SyncClient::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    if (!online) {
        // Quiet while offline: no retries, no timers firing into a dead network.
        m_retryTimer.stop();
        return;
    }
    m_backoff.reset();
    if (m_automatic || m_phase == Phase::Waiting)
        syncNow();
}

bool SyncClient::canRun() const
{
    return m_online && m_http->configured() && !m_authFailed;
}

void SyncClient::localChanged()
{
    emit pendingCountChanged(m_journal.pendingCount());
    if (m_automatic)
        m_debounceTimer.start();
}

void SyncClient::syncNow()
{
    if (isRunning()) {
        m_again = true;
        return;
    }
    m_retryTimer.stop();
    m_debounceTimer.stop();
    if (!canRun()) {
        if (m_phase == Phase::Waiting && !m_online)
            setPhase(Phase::Idle);
        return;
    }
    startCycle();
}

void SyncClient::stop()
{
    m_retryTimer.stop();
    m_debounceTimer.stop();
    m_http->abortAll();
    m_again = false;
    m_nextPush = {};
    m_flying.clear();
    setPhase(Phase::Idle);
}

void SyncClient::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void SyncClient::startCycle()
{
    m_again = false;
    m_pushDone = 0;
    m_pushTotal = m_journal.pendingCount();
    m_pulled = 0;
    m_hadChanges = false;
    m_nextPush = {};
    m_flying.clear();
    m_pipelineBroken = false;
    m_journal.clientId();
    m_journal.setLogRequestId({});
    uploadPhotos();
}

void SyncClient::uploadPhotos()
{
    const QStringList hashes = m_journal.pendingPhotoHashes();
    if (hashes.isEmpty())
        return pushNext();
    setPhase(Phase::Photos);
    m_photos->upload(hashes, [this](const PhotoUploader::Outcome &outcome) {
        if (!outcome.answer.requestId.isEmpty()) // a failed photo call names itself
            m_journal.setLogRequestId(outcome.answer.requestId);
        if (!outcome.ok)
            return failCycle(outcome.answer, QStringLiteral("photos"));
        if (outcome.uploaded > 0) {
            m_journal.appendLog(SyncLogLevel::Info, QStringLiteral("photos_uploaded"), {}, {},
                                outcome.uploaded);
            m_hadChanges = true;
        }
        for (const QString &hash : outcome.refused)
            m_journal.appendLog(SyncLogLevel::Error, QStringLiteral("photo_refused"), QStringLiteral("photo"),
                                hash);
        for (const QString &hash : outcome.unavailable)
            m_journal.appendLog(SyncLogLevel::Warning, QStringLiteral("photo_missing"),
                                QStringLiteral("photo"), hash);
        if (!outcome.refused.isEmpty() || !outcome.unavailable.isEmpty() || outcome.uploaded > 0)
            emit logAppended();
        pushNext();
    });
}

SyncClient::PreparedPush SyncClient::preparePush(qint64 afterId)
{
    PreparedPush batch;
    const QVector<data::SyncMutation> pending = m_journal.pendingMutations(m_batchSize, afterId);
    if (pending.isEmpty())
        return batch;
    // Bounded on our side too: at most kMaxBatch mutations and kMaxBatchBytes of JSON. Each mutation is
    // encoded once (shared/sync/codec.h); the body is put together from those pieces.
    std::vector<std::string> pieces;
    qsizetype bytes = 0;
    for (const data::SyncMutation &m : pending) {
        std::string one = caravan::sync::encodeText(m.toWire());
        const qsizetype size = static_cast<qsizetype>(one.size()) + 1;
        if (!batch.sent.isEmpty() && bytes + size > kMaxBatchBytes - 4096)
            break;
        bytes += size;
        pieces.push_back(std::move(one));
        batch.sent.append(m);
    }
    const QByteArray json = QByteArray::fromStdString(
        caravan::sync::encodePushBody(m_journal.clientId().toStdString(), afterId, pieces));
    batch.body = gzipCompress(json);
    return batch;
}

void SyncClient::pushNext()
{
    // (Re)starts from the outbox: everything not acknowledged is read again.
    m_nextPush = {};
    m_pipelineBroken = false;
    PreparedPush batch = preparePush(0);
    if (batch.sent.isEmpty())
        return pullNext();
    sendPush(std::move(batch));
    fillPipeline();
}

void SyncClient::fillPipeline()
{
    // Up to kMaxInFlight batches on the way (the server applies them one after the other, each saying
    // which batch it follows), and the one after them read and compressed while the server works.
    while (!m_pipelineBroken && m_flying.size() < kMaxInFlight) {
        if (m_nextPush.sent.isEmpty() && !m_flying.isEmpty())
            m_nextPush = preparePush(m_flying.last().last().id);
        if (m_nextPush.sent.isEmpty())
            return;
        sendPush(std::exchange(m_nextPush, {}));
    }
    if (!m_pipelineBroken && m_nextPush.sent.isEmpty() && !m_flying.isEmpty())
        m_nextPush = preparePush(m_flying.last().last().id);
}

void SyncClient::sendPush(PreparedPush batch)
{
    setPhase(Phase::Pushing);
    m_pushTotal = qMax(m_pushTotal, m_pushDone + static_cast<int>(batch.sent.size()));
    emit progressChanged(Phase::Pushing, m_pushDone, m_pushTotal);
    m_flying.append(batch.sent);
    m_mutationsSent += batch.sent.size();
    const QVector<data::SyncMutation> sent = std::move(batch.sent);
    m_http->post(QStringLiteral("/api/v1/sync/push"), batch.body, QByteArrayLiteral("gzip"),
                 [this, sent](const HttpAnswer &answer) { pushAnswered(sent, answer); });
}

void SyncClient::pushAnswered(const QVector<data::SyncMutation> &sent, const HttpAnswer &answer)
{
    m_journal.setLogRequestId(answer.requestId); // the lines about this batch name the server's request
    m_flying.removeIf([&](const QVector<data::SyncMutation> &batch) {
        return !batch.isEmpty() && batch.first().id == sent.first().id;
    });
    const auto continueOrRestart = [this] {
        // Once nothing is on the way, a broken pipeline starts again from the outbox.
        if (m_flying.isEmpty() && (m_pipelineBroken || m_nextPush.sent.isEmpty()))
            return pushNext();
        fillPipeline();
    };
    if (answer.status == 409 &&
        QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("error")).toString() ==
            QLatin1String("out_of_order")) {
        // It overtook the batch it follows (or that one failed): nothing of it was applied.
        m_pipelineBroken = true;
        m_nextPush = {};
        return continueOrRestart();
    }
    if (answer.status == 413 && sent.size() > 1) {
        // Too large for the server after all: smaller batches, from the outbox.
        m_batchSize = qMax(1, static_cast<int>(sent.size()) / 2);
        m_pipelineBroken = true;
        m_nextPush = {};
        return continueOrRestart();
    }
    if (!answer.ok()) {
        m_http->abortAll(); // a batch behind this one would only be refused as out of order
        m_flying.clear();
        return failCycle(answer, QStringLiteral("push"));
    }
    QVector<data::PushResult> results;
    for (const auto &result :
         caravan::sync::decodePushResponse(data::syncwire::parseBody(answer.body)).results)
        results.append(data::PushResult::fromWire(result));
    if (results.isEmpty()) {
        m_http->abortAll();
        m_flying.clear();
        HttpAnswer bad = answer;
        bad.status = 0;
        bad.errorText = QStringLiteral("the push answer holds no results");
        return failCycle(bad, QStringLiteral("push"));
    }
    bool conflicts = false;
    int rejected = 0;
    QSet<qint64> answered;
    for (const auto &r : results) {
        conflicts = conflicts || r.status == QLatin1String("conflict");
        rejected += r.status == QLatin1String("rejected") ? 1 : 0;
        answered.insert(r.id);
    }
    // A batch the server answered only in part: what follows is read again from the outbox, which still
    // holds the unanswered mutations (a batch already on its way is refused as out of order).
    if (!std::all_of(sent.cbegin(), sent.cend(),
                     [&](const data::SyncMutation &m) { return answered.contains(m.id); })) {
        m_pipelineBroken = true;
        m_nextPush = {};
    }
    // The server has committed this batch: the next one goes out before its answers are stored.
    fillPipeline();
    if (!m_journal.applyPushResults(sent, results)) {
        m_http->abortAll();
        m_flying.clear();
        HttpAnswer local;
        local.errorText = m_journal.lastError();
        return failCycle(local, QStringLiteral("local"));
    }
    m_hadChanges = true;
    m_pushDone += static_cast<int>(results.size());
    emit progressChanged(Phase::Pushing, m_pushDone, m_pushTotal);
    emit pendingCountChanged(m_journal.pendingCount());
    if (conflicts)
        emit conflictsChanged();
    if (conflicts || rejected > 0)
        emit logAppended();
    continueOrRestart();
}

void SyncClient::pullNext()
{
    setPhase(Phase::Pulling);
    requestPage(m_journal.cursor());
}

void SyncClient::requestPage(qint64 cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), QString::number(cursor));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pullLimit));
    m_http->get(QStringLiteral("/api/v1/sync/pull"), query,
                [this](const HttpAnswer &answer) { pageArrived(answer); });
}

void SyncClient::pageArrived(const HttpAnswer &answer)
{
    m_journal.setLogRequestId(answer.requestId);
    if (!answer.ok())
        return failCycle(answer, QStringLiteral("pull"));
    const auto decoded =
        caravan::sync::decodePullPage(data::syncwire::parseBody(answer.body), m_journal.cursor());
    if (!decoded.ok) {
        HttpAnswer bad = answer;
        bad.status = 0;
        bad.errorText = QStringLiteral("the pull answer is not a change page");
        return failCycle(bad, QStringLiteral("pull"));
    }
    QVector<data::PulledChange> changes;
    changes.reserve(static_cast<qsizetype>(decoded.page.changes.size()));
    bool conflicts = false;
    for (const auto &change : decoded.page.changes) {
        changes.append(data::PulledChange::fromWire(change));
        conflicts = conflicts || changes.last().entity == QLatin1String("conflict");
    }
    const qint64 cursor = decoded.page.cursor;
    const bool more = decoded.page.more && !changes.isEmpty();
    // The next page is asked for before this one is applied, so the server prepares it meanwhile. Pages
    // are still applied in order (one callback after the other), each with its cursor.
    if (more)
        requestPage(cursor);
    int applied = 0;
    if (!m_journal.applyPullPage(changes, cursor, &applied)) {
        m_http->abortAll(); // the page asked for ahead must not be applied after this one failed
        HttpAnswer local;
        local.errorText = m_journal.lastError();
        return failCycle(local, QStringLiteral("local"));
    }
    m_pulled += static_cast<int>(changes.size());
    m_hadChanges = m_hadChanges || !changes.isEmpty();
    emit progressChanged(Phase::Pulling, m_pulled, 0);
    if (conflicts)
        emit conflictsChanged();
    if (!more)
        downloadPhotos();
}

void SyncClient::downloadPhotos()
{
    QStringList hashes = m_downloads->hasSink() ? m_journal.photosToFetch() : QStringList();
    hashes.removeIf([this](const QString &hash) { return m_refusedDownloads.contains(hash); });
    if (hashes.isEmpty())
        return finishCycle();
    setPhase(Phase::Downloading);
    m_downloads->download(hashes, [this](const PhotoDownloader::Outcome &outcome) {
        if (!outcome.answer.requestId.isEmpty()) // a failed photo call names itself
            m_journal.setLogRequestId(outcome.answer.requestId);
        if (!outcome.downloaded.isEmpty()) {
            m_journal.appendLog(SyncLogLevel::Info, QStringLiteral("photos_downloaded"), {}, {},
                                static_cast<int>(outcome.downloaded.size()));
            m_hadChanges = true;
            emit photosArrived(outcome.downloaded);
        }
        // A refused download is logged once and not asked for again while the app runs.
        for (const QString &hash : outcome.refused) {
            m_refusedDownloads.insert(hash);
            m_journal.appendLog(SyncLogLevel::Error, QStringLiteral("photo_download_refused"),
                                QStringLiteral("photo"), hash);
        }
        if (!outcome.downloaded.isEmpty() || !outcome.refused.isEmpty())
            emit logAppended();
        // Photos the server does not have yet come with a later cycle; they do not fail this one.
        if (!outcome.ok)
            return failCycle(outcome.answer, QStringLiteral("photos"));
        finishCycle();
    });
}

void SyncClient::finishCycle()
{
    m_backoff.reset();
    m_lastError.clear();
    m_journal.setLastSyncAt(QDateTime::currentDateTimeUtc());
    if (m_hadChanges) {
        m_journal.appendLog(SyncLogLevel::Info, QStringLiteral("synced"), {}, {}, m_pushDone + m_pulled);
        emit logAppended();
    }
    emit pendingCountChanged(m_journal.pendingCount());
    setPhase(Phase::Idle);
    emit syncFinished(true);
    // Edits made during the cycle (or a request to sync again) go out now.
    if (m_again || (m_automatic && m_journal.pendingCount() > 0))
        QTimer::singleShot(0, this, &SyncClient::syncNow);
}

void SyncClient::failCycle(const HttpAnswer &answer, const QString &what)
{
    m_lastError = answer.status > 0 ? QStringLiteral("HTTP %1 (%2): %3")
                                          .arg(answer.status)
                                          .arg(what, QString::fromUtf8(answer.body.left(300)))
                                    : QStringLiteral("%1: %2").arg(what, answer.errorText);
    qCInfo(lcSyncClient) << "sync failed:" << m_lastError << "request" << answer.requestId;
    if (!answer.requestId.isEmpty())
        m_journal.setLogRequestId(answer.requestId);
    if (answer.status == 401) {
        m_authFailed = true;
        m_journal.appendLog(SyncLogLevel::Error, QStringLiteral("unauthorized"), {}, {}, 0,
                            QString::number(401));
        emit logAppended();
        setPhase(Phase::Idle);
        emit syncFinished(false);
        emit authorizationRequired();
        return;
    }
    // Only the first failure of a run of failures is logged, so a long outage does not flood the log.
    if (m_backoff.failures() == 0) {
        m_journal.appendLog(answer.transient() ? SyncLogLevel::Warning : SyncLogLevel::Error,
                            QStringLiteral("failed"), {}, {}, 0,
                            answer.status > 0 ? QString::number(answer.status) : what, m_lastError);
        emit logAppended();
    }
    int delay = m_backoff.nextDelayMs();
    if (answer.retryAfterSeconds > 0)
        delay = qMax(delay, answer.retryAfterSeconds * 1000);
    setPhase(Phase::Waiting);
    emit syncFinished(false);
    if (m_online)
        m_retryTimer.start(delay);
}

} // namespace caravan::sync
