#include "models/staffqueuemodels.h"

#include "models/ordertext.h"
#include "models/stafftext.h"

namespace caravan::models {

namespace {

QString who(const QString &name, const QString &email, const QString &id)
{
    if (!name.isEmpty() && !email.isEmpty())
        return QStringLiteral("%1 <%2>").arg(name, email);
    if (!name.isEmpty())
        return name;
    return email.isEmpty() ? id : email;
}

} // namespace

// ---- reported listings ----

ReportQueueModel::ReportQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportQueueModel::setRows(QVector<data::ReportedListingRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReportQueueModel::rowOf(const QString &listingId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).listingId == listingId)
            return i;
    return -1;
}

int ReportQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReportQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const data::ReportedListingRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.listingId;
    if (role == Qt::TextAlignmentRole && index.column() == Reports)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Reports:
        return r.reports;
    case Title:
        return r.title;
    case Seller:
        return r.sellerName.isEmpty() ? r.sellerId : r.sellerName;
    case Reasons:
        return StaffText::reasonsSummary(r.reasons);
    case LastReported:
        return OrderText::localTime(r.lastReportedAt);
    case Status:
        return StaffText::reportStatus(r.status);
    default:
        return {};
    }
}

QVariant ReportQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reports:
        return tr("Reports");
    case Title:
        return tr("Listing");
    case Seller:
        return tr("Seller");
    case Reasons:
        return tr("Reasons");
    case LastReported:
        return tr("Last reported");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

// ---- payout identities ----

IdentityQueueModel::IdentityQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IdentityQueueModel::setRows(QVector<data::IdentityRecord> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int IdentityQueueModel::rowOf(const QString &userId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).userId == userId)
            return i;
    return -1;
}

int IdentityQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IdentityQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IdentityQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const data::IdentityRecord &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.userId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Submitted:
        return OrderText::localTime(r.submittedAt);
    case LegalName:
        return r.legalName;
    case Account:
        return who(r.displayName, r.email, r.userId);
    case Status:
        return StaffText::identityStatus(r.status);
    case Reviewed:
        return r.reviewedAt.isValid() ? OrderText::localTime(r.reviewedAt) : QString();
    default:
        return {};
    }
}

QVariant IdentityQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Submitted:
        return tr("Submitted");
    case LegalName:
        return tr("Legal name");
    case Account:
        return tr("Account");
    case Status:
        return tr("Status");
    case Reviewed:
        return tr("Reviewed");
    default:
        return {};
    }
}

// ---- risk flags ----

RiskFlagModel::RiskFlagModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RiskFlagModel::setRows(QVector<data::RiskFlag> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString RiskFlagModel::keyOf(const data::RiskFlag &flag)
{
    return flag.kind + QLatin1Char(':') + flag.userId;
}

int RiskFlagModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (keyOf(m_rows.at(i)) == key)
            return i;
    return -1;
}

int RiskFlagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RiskFlagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskFlagModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const data::RiskFlag &f = m_rows.at(index.row());
    if (role == IdRole)
        return keyOf(f);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Since:
        return OrderText::localTime(f.since);
    case Kind:
        return StaffText::riskKind(f.kind);
    case Account:
        return who(f.displayName, f.email, f.userId);
    case Explanation:
        return StaffText::riskExplanation(f);
    default:
        return {};
    }
}

QVariant RiskFlagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Since:
        return tr("Since");
    case Kind:
        return tr("Flag");
    case Account:
        return tr("Account");
    case Explanation:
        return tr("What the figures say");
    default:
        return {};
    }
}

} // namespace caravan::models
