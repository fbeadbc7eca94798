#include "ui/synclogwindow.h"

#include "models/synclogmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caravan::ui {

SyncLogWindow::SyncLogWindow(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_model(new models::SyncLogModel(std::move(db), this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("syncLogWindow"));
    setWindowTitle(tr("Sync log"));
    resize(900, 420);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(models::SyncLogModel::Event, QHeaderView::Stretch);
    m_view->setColumnWidth(models::SyncLogModel::Time, 140);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &SyncLogWindow::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
}

void SyncLogWindow::reload()
{
    m_model->reload();
}

} // namespace caravan::ui
