#include "ui/listingsview.h"

#include "data/listingcsv.h"
#include "data/listingrepository.h"
#include "data/localdatabase.h"
#include "data/photostore.h"
#include "data/settingsrepository.h"
#include "data/templaterepository.h"
#include "listing/categories.h"
#include "models/listingtablemodel.h"
#include "models/photothumbnails.h"
#include "ui/bulkeditdialog.h"
#include "ui/csvimportdialog.h"
#include "ui/listingeditor.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace caravan::ui {

namespace {
constexpr int kRowHeight = 44;
constexpr int kThumbEdge = 40;
} // namespace

ListingsView::ListingsView(data::LocalDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_repo(std::make_unique<data::ListingRepository>(db.connection()))
    , m_photos(
          std::make_unique<data::PhotoStore>(data::PhotoStore::folderFor(db.filePath()), db.connection()))
    , m_templates(std::make_unique<data::TemplateRepository>(db.connection()))
    , m_settings(std::make_unique<data::SettingsRepository>(db.connection()))
    , m_model(new models::ListingTableModel(db.connection(), this))
    , m_thumbnails(new models::PhotoThumbnails(m_photos->folder(), kThumbEdge, this))
    , m_bulkUndo(new QUndoStack(this))
{
    m_model->setThumbnails(m_thumbnails);

    // The table page.
    auto *tablePage = new QWidget(this);
    auto *title = new QLabel(tr("Listings"), tablePage);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count = new QLabel(tablePage);
    m_count->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *newButton = new QPushButton(tr("New listing"), tablePage);
    newButton->setDefault(true);
    connect(newButton, &QPushButton::clicked, this, &ListingsView::newListing);
    auto *bulk = new QPushButton(tr("Bulk edit…"), tablePage);
    connect(bulk, &QPushButton::clicked, this, &ListingsView::bulkEdit);
    auto *importButton = new QPushButton(tr("Import CSV…"), tablePage);
    connect(importButton, &QPushButton::clicked, this, [this] { importCsv(); });
    auto *exportButton = new QPushButton(tr("Export CSV…"), tablePage);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_count);
    header->addStretch(1);
    for (QPushButton *b : {importButton, exportButton, bulk, newButton})
        header->addWidget(b);

    m_search = new QLineEdit(tablePage);
    m_search->setPlaceholderText(tr("Search titles, descriptions and brands"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(tablePage);
    m_status->addItem(tr("Any status"), QString());
    for (const char *status : {"draft", "scheduled", "active", "sold", "ended"})
        m_status->addItem(models::ListingTableModel::statusText(QString::fromLatin1(status)),
                          QString::fromLatin1(status));
    m_category = new QComboBox(tablePage);
    m_category->addItem(tr("Any category"), QString());
    const std::string lang = QLocale().language() == QLocale::Chinese ? "zh_CN" : "en";
    for (const auto &id : listing::CategoryCatalog::standard().topLevel())
        m_category->addItem(
            QString::fromStdString(listing::CategoryCatalog::standard().find(id)->name.in(lang)),
            QString::fromStdString(id));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    filters->addWidget(m_category);

    m_table = new QTableView(tablePage);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::ListingTableModel::Updated, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setIconSize(QSize(kThumbEdge, kThumbEdge));
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never asks the model for size hints of 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(kRowHeight);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(models::ListingTableModel::Cover, QHeaderView::Fixed);
    columns->resizeSection(models::ListingTableModel::Cover, kThumbEdge + 16);
    columns->setSectionResizeMode(models::ListingTableModel::Title, QHeaderView::Stretch);
    columns->resizeSection(models::ListingTableModel::Status, 100);
    columns->resizeSection(models::ListingTableModel::Category, 170);
    columns->resizeSection(models::ListingTableModel::Price, 130);
    columns->resizeSection(models::ListingTableModel::Quantity, 80);
    columns->resizeSection(models::ListingTableModel::Updated, 150);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { openEditor(m_model->idAt(index.row())); });

    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->addLayout(header);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table, 1);

    // The editor page.
    auto *editorPage = new QWidget(this);
    auto *back = new QPushButton(tr("← All listings"), editorPage);
    back->setFlat(true);
    connect(back, &QPushButton::clicked, this, &ListingsView::showTable);
    m_editor = new ListingEditor(*m_repo, m_photos.get(), m_templates.get(), m_settings.get(), editorPage);
    connect(m_editor, &ListingEditor::saved, this, [this] {
        m_model->reload();
        updateCount();
    });
    auto *editorLayout = new QVBoxLayout(editorPage);
    auto *backRow = new QHBoxLayout;
    backRow->addWidget(back);
    backRow->addStretch(1);
    editorLayout->addLayout(backRow);
    editorLayout->addWidget(m_editor, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(tablePage);
    m_pages->addWidget(editorPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &ListingsView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &ListingsView::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ListingsView::applyFilter);

    const auto action = [this](const QString &text, auto slot, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(text, this);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        m_menuActions << a;
        return a;
    };
    action(tr("&New listing"), &ListingsView::newListing, QKeySequence::New);
    action(tr("&Duplicate"), &ListingsView::duplicateSelected);
    action(tr("&Bulk edit…"), &ListingsView::bulkEdit);
    action(tr("&Delete"), &ListingsView::deleteSelected);
    action(tr("&Import CSV…"), [this] { importCsv(); });
    action(tr("&Export CSV…"), [this] { exportCsv(); });
    auto *undo = m_bulkUndo->createUndoAction(this, tr("Undo bulk edit"));
    auto *redo = m_bulkUndo->createRedoAction(this, tr("Redo bulk edit"));
    m_menuActions << undo << redo;
    updateCount();
}

ListingsView::~ListingsView()
{
    m_thumbnails->waitForLoads();
}

void ListingsView::applyFilter()
{
    m_searchDelay.stop();
    m_model->setFilter({m_status->currentData().toString(), m_category->currentData().toString(),
                        m_search->text().trimmed()});
    updateCount();
}

void ListingsView::reloadFromDatabase()
{
    m_model->reload();
    updateCount();
}

void ListingsView::photosArrived(const QStringList &sha256s)
{
    m_thumbnails->photosArrived(sha256s);
}

void ListingsView::updateCount()
{
    m_count->setText(tr("%n listing(s)", nullptr, m_model->rowCount()));
}

QStringList ListingsView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->idAt(index.row());
    return ids;
}

