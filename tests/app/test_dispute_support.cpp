#include "test_dispute_support.h"

#include <QJsonArray>

namespace caravan::test {

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject amounts(const QString &currency, qint64 item, qint64 postage, qint64 import, qint64 fee,
                    qint64 sellerFee)
{
    return {{QStringLiteral("currency"), currency},
            {QStringLiteral("item"), item},
            {QStringLiteral("postage"), postage},
            {QStringLiteral("import_checkout"), import},
            {QStringLiteral("buyer_fee"), fee},
            {QStringLiteral("total"), item + postage + import + fee},
            {QStringLiteral("seller_fee"), sellerFee},
            {QStringLiteral("seller_net"), item + postage - sellerFee}};
}

} // namespace

QJsonObject disputeCaseJson(const QString &id, const QString &status, const QString &proposedBy)
{
    const QDateTime opened = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    QJsonObject dispute{{QStringLiteral("id"), id},
                        {QStringLiteral("order_id"), QString(QStringLiteral("o-") + id)},
                        {QStringLiteral("buyer_id"), QStringLiteral("u-emma")},
                        {QStringLiteral("seller_id"), QStringLiteral("u-mei")},
                        {QStringLiteral("reason"), QStringLiteral("not_as_described")},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("version"), 4},
                        {QStringLiteral("opened_at"), iso(opened)},
                        {QStringLiteral("deadline_at"), iso(opened.addDays(5))},
                        {QStringLiteral("escalated_at"), iso(opened.addDays(3))},
                        {QStringLiteral("assigned_to"), QJsonValue()},
                        {QStringLiteral("offer"),
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("partial_refund")},
                                     {QStringLiteral("amount_minor"), 2000},
                                     {QStringLiteral("currency"), QStringLiteral("EUR")}}},
                        {QStringLiteral("proposal"), QJsonValue()},
                        {QStringLiteral("outcome"), QJsonValue()},
                        {QStringLiteral("refund_minor"), 0},
                        {QStringLiteral("resolved_at"), QJsonValue()}};
    if (!proposedBy.isEmpty())
        dispute.insert(QStringLiteral("proposal"),
                       QJsonObject{{QStringLiteral("outcome"), QStringLiteral("split")},
                                   {QStringLiteral("refund_minor"), 3000},
                                   {QStringLiteral("buyer_fee_refunded"), true},
                                   {QStringLiteral("note"), QStringLiteral("Scratched case, as the photos show.")},
                                   {QStringLiteral("proposed_by"), proposedBy},
                                   {QStringLiteral("proposed_at"), opened.addDays(4).toSecsSinceEpoch()}});
    const QString photo = QStringLiteral("9f2c4e1a7b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8");
    const QJsonArray events{
        QJsonObject{{QStringLiteral("id"), 1},
                    {QStringLiteral("at"), iso(opened)},
                    {QStringLiteral("actor_role"), QStringLiteral("buyer")},
                    {QStringLiteral("actor_id"), QStringLiteral("u-emma")},
                    {QStringLiteral("kind"), QStringLiteral("opened")},
                    {QStringLiteral("text"), QStringLiteral("The case is <b>scratched</b>; the listing said mint.")},
                    {QStringLiteral("photos"), QJsonArray{photo}},
                    {QStringLiteral("detail"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("not_as_described")}}}},
        QJsonObject{{QStringLiteral("id"), 2},
                    {QStringLiteral("at"), iso(opened.addDays(1))},
                    {QStringLiteral("actor_role"), QStringLiteral("seller")},
                    {QStringLiteral("actor_id"), QStringLiteral("u-mei")},
                    {QStringLiteral("kind"), QStringLiteral("answered")},
                    {QStringLiteral("text"), QStringLiteral("It left here without a scratch.")},
                    {QStringLiteral("photos"), QJsonArray{}},
                    {QStringLiteral("detail"),
                     QJsonObject{{QStringLiteral("offer"),
                                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("partial_refund")},
                                              {QStringLiteral("amount_minor"), 2000},
                                              {QStringLiteral("currency"), QStringLiteral("EUR")}}}}}},
        QJsonObject{{QStringLiteral("id"), 3},
                    {QStringLiteral("at"), iso(opened.addDays(3))},
                    {QStringLiteral("actor_role"), QStringLiteral("buyer")},
                    {QStringLiteral("actor_id"), QStringLiteral("u-emma")},
                    {QStringLiteral("kind"), QStringLiteral("escalated")},
                    {QStringLiteral("text"), QString()},
                    {QStringLiteral("photos"), QJsonArray{}},
                    {QStringLiteral("detail"), QJsonObject{}}}};
    const QJsonObject order{
        {QStringLiteral("id"), QString(QStringLiteral("o-") + id)},
        {QStringLiteral("status"), QStringLiteral("disputed")},
        {QStringLiteral("title"), QStringLiteral("Seiko 5 automatic watch")},
        {QStringLiteral("seller_id"), QStringLiteral("u-mei")},
        {QStringLiteral("buyer_id"), QStringLiteral("u-emma")},
        {QStringLiteral("quantity"), 1},
        {QStringLiteral("ship_to"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Emma Johnson")},
                     {QStringLiteral("line1"), QStringLiteral("Hauptstrasse 1")},
                     {QStringLiteral("city"), QStringLiteral("Berlin")},
                     {QStringLiteral("postal_code"), QStringLiteral("10115")},
                     {QStringLiteral("country"), QStringLiteral("DE")}}},
        {QStringLiteral("amounts"),
         QJsonObject{{QStringLiteral("listing"), amounts(QStringLiteral("JPY"), 18500, 4100, 0, 0, 2260)},
                     {QStringLiteral("buyer"), amounts(QStringLiteral("EUR"), 11300, 2500, 2200, 690, 1380)}}},
        {QStringLiteral("shipment"), QJsonObject{{QStringLiteral("carrier"), QStringLiteral("ems")},
                                                 {QStringLiteral("tracking_number"), QStringLiteral("EE123456785JP")}}},
        {QStringLiteral("timeline"),
         QJsonArray{QJsonObject{{QStringLiteral("at"), iso(opened.addDays(-6))},
                                {QStringLiteral("from"), QStringLiteral("awaiting_payment")},
                                {QStringLiteral("to"), QStringLiteral("paid")},
                                {QStringLiteral("event"), QStringLiteral("paid")},
                                {QStringLiteral("cause"), QStringLiteral("provider")}},
                    QJsonObject{{QStringLiteral("at"), iso(opened)},
                                {QStringLiteral("from"), QStringLiteral("delivered")},
                                {QStringLiteral("to"), QStringLiteral("disputed")},
                                {QStringLiteral("event"), QStringLiteral("dispute_opened")},
                                {QStringLiteral("cause"), QStringLiteral("buyer")}}}}};
    const QJsonArray evidence{QJsonObject{
        {QStringLiteral("id"), QStringLiteral("ev-1")},
        {QStringLiteral("received_at"), iso(opened.addDays(-5))},
        {QStringLiteral("seal_sha256"), QStringLiteral("5eal0000000000000000000000000000000000000000000000000000000000aa")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("weight_g"), 640}}},
        {QStringLiteral("photos"),
         QJsonArray{QJsonObject{{QStringLiteral("sha256"), QString(QStringLiteral("ab") + photo.mid(2))},
                                {QStringLiteral("byte_size"), 81234}}}}}};
    const QJsonArray ledger{QJsonObject{{QStringLiteral("seq"), 1},
                                        {QStringLiteral("business_key"), QString(QStringLiteral("order:o-") + id + QStringLiteral(":funded"))},
                                        {QStringLiteral("kind"), QStringLiteral("order_funded")},
                                        {QStringLiteral("account"), QString(QStringLiteral("escrow:o-") + id)},
                                        {QStringLiteral("currency"), QStringLiteral("EUR")},
                                        {QStringLiteral("amount_minor"), 16690},
                                        {QStringLiteral("at"), iso(opened.addDays(-6))}}};
    const auto party = [&](const QString &userId, const QString &name, const QString &country, int bought,
                           int sold) {
        return QJsonObject{{QStringLiteral("user_id"), userId},
                           {QStringLiteral("display_name"), name},
                           {QStringLiteral("country"), country},
                           {QStringLiteral("member_since"), QStringLiteral("2025-03-01T00:00:00Z")},
                           {QStringLiteral("orders_as_buyer"), bought},
                           {QStringLiteral("orders_as_seller"), sold},
                           {QStringLiteral("disputes_as_buyer"), 1},
                           {QStringLiteral("disputes_as_seller"), 0},
                           {QStringLiteral("refunds_won_as_buyer"), 0},
                           {QStringLiteral("releases_won_as_seller"), 0}};
    };
    return {{QStringLiteral("dispute"), dispute},
            {QStringLiteral("events"), events},
            {QStringLiteral("order"), order},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("ledger"), ledger},
            {QStringLiteral("buyer"), party(QStringLiteral("u-emma"), QStringLiteral("Emma Johnson"), QStringLiteral("DE"), 7, 0)},
            {QStringLiteral("seller"), party(QStringLiteral("u-mei"), QStringLiteral("Mei Tanaka"), QStringLiteral("JP"), 2, 41)}};
}

QJsonObject disputeRowJson(const QString &id, const QString &status, const QDateTime &deadline, const QString &title,
                           const QString &currency, qint64 total, const QString &assignedTo)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("order_id"), QString(QStringLiteral("o-") + id)},
            {QStringLiteral("reason"), QStringLiteral("not_received")},
            {QStringLiteral("status"), status},
            {QStringLiteral("opened_at"), iso(deadline.addDays(-4))},
            {QStringLiteral("deadline_at"), deadline.isValid() ? QJsonValue(iso(deadline)) : QJsonValue()},
            {QStringLiteral("assigned_to"), assignedTo.isEmpty() ? QJsonValue() : QJsonValue(assignedTo)},
            {QStringLiteral("offer"), QJsonValue()},
            {QStringLiteral("proposal"), QJsonValue()},
            {QStringLiteral("title"), title},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("total_minor"), total},
            {QStringLiteral("seller_country"), QStringLiteral("JP")},
            {QStringLiteral("destination"), QStringLiteral("DE")}};
}

} // namespace caravan::test
