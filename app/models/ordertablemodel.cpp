#include "models/ordertablemodel.h"

#include "models/ordertext.h"

#include <QBrush>
#include <QColor>
#include <algorithm>
#include <numeric>
#include <vector>

namespace caravan::models {

namespace {

const QColor kUrgent(0xb0, 0x1c, 0x1c);

bool isClosed(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("released") ||
           status == QLatin1String("refunded") || status == QLatin1String("cancelled") ||
           status == QLatin1String("expired");
}

// Orders still to ship by their deadline first (soonest first), then the rest, newest first.
bool before(const data::Order &a, const data::Order &b)
{
    const bool aDue = a.hasShipByDeadline();
    const bool bDue = b.hasShipByDeadline();
    if (aDue != bDue)
        return aDue;
    if (aDue && a.deadlines.shipBy != b.deadlines.shipBy)
        return a.deadlines.shipBy < b.deadlines.shipBy;
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id < b.id;
}

} // namespace

OrderTableModel::OrderTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repo(std::move(db))
    , m_now(QDateTime::currentDateTimeUtc())
{
    reload();
}

void OrderTableModel::reload()
{
    beginResetModel();
    QVector<data::Order> loaded = m_repo.loadAll();
    // Sorted through their positions: an order is large, and moving one is far from free.
    std::vector<int> order(static_cast<std::size_t>(loaded.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&loaded](int a, int b) { return before(loaded[a], loaded[b]); });
    m_orders.clear();
    m_orders.reserve(loaded.size());
    for (const int i : order)
        m_orders.append(std::move(loaded[i]));
    m_rows = filteredRows();
    endResetModel();
}

void OrderTableModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_rows = filteredRows();
    endResetModel();
}

void OrderTableModel::setCurrentTime(const QDateTime &now)
{
    m_now = now;
    const QVector<int> rows = filteredRows();
    if (rows != m_rows) {
        // An order became overdue: the Overdue filter shows other rows now.
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, ShipBy), index(static_cast<int>(m_rows.size()) - 1, ShipBy),
                         {Qt::DisplayRole, Qt::ForegroundRole, UrgentRole});
    }
}

QVector<int> OrderTableModel::filteredRows() const
{
    QVector<int> rows;
    for (int i = 0; i < m_orders.size(); ++i)
        if (matches(m_orders[i], m_filter, m_now))
            rows.append(i);
    return rows;
}

bool OrderTableModel::matches(const data::Order &order, Filter filter, const QDateTime &now)
{
    switch (filter) {
    case Filter::All:
    case Filter::FilterCount:
        return true;
    case Filter::ToShip:
        return order.isShippable();
    case Filter::Overdue:
        return order.hasShipByDeadline() && order.deadlines.shipBy < now;
    case Filter::Shipped:
        return order.awaitsShipmentSync() || order.status == QLatin1String("shipped");
    case Filter::Delivered:
        return order.status == QLatin1String("delivered");
    case Filter::Disputed:
        return order.status == QLatin1String("disputed");
    case Filter::Closed:
        return isClosed(order.status);
    }
    return false;
}

int OrderTableModel::count(Filter filter) const
{
    return static_cast<int>(std::count_if(m_orders.cbegin(), m_orders.cend(),
                                          [&](const data::Order &o) { return matches(o, filter, m_now); }));
}

QString OrderTableModel::filterName(Filter filter)
{
    switch (filter) {
    case Filter::All:
    case Filter::FilterCount:
        return tr("All");
    case Filter::ToShip:
        return tr("To ship");
    case Filter::Overdue:
        return tr("Overdue");
    case Filter::Shipped:
        return tr("Shipped");
    case Filter::Delivered:
        return tr("Delivered");
    case Filter::Disputed:
        return tr("In dispute");
    case Filter::Closed:
        return tr("Closed");
    }
    return {};
}

const data::Order *OrderTableModel::orderAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_orders[m_rows[row]];
}

int OrderTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_orders[m_rows[row]].id == id)
            return row;
    return -1;
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    const data::Order *order = index.isValid() ? orderAt(index.row()) : nullptr;
    if (!order)
        return {};
    const bool due = order->hasShipByDeadline();
    switch (role) {
    case IdRole:
        return order->id;
    case StatusIdRole:
        return order->status;
    case UrgentRole:
        return due && OrderText::isUrgent(order->deadlines.shipBy, m_now);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Item:
            return OrderText::items(*order);
        case Buyer:
            return order->shipTo.country.isEmpty()
                       ? order->shipTo.name
                       : tr("%1, %2").arg(order->shipTo.name, order->shipTo.country);
        case Total:
            return OrderText::money(order->listingAmounts.total, order->listingAmounts.currency);
        case Status:
            return OrderText::statusLabel(*order);
        case ShipBy:
            return due ? OrderText::timeLeft(order->deadlines.shipBy, m_now) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Item)
            return OrderText::items(*order);
        if (index.column() == ShipBy && due)
            return tr("Ship by %1").arg(OrderText::localTime(order->deadlines.shipBy));
        if (index.column() == Status && order->refusal)
            return OrderText::refusalExplanation(*order->refusal);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ShipBy && due && OrderText::isUrgent(order->deadlines.shipBy, m_now))
            return QBrush(kUrgent);
        if (index.column() == Status && order->refusal && !order->awaitsShipmentSync())
            return QBrush(kUrgent);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Total)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Item:
        return tr("Order");
    case Buyer:
        return tr("Buyer");
    case Total:
        return tr("Total");
    case Status:
        return tr("Status");
    case ShipBy:
        return tr("Ship by");
    default:
        return {};
    }
}

} // namespace caravan::models
