#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QTableView;

namespace caravan::models {
class SyncLogModel;
}

namespace caravan::ui {

// The sync log the seller can open: what was sent, received, refused, and why. Non-modal.
class SyncLogWindow final : public QDialog
{
    Q_OBJECT

public:
    explicit SyncLogWindow(QSqlDatabase db, QWidget *parent = nullptr);
    [[nodiscard]] models::SyncLogModel *model() const { return m_model; }

public slots:
    void reload();

private:
    models::SyncLogModel *m_model;
    QTableView *m_view;
};

} // namespace caravan::ui
