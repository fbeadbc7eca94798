#include "ui/arbitrationdecisiondialog.h"

#include "models/disputetext.h"
#include "models/ordertext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caravan::ui {

using models::DisputeSharesCalculator;
using models::DisputeText;
using models::OrderText;

ArbitrationDecisionDialog::ArbitrationDecisionDialog(const data::DisputeCase &disputeCase, QWidget *parent)
    : QDialog(parent)
    , m_case(disputeCase)
    , m_outcome(new QComboBox(this))
    , m_refundLabel(new QLabel(this))
    , m_refund(new QLineEdit(this))
    , m_fee(new QCheckBox(tr("Give the buyer protection fee back"), this))
    , m_note(new QPlainTextEdit(this))
    , m_shares(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("arbitrationDecisionDialog"));
    const data::Order &order = m_case.order;
    setWindowTitle(tr("Decide: %1").arg(order.title.isEmpty() ? m_case.dispute.orderId : order.title));
    for (const QString &outcome : DisputeText::outcomes())
        m_outcome->addItem(DisputeText::outcomeText(outcome), outcome);
    m_outcome->setCurrentIndex(-1);
    m_outcome->setObjectName(QStringLiteral("decisionOutcome"));
    const QString buyerCurrency = order.buyerAmounts.currency;
    m_refundLabel->setText(tr("Refund of the goods (%1):").arg(buyerCurrency));
    m_refund->setObjectName(QStringLiteral("decisionRefund"));
    m_refund->setPlaceholderText(
        tr("less than %1").arg(OrderText::money(order.buyerAmounts.item + order.buyerAmounts.postage, buyerCurrency)));
    m_note->setPlaceholderText(tr("Why: what the evidence shows. Both parties read it."));
    m_note->setMaximumHeight(90);
    m_shares->setObjectName(QStringLiteral("decisionShares"));
    m_shares->setWordWrap(true);
    m_shares->setTextFormat(Qt::PlainText);
    m_shares->setStyleSheet(QStringLiteral("background: #eef5f7; padding: 8px; border-radius: 4px;"));
    m_message->setObjectName(QStringLiteral("decisionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *intro = new QLabel(tr("%1 — held: %2 paid by the buyer (item %3, postage %4, import charges %5, buyer "
                                "protection fee %6).")
                                 .arg(DisputeText::reasonText(m_case.dispute.reason),
                                      OrderText::money(order.buyerAmounts.total, buyerCurrency),
                                      OrderText::money(order.buyerAmounts.item, buyerCurrency),
                                      OrderText::money(order.buyerAmounts.postage, buyerCurrency),
                                      OrderText::money(order.buyerAmounts.importCheckout, buyerCurrency),
                                      OrderText::money(order.buyerAmounts.buyerFee, buyerCurrency)),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Decision:"), m_outcome);
    form->addRow(m_refundLabel, m_refund);
    form->addRow(QString(), m_fee);
    form->addRow(tr("Note:"), m_note);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Confirm decision"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmDecision"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_confirm, &QPushButton::clicked, this, &ArbitrationDecisionDialog::confirm);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What each side gets:"), this));
    layout->addWidget(m_shares);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 460);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ArbitrationDecisionDialog::update);
    connect(m_refund, &QLineEdit::textChanged, this, &ArbitrationDecisionDialog::update);
    connect(m_fee, &QCheckBox::toggled, this, &ArbitrationDecisionDialog::update);
    update();
}

void ArbitrationDecisionDialog::setOutcome(const QString &outcome)
{
    m_outcome->setCurrentIndex(m_outcome->findData(outcome));
}

void ArbitrationDecisionDialog::setRefund(const QString &amount)
{
    m_refund->setText(amount);
}

void ArbitrationDecisionDialog::setBuyerFeeRefunded(bool refunded)
{
    m_fee->setChecked(refunded);
}

void ArbitrationDecisionDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

data::DisputeDecision ArbitrationDecisionDialog::decision() const
{
    data::DisputeDecision d;
    d.outcome = m_outcome->currentData().toString();
    d.note = m_note->toPlainText().trimmed();
    if (d.outcome == QLatin1String("split")) {
        qint64 minor = 0;
        if (DisputeSharesCalculator::parseAmount(m_refund->text(), m_case.order.buyerAmounts.currency, &minor,
                                                 nullptr))
            d.refundMinor = minor;
        d.buyerFeeRefunded = m_fee->isChecked();
    }
    return d;
}

models::DisputeShares ArbitrationDecisionDialog::shares() const
{
    const data::DisputeDecision d = decision();
    if (d.outcome == QLatin1String("split")) {
        qint64 minor = 0;
        QString error;
        if (!DisputeSharesCalculator::parseAmount(m_refund->text(), m_case.order.buyerAmounts.currency, &minor,
                                                  &error)) {
            models::DisputeShares invalid;
            invalid.error = error;
            return invalid;
        }
    }
    return DisputeSharesCalculator::compute(m_case.order, d.outcome, d.refundMinor, d.buyerFeeRefunded);
}

QString ArbitrationDecisionDialog::sharesText() const
{
    return m_shares->text();
}

QString ArbitrationDecisionDialog::messageText() const
{
    return m_message->text();
}

void ArbitrationDecisionDialog::update()
{
    const bool split = m_outcome->currentData().toString() == QLatin1String("split");
    m_refundLabel->setVisible(split);
    m_refund->setVisible(split);
    m_fee->setVisible(split);
    const models::DisputeShares s = shares();
    m_shares->setText(DisputeSharesCalculator::describe(s).join(QLatin1Char('\n')));
    m_confirm->setEnabled(s.valid && !m_sending && !m_done);
}

void ArbitrationDecisionDialog::confirm()
{
    if (m_sending || m_done || !shares().valid)
        return;
    m_sending = true;
    m_message->setText(tr("Sending the decision…"));
    update();
    emit submitted(decision());
}

void ArbitrationDecisionDialog::showResult(const data::Dispute &dispute)
{
    m_sending = false;
    m_done = true;
    m_outcome->setEnabled(false);
    m_refund->setEnabled(false);
    m_fee->setEnabled(false);
    m_note->setReadOnly(true);
    if (dispute.status == QLatin1String("awaiting_approval"))
        m_message->setText(tr("The decision waits for a second approver: another member of staff must approve "
                              "it before any money moves."));
    else if (dispute.status == QLatin1String("returning"))
        m_message->setText(tr("Decided: the buyer sends the item back, then gets a full refund."));
    else
        m_message->setText(tr("Decided. %1").arg(DisputeText::resultText(dispute, m_case.order.buyerAmounts.currency)));
    m_close->setText(tr("Close"));
    update();
}

void ArbitrationDecisionDialog::showError(const QString &message, bool keptKey)
{
    m_sending = false;
    // A request that may have arrived is sent again exactly as it was.
    m_outcome->setEnabled(!keptKey);
    m_refund->setEnabled(!keptKey);
    m_fee->setEnabled(!keptKey);
    m_note->setReadOnly(keptKey);
    m_message->setText(keptKey ? tr("No answer from the server: %1 Confirm again to send the same decision; it "
                                    "is carried out once.")
                                     .arg(message)
                               : tr("The decision was not made: %1").arg(message));
    update();
}

} // namespace caravan::ui
