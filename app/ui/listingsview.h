#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace caravan::data {
class ListingRepository;
class LocalDatabase;
class PhotoStore;
class SettingsRepository;
class TemplateRepository;
} // namespace caravan::data

namespace caravan::models {
class ListingTableModel;
class PhotoThumbnails;
} // namespace caravan::models

namespace caravan::ui {

class ListingEditor;

// The Listings section: the table of every listing of the account (filter by status, category and
// words; sort by any column; all in SQL), and the editor for one listing. Actions: new, duplicate,
// bulk edit (undoable), CSV import and export, delete.
class ListingsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ListingsView(data::LocalDatabase &db, QWidget *parent = nullptr);
    ~ListingsView() override;

    // Actions for the main window's Listings menu.
    [[nodiscard]] QList<QAction *> menuActions() const { return m_menuActions; }

    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] models::ListingTableModel *model() const { return m_model; }
    [[nodiscard]] ListingEditor *editor() const { return m_editor; }
    [[nodiscard]] QLineEdit *searchEdit() const { return m_search; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_status; }
    [[nodiscard]] QUndoStack *bulkUndoStack() const { return m_bulkUndo; }
    [[nodiscard]] data::ListingRepository &repository() const { return *m_repo; }
    [[nodiscard]] QStringList selectedIds() const;

    void applyFilter();
    // Re-reads the table from the database (after a sync wrote into it), keeping filter and sort.
    void reloadFromDatabase();
    // Sync downloaded these photos: covers that showed nothing are drawn now.
    void photosArrived(const QStringList &sha256s);
    void openEditor(const QString &id);
    void showTable();
    void newListing();
    void importCsv(const QString &path = {});
    void exportCsv(const QString &path = {});
    void bulkEdit();
    void duplicateSelected();
    void deleteSelected();

private:
    void updateCount();

    std::unique_ptr<data::ListingRepository> m_repo;
    std::unique_ptr<data::PhotoStore> m_photos;
    std::unique_ptr<data::TemplateRepository> m_templates;
    std::unique_ptr<data::SettingsRepository> m_settings;
    models::ListingTableModel *m_model;
    models::PhotoThumbnails *m_thumbnails;
    QUndoStack *m_bulkUndo;
    QStackedWidget *m_pages;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_category;
    QTableView *m_table;
    QLabel *m_count;
    ListingEditor *m_editor;
    QTimer m_searchDelay;
    QList<QAction *> m_menuActions;
};

} // namespace caravan::ui
