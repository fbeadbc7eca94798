#include "ui/disputeanswerdialog.h"

#include "models/disputeshares.h"
#include "models/disputetext.h"
#include "models/ordertext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <algorithm>

namespace caravan::ui {

using models::OrderText;

DisputeAnswerDialog::DisputeAnswerDialog(const data::DisputeCase &disputeCase, QWidget *parent)
    : QDialog(parent)
    , m_case(disputeCase)
    , m_text(new QPlainTextEdit(this))
    , m_kind(new QComboBox(this))
    , m_refundLabel(new QLabel(this))
    , m_refund(new QLineEdit(this))
    , m_address(new QWidget(this))
    , m_name(new QLineEdit(m_address))
    , m_line1(new QLineEdit(m_address))
    , m_line2(new QLineEdit(m_address))
    , m_city(new QLineEdit(m_address))
    , m_postal(new QLineEdit(m_address))
    , m_country(new QLineEdit(m_address))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("disputeAnswerDialog"));
    setWindowTitle(tr("Answer the buyer"));
    const data::OrderAmounts &b = m_case.order.buyerAmounts;
    auto *intro = new QLabel(tr("The buyer says: %1. Explain what you sent, and offer a way out if you want to. "
                                "Without an answer within the deadline the case goes to Caravan staff.")
                                 .arg(models::DisputeText::reasonText(m_case.dispute.reason)),
                             this);
    intro->setWordWrap(true);
    m_text->setPlaceholderText(tr("Your answer to the buyer"));
    m_kind->addItem(tr("No offer"), QString());
    m_kind->addItem(tr("Partial refund"), QStringLiteral("partial_refund"));
    m_kind->addItem(tr("Return the item for a full refund"), QStringLiteral("return"));
    m_refundLabel->setText(tr("Refund (%1):").arg(b.currency));
    m_refund->setPlaceholderText(tr("less than %1").arg(OrderText::money(b.item + b.postage, b.currency)));
    m_country->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), this));
    m_country->setPlaceholderText(tr("e.g. JP"));
    auto *address = new QFormLayout(m_address);
    address->setContentsMargins(0, 0, 0, 0);
    address->addRow(tr("Name:"), m_name);
    address->addRow(tr("Address:"), m_line1);
    address->addRow(QString(), m_line2);
    address->addRow(tr("City:"), m_city);
    address->addRow(tr("Postal code:"), m_postal);
    address->addRow(tr("Country:"), m_country);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("answerMessage"));

    m_form = new QFormLayout;
    m_form->addRow(tr("Answer:"), m_text);
    m_form->addRow(tr("Offer:"), m_kind);
    m_form->addRow(m_refundLabel, m_refund);
    m_form->addRow(tr("Return address:"), m_address);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send answer"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_send, &QPushButton::clicked, this, &DisputeAnswerDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DisputeAnswerDialog::update);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DisputeAnswerDialog::update);
    for (QLineEdit *edit : {m_refund, m_name, m_line1, m_city, m_postal, m_country})
        connect(edit, &QLineEdit::textChanged, this, &DisputeAnswerDialog::update);
    update();
}

void DisputeAnswerDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

void DisputeAnswerDialog::setOfferKind(const QString &kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void DisputeAnswerDialog::setRefund(const QString &amount)
{
    m_refund->setText(amount);
}

void DisputeAnswerDialog::setReturnAddress(const data::OrderAddress &a)
{
    m_name->setText(a.name);
    m_line1->setText(a.line1);
    m_line2->setText(a.line2);
    m_city->setText(a.city);
    m_postal->setText(a.postalCode);
    m_country->setText(a.country);
}

data::DisputeOffer DisputeAnswerDialog::offer() const
{
    data::DisputeOffer o;
    o.kind = m_kind->currentData().toString();
    if (o.kind == QLatin1String("partial_refund")) {
        o.currency = m_case.order.buyerAmounts.currency;
        models::DisputeSharesCalculator::parseAmount(m_refund->text(), o.currency, &o.amountMinor, nullptr);
    } else if (o.kind == QLatin1String("return")) {
        o.returnAddress = {m_name->text().trimmed(),  m_line1->text().trimmed(), m_line2->text().trimmed(),
                           m_city->text().trimmed(),  m_postal->text().trimmed(), QString(),
                           m_country->text().trimmed().toUpper(), QString()};
    }
    return o;
}

QString DisputeAnswerDialog::problem() const
{
    if (m_text->toPlainText().trimmed().isEmpty())
        return tr("Write your answer to the buyer.");
    const QString kind = m_kind->currentData().toString();
    if (kind == QLatin1String("partial_refund")) {
        const data::OrderAmounts &b = m_case.order.buyerAmounts;
        qint64 minor = 0;
        QString error;
        if (!models::DisputeSharesCalculator::parseAmount(m_refund->text(), b.currency, &minor, &error))
            return error;
        if (minor <= 0 || minor >= b.item + b.postage)
            return tr("A partial refund is more than 0 and less than item + postage (%1).")
                .arg(OrderText::money(b.item + b.postage, b.currency));
    } else if (kind == QLatin1String("return")) {
        const data::OrderAddress a = offer().returnAddress;
        if (a.name.isEmpty() || a.line1.isEmpty() || a.city.isEmpty() || a.country.size() != 2)
            return tr("Give the return address: name, street, city and the two-letter country code.");
    }
    return {};
}

QString DisputeAnswerDialog::messageText() const
{
    return m_message->text();
}

void DisputeAnswerDialog::update()
{
    const QString kind = m_kind->currentData().toString();
    m_form->setRowVisible(m_refund, kind == QLatin1String("partial_refund"));
    m_form->setRowVisible(m_address, kind == QLatin1String("return"));
    const QString why = problem();
    if (!m_sending)
        m_message->setText(why);
    m_send->setEnabled(why.isEmpty() && !m_sending);
}

void DisputeAnswerDialog::send()
{
    if (m_sending || !problem().isEmpty())
        return;
    m_sending = true;
    m_message->setText(tr("Sending…"));
    update();
    emit submitted(m_text->toPlainText().trimmed(), offer());
}

void DisputeAnswerDialog::showError(const QString &message)
{
    m_sending = false;
    update();
    m_message->setText(tr("Not sent: %1").arg(message));
}

} // namespace caravan::ui
