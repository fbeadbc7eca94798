#include "data/photostore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTransform>

Q_LOGGING_CATEGORY(lcPhotoStore, "caravan.data.photos")

namespace caravan::data {

namespace {

QString pathIn(const QString &folder, const QString &sha256, const QString &sub = {})
{
    QString dir = folder;
    if (!sub.isEmpty())
        dir += QLatin1Char('/') + sub;
    return dir + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256 + QStringLiteral(".jpg");
}

bool writeAtomically(const QString &path, const QByteArray &bytes)
{
    if (QFileInfo::exists(path))
        return true; // content-addressed: the same name holds the same bytes
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

// A JPEG ends with the EOI marker (FF D9); some writers append a little padding after it. A file cut off
// in transfer has none near its end. (libjpeg would otherwise fill the missing part with grey and only warn.)
bool jpegLooksComplete(const QByteArray &data)
{
    const qsizetype eoi = data.lastIndexOf(QByteArray("\xFF\xD9", 2));
    return eoi >= 0 && data.size() - (eoi + 2) <= 4096;
}

bool pngLooksComplete(const QByteArray &data)
{
    const qsizetype iend = data.lastIndexOf(QByteArray("IEND"));
    return iend >= 0 && data.size() - (iend + 8) <= 4096;
}

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", quality))
        return {};
    return bytes;
}

} // namespace

PhotoStore::PhotoStore(QString folder, QSqlDatabase db)
    : m_folder(std::move(folder))
    , m_db(std::move(db))
{
    // Process-wide: no image reader in the app may allocate more than this for one image.
    QImageReader::setAllocationLimit(kAllocationLimitMb);
}

QString PhotoStore::folderFor(const QString &databaseFilePath)
{
    return QFileInfo(databaseFilePath).absoluteDir().filePath(QStringLiteral("photos"));
}

bool PhotoStore::isSha256(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    return shape.match(text).hasMatch();
}

PhotoImportResult PhotoStore::importFile(const QString &path)
{
    PhotoImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        result.error = tr("%1 is larger than %2 MB; photos that large are not accepted.")
                           .arg(QFileInfo(path).fileName())
                           .arg(kMaxFileBytes / (1024 * 1024));
        return result;
    }
    result = importData(file.readAll());
    if (!result.ok)
        result.error = QFileInfo(path).fileName() + QStringLiteral(": ") + result.error;
    return result;
}

PhotoImportResult PhotoStore::importData(const QByteArray &data)
{
    PhotoImportResult result;
    if (data.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // apply the EXIF orientation, then forget the EXIF data
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format();
    if (format.isEmpty() || !reader.canRead()) {
        result.error = tr("This is not an image Caravan can read (JPEG, PNG, WebP, GIF or BMP).");
        return result;
    }
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxInputEdge || size.height() > kMaxInputEdge ||
                           qint64(size.width()) * size.height() > kMaxInputPixels)) {
        result.error = tr("The image claims to be %1 × %2 pixels, which is larger than any camera photo "
                          "(at most %3 pixels on a side and %4 megapixels are accepted).")
                           .arg(size.width())
                           .arg(size.height())
                           .arg(kMaxInputEdge)
                           .arg(kMaxInputPixels / 1'000'000);
        return result;
    }
    if ((format == "jpeg" || format == "jpg") && !jpegLooksComplete(data)) {
        result.error = tr("The JPEG file is incomplete (it was probably cut off while copying or "
                          "downloading).");
        return result;
    }
    if (format == "png" && !pngLooksComplete(data)) {
        result.error =
            tr("The PNG file is incomplete (it was probably cut off while copying or downloading).");
        return result;
    }
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        result.error = tr("The image could not be decoded: %1").arg(reader.errorString());
        return result;
    }
    return store(image);
}

PhotoImportResult PhotoStore::adoptDownloaded(const QString &sha256, const QByteArray &jpeg)
{
    PhotoImportResult result;
    if (!isSha256(sha256)) {
        result.error = tr("The photo name is not a SHA-256.");
        return result;
    }
    if (jpeg.size() > kMaxFileBytes || !jpeg.startsWith(QByteArray("\xFF\xD8\xFF", 3)) ||
        !jpegLooksComplete(jpeg)) {
        result.error = tr("The server sent something that is not a complete JPEG photo.");
        return result;
    }
    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid() || size.width() > kMaxServerEdge ||
        size.height() > kMaxServerEdge) {
        result.error =
            tr("The server sent a photo Caravan cannot read or one larger than %1 pixels on a side.")
                .arg(kMaxServerEdge);
        return result;
    }
    return keep(sha256, jpeg, size);
}

