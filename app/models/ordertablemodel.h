#pragma once

#include "data/orderrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

namespace caravan::models {

// The seller's orders (data::OrderRepository) for the Orders section: one filter at a time, sorted by the
// ship-by deadline of the orders still to ship (soonest first), then every other order, newest first.
// A seller holds hundreds of orders, not a million: they are read at once and filtered here.
class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Item, Buyer, Total, Status, ShipBy, ColumnCount };
    // Closed: completed, refunded, cancelled and expired orders.
    enum class Filter { All, ToShip, Overdue, Shipped, Delivered, Disputed, Closed, FilterCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusIdRole, UrgentRole };

    explicit OrderTableModel(QSqlDatabase db, QObject *parent = nullptr);

    // Re-reads the orders (after a pull or a shipment), keeping the filter.
    void reload();
    void setFilter(Filter filter);
    [[nodiscard]] Filter filter() const { return m_filter; }
    // The moment "time left" is measured from; the view moves it on as time passes.
    void setCurrentTime(const QDateTime &now);
    [[nodiscard]] QDateTime currentTime() const { return m_now; }

    // How many orders a filter shows (for the filter's label).
    [[nodiscard]] int count(Filter filter) const;
    [[nodiscard]] static QString filterName(Filter filter);
    [[nodiscard]] static bool matches(const data::Order &order, Filter filter, const QDateTime &now);

    // Every order, sorted, whatever the filter.
    [[nodiscard]] const QVector<data::Order> &orders() const { return m_orders; }
    [[nodiscard]] const data::Order *orderAt(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] data::OrderRepository &repository() { return m_repo; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVector<int> filteredRows() const;

    data::OrderRepository m_repo;
    QVector<data::Order> m_orders; // all orders, sorted
    QVector<int> m_rows;           // indexes into m_orders that the filter shows
    Filter m_filter = Filter::All;
    QDateTime m_now;
};

} // namespace caravan::models
