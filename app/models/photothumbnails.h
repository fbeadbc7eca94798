#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>

class QThreadPool;

namespace caravan::models {

// Thumbnails of stored photos, read (and made, the first time) on worker threads with QtConcurrent and
// kept in a bounded in-memory cache. thumbnail() never blocks: it returns what is cached and, when
// nothing is, starts a load and later emits ready().
class PhotoThumbnails final : public QObject
{
    Q_OBJECT

public:
    explicit PhotoThumbnails(QString photoFolder, int edge, QObject *parent = nullptr);
    ~PhotoThumbnails() override;

    // The cached pixmap, or a null pixmap while it loads (or when the photo is not stored).
    QPixmap thumbnail(const QString &sha256);
    [[nodiscard]] int edge() const { return m_edge; }
    [[nodiscard]] int pendingLoads() const { return int(m_pending.size()); }
    // These photos are now stored (downloaded by sync): ones remembered as missing are looked at again.
    void photosArrived(const QStringList &sha256s);
    // Waits for every running load (tests, shutdown).
    void waitForLoads();

signals:
    void ready(const QString &sha256);

private:
    void finished(const QString &sha256, const QImage &image);

    QString m_folder;
    int m_edge;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_missing;
    QThreadPool *m_pool;
};

} // namespace caravan::models
