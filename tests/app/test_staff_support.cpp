#include "test_staff_support.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QPainter>

namespace caravan::test {

namespace {

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

QString listingPhoto(int index)
{
    return index == 0 ? QStringLiteral("c0ffee00112233445566778899aabbccddeeff00112233445566778899aabbcc")
                      : QStringLiteral("decade00112233445566778899aabbccddeeff00112233445566778899aabbcc");
}

QJsonObject reportQueueJson()
{
    return {
        {QStringLiteral("reports"),
         QJsonArray{QJsonObject{{QStringLiteral("listing_id"), QStringLiteral("l-bag")},
                                {QStringLiteral("title"), QStringLiteral("Leather handbag, designer label")},
                                {QStringLiteral("seller_id"), QStringLiteral("u-kai")},
                                {QStringLiteral("seller_name"), QStringLiteral("Kai Müller")},
                                {QStringLiteral("listing_status"), QStringLiteral("published")},
                                {QStringLiteral("moderation"), QStringLiteral("none")},
                                {QStringLiteral("reports"), 3},
                                {QStringLiteral("reasons"), QJsonObject{{QStringLiteral("counterfeit"), 2},
                                                                        {QStringLiteral("misleading"), 1}}},
                                {QStringLiteral("first_reported_at"), iso(now().addDays(-2))},
                                {QStringLiteral("last_reported_at"), iso(now().addSecs(-3600))},
                                {QStringLiteral("status"), QStringLiteral("open")}},
                    QJsonObject{{QStringLiteral("listing_id"), QStringLiteral("l-case")},
                                {QStringLiteral("title"), QStringLiteral("Phone case")},
                                {QStringLiteral("seller_id"), QStringLiteral("u-lee")},
                                {QStringLiteral("seller_name"), QStringLiteral("Lee Min")},
                                {QStringLiteral("listing_status"), QStringLiteral("published")},
                                {QStringLiteral("moderation"), QStringLiteral("none")},
                                {QStringLiteral("reports"), 1},
                                {QStringLiteral("reasons"), QJsonObject{{QStringLiteral("spam"), 1}}},
                                {QStringLiteral("first_reported_at"), iso(now().addDays(-1))},
                                {QStringLiteral("last_reported_at"), iso(now().addDays(-1))},
                                {QStringLiteral("status"), QStringLiteral("open")}}}}};
}

QJsonObject reportedListingJson(const QString &id, const QString &reportStatus)
{
    const bool decided = reportStatus != QLatin1String("open");
    QJsonArray reports;
    const QStringList reasons{QStringLiteral("counterfeit"), QStringLiteral("counterfeit"),
                              QStringLiteral("misleading")};
    const QStringList details{QStringLiteral("The logo is <b>misspelt</b>; sold as genuine."),
                              QStringLiteral("Stitching does not match the brand's."),
                              QStringLiteral("Photos are from the brand's website.")};
    for (int i = 0; i < 3; ++i) {
        QJsonObject r{
            {QStringLiteral("id"), QStringLiteral("r%1").arg(i + 1)},
            {QStringLiteral("reason"), reasons.at(i)},
            {QStringLiteral("details"), details.at(i)},
            {QStringLiteral("reporter_id"), QStringLiteral("u-buyer-%1").arg(i + 1)},
            {QStringLiteral("reporter_name"),
             QStringList{QStringLiteral("Emma Johnson"), QStringLiteral("Lukas Weber"),
                         QStringLiteral("王芳")}
                 .at(i)},
            {QStringLiteral("created_at"), iso(now().addDays(-2).addSecs(i * 7200))},
            {QStringLiteral("status"), reportStatus},
            {QStringLiteral("decided_by"), decided ? QJsonValue(QStringLiteral("u-staff-2")) : QJsonValue()},
            {QStringLiteral("decided_at"), decided ? QJsonValue(iso(now().addSecs(-600))) : QJsonValue()},
            {QStringLiteral("note"), decided ? QStringLiteral("Counterfeit logo.") : QString()}};
        reports.append(r);
    }
    return {{QStringLiteral("listing"),
             QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("title"), QStringLiteral("Leather handbag, designer label")},
                         {QStringLiteral("description"), QStringLiteral("Genuine leather, hardly used.")},
                         {QStringLiteral("price_minor"), 24000},
                         {QStringLiteral("currency"), QStringLiteral("EUR")},
                         {QStringLiteral("category"), QStringLiteral("fashion/bags")},
                         {QStringLiteral("condition"), QStringLiteral("like_new")},
                         {QStringLiteral("seller_id"), QStringLiteral("u-kai")},
                         {QStringLiteral("seller_name"), QStringLiteral("Kai Müller")},
                         {QStringLiteral("seller_country"), QStringLiteral("DE")},
                         {QStringLiteral("status"), decided && reportStatus == QLatin1String("removed")
                                                        ? QStringLiteral("removed")
                                                        : QStringLiteral("published")},
                         {QStringLiteral("moderation"), QStringLiteral("none")},
                         {QStringLiteral("photos"), QJsonArray{listingPhoto(0), listingPhoto(1)}}}},
            {QStringLiteral("reports"), reports}};
}

