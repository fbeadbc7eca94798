#pragma once

#include "data/staffqueues.h"

#include <QAbstractTableModel>
#include <QVector>

namespace caravan::models {

// The staff queues as tables, rows in the order the server sent them (it orders each queue).
// IdRole gives the row's listing id, user id or flag key.

// GET /api/v1/staff/reports: most reported first.
class ReportQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Reports, Title, Seller, Reasons, LastReported, Status, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ReportQueueModel(QObject *parent = nullptr);
    void setRows(QVector<data::ReportedListingRow> rows);
    [[nodiscard]] const QVector<data::ReportedListingRow> &rows() const { return m_rows; }
    [[nodiscard]] int rowOf(const QString &listingId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<data::ReportedListingRow> m_rows;
};

// GET /api/v1/staff/identities.
class IdentityQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Submitted, LegalName, Account, Status, Reviewed, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit IdentityQueueModel(QObject *parent = nullptr);
    void setRows(QVector<data::IdentityRecord> rows);
    [[nodiscard]] const QVector<data::IdentityRecord> &rows() const { return m_rows; }
    [[nodiscard]] int rowOf(const QString &userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<data::IdentityRecord> m_rows;
};

// GET /api/v1/staff/risk-flags. IdRole: "<kind>:<user id>".
class RiskFlagModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Since, Kind, Account, Explanation, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit RiskFlagModel(QObject *parent = nullptr);
    void setRows(QVector<data::RiskFlag> rows);
    [[nodiscard]] const QVector<data::RiskFlag> &rows() const { return m_rows; }
    [[nodiscard]] int rowOf(const QString &key) const;
    [[nodiscard]] static QString keyOf(const data::RiskFlag &flag);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<data::RiskFlag> m_rows;
};

} // namespace caravan::models
