#include "ui/orderdispute.h"

#include "models/disputetext.h"
#include "sync/disputeclient.h"
#include "ui/disputeanswerdialog.h"
#include "ui/disputehtml.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caravan::ui {

OrderDisputePanel::OrderDisputePanel(sync::DisputeClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_status(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_answer(new QPushButton(tr("Answer…"), this))
    , m_escalate(new QPushButton(tr("Ask Caravan to decide…"), this))
    , m_returned(new QPushButton(tr("Returned item received"), this))
{
    setObjectName(QStringLiteral("orderDispute"));
    m_status->setObjectName(QStringLiteral("orderDisputeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_escalate->setToolTip(tr("Send the case to Caravan staff, who decide with both sides' evidence."));
    m_returned->setToolTip(tr("The item came back: the buyer is refunded in full."));
    connect(m_answer, &QPushButton::clicked, this, [this] { openAnswerDialog(); });
    connect(m_escalate, &QPushButton::clicked, this, [this] {
        auto *ask = new QInputDialog(this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowTitle(tr("Ask Caravan to decide"));
        ask->setLabelText(tr("What should staff know? (optional)"));
        ask->setOption(QInputDialog::UsePlainTextEditForTextInput);
        connect(ask, &QInputDialog::textValueSelected, this, &OrderDisputePanel::escalate);
        ask->open();
    });
    connect(m_returned, &QPushButton::clicked, this, [this] {
        auto *ask = new QMessageBox(QMessageBox::Question, tr("Returned item received"),
                                    tr("Confirm that the item is back with you? The buyer is refunded in full."),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QMessageBox::accepted, this, &OrderDisputePanel::confirmReturnReceived);
        ask->open();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_answer);
    buttons->addWidget(m_escalate);
    buttons->addWidget(m_returned);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_body, 1);
    updateButtons();
}

bool OrderDisputePanel::hasDispute(const data::Order &order)
{
    if (order.status == QLatin1String("disputed"))
        return true;
    for (const data::OrderEvent &e : order.timeline)
        if (e.event == QLatin1String("dispute_opened") || e.to == QLatin1String("disputed"))
            return true;
    return false;
}

void OrderDisputePanel::showOrder(const data::Order &order)
{
    const bool same = order.id == m_orderId;
    m_order = order;
    m_orderId = order.id;
    if (!same) {
        m_case = {};
        m_body->clear();
    }
    if (same && !m_case.dispute.id.isEmpty()) {
        reload();
        return;
    }
    m_status->setText(tr("Asking the server for the dispute…"));
    updateButtons();
    const QString orderId = order.id;
    QPointer<OrderDisputePanel> self(this);
    m_client.mine([self, orderId](const QVector<data::Dispute> &list, const sync::ApiError &error) {
        if (!self || self->m_orderId != orderId)
            return;
        if (error.kind != sync::ApiError::Kind::None) {
            self->showError(tr("The dispute could not be read"), error);
            return;
        }
        for (const data::Dispute &d : list)
            if (d.orderId == orderId) {
                self->load(d.id);
                return;
            }
        self->m_status->setText(tr("The server has no dispute on this order."));
    });
}

void OrderDisputePanel::reload()
{
    if (!m_case.dispute.id.isEmpty())
        load(m_case.dispute.id);
}

void OrderDisputePanel::load(const QString &disputeId)
{
    const QString orderId = m_orderId;
    QPointer<OrderDisputePanel> self(this);
    m_client.partyCase(disputeId, [self, orderId](const data::DisputeCase &c, const sync::ApiError &error) {
        if (!self || self->m_orderId != orderId)
            return;
        if (error.kind != sync::ApiError::Kind::None) {
            self->showError(tr("The dispute could not be read"), error);
            return;
        }
        self->showCase(c);
    });
}

void OrderDisputePanel::showCase(const data::DisputeCase &disputeCase)
{
    m_case = disputeCase;
    if (!m_case.hasOrder) { // the synced order has the same amounts
        m_case.order = m_order;
        m_case.hasOrder = !m_order.id.isEmpty();
    }
    m_orderId = m_case.dispute.orderId;
    const QString currency = m_case.order.buyerAmounts.currency;
    m_status->setText(m_case.dispute.isResolved()
                          ? models::DisputeText::resultText(m_case.dispute, currency)
                          : tr("In dispute: %1").arg(models::DisputeText::statusText(m_case.dispute.status)));
    QString html = DisputeHtml::summary(m_case.dispute, currency);
    html += DisputeHtml::section(tr("What happened"));
    html += DisputeHtml::events(m_case.events, currency);
    m_body->setHtml(html);
    updateButtons();
}

QString OrderDisputePanel::text() const
{
    return m_body->toPlainText();
}

QString OrderDisputePanel::statusText() const
{
    return m_status->text();
}

void OrderDisputePanel::updateButtons()
{
    const QString status = m_case.dispute.status;
    const bool ready = !m_busy && !m_case.dispute.id.isEmpty();
    m_answer->setEnabled(ready && (status == QLatin1String("awaiting_seller") || status == QLatin1String("awaiting_buyer")));
    m_answer->setText(status == QLatin1String("awaiting_buyer") ? tr("Answer again…") : tr("Answer…"));
    m_escalate->setEnabled(ready && (status == QLatin1String("awaiting_buyer") || status == QLatin1String("returning")));
    m_returned->setVisible(status == QLatin1String("returning"));
    m_returned->setEnabled(ready && status == QLatin1String("returning"));
}

void OrderDisputePanel::showError(const QString &what, const sync::ApiError &error)
{
    if (error.kind == sync::ApiError::Kind::Unreachable || error.kind == sync::ApiError::Kind::Timeout ||
        error.kind == sync::ApiError::Kind::Unauthorized)
        m_status->setText(tr("%1: disputes are answered online only. %2").arg(what, error.message));
    else
        m_status->setText(tr("%1: %2").arg(what, error.message));
}

DisputeAnswerDialog *OrderDisputePanel::openAnswerDialog()
{
    if (m_case.dispute.id.isEmpty())
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new DisputeAnswerDialog(m_case, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QString id = m_case.dispute.id;
    const QString orderId = m_orderId;
    connect(dialog, &DisputeAnswerDialog::submitted, this,
            [this, id, orderId](const QString &text, const data::DisputeOffer &offer) {
                QPointer<OrderDisputePanel> self(this);
                m_client.answer(id, text, offer, [self, orderId](const data::Dispute &, const sync::ApiError &error) {
                    if (!self)
                        return;
                    if (error.kind != sync::ApiError::Kind::None) {
                        if (self->m_dialog)
                            self->m_dialog->showError(error.message);
                        return;
                    }
                    if (self->m_dialog)
                        self->m_dialog->accept();
                    self->reload();
                    emit self->disputeChanged(orderId);
                });
            });
    dialog->open();
    return dialog;
}

void OrderDisputePanel::escalate(const QString &text)
{
    if (m_case.dispute.id.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    const QString orderId = m_orderId;
    QPointer<OrderDisputePanel> self(this);
    m_client.escalate(m_case.dispute.id, text.trimmed(),
                      [self, orderId](const data::Dispute &, const sync::ApiError &error) {
                          if (!self)
                              return;
                          self->m_busy = false;
                          if (error.kind != sync::ApiError::Kind::None) {
                              self->showError(tr("Not sent to staff"), error);
                              self->updateButtons();
                              return;
                          }
                          self->reload();
                          emit self->disputeChanged(orderId);
                      });
}

void OrderDisputePanel::confirmReturnReceived()
{
    if (m_case.dispute.id.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    const QString orderId = m_orderId;
    QPointer<OrderDisputePanel> self(this);
    m_client.returnReceived(m_case.dispute.id, [self, orderId](const data::Dispute &, const sync::ApiError &error) {
        if (!self)
            return;
        self->m_busy = false;
        if (error.kind != sync::ApiError::Kind::None) {
            self->showError(sync::DisputeClient::answerMayBeLost(error)
                                ? tr("No answer yet (confirming again sends the same request)")
                                : tr("Not confirmed"),
                            error);
            self->updateButtons();
            return;
        }
        self->reload();
        emit self->disputeChanged(orderId);
    });
}

} // namespace caravan::ui
