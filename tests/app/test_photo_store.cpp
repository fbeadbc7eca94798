#include "data/localdatabase.h"
#include "data/photostore.h"
#include "models/photothumbnails.h"
#include "test_listing_support.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace caravan;

namespace {

QByteArray jpegOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG", 90));
    return bytes;
}

QImage testPattern(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(30, 90, 200));
    QPainter p(&image);
    p.fillRect(0, 0, w / 2, h / 2, QColor(220, 40, 40)); // red in the top-left quarter
    return image;
}

void put16(QByteArray &b, quint16 v)
{
    b.append(char(v >> 8)).append(char(v & 0xff));
}
void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v >> 16));
    put16(b, quint16(v & 0xffff));
}

// An APP1 "Exif" segment (big-endian TIFF) with IFD0 = {Orientation, GPSInfo pointer} and a GPS IFD
// holding the latitude reference and latitude of a (made-up) home address.
QByteArray exifSegment(quint16 orientation)
{
    QByteArray tiff("MM\0*", 4);
    put32(tiff, 8); // IFD0 offset
    // IFD0: 2 entries
    put16(tiff, 2);
    put16(tiff, 0x0112); // Orientation, SHORT, 1
    put16(tiff, 3);
    put32(tiff, 1);
    put16(tiff, orientation);
    put16(tiff, 0);
    put16(tiff, 0x8825); // GPSInfo IFD pointer, LONG, 1
    put16(tiff, 4);
    put32(tiff, 1);
    const quint32 gpsOffset = 8 + 2 + 2 * 12 + 4;
    put32(tiff, gpsOffset);
    put32(tiff, 0); // no next IFD
    // GPS IFD: 2 entries
    put16(tiff, 2);
    put16(tiff, 0x0001); // GPSLatitudeRef, ASCII, 2: "N\0"
    put16(tiff, 2);
    put32(tiff, 2);
    tiff.append("N\0\0\0", 4);
    put16(tiff, 0x0002); // GPSLatitude, RATIONAL, 3
    put16(tiff, 5);
    put32(tiff, 3);
    const quint32 ratOffset = gpsOffset + 2 + 2 * 12 + 4;
    put32(tiff, ratOffset);
    put32(tiff, 0);
    for (quint32 v : {35u, 1u, 41u, 1u, 2210u, 100u}) // 35° 41' 22.10"
        put32(tiff, v);
    QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    put16(segment, quint16(payload.size() + 2));
    return segment + payload;
}

QByteArray withExif(const QByteArray &jpeg, quint16 orientation)
{
    REQUIRE(jpeg.startsWith(QByteArray("\xFF\xD8", 2)));
    return jpeg.left(2) + exifSegment(orientation) + jpeg.mid(2);
}

// The marker segments of a JPEG up to the start of scan: (marker, payload).
QList<QPair<int, QByteArray>> jpegSegments(const QByteArray &jpeg)
{
    QList<QPair<int, QByteArray>> out;
    REQUIRE(jpeg.startsWith(QByteArray("\xFF\xD8", 2)));
    qsizetype i = 2;
    while (i + 4 <= jpeg.size()) {
        REQUIRE(quint8(jpeg[i]) == 0xFF);
        const int marker = quint8(jpeg[i + 1]);
        const int length = (quint8(jpeg[i + 2]) << 8) | quint8(jpeg[i + 3]);
        out.append({marker, jpeg.mid(i + 4, length - 2)});
        if (marker == 0xDA) // start of scan: entropy-coded data follows
            break;
        i += 2 + length;
    }
    return out;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG whose header claims width × height (a token data chunk follows; it is never decoded).
QByteArray pngHeaderClaiming(quint32 width, quint32 height)
{
    QByteArray ihdr("IHDR");
    put32(ihdr, width);
    put32(ihdr, height);
    ihdr.append(char(8)).append(char(6)).append(char(0)).append(char(0)).append(char(0));
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    put32(png, 13);
    png += ihdr;
    put32(png, crc32(ihdr));
    const QByteArray idat = QByteArray("IDAT") + QByteArray(16, '\0'); // never decoded
    put32(png, 16);
    png += idat;
    put32(png, crc32(idat));
    put32(png, 0);
    png += "IEND";
    put32(png, crc32("IEND"));
    return png;
}

} // namespace

TEST_CASE("a JPEG with EXIF GPS is stored without any EXIF or GPS data", "[photos]")
{
    test::PhotoAccount s;
    const QByteArray original = withExif(jpegOf(testPattern(64, 48)), 1);
    // The fixture really carries the GPS data the store must drop.
    bool hadExif = false;
    for (const auto &[marker, payload] : jpegSegments(original))
        hadExif = hadExif || (marker == 0xE1 && payload.startsWith("Exif"));
    REQUIRE(hadExif);
    REQUIRE(original.contains(QByteArray("\x88\x25", 2)));

    const auto result = s.photos->importData(original);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(result.width == 64);
    CHECK(result.height == 48);
    const QByteArray file = s.stored(result.sha256);
    CHECK(QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex()) ==
          result.sha256);
    CHECK(s.photos->filePath(result.sha256)
              .endsWith(result.sha256.left(2) + QLatin1Char('/') + result.sha256 + QStringLiteral(".jpg")));
    for (const auto &[marker, payload] : jpegSegments(file)) {
        INFO("marker " << marker);
        CHECK_FALSE((marker == 0xE1 && payload.startsWith("Exif")));
        CHECK_FALSE(marker == 0xE1); // no APP1 at all (XMP would be APP1 too)
        CHECK_FALSE(payload.contains("GPS"));
    }
    CHECK_FALSE(file.contains(QByteArray("Exif\0\0", 6)));

    QSqlQuery row(s.db->connection());
    REQUIRE(row.exec(QStringLiteral("SELECT width, height, bytes FROM photos WHERE sha256 = '") +
                     result.sha256 + QLatin1Char('\'')));
    REQUIRE(row.next());
    CHECK(row.value(0).toInt() == 64);
    CHECK(row.value(2).toLongLong() == file.size());

    // The same photo again is the same file (content-addressed).
    CHECK(s.photos->importData(original).sha256 == result.sha256);
}

