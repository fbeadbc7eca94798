#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QSqlDatabase>
#include <QString>

namespace caravan::data {

struct PhotoImportResult
{
    bool ok = false;
    QString sha256; // of the stored JPEG file
    int width = 0;  // of the stored image, after orientation and resizing
    int height = 0;
    qint64 bytes = 0;
    QString error; // translated reason when refused
};

// The photo pipeline (docs/photos.md). Every photo a seller adds is decoded with QImageReader (EXIF
// orientation applied), checked (an image at all, complete, sane dimensions and allocation), scaled so
// its longest edge is at most kMaxEdge, drawn onto a white RGB canvas (alpha flattened, every piece of
// metadata left behind) and re-encoded as JPEG at kJpegQuality. The stored file is named by the SHA-256
// of its bytes: <folder>/ab/abcdef….jpg, and recorded in the `photos` table. Thumbnails are cached on disk
// under <folder>/thumbs/<edge>/. No widgets; the thumbnail functions are safe to call from worker threads.
class PhotoStore final
{
    Q_DECLARE_TR_FUNCTIONS(caravan::data::PhotoStore)

public:
    static constexpr int kMaxEdge = 2048;                  // longest edge of a stored photo, in pixels
    static constexpr int kJpegQuality = 88;                // JPEG quality of stored photos (0-100)
    static constexpr int kMaxInputEdge = 16384;            // larger inputs are refused before decoding
    static constexpr qint64 kMaxInputPixels = 120'000'000; // 120 megapixels
    static constexpr int kAllocationLimitMb = 512;         // QImageReader::setAllocationLimit
    static constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024;
    static constexpr int kMaxServerEdge = 4096; // longest edge of a photo the server keeps (downloads)
    static constexpr int kThumbnailEdge = 160;
    static constexpr int kThumbnailQuality = 80;

    // `folder` is the account's photo folder (see folderFor); `db` the account's local database.
    PhotoStore(QString folder, QSqlDatabase db);

    // <folder of the database file>/photos
    static QString folderFor(const QString &databaseFilePath);

    PhotoImportResult importFile(const QString &path);
    PhotoImportResult importData(const QByteArray &data);
    PhotoImportResult importImage(const QImage &image); // pasted or captured pixels
    // A photo of one of the seller's listings as the server sent it (docs/sync.md, "Photos"): stored as it
    // is under the name the listing uses, which need not be the hash of these bytes (the server keeps its
    // re-encoding of an upload under the uploader's name). Checked by content first: a complete JPEG whose
    // header gives sane dimensions. The bytes are not re-encoded, so every device holds the same file.
    PhotoImportResult adoptDownloaded(const QString &sha256, const QByteArray &jpeg);
    // A rotated (quarter turns clockwise, negative for counter-clockwise) or cropped copy of a stored photo,
    // stored as a new photo. The original stays (other listings or evidence may use it).
    PhotoImportResult rotate(const QString &sha256, int quarterTurns);
    PhotoImportResult crop(const QString &sha256, const QRect &area);

    [[nodiscard]] bool contains(const QString &sha256) const;
    [[nodiscard]] QString filePath(const QString &sha256) const;
    [[nodiscard]] QImage load(const QString &sha256) const;

    [[nodiscard]] QString folder() const { return m_folder; }
    // Reads the cached thumbnail (making and caching it first if needed). Thread-safe; null if the photo
    // is not stored.
    static QImage thumbnail(const QString &folder, const QString &sha256, int edge = kThumbnailEdge);

    static bool isSha256(const QString &text);

private:
    PhotoImportResult store(const QImage &decoded);
    // Writes `jpeg` as the file named `sha256` (atomically, once) and records it in the photos table.
    PhotoImportResult keep(const QString &sha256, const QByteArray &jpeg, QSize size);

    QString m_folder;
    QSqlDatabase m_db;
};

} // namespace caravan::data