void ListingsView::openEditor(const QString &id)
{
    if (id.isEmpty() || !m_editor->openListing(id))
        return;
    m_pages->setCurrentIndex(1);
}

void ListingsView::showTable()
{
    m_editor->saveNow();
    m_pages->setCurrentIndex(0);
    m_model->reload();
    updateCount();
}

void ListingsView::newListing()
{
    m_editor->newListing();
    m_pages->setCurrentIndex(1);
}

void ListingsView::duplicateSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const auto copy = m_repo->duplicate(ids.front());
    m_model->reload();
    updateCount();
    if (copy)
        openEditor(QString::fromStdString(copy->id));
}

void ListingsView::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete listings"),
                              tr("Delete %n listing(s)? This cannot be undone.", nullptr, int(ids.size()))) !=
        QMessageBox::Yes)
        return;
    for (const QString &id : ids)
        m_repo->remove(id);
    m_model->reload();
    updateCount();
}

void ListingsView::bulkEdit()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Bulk edit"), tr("Select the listings to edit first."));
        return;
    }
    BulkEditDialog dialog(
        *m_repo, *m_bulkUndo, ids,
        [this] {
            m_model->reload();
            updateCount();
        },
        this);
    dialog.exec();
}

void ListingsView::importCsv(const QString &path)
{
    const QString file = path.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Import listings"), QString(),
                                                                       tr("CSV files (*.csv)"))
                                        : path;
    if (file.isEmpty())
        return;
    CsvImportDialog dialog(*m_repo, file, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->reload();
        updateCount();
    }
}

void ListingsView::exportCsv(const QString &path)
{
    const QString file =
        path.isEmpty() ? QFileDialog::getSaveFileName(this, tr("Export listings"),
                                                      QStringLiteral("listings.csv"), tr("CSV files (*.csv)"))
                       : path;
    if (file.isEmpty())
        return;
    QString error;
    if (!data::ListingCsv::write(*m_repo, file, selectedIds(), &error))
        QMessageBox::warning(this, tr("Export listings"), error);
}

} // namespace caravan::ui
