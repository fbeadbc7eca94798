#include "data/orderrepository.h"

#include "data/outboxrepository.h"
#include "shipping/tracking.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <future>
#include <thread>
#include <vector>

Q_LOGGING_CATEGORY(lcOrderRepo, "caravan.data.orders")

namespace caravan::data {

namespace {

const QString kEntity = QStringLiteral("order");
const QString kCarrier = QStringLiteral("carrier");
const QString kTracking = QStringLiteral("tracking_number");

// The columns every read selects: the record (its UTF-8 bytes, as the JSON parser reads them), its newest
// pending mutation and its refusal.
QString selectOrders()
{
    return QStringLiteral(
        "SELECT r.entity_id, r.revision, CAST(r.data_json AS BLOB),"
        " (SELECT o.payload FROM outbox o WHERE o.entity = 'order' AND o.entity_id = r.entity_id"
        "   ORDER BY o.seq DESC LIMIT 1),"
        " i.code, i.message, i.at "
        "FROM sync_records r LEFT JOIN sync_issues i ON i.entity = r.entity AND i.entity_id = r.entity_id "
        "WHERE r.entity = 'order' AND r.deleted = 0");
}

// The shipment a pending order mutation carries (nothing when it carries none).
std::optional<OrderShipment> pendingShipment(const QVariant &payloadText)
{
    if (payloadText.isNull())
        return std::nullopt;
    const QJsonObject payload = QJsonDocument::fromJson(payloadText.toString().toUtf8()).object();
    const QJsonObject fields = payload.value(QStringLiteral("fields")).toObject();
    if (!fields.contains(kCarrier) && !fields.contains(kTracking))
        return std::nullopt;
    return OrderShipment{fields.value(kCarrier).toString(), fields.value(kTracking).toString()};
}

// One row of selectOrders() as text, read on the database's thread and parsed on any.
struct OrderRow
{
    QString id;
    qint64 revision = 0;
    QByteArray json; // UTF-8
    QVariant payload;
    QString refusalCode;
    QString refusalMessage;
    QString refusalAt;
};

OrderRow readRow(const QSqlQuery &query)
{
    return {
        query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toByteArray(), query.value(3),
        query.value(4).toString(), query.value(5).toString(),   query.value(6).toString()};
}

Order toOrder(const OrderRow &row)
{
    const QJsonObject data = QJsonDocument::fromJson(row.json).object();
    Order order = Order::fromJson(data, row.revision);
    order.id = row.id;
    order.pendingShipment = pendingShipment(row.payload);
    if (!row.refusalCode.isEmpty())
        order.refusal = OrderRefusal{row.refusalCode, row.refusalMessage,
                                     QDateTime::fromString(row.refusalAt, Qt::ISODateWithMs)};
    return order;
}

Order fromRow(const QSqlQuery &query)
{
    return toOrder(readRow(query));
}

// Parses the rows into `orders` (as many), on up to four threads when there are enough rows to be worth it:
// the JSON of thousands of orders is most of the time a long list takes to open.
void parseRows(const std::vector<OrderRow> &rows, QVector<Order> &orders)
{
    constexpr std::size_t kPerThread = 1000;
    orders.resize(static_cast<qsizetype>(rows.size()));
    Order *out = orders.data();
    const std::size_t threads = std::min<std::size_t>(
        {4, std::max(1u, std::thread::hardware_concurrency()), rows.size() / kPerThread});
    if (threads <= 1) {
        for (std::size_t i = 0; i < rows.size(); ++i)
            out[i] = toOrder(rows[i]);
        return;
    }
    const std::size_t chunk = (rows.size() + threads - 1) / threads;
    std::vector<std::future<void>> running;
    for (std::size_t start = chunk; start < rows.size(); start += chunk) {
        const std::size_t end = std::min(rows.size(), start + chunk);
        running.push_back(std::async(std::launch::async, [&rows, out, start, end] {
            for (std::size_t i = start; i < end; ++i)
                out[i] = toOrder(rows[i]);
        }));
    }
    for (std::size_t i = 0; i < std::min(rows.size(), chunk); ++i)
        out[i] = toOrder(rows[i]);
    for (auto &r : running)
        r.get();
}

// A seller-owned value as the base of the mutation: the stored text, or null when there is none.
QJsonValue baseValue(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

OrderRepository::OrderRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool OrderRepository::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

QVector<Order> OrderRepository::loadAll() const
{
    QVector<Order> orders;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(selectOrders())) {
        m_lastError = tr("Reading the orders failed: %1").arg(query.lastError().text());
        qCWarning(lcOrderRepo) << "reading the orders failed:" << query.lastError().text();
        return orders;
    }
    std::vector<OrderRow> rows;
    while (query.next())
        rows.push_back(readRow(query));
    parseRows(rows, orders);
    return orders;
}

std::optional<Order> OrderRepository::load(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(selectOrders() + QStringLiteral(" AND r.entity_id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec()) {
        m_lastError = tr("Reading the orders failed: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return fromRow(query);
}

ShipmentCheck OrderRepository::checkShipment(const QString &carrier, const QString &trackingNumber)
{
    ShipmentCheck check;
    const QString name = carrier.trimmed();
    const std::string nameText = name.toStdString();
    const shipping::Carrier *known = shipping::findCarrier(nameText);
    check.shipment.carrier = known ? QString::fromStdString(known->id) : name;
    check.shipment.trackingNumber =
        QString::fromStdString(shipping::normalizeTrackingNumber(trackingNumber.trimmed().toStdString()));
    if (!known && !shipping::validCarrierName(nameText))
        check.problem = QStringLiteral("carrier");
    else if (check.shipment.trackingNumber.isEmpty())
        check.problem = QStringLiteral("missing");
    else if (const auto problem = shipping::trackingProblem(check.shipment.carrier.toStdString(),
                                                            check.shipment.trackingNumber.toStdString()))
        check.problem = QString::fromStdString(*problem);
    if (!check.problem.isEmpty())
        check.message = problemText(check.problem, check.shipment.carrier);
    return check;
}

QString OrderRepository::problemText(const QString &problem, const QString &carrier)
{
    if (problem == QLatin1String("carrier"))
        return tr("Choose the carrier, or type its name (up to 40 characters).");
    if (problem == QLatin1String("missing"))
        return tr("Enter the tracking number from the carrier's receipt.");
    if (problem == QLatin1String("length"))
        return tr("A tracking number has 4 to 40 characters.");
    if (problem == QLatin1String("characters"))
        return tr("A tracking number holds only letters, digits and hyphens.");
    if (problem == QLatin1String("format")) {
        const shipping::Carrier *known = shipping::findCarrier(carrier.toStdString());
        return known ? tr("This is not a tracking number of this carrier; they look like %1.")
                           .arg(QString::fromStdString(known->sample))
                     : tr("This is not a tracking number of this carrier.");
    }
    if (problem == QLatin1String("check_digit"))
        return tr("The check digit of this number is wrong: compare it with the carrier's receipt.");
    return tr("This tracking number cannot be used (%1).").arg(problem);
}

bool OrderRepository::markShipped(const QString &orderId, const QString &carrier,
                                  const QString &trackingNumber)
{
    const ShipmentCheck check = checkShipment(carrier, trackingNumber);
    if (!check.ok())
        return fail(check.message);
    if (!m_db.transaction())
        return fail(tr("Cannot start a transaction on the local database: %1").arg(m_db.lastError().text()));
    // Read inside the transaction, so the checks and the queued change see the same state.
    const auto order = load(orderId);
    const auto refuse = [this](const QString &message) {
        m_db.rollback();
        return fail(message);
    };
    if (!order)
        return refuse(tr("There is no order %1.").arg(orderId));
    if (order->pendingShipment)
        return refuse(tr("This order is already marked shipped; the shipment waits to be synced."));
    if (order->status != QLatin1String("paid"))
        return refuse(tr("Only a paid order can be marked shipped."));

    const QJsonObject payload{
        {QStringLiteral("entity"), kEntity},
        {QStringLiteral("entity_id"), orderId},
        {QStringLiteral("op"), QStringLiteral("upsert")},
        {QStringLiteral("base_revision"), order->revision},
        {QStringLiteral("base"), QJsonObject{{kCarrier, baseValue(order->shipment.carrier)},
                                             {kTracking, baseValue(order->shipment.trackingNumber)}}},
        {QStringLiteral("fields"),
         QJsonObject{{kCarrier, check.shipment.carrier}, {kTracking, check.shipment.trackingNumber}}}};
    OutboxRepository outbox(m_db);
    OutboxEntry entry;
    entry.entity = kEntity;
    entry.entityId = orderId;
    entry.op = QStringLiteral("upsert");
    entry.payload = payload;
    if (!outbox.enqueue(entry))
        return refuse(tr("Queueing the shipment for sync failed: %1").arg(outbox.lastError()));
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        return refuse(tr("Saving the shipment failed: %1").arg(error));
    }
    qCInfo(lcOrderRepo) << "order" << orderId << "marked shipped with" << check.shipment.carrier;
    return true;
}

} // namespace caravan::data
