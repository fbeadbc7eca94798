// The staff console's client (sync::StaffClient) against the real server and the real payment sandbox
// (SQLite or PostgreSQL): two buyers report a listing through the web form; a member of staff, signed in
// with the second factor, reads the queue and the case, looks at the listing's photo through the staff
// photo route and removes the listing, which the public pages stop showing and the seller's app shows as
// removed with the note after its next pull. The seller's payout identity is refused without a reason
// (refused by the server), then approved; declined payments raise a risk flag the app explains in words;
// a buyer's token gets 403 from every staff route.
#include "data/listingrepository.h"
#include "data/payoutidentity.h"
#include "data/photostore.h"
#include "marketsupport.h"
#include "models/stafftext.h"
#include "staffsupport.h"
#include "sync/sessionclient.h"
#include "sync/staffclient.h"
#include "ui/language.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::synctest;

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int anonymousStatus(const QUrl &server, const QString &path)
{
    QUrl u = server;
    u.setPath(path);
    return httpCall("GET", u, {}).status;
}

// A small photo of a passport page, as a phone would send it.
QByteArray documentJpeg(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(226, 232, 240));
    QPainter painter(&image);
    painter.fillRect(QRect(16, 16, 72, 96), QColor(120, 130, 150));
    painter.drawText(QRect(100, 20, size.width() - 110, 40), QStringLiteral("PASSPORT  TANAKA MEI"));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

