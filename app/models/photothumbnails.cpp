#include "models/photothumbnails.h"

#include "data/photostore.h"

#include <QThreadPool>
#include <QtConcurrent>

namespace caravan::models {

PhotoThumbnails::PhotoThumbnails(QString photoFolder, int edge, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(photoFolder))
    , m_edge(edge)
    , m_cache(2000) // pixmaps of about 30 KB each at 96 px: about 60 MB at most
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(2);
}

PhotoThumbnails::~PhotoThumbnails()
{
    m_pool->clear();
    m_pool->waitForDone();
}

QPixmap PhotoThumbnails::thumbnail(const QString &sha256)
{
    if (sha256.isEmpty() || m_missing.contains(sha256))
        return {};
    if (const QPixmap *cached = m_cache.object(sha256))
        return *cached;
    if (!m_pending.contains(sha256)) {
        m_pending.insert(sha256);
        const QString folder = m_folder;
        const int edge = m_edge;
        auto future = QtConcurrent::run(
            m_pool, [folder, sha256, edge] { return data::PhotoStore::thumbnail(folder, sha256, edge); });
        future.then(this, [this, sha256](const QImage &image) { finished(sha256, image); });
    }
    return {};
}

void PhotoThumbnails::finished(const QString &sha256, const QImage &image)
{
    m_pending.remove(sha256);
    if (image.isNull()) {
        m_missing.insert(sha256);
        return;
    }
    m_cache.insert(sha256, new QPixmap(QPixmap::fromImage(image)), 1);
    emit ready(sha256);
}

void PhotoThumbnails::photosArrived(const QStringList &sha256s)
{
    for (const QString &sha256 : sha256s) {
        // ready() makes the views ask again, which starts the load.
        if (m_missing.remove(sha256))
            emit ready(sha256);
    }
}

void PhotoThumbnails::waitForLoads()
{
    m_pool->waitForDone();
    QCoreApplication::processEvents();
}

} // namespace caravan::models