PhotoImportResult PhotoStore::importImage(const QImage &image)
{
    if (image.isNull()) {
        PhotoImportResult result;
        result.error = tr("There is no image to add.");
        return result;
    }
    if (image.width() > kMaxInputEdge || image.height() > kMaxInputEdge) {
        PhotoImportResult result;
        result.error = tr("The image is larger than %1 pixels on a side.").arg(kMaxInputEdge);
        return result;
    }
    return store(image);
}

PhotoImportResult PhotoStore::store(const QImage &decoded)
{
    PhotoImportResult result;
    QSize target = decoded.size();
    if (target.width() <= 0 || target.height() <= 0) {
        result.error = tr("The image has no pixels.");
        return result;
    }
    if (std::max(target.width(), target.height()) > kMaxEdge)
        target.scale(kMaxEdge, kMaxEdge, Qt::KeepAspectRatio);
    // A fresh canvas: white under any transparency, and none of the source's metadata or text chunks.
    QImage canvas(target, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRect(QPoint(0, 0), target), decoded);
    }
    const QByteArray bytes = encodeJpeg(canvas, kJpegQuality);
    if (bytes.isEmpty()) {
        result.error = tr("The photo could not be encoded as JPEG.");
        return result;
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return keep(sha, bytes, canvas.size());
}

PhotoImportResult PhotoStore::keep(const QString &sha256, const QByteArray &jpeg, QSize size)
{
    PhotoImportResult result;
    if (!writeAtomically(filePath(sha256), jpeg)) {
        result.error = tr("The photo could not be saved in %1.").arg(m_folder);
        return result;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO photos (sha256, width, height, bytes, created_at) "
                                 "VALUES (:sha, :w, :h, :bytes, :now)"));
    query.bindValue(QStringLiteral(":sha"), sha256);
    query.bindValue(QStringLiteral(":w"), size.width());
    query.bindValue(QStringLiteral(":h"), size.height());
    query.bindValue(QStringLiteral(":bytes"), qint64(jpeg.size()));
    query.bindValue(QStringLiteral(":now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        qCWarning(lcPhotoStore) << "recording photo" << sha256 << "failed:" << query.lastError().text();
        result.error = tr("The photo could not be recorded: %1").arg(query.lastError().text());
        return result;
    }
    result.ok = true;
    result.sha256 = sha256;
    result.width = size.width();
    result.height = size.height();
    result.bytes = jpeg.size();
    return result;
}

PhotoImportResult PhotoStore::rotate(const QString &sha256, int quarterTurns)
{
    const QImage image = load(sha256);
    if (image.isNull()) {
        PhotoImportResult result;
        result.error = tr("The photo is not in the local photo store.");
        return result;
    }
    return store(image.transformed(QTransform().rotate(90.0 * (((quarterTurns % 4) + 4) % 4))));
}

PhotoImportResult PhotoStore::crop(const QString &sha256, const QRect &area)
{
    const QImage image = load(sha256);
    const QRect clipped = area.intersected(image.rect());
    if (image.isNull() || clipped.width() < 16 || clipped.height() < 16) {
        PhotoImportResult result;
        result.error = image.isNull() ? tr("The photo is not in the local photo store.")
                                      : tr("The crop area is too small (at least 16 × 16 pixels).");
        return result;
    }
    return store(image.copy(clipped));
}

bool PhotoStore::contains(const QString &sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(filePath(sha256));
}

QString PhotoStore::filePath(const QString &sha256) const
{
    return pathIn(m_folder, sha256);
}

QImage PhotoStore::load(const QString &sha256) const
{
    if (!isSha256(sha256))
        return {};
    return QImage(filePath(sha256), "JPEG");
}

QImage PhotoStore::thumbnail(const QString &folder, const QString &sha256, int edge)
{
    if (!isSha256(sha256))
        return {};
    const QString cached = pathIn(folder, sha256, QStringLiteral("thumbs/") + QString::number(edge));
    QImage thumb(cached, "JPEG");
    if (!thumb.isNull())
        return thumb;
    QImageReader reader(pathIn(folder, sha256), "JPEG");
    QSize size = reader.size();
    if (!size.isValid())
        return {};
    size.scale(edge, edge, Qt::KeepAspectRatio);
    reader.setScaledSize(size); // the JPEG decoder scales while decoding: fast and small
    thumb = reader.read();
    if (thumb.isNull())
        return {};
    writeAtomically(cached, encodeJpeg(thumb, kThumbnailQuality));
    return thumb;
}

} // namespace caravan::data
