#include "models/disputequeuemodel.h"

#include "models/disputetext.h"
#include "models/ordertext.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace caravan::models {

DisputeQueueModel::DisputeQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{}

bool DisputeQueueModel::before(const data::DisputeQueueRow &a, const data::DisputeQueueRow &b)
{
    const QDateTime &da = a.dispute.deadlineAt;
    const QDateTime &db = b.dispute.deadlineAt;
    if (da.isValid() != db.isValid())
        return da.isValid();
    if (da.isValid() && da != db)
        return da < db;
    return a.dispute.openedAt < b.dispute.openedAt;
}

void DisputeQueueModel::setRows(QVector<data::DisputeQueueRow> rows)
{
    std::stable_sort(rows.begin(), rows.end(), &DisputeQueueModel::before);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void DisputeQueueModel::setMyUserId(const QString &id)
{
    if (id == m_me)
        return;
    m_me = id;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Assigned), index(rowCount() - 1, Assigned));
}

void DisputeQueueModel::setCurrentTime(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Deadline), index(rowCount() - 1, Deadline));
}

const data::DisputeQueueRow *DisputeQueueModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int DisputeQueueModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].dispute.id == id)
            return i;
    return -1;
}

int DisputeQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DisputeQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisputeQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const data::DisputeQueueRow &r = m_rows[index.row()];
    const data::Dispute &d = r.dispute;
    const bool urgent = d.deadlineAt.isValid() && OrderText::isUrgent(d.deadlineAt, m_now);
    switch (role) {
    case IdRole:
        return d.id;
    case UrgentRole:
        return urgent;
    case Qt::ForegroundRole:
        if (index.column() == Deadline && urgent)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Held)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Deadline && d.deadlineAt.isValid())
            return OrderText::localTime(d.deadlineAt);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Deadline:
        return d.deadlineAt.isValid() ? OrderText::timeLeft(d.deadlineAt, m_now) : tr("—");
    case Status:
        return DisputeText::statusText(d.status);
    case Reason:
        return DisputeText::reasonText(d.reason);
    case Item:
        return r.title;
    case Countries:
        return tr("%1 → %2").arg(r.sellerCountry, r.destination);
    case Held:
        return OrderText::money(r.totalMinor, r.currency);
    case Opened:
        return OrderText::localTime(d.openedAt);
    case Assigned:
        if (d.assignedTo.isEmpty())
            return tr("Nobody");
        return d.assignedTo == m_me ? tr("You") : tr("Another member of staff");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DisputeQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Deadline:
        return tr("Deadline");
    case Status:
        return tr("Status");
    case Reason:
        return tr("Reason");
    case Item:
        return tr("Item");
    case Countries:
        return tr("From → to");
    case Held:
        return tr("Held");
    case Opened:
        return tr("Opened");
    case Assigned:
        return tr("Claimed by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace caravan::models
