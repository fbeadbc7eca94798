#include "ui/csvimportdialog.h"

#include "data/listingcsv.h"
#include "data/listingrepository.h"
#include "listing/messages.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caravan::ui {

CsvImportDialog::CsvImportDialog(data::ListingRepository &repo, QString path, QWidget *parent)
    : QDialog(parent)
    , m_repo(repo)
    , m_path(std::move(path))
{
    setWindowTitle(tr("Import listings from %1").arg(QFileInfo(m_path).fileName()));
    resize(760, 480);
    QString error;
    m_check = data::ListingCsv::read(m_path, repo.validationContext(), false, &error);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const std::string lang = QLocale().language() == QLocale::Chinese ? "zh_CN" : "en";
    const auto &catalog = listing::MessageCatalog::standard();
    const auto addRows = [&](const std::vector<listing::CsvProblem> &problems, bool warning) {
        for (const auto &problem : problems) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            m_table->setItem(row, 0,
                             new QTableWidgetItem(problem.line ? QString::number(problem.line) : tr("file")));
            m_table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(problem.issue.field)));
            const QString text = QString::fromStdString(catalog.render(problem.issue, lang));
            m_table->setItem(row, 2, new QTableWidgetItem(warning ? tr("Warning: %1").arg(text) : text));
        }
    };
    addRows(m_check.errors, false);
    addRows(m_check.warnings, true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_skip = new QCheckBox(tr("Skip bad rows and import the others"), this);
    layout->addWidget(m_skip);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_skip, &QCheckBox::toggled, this, &CsvImportDialog::updateState);
    if (!error.isEmpty())
        m_summary->setText(error);
    updateState();
    if (!error.isEmpty())
        m_import->setEnabled(false);
}

void CsvImportDialog::updateState()
{
    const int good = int(m_check.rowsRead - m_check.badRows);
    m_skip->setVisible(!m_check.ok());
    if (m_check.ok()) {
        m_summary->setText(tr("%n listing(s) checked, no problems found.", nullptr, int(m_check.rowsRead)));
        m_table->setVisible(!m_check.warnings.empty());
    } else {
        m_summary->setText(tr("%1 of %2 rows have problems. Nothing is imported from a file with problems "
                              "unless you choose to skip the bad rows.")
                               .arg(m_check.badRows)
                               .arg(m_check.rowsRead));
    }
    m_import->setEnabled(m_check.ok() ? m_check.rowsRead > 0 : (m_skip->isChecked() && good > 0));
    m_import->setText(m_check.ok() || !m_skip->isChecked() ? tr("Import")
                                                           : tr("Import %n good row(s)", nullptr, good));
}

bool CsvImportDialog::runImport()
{
    if (!m_import->isEnabled())
        return false;
    QString error;
    const auto result =
        data::ListingCsv::read(m_path, m_repo.validationContext(), m_skip->isChecked(), &error);
    if (!error.isEmpty() || !data::ListingCsv::store(m_repo, result, &error)) {
        m_summary->setText(error);
        return false;
    }
    m_imported = int(result.listings.size());
    return true;
}

QString CsvImportDialog::summary() const
{
    return m_summary->text();
}

} // namespace caravan::ui
