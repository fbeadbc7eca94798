#pragma once

#ifndef Q_MOC_RUN
#include "listing/listing_csv.h"
#endif

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace caravan::data {
class ListingRepository;
}

namespace caravan::ui {

// Checks a CSV file of listings and shows a report: every bad row by line, column and message. Imports
// nothing from a file with errors unless "Skip bad rows" is ticked; then only the good rows.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(data::ListingRepository &repo, QString path, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *problemTable() const { return m_table; }
    [[nodiscard]] QCheckBox *skipBadRows() const { return m_skip; }
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    [[nodiscard]] int imported() const { return m_imported; }
    [[nodiscard]] QString summary() const;
    bool runImport();

private:
    void updateState();

    data::ListingRepository &m_repo;
    QString m_path;
    listing::CsvImportResult m_check;
    QLabel *m_summary;
    QTableWidget *m_table;
    QCheckBox *m_skip;
    QPushButton *m_import;
    int m_imported = 0;
};

} // namespace caravan::ui
