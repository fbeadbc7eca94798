#include "ui/bulkeditdialog.h"

#include "data/listingrepository.h"
#include "models/listingtablemodel.h"
#include "shipping/shipping.h"
#include "ui/bulkeditcommand.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace caravan::ui {

BulkEditDialog::BulkEditDialog(data::ListingRepository &repo, QUndoStack &undo, QStringList ids,
                               std::function<void()> afterChange, QWidget *parent)
    : QDialog(parent)
    , m_repo(repo)
    , m_undo(undo)
    , m_ids(std::move(ids))
    , m_afterChange(std::move(afterChange))
{
    setWindowTitle(tr("Edit %n listing(s)", nullptr, int(m_ids.size())));
    auto *layout = new QVBoxLayout(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Change the price by a percentage"), int(BulkEditRequest::Kind::PriceByPercent));
    m_kind->addItem(tr("Change the price by an amount"), int(BulkEditRequest::Kind::PriceByAmount));
    m_kind->addItem(tr("Set the postage services"), int(BulkEditRequest::Kind::Services));
    m_kind->addItem(tr("Set where they ship to"), int(BulkEditRequest::Kind::Destinations));
    m_kind->addItem(tr("Set the status"), int(BulkEditRequest::Kind::Status));
    layout->addWidget(m_kind);

    m_pages = new QStackedWidget(this);
    auto *percentPage = new QWidget(m_pages);
    auto *percentForm = new QFormLayout(percentPage);
    m_percent = new QLineEdit(percentPage);
    m_percent->setPlaceholderText(tr("e.g. -10 for 10 % off, 5 for 5 % more"));
    percentForm->addRow(tr("Percent"), m_percent);
    m_pages->addWidget(percentPage);

    auto *amountPage = new QWidget(m_pages);
    auto *amountForm = new QFormLayout(amountPage);
    m_amount = new QLineEdit(amountPage);
    m_amount->setPlaceholderText(tr("e.g. -2.50"));
    m_currency = new QComboBox(amountPage);
    m_currency->setEditable(true);
    m_currency->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                          QStringLiteral("JPY"), QStringLiteral("CNY")});
    amountForm->addRow(tr("Amount"), m_amount);
    amountForm->addRow(tr("Currency"), m_currency);
    m_pages->addWidget(amountPage);

    m_services = new QListWidget(m_pages);
    for (const auto &service : shipping::ServiceCatalog::standard().services()) {
        auto *item = new QListWidgetItem(QString::fromStdString(service.name), m_services);
        item->setData(Qt::UserRole, QString::fromStdString(service.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_pages->addWidget(m_services);

    auto *destPage = new QWidget(m_pages);
    auto *destForm = new QFormLayout(destPage);
    m_destMode = new QComboBox(destPage);
    m_destMode->addItem(tr("Every country"), QStringLiteral("all"));
    m_destMode->addItem(tr("Only these countries"), QStringLiteral("only"));
    m_destMode->addItem(tr("Every country except these"), QStringLiteral("except"));
    m_destCountries = new QLineEdit(destPage);
    m_destCountries->setPlaceholderText(tr("Country codes, e.g. DE, FR, IT"));
    destForm->addRow(tr("Ships to"), m_destMode);
    destForm->addRow(tr("Countries"), m_destCountries);
    m_pages->addWidget(destPage);

    m_status = new QComboBox(m_pages);
    for (const char *status : {"active", "ended", "draft"})
        m_status->addItem(models::ListingTableModel::statusText(QString::fromLatin1(status)),
                          QString::fromLatin1(status));
    m_pages->addWidget(m_status);
    layout->addWidget(m_pages);
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_report = new QLabel(this);
    m_report->setWordWrap(true);
    layout->addWidget(m_report);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &BulkEditDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void BulkEditDialog::apply()
{
    BulkEditRequest request;
    request.kind = BulkEditRequest::Kind(m_kind->currentData().toInt());
    switch (request.kind) {
    case BulkEditRequest::Kind::PriceByPercent:
        request.amount = m_percent->text().trimmed().remove(QLatin1Char('%'));
        break;
    case BulkEditRequest::Kind::PriceByAmount:
        request.amount = m_amount->text().trimmed();
        request.currency = m_currency->currentText().trimmed().toUpper();
        break;
    case BulkEditRequest::Kind::Services:
        for (int i = 0; i < m_services->count(); ++i) {
            if (m_services->item(i)->checkState() == Qt::Checked)
                request.services.push_back(m_services->item(i)->data(Qt::UserRole).toString().toStdString());
        }
        break;
    case BulkEditRequest::Kind::Destinations: {
        const auto parsed = listing::Destinations::parse(
            (m_destMode->currentData().toString() == QLatin1String("all")
                 ? QStringLiteral("all")
                 : m_destMode->currentData().toString() + QLatin1Char(':') +
                       m_destCountries->text().remove(QLatin1Char(' ')).toUpper())
                .toStdString());
        if (!parsed) {
            m_report->setText(tr("Enter the country codes separated by commas."));
            return;
        }
        request.destinations = *parsed;
        break;
    }
    case BulkEditRequest::Kind::Status:
        request.status = listing::parseStatus(m_status->currentData().toString().toStdString())
                             .value_or(listing::Status::Active);
        break;
    }
    const auto outcome = BulkEdit::apply(m_repo, m_undo, m_ids, request, m_afterChange);
    QStringList lines;
    if (outcome.ok)
        lines << tr("%n listing(s) changed. Edit › Undo reverts the whole change.", nullptr, outcome.changed);
    else
        lines << outcome.error;
    if (!outcome.problems.isEmpty())
        lines << tr("Left unchanged:") << outcome.problems;
    m_report->setText(lines.join(QLatin1Char('\n')));
}

QString BulkEditDialog::report() const
{
    return m_report->text();
}

} // namespace caravan::ui
