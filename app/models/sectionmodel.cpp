#include "models/sectionmodel.h"

namespace caravan::models {

SectionModel::SectionModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_rows(visibleSections(false))
{}

QList<Section> SectionModel::visibleSections(bool staff) const
{
    QList<Section> rows{Section::Listings, Section::Orders, Section::Payouts, Section::Messages};
    if (staff)
        rows.append(Section::Arbitration);
    rows.append(Section::Settings);
    return rows;
}

int SectionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Section section = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_badges.value(section) > 0 ? tr("%1 (%2)").arg(title(section)).arg(m_badges.value(section))
                                           : title(section);
    case Qt::ToolTipRole:
    case DescriptionRole:
        return description(section);
    case SectionRole:
        return static_cast<int>(section);
    default:
        return {};
    }
}

QHash<int, QByteArray> SectionModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(SectionRole, QByteArrayLiteral("section"));
    names.insert(DescriptionRole, QByteArrayLiteral("description"));
    return names;
}

void SectionModel::setStaff(bool staff)
{
    if (staff == m_staff)
        return;
    m_staff = staff;
    const int row = static_cast<int>(visibleSections(true).indexOf(Section::Arbitration));
    if (staff) {
        beginInsertRows({}, row, row);
        m_rows = visibleSections(true);
        endInsertRows();
    } else {
        beginRemoveRows({}, row, row);
        m_rows = visibleSections(false);
        endRemoveRows();
    }
}

void SectionModel::setBadge(Section section, int count)
{
    if (m_badges.value(section) == count)
        return;
    m_badges.insert(section, count);
    if (const int row = rowOf(section); row >= 0)
        emit dataChanged(index(row), index(row), {Qt::DisplayRole});
}

Section SectionModel::sectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Section::SectionCount;
}

int SectionModel::rowOf(Section section) const
{
    return static_cast<int>(m_rows.indexOf(section));
}

QString SectionModel::title(Section section)
{
    switch (section) {
    case Section::Listings:
        return tr("Listings");
    case Section::Orders:
        return tr("Orders");
    case Section::Payouts:
        return tr("Payouts");
    case Section::Messages:
        return tr("Messages");
    case Section::Arbitration:
        return tr("Arbitration");
    case Section::Settings:
        return tr("Settings");
    case Section::SectionCount:
        break;
    }
    return {};
}

QString SectionModel::description(Section section)
{
    switch (section) {
    case Section::Listings:
        return tr("Your items for sale, drafts included");
    case Section::Orders:
        return tr("What buyers bought and what to ship");
    case Section::Payouts:
        return tr("Money held in escrow and paid out to you");
    case Section::Messages:
        return tr("Conversations with buyers");
    case Section::Arbitration:
        return tr("Disputes waiting for a staff decision");
    case Section::Settings:
        return tr("Server, language, account and keyring");
    case Section::SectionCount:
        break;
    }
    return {};
}

} // namespace caravan::models
