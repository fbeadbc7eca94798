#pragma once

#include "data/dispute.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

namespace caravan::models {

// The staff queue (GET /api/v1/staff/disputes) as a table, the nearest deadline first (cases without a
// deadline last, then the oldest). The server filters; the rows are what it answered.
class DisputeQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Deadline, Status, Reason, Item, Countries, Held, Opened, Assigned, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, UrgentRole };

    explicit DisputeQueueModel(QObject *parent = nullptr);

    void setRows(QVector<data::DisputeQueueRow> rows);
    // The signed-in member of staff (their user id): "Assigned" says "You" for their cases.
    void setMyUserId(const QString &id);
    // The moment "time left" is measured from.
    void setCurrentTime(const QDateTime &now);

    [[nodiscard]] const QVector<data::DisputeQueueRow> &rows() const { return m_rows; }
    [[nodiscard]] const data::DisputeQueueRow *rowAt(int row) const;
    [[nodiscard]] int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Deadline first (none last), then opened first.
    static bool before(const data::DisputeQueueRow &a, const data::DisputeQueueRow &b);

private:
    QVector<data::DisputeQueueRow> m_rows;
    QString m_me;
    QDateTime m_now;
};

} // namespace caravan::models