QJsonObject identityQueueJson()
{
    QJsonObject row = identityJson(QStringLiteral("pending"), QStringLiteral("image/png"), 2048);
    for (const char *key :
         {"account_country", "date_of_birth", "address", "reason", "reviewed_by", "document"})
        row.remove(QLatin1String(key));
    return {{QStringLiteral("identities"), QJsonArray{row}}};
}

QJsonObject identityJson(const QString &status, const QString &mediaType, qint64 documentSize)
{
    const bool decided = status != QLatin1String("pending");
    return {
        {QStringLiteral("user_id"), QStringLiteral("u-hana")},
        {QStringLiteral("email"), QStringLiteral("hana.sato@demo.caravan")},
        {QStringLiteral("display_name"), QStringLiteral("Hana's Kimono Shop")},
        {QStringLiteral("legal_name"), QStringLiteral("Hana Sato")},
        {QStringLiteral("status"), status},
        {QStringLiteral("submitted_at"), iso(now().addDays(-1))},
        {QStringLiteral("reviewed_at"), decided ? QJsonValue(iso(now().addSecs(-60))) : QJsonValue()},
        {QStringLiteral("account_country"), QStringLiteral("JP")},
        {QStringLiteral("date_of_birth"), QStringLiteral("1988-02-29")},
        {QStringLiteral("address"), QJsonObject{{QStringLiteral("line1"), QStringLiteral("1-2-3 Jingumae")},
                                                {QStringLiteral("city"), QStringLiteral("Shibuya")},
                                                {QStringLiteral("postal_code"), QStringLiteral("150-0001")},
                                                {QStringLiteral("country"), QStringLiteral("JP")}}},
        {QStringLiteral("reason"),
         status == QLatin1String("refused") ? QStringLiteral("The name does not match.") : QString()},
        {QStringLiteral("reviewed_by"), decided ? QStringLiteral("u-me") : QString()},
        {QStringLiteral("document"),
         QJsonObject{{QStringLiteral("media_type"), mediaType},
                     {QStringLiteral("size"), documentSize},
                     {QStringLiteral("sha256"),
                      QStringLiteral("d0c0000000000000000000000000000000000000000000000000000000000001")},
                     {QStringLiteral("kept"), true},
                     {QStringLiteral("deleted_at"), QJsonValue()}}}};
}

QJsonObject riskFlagsJson()
{
    const auto flag = [](const QString &kind, const QString &user, const QString &name,
                         const QJsonObject &figures, const QString &explanation) {
        return QJsonObject{{QStringLiteral("kind"), kind},
                           {QStringLiteral("user_id"), user},
                           {QStringLiteral("email"), QString(user.mid(2) + QStringLiteral("@demo.caravan"))},
                           {QStringLiteral("display_name"), name},
                           {QStringLiteral("account_created_at"), iso(now().addDays(-3))},
                           {QStringLiteral("since"), iso(now().addSecs(-5 * 3600))},
                           {QStringLiteral("figures"), figures},
                           {QStringLiteral("explanation"), explanation}};
    };
    return {
        {QStringLiteral("flags"),
         QJsonArray{
             flag(QStringLiteral("new_account_high_value"), QStringLiteral("u-nora"), QStringLiteral("Nora"),
                  {{QStringLiteral("orders"), 4},
                   {QStringLiteral("account_age_days"), 3},
                   {QStringLiteral("threshold_minor"), 50000},
                   {QStringLiteral("currency"), QStringLiteral("EUR")},
                   {QStringLiteral("window_days"), 7}},
                  QStringLiteral("4 orders over 500.00 EUR from an account 3 days old.")),
             flag(QStringLiteral("failed_payments"), QStringLiteral("u-olaf"), QStringLiteral("Olaf"),
                  {{QStringLiteral("failed"), 6}, {QStringLiteral("window_hours"), 24}},
                  QStringLiteral("6 failed payments in 24 hours.")),
             flag(QStringLiteral("seller_ships_nothing"), QStringLiteral("u-piet"), QStringLiteral("Piet"),
                  {{QStringLiteral("unshipped"), 5},
                   {QStringLiteral("shipped"), 0},
                   {QStringLiteral("window_days"), 14}},
                  QStringLiteral("5 orders unshipped in 14 days, none shipped.")),
             flag(QStringLiteral("many_addresses"), QStringLiteral("u-quinn"), QStringLiteral("Quinn"),
                  {{QStringLiteral("addresses"), 9}}, QStringLiteral("9 shipping addresses in a week."))}}};
}

QByteArray imageBytes(const QColor &colour, int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.setPen(QPen(colour.darker(180), 6));
    painter.drawRect(3, 3, width - 7, height - 7);
    painter.drawLine(0, 0, width, height);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QByteArray pdfBytes()
{
    QByteArray bytes =
        QByteArrayLiteral("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% scan of a passport\n");
    bytes += QByteArray(1900, ' ');
    bytes += "\ntrailer\n%%EOF\n";
    return bytes;
}

} // namespace caravan::test
