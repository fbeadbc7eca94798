#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace caravan::data {
class ListingRepository;
}

namespace caravan::ui {

// Bulk edit of the selected listings: price by amount or percent, postage services, destinations, status.
class BulkEditDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(data::ListingRepository &repo, QUndoStack &undo, QStringList ids,
                   std::function<void()> afterChange, QWidget *parent = nullptr);
    [[nodiscard]] QString report() const;

private:
    void apply();

    data::ListingRepository &m_repo;
    QUndoStack &m_undo;
    QStringList m_ids;
    std::function<void()> m_afterChange;
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QLineEdit *m_percent;
    QListWidget *m_services;
    QComboBox *m_destMode;
    QLineEdit *m_destCountries;
    QComboBox *m_status;
    QLabel *m_report;
};

} // namespace caravan::ui
