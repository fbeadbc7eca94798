#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QListView;
class QPushButton;
class QTableView;

namespace caravan::models {
class ConflictFieldsModel;
class ConflictListModel;
} // namespace caravan::models

namespace caravan::ui {

// The conflict screen: the conflicts on the left; on the right the chosen one field by field — the value
// at the last sync, this device's, the server's — and what to keep (either side per field, or an edited
// merge in the "Keep" column). Resolving writes a `resolve` mutation; nothing is discarded before that.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(QSqlDatabase db, QWidget *parent = nullptr);

    [[nodiscard]] models::ConflictListModel *conflicts() const { return m_list; }
    [[nodiscard]] models::ConflictFieldsModel *fields() const { return m_fields; }
    void selectConflict(int row);
    // Resolves the selected conflict with the chosen values; false (with the reason shown) if not possible.
    bool resolveSelected();
    [[nodiscard]] QString errorText() const;

public slots:
    void reload();

signals:
    void resolved();

private:
    void chooseSelected(bool thisDevice);
    void updateButtons();

    QSqlDatabase m_db;
    models::ConflictListModel *m_list;
    models::ConflictFieldsModel *m_fields;
    QListView *m_listView;
    QTableView *m_fieldsView;
    QLabel *m_error;
    QPushButton *m_useMine;
    QPushButton *m_useServer;
    QPushButton *m_resolve;
};

} // namespace caravan::ui