TEST_CASE("EXIF orientation 6 is applied: the stored photo is turned upright", "[photos]")
{
    test::PhotoAccount s;
    const auto result = s.photos->importData(withExif(jpegOf(testPattern(80, 40)), 6));
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(result.width == 40);
    CHECK(result.height == 80);
    const QImage image = s.photos->load(result.sha256);
    CHECK(image.size() == QSize(40, 80));
    // Orientation 6 = rotate 90° clockwise: the red top-left quarter ends up top-right.
    CHECK(QColor(image.pixel(35, 5)).red() > 150);
    CHECK(QColor(image.pixel(5, 5)).red() < 100);

    // Rotating and cropping make new photos; the original stays.
    const auto turned = s.photos->rotate(result.sha256, -1);
    REQUIRE(turned.ok);
    CHECK(turned.width == 80);
    CHECK(turned.height == 40);
    CHECK(s.photos->contains(result.sha256));
    const auto cropped = s.photos->crop(turned.sha256, QRect(0, 0, 40, 20));
    REQUIRE(cropped.ok);
    CHECK(cropped.width == 40);
    CHECK(QColor(s.photos->load(cropped.sha256).pixel(20, 10)).red() > 150);
    CHECK_FALSE(s.photos->crop(turned.sha256, QRect(0, 0, 4, 4)).ok);
}

TEST_CASE("a PNG with alpha is flattened onto white and stored as JPEG", "[photos]")
{
    test::PhotoAccount s;
    QImage png(100, 50, QImage::Format_ARGB32);
    png.fill(Qt::transparent);
    QPainter(&png).fillRect(60, 0, 40, 50, QColor(0, 0, 0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(png.save(&buffer, "PNG"));
    const auto result = s.photos->importData(bytes);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    const QByteArray file = s.stored(result.sha256);
    CHECK(file.startsWith(QByteArray("\xFF\xD8\xFF", 3)));
    const QImage image = s.photos->load(result.sha256);
    CHECK_FALSE(image.hasAlphaChannel());
    CHECK(QColor(image.pixel(10, 25)).lightness() > 245); // was transparent: now white
    CHECK(QColor(image.pixel(90, 25)).lightness() < 20);
}

TEST_CASE("large photos are scaled to the maximum edge", "[photos]")
{
    test::PhotoAccount s;
    const auto result = s.photos->importImage(testPattern(3000, 1500));
    REQUIRE(result.ok);
    CHECK(result.width == data::PhotoStore::kMaxEdge);
    CHECK(result.height == data::PhotoStore::kMaxEdge / 2);
}

TEST_CASE("broken, fake and absurd images are refused with a reason", "[photos]")
{
    test::PhotoAccount s;
    const QByteArray jpeg = jpegOf(testPattern(200, 150));
    const auto truncated = s.photos->importData(jpeg.left(jpeg.size() / 2));
    CHECK_FALSE(truncated.ok);
    CHECK(truncated.error.contains(QStringLiteral("incomplete")));

    const QString fake = s.sandbox.path(QStringLiteral("holiday.jpg"));
    {
        QFile file(fake);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Dear seller, this is a text file with a .jpg name.\n");
    }
    const auto notImage = s.photos->importFile(fake);
    CHECK_FALSE(notImage.ok);
    CHECK(notImage.error.contains(QStringLiteral("holiday.jpg")));
    CHECK(notImage.error.contains(QStringLiteral("not an image")));

    const auto absurd = s.photos->importData(pngHeaderClaiming(100000, 100000));
    CHECK_FALSE(absurd.ok);
    INFO(absurd.error.toStdString());
    CHECK(absurd.error.contains(QStringLiteral("100000")));

    CHECK_FALSE(s.photos->importData(QByteArray()).ok);
    CHECK_FALSE(s.photos->importFile(s.sandbox.path(QStringLiteral("missing.jpg"))).ok);

    QSqlQuery count(s.db->connection());
    REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM photos")));
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 0);
}

TEST_CASE("thumbnails load off the GUI thread and are cached on disk", "[photos]")
{
    test::PhotoAccount s;
    const auto photo = s.photos->importImage(testPattern(800, 600));
    REQUIRE(photo.ok);
    models::PhotoThumbnails thumbs(s.photos->folder(), 96);
    QSignalSpy ready(&thumbs, &models::PhotoThumbnails::ready);
    CHECK(thumbs.thumbnail(photo.sha256).isNull()); // not yet: it loads in the background
    REQUIRE(test::waitFor([&] { return ready.count() == 1; }));
    const QPixmap pixmap = thumbs.thumbnail(photo.sha256);
    CHECK(pixmap.width() == 96);
    CHECK(pixmap.height() == 72);
    CHECK(QFile::exists(s.photos->folder() + QStringLiteral("/thumbs/96/") + photo.sha256.left(2) +
                        QLatin1Char('/') + photo.sha256 + QStringLiteral(".jpg")));
    CHECK(thumbs.thumbnail(QString(64, QLatin1Char('0'))).isNull());
    thumbs.waitForLoads();
}
