#include "test_order_support.h"

#include <QJsonArray>

namespace caravan::test {

namespace {

QJsonValue iso(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QDateTime orderTestNow()
{
    return QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
}

QJsonObject orderRecord(const QString &id, const QString &status, const QDateTime &shipBy,
                        const QString &title, int quantity)
{
    const QDateTime created = orderTestNow().addDays(-1);
    const qint64 item = 4500LL * quantity;
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), status},
        {QStringLiteral("listing_id"), QString(QStringLiteral("listing-") + id)},
        {QStringLiteral("title"), title},
        {QStringLiteral("seller_id"), QStringLiteral("seller-1")},
        {QStringLiteral("buyer_id"), QStringLiteral("buyer-7")},
        {QStringLiteral("quantity"), quantity},
        {QStringLiteral("service"), QStringLiteral("de-post-packet-intl")},
        {QStringLiteral("ship_to"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Emma Johnson")},
                     {QStringLiteral("line1"), QStringLiteral("Invalidenstraße 117")},
                     {QStringLiteral("line2"), QStringLiteral("Hinterhaus, 3. OG")},
                     {QStringLiteral("city"), QStringLiteral("Berlin")},
                     {QStringLiteral("postal_code"), QStringLiteral("10115")},
                     {QStringLiteral("region"), QString()},
                     {QStringLiteral("country"), QStringLiteral("DE")},
                     {QStringLiteral("phone"), QStringLiteral("+49 30 1234567")}}},
        {QStringLiteral("amounts"),
         QJsonObject{
             {QStringLiteral("listing"), QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                                                     {QStringLiteral("item"), item},
                                                     {QStringLiteral("postage"), 1500},
                                                     {QStringLiteral("import_checkout"), 0},
                                                     {QStringLiteral("buyer_fee"), 270},
                                                     {QStringLiteral("total"), item + 1770},
                                                     {QStringLiteral("seller_fee"), 480},
                                                     {QStringLiteral("seller_net"), item + 1020}}},
             {QStringLiteral("buyer"), QJsonObject{{QStringLiteral("currency"), QStringLiteral("USD")},
                                                   {QStringLiteral("item"), 4883LL * quantity},
                                                   {QStringLiteral("postage"), 1628},
                                                   {QStringLiteral("import_checkout"), 0},
                                                   {QStringLiteral("buyer_fee"), 293},
                                                   {QStringLiteral("total"), 4883LL * quantity + 1921},
                                                   {QStringLiteral("seller_fee"), 521},
                                                   {QStringLiteral("seller_net"), 4883LL * quantity + 1107}}},
             {QStringLiteral("import_at_door"),
              QJsonObject{{QStringLiteral("currency"), QStringLiteral("USD")},
                          {QStringLiteral("amount"), 0}}},
             {QStringLiteral("import_collected_at"), QStringLiteral("none")},
             {QStringLiteral("checkout_scheme"), QString()}}},
        {QStringLiteral("fx"), QJsonObject{{QStringLiteral("from"), QStringLiteral("EUR")},
                                           {QStringLiteral("to"), QStringLiteral("USD")},
                                           {QStringLiteral("multiply"), QStringLiteral("1.085")},
                                           {QStringLiteral("divide"), QStringLiteral("1")},
                                           {QStringLiteral("date"), QStringLiteral("2026-12-01")},
                                           {QStringLiteral("source"), QStringLiteral("ECB")}}},
        {QStringLiteral("deadlines"), QJsonObject{{QStringLiteral("expires_at"), iso(created.addSecs(900))},
                                                  {QStringLiteral("ship_by"), iso(shipBy)},
                                                  {QStringLiteral("delivery_due"), QJsonValue()},
                                                  {QStringLiteral("release_at"), QJsonValue()},
                                                  {QStringLiteral("paused_at"), QJsonValue()}}},
        {QStringLiteral("created_at"), iso(created)},
        {QStringLiteral("paid_at"),
         status == QLatin1String("awaiting_payment") ? QJsonValue() : iso(created.addSecs(300))},
        {QStringLiteral("shipped_at"), QJsonValue()},
        {QStringLiteral("delivered_at"), QJsonValue()},
        {QStringLiteral("closed_at"), QJsonValue()},
        {QStringLiteral("shipment"),
         QJsonObject{{QStringLiteral("carrier"), QString()}, {QStringLiteral("tracking_number"), QString()}}},
        {QStringLiteral("carrier"), QString()},
        {QStringLiteral("tracking_number"), QString()},
        {QStringLiteral("handling_days"), 2},
        {QStringLiteral("delivery_days"),
         QJsonObject{{QStringLiteral("min"), 3}, {QStringLiteral("max"), 8}}},
        {QStringLiteral("explanation"), QJsonArray{QStringLiteral("Germany: no duty below EUR 150")}},
        {QStringLiteral("version"), 2},
        {QStringLiteral("timeline"),
         QJsonArray{QJsonObject{{QStringLiteral("at"), iso(created)},
                                {QStringLiteral("from"), QString()},
                                {QStringLiteral("to"), QStringLiteral("awaiting_payment")},
                                {QStringLiteral("event"), QStringLiteral("created")},
                                {QStringLiteral("cause"), QStringLiteral("buyer")},
                                {QStringLiteral("detail"), QJsonObject()}},
                    QJsonObject{{QStringLiteral("at"), iso(created.addSecs(300))},
                                {QStringLiteral("from"), QStringLiteral("awaiting_payment")},
                                {QStringLiteral("to"), QStringLiteral("paid")},
                                {QStringLiteral("event"), QStringLiteral("paid")},
                                {QStringLiteral("cause"), QStringLiteral("provider")},
                                {QStringLiteral("detail"), QJsonObject{{QStringLiteral("amount"), 1921}}}},
                    QJsonObject{{QStringLiteral("at"), iso(created.addSecs(600))},
                                {QStringLiteral("from"), QStringLiteral("paid")},
                                {QStringLiteral("to"), QStringLiteral("paid")},
                                {QStringLiteral("event"), QStringLiteral("parcel_weighed")},
                                {QStringLiteral("cause"), QStringLiteral("system")},
                                {QStringLiteral("detail"), QStringLiteral("820 g")}}}}};
}

void pullOrders(data::SyncJournal &journal, const QVector<QJsonObject> &records, qint64 revision)
{
    QVector<data::PulledChange> changes;
    qint64 seq = journal.cursor();
    for (const QJsonObject &record : records) {
        data::PulledChange change;
        change.seq = ++seq;
        change.entity = QStringLiteral("order");
        change.entityId = record.value(QStringLiteral("id")).toString();
        change.op = QStringLiteral("upsert");
        change.revision = revision;
        change.data = record;
        changes.append(change);
    }
    int applied = 0;
    REQUIRE(journal.applyPullPage(changes, seq, &applied));
    REQUIRE(applied == changes.size());
}

std::unique_ptr<data::LocalDatabase> openOrderDatabase(const Sandbox &sandbox)
{
    QString error;
    auto db = data::LocalDatabase::open(sandbox.path(QStringLiteral("orders.sqlite")), &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

} // namespace caravan::test
