#include "sync/photouploader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPhotoUpload, "caravan.sync.photos")

namespace caravan::sync {

namespace {

QString uploadPath(const QString &hash)
{
    return QStringLiteral("/api/v1/photos/") + hash + QStringLiteral("/upload");
}

} // namespace

PhotoUploader::PhotoUploader(SyncHttp &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

void PhotoUploader::upload(const QStringList &hashes, Done done)
{
    m_done = std::move(done);
    m_outcome = {};
    m_toAsk = hashes;
    m_missing.clear();
    m_total = 0;
    askMissing();
}

void PhotoUploader::askMissing()
{
    if (m_toAsk.isEmpty()) {
        m_total = static_cast<int>(m_missing.size());
        emit progress(0, m_total);
        nextPhoto();
        return;
    }
    const QStringList batch = m_toAsk.mid(0, kMaxHashesPerQuery);
    m_toAsk = m_toAsk.mid(batch.size());
    const QJsonObject body{{QStringLiteral("hashes"), QJsonArray::fromStringList(batch)}};
    m_http.post(
        QStringLiteral("/api/v1/photos/missing"), QJsonDocument(body).toJson(QJsonDocument::Compact), {},
        [this](const HttpAnswer &answer) {
            if (!answer.ok())
                return finish(false, answer);
            const QJsonArray missing =
                QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("missing")).toArray();
            for (const QJsonValue &hash : missing)
                m_missing.append(hash.toString());
            askMissing();
        });
}

void PhotoUploader::nextPhoto()
{
    emit progress(m_total - static_cast<int>(m_missing.size()), m_total);
    if (m_missing.isEmpty())
        return finish(true);
    m_current = m_missing.takeFirst();
    m_currentPath = m_resolver ? m_resolver(m_current) : QString();
    const QFileInfo info(m_currentPath);
    if (m_currentPath.isEmpty() || !info.isFile()) {
        qCWarning(lcPhotoUpload) << "photo" << m_current << "has no local file; it cannot be uploaded";
        m_outcome.unavailable.append(m_current);
        return nextPhoto();
    }
    m_currentSize = info.size();
    // Start at 0: if an earlier, interrupted upload left bytes on the server, it answers 409 with its
    // offset and we go on from there (one request less per photo than asking first).
    sendChunk(0);
}

void PhotoUploader::sendChunk(qint64 offset)
{
    QFile file(m_currentPath);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset)) {
        m_outcome.unavailable.append(m_current);
        return nextPhoto();
    }
    const QByteArray chunk = file.read(m_chunkBytes);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("total"), QString::number(m_currentSize));
    const qint64 next = offset + chunk.size();
    m_http.put(uploadPath(m_current), query, chunk, [this, next](const HttpAnswer &answer) {
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        if (answer.status == 409) {
            // The server holds a different amount (an interrupted upload, a lost answer, a duplicate): go on
            // from there; if it holds everything already, this photo is done.
            const qint64 serverOffset = body.value(QStringLiteral("offset")).toInteger();
            if (body.value(QStringLiteral("complete")).toBool() || serverOffset >= m_currentSize) {
                ++m_outcome.uploaded;
                return nextPhoto();
            }
            return sendChunk(serverOffset);
        }
        if (answer.status == 422 || answer.status == 413) {
            qCWarning(lcPhotoUpload) << "server refused photo" << m_current << answer.body;
            m_outcome.refused.append(m_current);
            return nextPhoto();
        }
        if (!answer.ok())
            return finish(false, answer);
        if (body.value(QStringLiteral("complete")).toBool() || next >= m_currentSize) {
            if (body.value(QStringLiteral("complete")).toBool())
                ++m_outcome.uploaded;
            return nextPhoto();
        }
        sendChunk(body.contains(QStringLiteral("offset")) ? body.value(QStringLiteral("offset")).toInteger()
                                                          : next);
    });
}

void PhotoUploader::finish(bool ok, const HttpAnswer &answer)
{
    m_outcome.ok = ok;
    m_outcome.answer = answer;
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(m_outcome);
}

} // namespace caravan::sync
