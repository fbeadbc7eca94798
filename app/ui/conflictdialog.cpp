#include "ui/conflictdialog.h"

#include "data/conflictstore.h"
#include "models/conflictmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace caravan::ui {

using models::ConflictFieldsModel;

ConflictDialog::ConflictDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_list(new models::ConflictListModel(db, this))
    , m_fields(new ConflictFieldsModel(this))
    , m_listView(new QListView(this))
    , m_fieldsView(new QTableView(this))
    , m_error(new QLabel(this))
    , m_useMine(new QPushButton(tr("Keep this device's value"), this))
    , m_useServer(new QPushButton(tr("Keep the server's value"), this))
    , m_resolve(new QPushButton(tr("Resolve"), this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Conflicts"));
    resize(1000, 480);
    m_listView->setModel(m_list);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fieldsView->setModel(m_fields);
    m_fieldsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldsView->verticalHeader()->hide();
    m_fieldsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fieldsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->setWordWrap(true);

    auto *explain =
        new QLabel(tr("The same field was changed on this device and elsewhere. Choose what to keep "
                      "for each field, or double-click “Keep” to type a merged value. Nothing is "
                      "discarded until you resolve."),
                   this);
    explain->setWordWrap(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(explain);
    rightLayout->addWidget(m_fieldsView, 1);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_useMine);
    choices->addWidget(m_useServer);
    choices->addStretch(1);
    choices->addWidget(m_resolve);
    rightLayout->addLayout(choices);
    rightLayout->addWidget(m_error);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_listView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { selectConflict(current.row()); });
    connect(m_useMine, &QPushButton::clicked, this, [this] { chooseSelected(true); });
    connect(m_useServer, &QPushButton::clicked, this, [this] { chooseSelected(false); });
    connect(m_resolve, &QPushButton::clicked, this, &ConflictDialog::resolveSelected);
    connect(m_fields, &ConflictFieldsModel::completeChanged, this, &ConflictDialog::updateButtons);
    reload();
}

void ConflictDialog::reload()
{
    m_list->reload();
    selectConflict(m_list->rowCount() > 0 ? 0 : -1);
}

void ConflictDialog::selectConflict(int row)
{
    m_error->clear();
    if (row >= 0 && row < m_list->rowCount()) {
        m_listView->setCurrentIndex(m_list->index(row));
        m_fields->setConflict(m_list->conflictAt(row));
    } else {
        m_fields->setConflict({});
    }
    updateButtons();
}

void ConflictDialog::chooseSelected(bool thisDevice)
{
    const auto rows = m_fieldsView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_fields->chooseAll(thisDevice ? ConflictFieldsModel::Side::ThisDevice
                                       : ConflictFieldsModel::Side::Server);
        return;
    }
    for (const QModelIndex &index : rows)
        m_fields->choose(index.row(), thisDevice ? ConflictFieldsModel::Side::ThisDevice
                                                 : ConflictFieldsModel::Side::Server);
}

bool ConflictDialog::resolveSelected()
{
    const auto &conflict = m_fields->conflict();
    if (conflict.id.isEmpty())
        return false;
    if (!m_fields->complete()) {
        m_error->setText(tr("Choose a value for every field first."));
        return false;
    }
    data::ConflictStore store(m_db);
    if (!store.resolve(conflict.id, m_fields->chosenValues())) {
        m_error->setText(store.lastError());
        return false;
    }
    emit resolved();
    reload();
    return true;
}

QString ConflictDialog::errorText() const
{
    return m_error->text();
}

void ConflictDialog::updateButtons()
{
    const bool open = m_fields->conflict().state == QLatin1String("open");
    m_useMine->setEnabled(open);
    m_useServer->setEnabled(open);
    m_resolve->setEnabled(open && m_fields->complete());
}

} // namespace caravan::ui
