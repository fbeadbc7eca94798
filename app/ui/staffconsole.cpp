#include "ui/staffconsole.h"

#include "ui/arbitrationview.h"
#include "ui/identityreview.h"
#include "ui/reportsview.h"
#include "ui/riskflagsview.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace caravan::ui {

StaffConsole::StaffConsole(sync::DisputeClient &disputes, sync::StaffClient &staff, const QString &me,
                           QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_disputes(new ArbitrationView(disputes, me, this))
    , m_reports(new ReportsView(staff, this))
    , m_identities(new IdentityReview(staff, this))
    , m_riskFlags(new RiskFlagsView(staff, this))
{
    setObjectName(QStringLiteral("staffConsole"));
    m_disputes->setPhotoClient(&staff);
    m_tabs->setObjectName(QStringLiteral("staffTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_disputes, tr("Disputes"));
    m_tabs->addTab(m_reports, tr("Reported listings"));
    m_tabs->addTab(m_identities, tr("Payout identities"));
    m_tabs->addTab(m_riskFlags, tr("Risk flags"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_online && !m_asked.contains(index))
            refreshTab(index);
    });
}

StaffConsole::~StaffConsole() = default;

void StaffConsole::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    m_asked.clear();
    // Offline, each view says so; back online, each one asks for its queue again.
    m_disputes->setOnline(online);
    m_reports->setOnline(online);
    m_identities->setOnline(online);
    m_riskFlags->setOnline(online);
    if (online)
        for (int i = 0; i < m_tabs->count(); ++i)
            m_asked.insert(i);
}

void StaffConsole::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void StaffConsole::refresh()
{
    refreshTab(m_tabs->currentIndex());
}

void StaffConsole::refreshTab(int index)
{
    if (!m_online)
        return;
    m_asked.insert(index);
    switch (index) {
    case Disputes:
        m_disputes->refresh();
        break;
    case Reports:
        m_reports->refresh();
        break;
    case Identities:
        m_identities->refresh();
        break;
    case RiskFlags:
        m_riskFlags->refresh();
        break;
    default:
        break;
    }
}

} // namespace caravan::ui
