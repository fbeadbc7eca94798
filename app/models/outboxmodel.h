#pragma once

#include "data/outboxrepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace caravan::models {

// The local changes waiting to be sent to the server, oldest first.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CreatedAtColumn, EntityColumn, OperationColumn, EntityIdColumn, ColumnCount };

    explicit OutboxModel(QObject *parent = nullptr);

    // Reads the outbox of `db` (pass an invalid database to show nothing). Only the connection's name is
    // kept, so the model never holds the connection open after its owner closed it.
    void setDatabase(const QSqlDatabase &db);
    void reload();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] data::OutboxEntry entryAt(int row) const { return m_entries.at(row); }

private:
    QString m_connectionName;
    QVector<data::OutboxEntry> m_entries;
};

} // namespace caravan::models
