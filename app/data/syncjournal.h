#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace caravan::sync {
struct Change;
struct Mutation;
struct Result;
} // namespace caravan::sync

namespace caravan::data {

// One outbox entry as it goes on the wire (docs/sync.md, "Push"). `id` is the outbox's AUTOINCREMENT
// sequence: strictly increasing for this database and never reused, so it is the client mutation id.
struct SyncMutation
{
    qint64 id = 0;
    QString entity;
    QString entityId;
    QString op; // upsert, delete, resolve
    qint64 baseRevision = 0;
    QJsonObject base;
    QJsonObject fields;

    // For the wire codec (shared/sync/codec.h), which writes it as docs/sync.md says.
    [[nodiscard]] caravan::sync::Mutation toWire() const;
};

// The server's answer for one mutation.
struct PushResult
{
    qint64 id = 0;
    QString status; // applied, rejected, conflict
    qint64 revision = 0;
    QString code;    // rejected: forbidden, server_owned_field, validation, has_orders, ...
    QString message; // the server's words (English), kept for the log
    QString conflictId;
    QJsonValue details; // issues, field, ...

    static PushResult fromWire(const caravan::sync::Result &result);
};

// One entry of the server's change feed.
struct PulledChange
{
    qint64 seq = 0;
    QString entity;
    QString entityId;
    QString op; // upsert, delete
    qint64 revision = 0;
    QJsonObject data;

    static PulledChange fromWire(const caravan::sync::Change &change);
};

enum class SyncLogLevel { Info, Warning, Error };

// One line of the sync log (the seller can open it).
struct SyncLogEntry
{
    qint64 id = 0;
    QDateTime at;
    QString level; // info, warning, error
    QString kind;  // synced, rejected, conflict, failed, photos_uploaded, ...
    QString entity;
    QString entityId;
    int count = 0;
    QString code;
    QString detail;
    QString requestId; // the server's X-Request-Id of the sync call this line is about ("" if none)
};

// The app's sync journal: the sync state row, the last pulled server state of every record, the local
// merge of pulled pages with pending edits, the outcome of pushes and the sync log. Only SQL here.
class SyncJournal final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::data::SyncJournal)

public:
    explicit SyncJournal(QSqlDatabase db);

    // This installation's client id for the account (created on first use and kept).
    QString clientId();
    [[nodiscard]] qint64 cursor() const;
    [[nodiscard]] QDateTime lastSyncAt() const;
    bool setLastSyncAt(const QDateTime &at);

    // The oldest pending mutations with id > afterId, at most `limit`.
    [[nodiscard]] QVector<SyncMutation> pendingMutations(int limit, qint64 afterId = 0) const;
    [[nodiscard]] int pendingCount() const;
    // SHA-256 hashes of the photos that pending listing mutations reference (for the upload step).
    [[nodiscard]] QStringList pendingPhotoHashes() const;
    // SHA-256 hashes of photos that local listings show but this device does not hold (pulled from another
    // device or the server): the download step. Cover photos first, so the listings table fills in soonest.
    [[nodiscard]] QStringList photosToFetch() const;

    // Handles the server's answers for a pushed batch in ONE transaction: applied ones leave the outbox
    // and move the record's revision and baseline; rejected ones leave the outbox and mark the record
    // (sync_issues) and the log; conflicts leave the outbox and open a conflict record.
    bool applyPushResults(const QVector<SyncMutation> &sent, const QVector<PushResult> &results);

    // Applies one pulled page and stores `cursor` in ONE transaction. Records with pending local
    // mutations are merged: fields the pending mutations change keep their local value.
    // `appliedCount` receives how many changes changed something.
    bool applyPullPage(const QVector<PulledChange> &changes, qint64 cursor, int *appliedCount = nullptr);

    bool appendLog(SyncLogLevel level, const QString &kind, const QString &entity = {},
                   const QString &entityId = {}, int count = 0, const QString &code = {},
                   const QString &detail = {});
    // The server's X-Request-Id of the answer being handled: every log line appended until the next call
    // records it, so a line can be matched with the server's log. Empty: lines record none.
    void setLogRequestId(const QString &requestId) { m_logRequestId = requestId; }

    // The newest `limit` log lines, newest first.
    [[nodiscard]] QVector<SyncLogEntry> logEntries(int limit = 1000) const;

    // The last server state of a record (empty when never pulled).
    [[nodiscard]] QJsonObject serverRecord(const QString &entity, const QString &entityId,
                                           qint64 *revision = nullptr) const;
    // The reason the server refused the last change of a record (empty code when none).
    [[nodiscard]] QString issueCode(const QString &entity, const QString &entityId) const;

    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] QSqlDatabase database() const { return m_db; }

private:
    bool fail(const QString &what, const QString &error);
    struct PageWriter; // statements prepared once per pulled page
    bool applyChange(const PulledChange &change, const QHash<QString, QSet<QString>> &pendingFields,
                     PageWriter &writer, bool *changed);
    bool applyListing(const PulledChange &change, const QSet<QString> *pending, bool pendingDelete,
                      PageWriter &writer);
    bool applyProfile(const PulledChange &change);
    [[nodiscard]] QHash<QString, QSet<QString>> pendingFieldsByRecord() const;

    QSqlDatabase m_db;
    QString m_logRequestId;
    QString m_lastError;
};

} // namespace caravan::data
