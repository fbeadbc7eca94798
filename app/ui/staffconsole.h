#pragma once

#include <QSet>
#include <QWidget>

class QTabWidget;

namespace caravan::sync {
class DisputeClient;
class StaffClient;
} // namespace caravan::sync

namespace caravan::ui {

class ArbitrationView;
class IdentityReview;
class ReportsView;
class RiskFlagsView;

// The Arbitration section for staff: one tab per queue — disputes, reported listings, payout identities and
// risk flags. Everything works online only: a tab asks the server for its queue the first time it is shown
// (and on Refresh); offline every tab says so and asks nothing, and back online every tab asks again.
class StaffConsole final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { Disputes, Reports, Identities, RiskFlags };

    // `me`: the signed-in member of staff's user id.
    StaffConsole(sync::DisputeClient &disputes, sync::StaffClient &staff, const QString &me,
                 QWidget *parent = nullptr);
    ~StaffConsole() override;

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] ArbitrationView *disputes() const { return m_disputes; }
    [[nodiscard]] ReportsView *reports() const { return m_reports; }
    [[nodiscard]] IdentityReview *identities() const { return m_identities; }
    [[nodiscard]] RiskFlagsView *riskFlags() const { return m_riskFlags; }

    void setOnline(bool online);
    [[nodiscard]] bool isOnline() const { return m_online; }
    void showTab(Tab tab);
    // Asks the server for the queue of the tab shown.
    void refresh();

private:
    void refreshTab(int index);

    QTabWidget *m_tabs;
    ArbitrationView *m_disputes;
    ReportsView *m_reports;
    IdentityReview *m_identities;
    RiskFlagsView *m_riskFlags;
    QSet<int> m_asked; // tabs whose queue was asked for since the console went online
    bool m_online = true;
};

} // namespace caravan::ui
