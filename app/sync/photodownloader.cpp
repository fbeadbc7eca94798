#include "sync/photodownloader.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPhotoDownload, "caravan.sync.photos.download")

namespace caravan::sync {

PhotoDownloader::PhotoDownloader(SyncHttp &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

bool PhotoDownloader::digestMatches(const QByteArray &reprDigest, const QByteArray &body)
{
    const QByteArray expected = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toBase64();
    // A dictionary of algorithm=:value: members; only sha-256 is looked at.
    for (const QByteArray &member : reprDigest.split(',')) {
        const QByteArray item = member.trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq < 0 || item.left(eq).trimmed().toLower() != "sha-256")
            continue;
        const QByteArray value = item.mid(eq + 1).trimmed();
        if (value.size() < 2 || !value.startsWith(':') || !value.endsWith(':'))
            return false;
        return value.mid(1, value.size() - 2) == expected;
    }
    return false;
}

void PhotoDownloader::download(const QStringList &hashes, Done done)
{
    m_done = std::move(done);
    m_outcome = {};
    m_queue = hashes;
    m_next = 0;
    m_inFlight = 0;
    m_finished = 0;
    m_stopping = false;
    emit progress(0, static_cast<int>(m_queue.size()));
    startMore();
    finishIfDone();
}

void PhotoDownloader::startMore()
{
    while (!m_stopping && m_inFlight < kParallel && m_next < m_queue.size()) {
        const QString hash = m_queue.at(m_next++);
        ++m_inFlight;
        m_http.get(
            QStringLiteral("/api/v1/photos/") + hash, {},
            [this, hash](const HttpAnswer &answer) { arrived(hash, answer); }, m_maxBytes);
    }
}

void PhotoDownloader::arrived(const QString &hash, const HttpAnswer &answer)
{
    --m_inFlight;
    ++m_finished;
    if (answer.ok()) {
        QString why;
        if (!digestMatches(answer.reprDigest, answer.body))
            why = QStringLiteral("the photo did not arrive whole (digest mismatch)");
        else if (m_sink)
            why = m_sink(hash, answer.body);
        if (why.isEmpty()) {
            m_outcome.downloaded.append(hash);
        } else {
            qCWarning(lcPhotoDownload) << "photo" << hash << "refused:" << why;
            m_outcome.refused.append(hash);
        }
    } else if (answer.status == 404) {
        m_outcome.notOnServer.append(hash);
    } else if (answer.tooLarge) {
        m_outcome.refused.append(hash);
    } else if (m_outcome.ok) {
        // Anything else (network, 5xx, 401) ends the run once the requests in flight have answered.
        m_outcome.ok = false;
        m_outcome.answer = answer;
        m_stopping = true;
    }
    emit progress(m_finished, static_cast<int>(m_queue.size()));
    startMore();
    finishIfDone();
}

void PhotoDownloader::finishIfDone()
{
    if (m_inFlight > 0 || (!m_stopping && m_next < m_queue.size()) || !m_done)
        return;
    Done done = std::move(m_done);
    m_done = nullptr;
    done(m_outcome);
}

} // namespace caravan::sync