TEST_CASE("the staff console's client reviews reports, payout identities and risk flags on the real server",
          "[sync][staff]")
{
    ServerDatabase database;
    Market market(database);
    // Two declined payments are enough for a flag.
    market.addConfig("risk.failed_payments = 2\n");
    REQUIRE(market.start());
    const Seller seller = newSeller(database, market.url());
    REQUIRE_FALSE(seller.token.isEmpty());
    const QString sellerId = userIdOf(market.url(), seller.token);
    REQUIRE_FALSE(sellerId.isEmpty());
    Device device;
    const QString listingId =
        publishListing(device, market.url(), seller.token, 1, QStringLiteral("reported"), 21);
    data::ListingRepository sellerListings(device.db->connection());
    const auto published = sellerListings.load(listingId);
    REQUIRE(published.has_value());
    QStringList localPhotos;
    for (const auto &p : published->photos)
        localPhotos.append(QString::fromStdString(p));
    REQUIRE(localPhotos.size() == 1);
    const QString photoSha = localPhotos.first();
    // In public before anything happens. The server keeps its own encoding of the photo (no metadata), so
    // the bytes it serves need not hash to the photo's name.
    REQUIRE(anonymousStatus(market.url(), QStringLiteral("/listings/") + listingId) == 200);
    QUrl publicPhotoUrl = market.url();
    publicPhotoUrl.setPath(QStringLiteral("/photos/") + photoSha + QStringLiteral(".jpg"));
    const HttpAnswer publicPhoto = httpCall("GET", publicPhotoUrl, {});
    REQUIRE(publicPhoto.status == 200);
    QFile original(data::PhotoStore(device.photoFolder(), device.db->connection()).filePath(photoSha));
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray originalBytes = original.readAll();
    CHECK(sha256Hex(originalBytes) == photoSha);

    // Two buyers report it from its page; the first sends the form twice (one open report each).
    const QString firstBuyer = market.newBuyer();
    REQUIRE_FALSE(firstBuyer.isEmpty());
    WebSession firstBrowser(market.url());
    REQUIRE(firstBrowser.signIn(market.lastBuyerEmail(), Market::buyerPassword()));
    REQUIRE(firstBrowser.report(listingId, QStringLiteral("counterfeit"),
                                QStringLiteral("The dial says Rolex, the movement is a quartz clone.")));
    REQUIRE(firstBrowser.report(listingId, QStringLiteral("counterfeit")));
    const QString secondBuyer = market.newBuyer();
    REQUIRE_FALSE(secondBuyer.isEmpty());
    const QString secondBuyerId = userIdOf(market.url(), secondBuyer);
    WebSession secondBrowser(market.url());
    REQUIRE(secondBrowser.signIn(market.lastBuyerEmail(), Market::buyerPassword()));
    REQUIRE(secondBrowser.report(listingId, QStringLiteral("counterfeit")));

    sync::SessionClient http;
    const Staff staff = newStaff(database, market.url(), http, QStringLiteral("cleo"));
    sync::StaffClient console(http, market.url(), staff.token);

    // The queue: one listing, two reports, both counterfeit.
    Answer<QVector<data::ReportedListingRow>> queue;
    console.reports(QString(), [&](const QVector<data::ReportedListingRow> &rows, const sync::ApiError &e) {
        queue.set(rows, e);
    });
    REQUIRE(queue.wait());
    INFO(queue.error.message.toStdString());
    REQUIRE(queue.error.kind == sync::ApiError::Kind::None);
    REQUIRE(queue.value->size() == 1);
    const data::ReportedListingRow row = queue.value->first();
    CHECK(row.listingId == listingId);
    CHECK(row.sellerId == sellerId);
    CHECK(row.reports == 2);
    CHECK(row.reasons == QMap<QString, qint64>{{QStringLiteral("counterfeit"), 2}});
    CHECK(row.status == QLatin1String("open"));
    CHECK(row.listingStatus == QLatin1String("active"));
    CHECK(row.firstReportedAt.isValid());
    CHECK(row.lastReportedAt >= row.firstReportedAt);
    CHECK(models::StaffText::reasonsSummary(row.reasons) == QStringLiteral("Counterfeit ×2"));

    // The case: the listing as it is and both reports with their reporters.
    Answer<data::ReportedListing> opened;
    console.reportedListing(
        listingId, [&](const data::ReportedListing &l, const sync::ApiError &e) { opened.set(l, e); });
    REQUIRE(opened.wait());
    INFO(opened.error.message.toStdString());
    REQUIRE(opened.error.kind == sync::ApiError::Kind::None);
    const data::ReportedListing reported = *opened.value;
    CHECK(reported.id == listingId);
    CHECK(reported.sellerId == sellerId);
    CHECK(reported.sellerCountry == QLatin1String("JP"));
    CHECK(reported.priceMinor == 18500);
    CHECK(reported.currency == QLatin1String("JPY"));
    CHECK(reported.photos == localPhotos);
    REQUIRE(reported.reports.size() == 2);
    CHECK(reported.hasOpenReports());
    QStringList reporters;
    for (const auto &r : reported.reports) {
        CHECK(r.reason == QLatin1String("counterfeit"));
        CHECK(r.status == QLatin1String("open"));
        CHECK(r.createdAt.isValid());
        reporters.append(r.reporterId);
    }
    CHECK(reporters.contains(secondBuyerId));
    CHECK(reporters.contains(userIdOf(market.url(), firstBuyer)));

    // The photo through the staff route: a JPEG, byte for byte what the listing page showed, the seller's
    // picture at its size.
    Answer<QByteArray> photo;
    console.photo(photoSha, [&](const QByteArray &bytes, const sync::ApiError &e) { photo.set(bytes, e); });
    REQUIRE(photo.wait());
    INFO(photo.error.message.toStdString());
    REQUIRE(photo.error.kind == sync::ApiError::Kind::None);
    CHECK(photo.value->startsWith("\xFF\xD8\xFF"));
    CHECK(sha256Hex(*photo.value).toStdString() == sha256Hex(publicPhoto.body).toStdString());
    const QImage staffSees = QImage::fromData(*photo.value, "JPEG");
    REQUIRE_FALSE(staffSees.isNull());
    CHECK(staffSees.size() == QImage::fromData(originalBytes, "JPEG").size());
    Answer<QByteArray> noPhoto;
    console.photo(QString(64, QLatin1Char('0')),
                  [&](const QByteArray &b, const sync::ApiError &e) { noPhoto.set(b, e); });
    REQUIRE(noPhoto.wait());
    CHECK(noPhoto.error.httpStatus == 404);
    CHECK(noPhoto.error.code == QLatin1String("no_photo"));

    // A removal needs a note for the seller.
    Answer<data::ReportedListing> noNote;
    console.decideReports(listingId, QStringLiteral("remove"), QString(),
                          [&](const data::ReportedListing &l, const sync::ApiError &e) { noNote.set(l, e); });
    REQUIRE(noNote.wait());
    CHECK(noNote.error.kind == sync::ApiError::Kind::Rejected);
    CHECK(noNote.error.httpStatus == 422);
    CHECK(noNote.error.field == QLatin1String("note"));
    CHECK(console.pendingKey(QStringLiteral("report"), listingId).isEmpty());

    const QString note = QStringLiteral("Removed: the listing shows a counterfeit watch.");
    Answer<data::ReportedListing> removed;
    console.decideReports(
        listingId, QStringLiteral("remove"), note,
        [&](const data::ReportedListing &l, const sync::ApiError &e) { removed.set(l, e); });
    REQUIRE(removed.wait());
    INFO(removed.error.message.toStdString());
    REQUIRE(removed.error.kind == sync::ApiError::Kind::None);
    CHECK(console.pendingKey(QStringLiteral("report"), listingId).isEmpty());
    CHECK(removed.value->id == listingId);
    CHECK(removed.value->moderation == QLatin1String("removed"));
    CHECK(removed.value->moderationReason == note);
    CHECK_FALSE(removed.value->hasOpenReports());
    REQUIRE(removed.value->reports.size() == 2);
    for (const auto &r : removed.value->reports) {
        CHECK(r.status == QLatin1String("removed"));
        CHECK(r.decidedBy == staff.id);
        CHECK(r.decidedAt.isValid());
        CHECK(r.note == note);
    }
    // The same decision again (a retry whose answer was lost) answers as the first did.
    Answer<data::ReportedListing> again;
    console.decideReports(listingId, QStringLiteral("remove"), note,
                          [&](const data::ReportedListing &l, const sync::ApiError &e) { again.set(l, e); });
    REQUIRE(again.wait());
    CHECK(again.error.kind == sync::ApiError::Kind::None);
    CHECK(again.value->reports.size() == 2);
    // Out of the open queue, in the removed one.
    queue = {};
    console.reports(QString(), [&](const QVector<data::ReportedListingRow> &rows, const sync::ApiError &e) {
        queue.set(rows, e);
    });
    REQUIRE(queue.wait());
    CHECK(queue.value->isEmpty());
    queue = {};
    console.reports(QStringLiteral("removed"), [&](const QVector<data::ReportedListingRow> &rows,
                                                   const sync::ApiError &e) { queue.set(rows, e); });
    REQUIRE(queue.wait());
    REQUIRE(queue.value->size() == 1);
    CHECK(queue.value->first().status == QLatin1String("removed"));
    CHECK(queue.value->first().moderation == QLatin1String("removed"));

    // The public page and photo are gone at once.
    CHECK(anonymousStatus(market.url(), QStringLiteral("/listings/") + listingId) == 404);
    CHECK(httpCall("GET", publicPhotoUrl, {}).status == 404);
    // The seller's app learns it with its next pull: removed, with the note as the reason.
    REQUIRE(syncOnce(device, market.url(), seller.token));
    const auto meta = sellerListings.meta(listingId);
    REQUIRE(meta.has_value());
    CHECK(meta->moderation == QLatin1String("removed"));
    CHECK(meta->moderationReason == note);

    // Payout identity: the seller sends it through the app's form and session client.
    const QSize documentSize(480, 320);
    data::PayoutIdentityForm form;
    form.legalName = QStringLiteral("Mei Tanaka");
    form.dateOfBirth = QDate(1988, 4, 12);
    form.line1 = QStringLiteral("1-2-3 Umeda");
    form.city = QStringLiteral("Osaka");
    form.postalCode = QStringLiteral("530-0001");
    form.country = QStringLiteral("JP");
    const QByteArray document = documentJpeg(documentSize);
    form.setDocument(QStringLiteral("passport.jpg"), document);
    REQUIRE(form.problem().isEmpty());
    Answer<QJsonObject> submitted;
    http.putJson(market.url(), seller.token, QStringLiteral("/api/v1/payouts/identity"), form.toJson(),
                 [&](const QJsonObject &json, const sync::ApiError &e) { submitted.set(json, e); });
    REQUIRE(submitted.wait());
    INFO(submitted.error.message.toStdString());
    REQUIRE(submitted.error.kind == sync::ApiError::Kind::None);
    CHECK(data::PayoutIdentityState::fromJson(*submitted.value).status == QLatin1String("pending"));

    Answer<QVector<data::IdentityRecord>> pending;
    console.identities(QStringLiteral("pending"), [&](const QVector<data::IdentityRecord> &rows,
                                                      const sync::ApiError &e) { pending.set(rows, e); });
    REQUIRE(pending.wait());
    INFO(pending.error.message.toStdString());
    REQUIRE(pending.error.kind == sync::ApiError::Kind::None);
    REQUIRE(pending.value->size() == 1);
    CHECK(pending.value->first().userId == sellerId);
    CHECK(pending.value->first().email == seller.email);
    CHECK(pending.value->first().legalName == form.legalName);
    CHECK(pending.value->first().isPending());
    CHECK(pending.value->first().submittedAt.isValid());

    Answer<data::IdentityRecord> record;
    console.identity(sellerId,
                     [&](const data::IdentityRecord &r, const sync::ApiError &e) { record.set(r, e); });
    REQUIRE(record.wait());
    REQUIRE(record.error.kind == sync::ApiError::Kind::None);
    CHECK(record.value->dateOfBirth == QLatin1String("1988-04-12"));
    CHECK(record.value->address.value(QStringLiteral("city")).toString() == form.city);
    CHECK(record.value->address.value(QStringLiteral("country")).toString() == form.country);
    CHECK(record.value->document.mediaType == QLatin1String("image/jpeg"));
    CHECK(record.value->document.kept);
    CHECK(record.value->document.size > 0);

    Answer<QByteArray> scan;
    console.identityDocument(sellerId,
                             [&](const QByteArray &bytes, const sync::ApiError &e) { scan.set(bytes, e); });
    REQUIRE(scan.wait());
    INFO(scan.error.message.toStdString());
    REQUIRE(scan.error.kind == sync::ApiError::Kind::None);
    // The server keeps its own encoding of a JPEG (no metadata): the same picture, not the same bytes.
    CHECK(scan.value->size() == record.value->document.size);
    CHECK(sha256Hex(*scan.value) == record.value->document.sha256);
    const QImage scanned = QImage::fromData(*scan.value);
    REQUIRE_FALSE(scanned.isNull());
    CHECK(scanned.size() == documentSize);

    // A refusal needs the reason the seller will read; then the approval.
    Answer<data::IdentityRecord> refused;
    console.decideIdentity(
        sellerId, QStringLiteral("refuse"), QString(),
        [&](const data::IdentityRecord &r, const sync::ApiError &e) { refused.set(r, e); });
    REQUIRE(refused.wait());
    CHECK(refused.error.kind == sync::ApiError::Kind::Rejected);
    CHECK(refused.error.httpStatus == 422);
    CHECK(refused.error.field == QLatin1String("reason"));
    CHECK(console.pendingKey(QStringLiteral("identity"), sellerId).isEmpty());
    Answer<data::IdentityRecord> approved;
    console.decideIdentity(
        sellerId, QStringLiteral("approve"), QString(),
        [&](const data::IdentityRecord &r, const sync::ApiError &e) { approved.set(r, e); });
    REQUIRE(approved.wait());
    INFO(approved.error.message.toStdString());
    REQUIRE(approved.error.kind == sync::ApiError::Kind::None);
    CHECK(approved.value->status == QLatin1String("verified"));
    CHECK(approved.value->reviewedBy == staff.id);
    CHECK(approved.value->reviewedAt.isValid());
    Answer<QJsonObject> own;
    http.getJson(market.url(), seller.token, QStringLiteral("/api/v1/payouts/identity"),
                 [&](const QJsonObject &json, const sync::ApiError &e) { own.set(json, e); });
    REQUIRE(own.wait());
    REQUIRE(own.error.kind == sync::ApiError::Kind::None);
    const auto state = data::PayoutIdentityState::fromJson(*own.value);
    CHECK(state.status == QLatin1String("verified"));
    CHECK_FALSE(state.canSubmit);

    // Risk flags: a buyer's card is declined twice, on a listing still for sale.
    const QString watch =
        publishListing(device, market.url(), seller.token, 5, QStringLiteral("for sale"), 22);
    const QString declined = market.newBuyer();
    REQUIRE_FALSE(declined.isEmpty());
    const QString declinedId = userIdOf(market.url(), declined);
    for (int i = 0; i < 2; ++i) {
        const auto placed = market.order(declined, watch);
        REQUIRE_FALSE(placed.isEmpty());
        REQUIRE(market.payDeclined(declined, placed));
    }
    Answer<QVector<data::RiskFlag>> flags;
    console.riskFlags([&](const QVector<data::RiskFlag> &f, const sync::ApiError &e) { flags.set(f, e); });
    REQUIRE(flags.wait());
    INFO(flags.error.message.toStdString());
    REQUIRE(flags.error.kind == sync::ApiError::Kind::None);
    QVector<data::RiskFlag> failed;
    for (const auto &f : *flags.value)
        if (f.kind == QLatin1String("failed_payments"))
            failed.append(f);
    REQUIRE(failed.size() == 1);
    const data::RiskFlag flag = failed.first();
    CHECK(flag.userId == declinedId);
    CHECK(flag.figure(QStringLiteral("failed")) == 2);
    CHECK(flag.figure(QStringLiteral("window_hours")) == 24);
    CHECK(flag.since.isValid());
    CHECK(flag.accountCreatedAt.isValid());
    CHECK_FALSE(flag.explanation.isEmpty());
    REQUIRE(ui::installTranslators(QStringLiteral("en")));
    CHECK(models::StaffText::riskKind(flag.kind) == QStringLiteral("Failed payments"));
    CHECK(models::StaffText::riskExplanation(flag) ==
          QStringLiteral("2 payments failed in the last 24 hours."));

    // A buyer's token: every staff route answers 403, which the client reports as a refusal.
    sync::StaffClient notStaff(http, market.url(), declined);
    Answer<QVector<data::ReportedListingRow>> forbiddenQueue;
    notStaff.reports(QString(), [&](const QVector<data::ReportedListingRow> &rows, const sync::ApiError &e) {
        forbiddenQueue.set(rows, e);
    });
    Answer<QVector<data::RiskFlag>> forbiddenFlags;
    notStaff.riskFlags(
        [&](const QVector<data::RiskFlag> &f, const sync::ApiError &e) { forbiddenFlags.set(f, e); });
    Answer<QByteArray> forbiddenPhoto;
    notStaff.photo(photoSha, [&](const QByteArray &b, const sync::ApiError &e) { forbiddenPhoto.set(b, e); });
    Answer<data::IdentityRecord> forbiddenDecision;
    notStaff.decideIdentity(
        sellerId, QStringLiteral("refuse"), QStringLiteral("no"),
        [&](const data::IdentityRecord &r, const sync::ApiError &e) { forbiddenDecision.set(r, e); });
    REQUIRE(forbiddenQueue.wait());
    REQUIRE(forbiddenFlags.wait());
    REQUIRE(forbiddenPhoto.wait());
    REQUIRE(forbiddenDecision.wait());
    for (const sync::ApiError *e :
         {&forbiddenQueue.error, &forbiddenFlags.error, &forbiddenPhoto.error, &forbiddenDecision.error}) {
        CHECK(e->kind == sync::ApiError::Kind::Rejected);
        CHECK(e->httpStatus == 403);
        CHECK(e->code == QLatin1String("forbidden"));
    }
    CHECK(forbiddenQueue.value->isEmpty());
    CHECK(forbiddenFlags.value->isEmpty());
    CHECK(forbiddenPhoto.value->isEmpty());
    CHECK(forbiddenDecision.value->isEmpty());
}
