#pragma once

#include <QAbstractListModel>
#include <QHash>

namespace caravan::models {

// The places the main window navigates to, in display order.
enum class Section { Listings, Orders, Payouts, Messages, Arbitration, Settings, SectionCount };

// The navigation list. Arbitration is a row only for staff accounts.
class SectionModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { SectionRole = Qt::UserRole + 1, DescriptionRole, RoleCount };

    explicit SectionModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool staff() const { return m_staff; }
    // Shows or hides the Arbitration row.
    void setStaff(bool staff);

    [[nodiscard]] Section sectionAt(int row) const;
    // The row of `section`, or -1 when it is not shown.
    [[nodiscard]] int rowOf(Section section) const;

    // A count shown after the section's title (unread messages); 0 shows none.
    void setBadge(Section section, int count);
    [[nodiscard]] int badge(Section section) const { return m_badges.value(section); }

    [[nodiscard]] static QString title(Section section);
    [[nodiscard]] static QString description(Section section);

private:
    [[nodiscard]] QList<Section> visibleSections(bool staff) const;

    QList<Section> m_rows;
    QHash<Section, int> m_badges;
    bool m_staff = false;
};

} // namespace caravan::models
