#include "ui/riskflagsview.h"

#include "models/ordertext.h"
#include "models/staffqueuemodels.h"
#include "models/stafftext.h"
#include "sync/staffclient.h"
#include "ui/staffsupport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caravan::ui {

using models::OrderText;
using models::RiskFlagModel;
using models::StaffText;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px; color: #555;\">%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

} // namespace

RiskFlagsView::RiskFlagsView(sync::StaffClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new RiskFlagModel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_heading(StaffSupport::heading(QString(), 1.2, this))
    , m_body(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("riskFlagsView"));
    m_status->setObjectName(QStringLiteral("riskFlagsStatus"));
    m_status->setWordWrap(true);
    auto *note = new QLabel(
        tr("A flag is a prompt to look at the account, not a verdict: nothing is decided here."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_status, 1);
    header->addWidget(m_refresh);

    m_table->setObjectName(QStringLiteral("riskFlags"));
    m_table->setModel(m_model);
    StaffSupport::setUpTable(m_table);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(RiskFlagModel::Explanation, QHeaderView::Stretch);
    columns->resizeSection(RiskFlagModel::Since, 130);
    columns->resizeSection(RiskFlagModel::Kind, 200);
    columns->resizeSection(RiskFlagModel::Account, 220);

    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 8, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_body, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &RiskFlagsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() < m_model->rows().size())
                    showFlag(m_model->rows().at(current.row()));
            });
    showMessage(tr("Choose a flag in the list."));
}

RiskFlagsView::~RiskFlagsView() = default;

QString RiskFlagsView::detailText() const
{
    return m_body->toPlainText();
}

void RiskFlagsView::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    m_refresh->setEnabled(online);
    if (!online) {
        m_status->setText(StaffSupport::offlineText());
        showMessage(tr("Offline: risk flags are not kept on this computer."));
        return;
    }
    refresh();
}

void RiskFlagsView::refresh()
{
    if (!m_online)
        return;
    m_status->setText(tr("Asking the server…"));
    QPointer<RiskFlagsView> self(this);
    m_client.riskFlags([self](const QVector<data::RiskFlag> &flags, const sync::ApiError &error) {
        if (!self)
            return;
        if (error.kind != sync::ApiError::Kind::None) {
            self->m_status->setText(StaffSupport::errorText(tr("The risk flags could not be read"), error));
            return;
        }
        self->showFlags(flags);
    });
}

void RiskFlagsView::showFlags(const QVector<data::RiskFlag> &flags)
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString keep =
        current.isValid() ? m_model->data(current, RiskFlagModel::IdRole).toString() : QString();
    m_model->setRows(flags);
    m_status->setText(tr("%n flag(s)", nullptr, static_cast<int>(flags.size())));
    const int row = m_model->rowOf(keep);
    if (m_model->rowCount() > 0)
        m_table->selectRow(row >= 0 ? row : 0);
    else
        showMessage(tr("No account is flagged."));
}

void RiskFlagsView::showMessage(const QString &message)
{
    m_heading->setText(tr("No flag chosen"));
    m_body->setPlainText(message);
}

void RiskFlagsView::showFlag(const data::RiskFlag &f)
{
    const QString who = f.displayName.isEmpty() ? f.userId : f.displayName;
    m_heading->setText(tr("%1 — %2").arg(StaffText::riskKind(f.kind), who));
    QString html = QStringLiteral("<p>%1</p>").arg(esc(StaffText::riskExplanation(f)));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row(tr("Account"), tr("%1 <%2>, %3").arg(f.displayName, f.email, f.userId));
    html += row(tr("Account opened"), OrderText::localTime(f.accountCreatedAt));
    html += row(tr("Flagged since"), OrderText::localTime(f.since));
    html += QStringLiteral("</table>");
    m_body->setHtml(html);
}

} // namespace caravan::ui
