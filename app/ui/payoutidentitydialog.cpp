#include "ui/payoutidentitydialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace caravan::ui {

PayoutIdentityDialog::PayoutIdentityDialog(const data::PayoutIdentityState &state,
                                           const QString &defaultCountry, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Verify your payout identity"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Before Caravan pays out your money, staff check who you are, as payment services require. Enter "
           "your details as they appear on an official identity document (passport, identity card or driving "
           "licence) and add a photo or scan of it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_form.country = defaultCountry;
    m_form.fill(state);
    auto *fields = new QFormLayout;
    m_legalName = new QLineEdit(m_form.legalName, this);
    m_dateOfBirth = new QDateEdit(this);
    m_dateOfBirth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateOfBirth->setCalendarPopup(true);
    m_dateOfBirth->setMinimumDate(QDate(1900, 1, 1));
    m_dateOfBirth->setMaximumDate(QDate::currentDate());
    m_dateOfBirth->setDate(m_form.dateOfBirth.isValid() ? m_form.dateOfBirth : QDate(1990, 1, 1));
    m_line1 = new QLineEdit(m_form.line1, this);
    m_line2 = new QLineEdit(m_form.line2, this);
    m_city = new QLineEdit(m_form.city, this);
    m_postalCode = new QLineEdit(m_form.postalCode, this);
    m_region = new QLineEdit(m_form.region, this);
    m_country = new QLineEdit(m_form.country, this);
    m_country->setMaxLength(2);
    m_country->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_country));
    m_country->setToolTip(tr("Two letters, such as JP or DE."));
    fields->addRow(tr("Legal name"), m_legalName);
    fields->addRow(tr("Date of birth"), m_dateOfBirth);
    fields->addRow(tr("Street and number"), m_line1);
    fields->addRow(tr("Address line 2"), m_line2);
    fields->addRow(tr("City"), m_city);
    fields->addRow(tr("Postal code"), m_postalCode);
    fields->addRow(tr("Region"), m_region);
    fields->addRow(tr("Country"), m_country);
    auto *documentRow = new QHBoxLayout;
    m_documentLabel = new QLabel(tr("No document chosen"), this);
    auto *choose = new QPushButton(tr("Choose document…"), this);
    documentRow->addWidget(m_documentLabel, 1);
    documentRow->addWidget(choose);
    fields->addRow(tr("Identity document"), documentRow);
    layout->addLayout(fields);

    auto *privacy = new QLabel(
        tr("JPEG, PNG or PDF, at most %1. Caravan sends the document to the server only over an encrypted "
           "connection (https), or to a server on this computer, and keeps no copy of it here. The server "
           "keeps it encrypted and deletes it %n day(s) after staff have decided.",
           nullptr, state.retentionDays)
            .arg(QLocale().formattedDataSize(m_form.maxDocumentBytes)),
        this);
    privacy->setWordWrap(true);
    layout->addWidget(privacy);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send for review"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &PayoutIdentityDialog::pickDocument);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, [this] {
        const auto filled = form();
        const QString problem = filled.problem();
        if (!problem.isEmpty()) {
            setMessage(problem);
            return;
        }
        setMessage(tr("Sending…"));
        m_send->setEnabled(false);
        emit submitted(filled);
    });
    for (auto *edit : {m_legalName, m_line1, m_city, m_country})
        connect(edit, &QLineEdit::textChanged, this, &PayoutIdentityDialog::updateSend);
    updateSend();
}

data::PayoutIdentityForm PayoutIdentityDialog::form() const
{
    data::PayoutIdentityForm f = m_form;
    f.legalName = m_legalName->text();
    f.dateOfBirth = m_dateOfBirth->date();
    f.line1 = m_line1->text();
    f.line2 = m_line2->text();
    f.city = m_city->text();
    f.postalCode = m_postalCode->text();
    f.region = m_region->text();
    f.country = m_country->text().toUpper();
    return f;
}

bool PayoutIdentityDialog::chooseDocument(const QString &path)
{
    QString error;
    if (!m_form.loadDocument(path, &error)) {
        setMessage(error);
        updateSend();
        return false;
    }
    m_documentLabel->setText(
        tr("%1 (%2)").arg(m_form.documentName(), QLocale().formattedDataSize(m_form.document().size())));
    setMessage({});
    updateSend();
    return true;
}

void PayoutIdentityDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    if (!text.isEmpty() && text != tr("Sending…"))
        updateSend();
}

void PayoutIdentityDialog::pickDocument()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose your identity document"),
                                     QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                     tr("Photos and scans (*.jpg *.jpeg *.png *.pdf)"));
    if (!path.isEmpty())
        chooseDocument(path);
}

void PayoutIdentityDialog::updateSend()
{
    m_send->setEnabled(form().problem().isEmpty());
}

} // namespace caravan::ui
