#include "models/outboxmodel.h"

#include <QLocale>

namespace caravan::models {

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OutboxModel::setDatabase(const QSqlDatabase &db)
{
    m_connectionName = db.isValid() ? db.connectionName() : QString();
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_entries =
        db.isValid() && db.isOpen() ? data::OutboxRepository(db).pending() : QVector<data::OutboxEntry>{};
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const data::OutboxEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(index.column())) {
        case CreatedAtColumn:
            return QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat);
        case EntityColumn:
            return entry.entity;
        case OperationColumn:
            return entry.op;
        case EntityIdColumn:
            return entry.entityId;
        case ColumnCount:
            break;
        }
    } else if (role == Qt::UserRole) {
        return entry.mutationId;
    } else if (role == Qt::ToolTipRole && index.column() == EntityIdColumn) {
        return entry.mutationId;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case CreatedAtColumn:
        return tr("Changed");
    case EntityColumn:
        return tr("Item");
    case OperationColumn:
        return tr("Change");
    case EntityIdColumn:
        return tr("Identifier");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace caravan::models
