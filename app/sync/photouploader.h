#pragma once

#include "sync/synchttp.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace caravan::sync {

// Uploads the photos the server lacks (docs/sync.md, "Photos"): asks which hashes are missing, then
// sends each in chunks from the offset the server already holds, so an interrupted upload resumes
// without re-sending what arrived.
class PhotoUploader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxHashesPerQuery = 500;
    static constexpr int kDefaultChunkBytes = 1024 * 1024;

    // Where the local file of a photo is, by its SHA-256 (empty when this device does not have it).
    using Resolver = std::function<QString(const QString &sha256)>;

    struct Outcome
    {
        bool ok = true;          // false: stopped on an error worth retrying later (see answer)
        HttpAnswer answer;       // the failing answer when !ok
        int uploaded = 0;        // photos completed in this run
        QStringList refused;     // hashes the server refused (422: type, size, dimensions, hash)
        QStringList unavailable; // hashes with no local file
    };
    using Done = std::function<void(const Outcome &)>;

    PhotoUploader(SyncHttp &http, QObject *parent = nullptr);

    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }
    void setChunkBytes(int bytes) { m_chunkBytes = qBound(1, bytes, kDefaultChunkBytes); }

    // Uploads whichever of `hashes` the server lacks; `done` runs once.
    void upload(const QStringList &hashes, Done done);
    [[nodiscard]] bool busy() const { return static_cast<bool>(m_done); }

signals:
    void progress(int done, int total);

private:
    void askMissing();
    void nextPhoto();
    void sendChunk(qint64 offset);
    void finish(bool ok, const HttpAnswer &answer = {});

    SyncHttp &m_http;
    Resolver m_resolver;
    int m_chunkBytes = kDefaultChunkBytes;
    QStringList m_toAsk;
    QStringList m_missing;
    int m_total = 0;
    QString m_current;
    QString m_currentPath;
    qint64 m_currentSize = 0;
    Outcome m_outcome;
    Done m_done;
};

} // namespace caravan::sync
