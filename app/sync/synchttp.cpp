#include "sync/synchttp.h"

#include "sync/serveraddress.h"
#include "sync/sessionclient.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <zlib.h>

namespace caravan::sync {

SyncHttp::SyncHttp(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

QNetworkRequest SyncHttp::request(const QString &path, const QUrlQuery &query) const
{
    QUrl url = endpoint(m_server, path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    ServerTrust::apply(request);
    return request;
}

bool SyncHttp::refuseInsecure(const Callback &done)
{
    if (ServerAddress::isSecure(m_server))
        return false;
    HttpAnswer answer;
    answer.insecure = true;
    answer.error = QNetworkReply::ProtocolUnknownError;
    answer.errorText = ServerAddress::plainHttpRefused(m_server);
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, answer, done] {
        if (generation == m_generation)
            done(answer);
    });
    return true;
}

void SyncHttp::get(const QString &path, const QUrlQuery &query, Callback done, qint64 maxBodyBytes)
{
    if (refuseInsecure(done))
        return;
    ++m_requests;
    watch(m_network->get(request(path, query)), std::move(done), maxBodyBytes);
}

void SyncHttp::post(const QString &path, const QByteArray &body, const QByteArray &contentEncoding,
                    Callback done)
{
    if (refuseInsecure(done))
        return;
    QNetworkRequest req = request(path, {});
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!contentEncoding.isEmpty())
        req.setRawHeader("Content-Encoding", contentEncoding);
    ++m_requests;
    m_bytesSent += body.size();
    watch(m_network->post(req, body), std::move(done));
}

void SyncHttp::put(const QString &path, const QUrlQuery &query, const QByteArray &body, Callback done)
{
    if (refuseInsecure(done))
        return;
    QNetworkRequest req = request(path, query);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    ++m_requests;
    m_bytesSent += body.size();
    watch(m_network->put(req, body), std::move(done));
}

void SyncHttp::abortAll()
{
    ++m_generation;
    const auto replies = findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void SyncHttp::watch(QNetworkReply *reply, Callback done, qint64 maxBodyBytes)
{
    reply->setParent(this);
    const quint64 generation = m_generation;
    auto tooLarge = std::make_shared<bool>(false);
    if (maxBodyBytes > 0) {
        connect(reply, &QNetworkReply::downloadProgress, reply,
                [reply, maxBodyBytes, tooLarge](qint64 received, qint64 total) {
                    if (!*tooLarge && (received > maxBodyBytes || total > maxBodyBytes)) {
                        *tooLarge = true;
                        reply->abort();
                    }
                });
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, generation, tooLarge, done = std::move(done)] {
                reply->deleteLater();
                if (generation != m_generation)
                    return;
                HttpAnswer answer;
                answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                answer.tooLarge = *tooLarge;
                answer.body = answer.tooLarge ? QByteArray() : reply->readAll();
                answer.error = reply->error();
                answer.errorText = answer.tooLarge ? QStringLiteral("the answer is larger than allowed")
                                                   : reply->errorString();
                answer.reprDigest = reply->rawHeader("Repr-Digest");
                // Kept only when it looks like an id (the server makes 32 hex digits; a proxy may add its own).
                const QByteArray requestId = reply->rawHeader("X-Request-Id").left(64);
                if (!requestId.isEmpty() &&
                    std::all_of(requestId.cbegin(), requestId.cend(), [](char c) {
                        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                               c == '-' || c == '_' || c == '.' || c == ':';
                    }))
                    answer.requestId = QString::fromLatin1(requestId);
                answer.retryAfterSeconds =
                    parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
                m_bytesReceived += answer.body.size();
                done(answer);
            });
}

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream stream{};
    // 15 window bits + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    const auto written = static_cast<qsizetype>(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

} // namespace caravan::sync
