#pragma once

#include "sync/synchttp.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace caravan::sync {

// Downloads the photos of the seller's listings that this device lacks (docs/sync.md, "Photos"): each
// from GET /api/v1/photos/<sha256>, a few at a time. A photo arrives whole or not at all: the body must
// match the Repr-Digest the server sends and stay under the size limit, and the sink checks it is a JPEG
// before it is stored. A photo the server does not have yet (the other device has not uploaded it) is
// left for a later cycle.
class PhotoDownloader final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kParallel = 4;
    static constexpr qint64 kMaxPhotoBytes = 16LL * 1024 * 1024;

    // Stores a verified download under its name; returns an empty string, or why it was refused.
    using Sink = std::function<QString(const QString &sha256, const QByteArray &jpeg)>;

    struct Outcome
    {
        bool ok = true;          // false: stopped on an error worth retrying later (see answer)
        HttpAnswer answer;       // the failing answer when !ok
        QStringList downloaded;  // stored on this device
        QStringList notOnServer; // 404: not uploaded yet
        QStringList refused;     // damaged in transit, too large, or not a JPEG
    };
    using Done = std::function<void(const Outcome &)>;

    PhotoDownloader(SyncHttp &http, QObject *parent = nullptr);

    void setSink(Sink sink) { m_sink = std::move(sink); }
    void setMaxBytes(qint64 bytes) { m_maxBytes = qBound<qint64>(1, bytes, kMaxPhotoBytes); }
    [[nodiscard]] bool hasSink() const { return static_cast<bool>(m_sink); }

    // Fetches `hashes`; `done` runs once, after the last request in flight has answered.
    void download(const QStringList &hashes, Done done);

    // "sha-256=:<base64>:" of an RFC 9530 Repr-Digest header matches the SHA-256 of `body`.
    static bool digestMatches(const QByteArray &reprDigest, const QByteArray &body);

signals:
    void progress(int done, int total);

private:
    void startMore();
    void arrived(const QString &hash, const HttpAnswer &answer);
    void finishIfDone();

    SyncHttp &m_http;
    Sink m_sink;
    QStringList m_queue;
    qint64 m_maxBytes = kMaxPhotoBytes;
    int m_next = 0;
    int m_inFlight = 0;
    int m_finished = 0;
    bool m_stopping = false;
    Outcome m_outcome;
    Done m_done;
};

} // namespace caravan::sync
