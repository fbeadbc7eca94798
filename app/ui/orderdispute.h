#pragma once

#include "data/dispute.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace caravan::sync {
class DisputeClient;
struct ApiError;
} // namespace caravan::sync

namespace caravan::ui {

class DisputeAnswerDialog;

// The dispute on one of the seller's orders, read from the server (GET /api/v1/disputes and
// /api/v1/disputes/{id}): its status and deadline, the offer, every event; the seller answers (with an
// optional offer), escalates to staff, or confirms that a returned item arrived (which refunds the buyer).
// Disputes are not kept on this computer: offline, the pane says it needs the server.
class OrderDisputePanel final : public QWidget
{
    Q_OBJECT

public:
    OrderDisputePanel(sync::DisputeClient &client, QWidget *parent = nullptr);

    // An order with a dispute (in dispute now, or its history shows one): finds its dispute and shows it.
    void showOrder(const data::Order &order);
    // Reads the shown dispute again.
    void reload();
    // Shows `disputeCase` as if the server had just sent it.
    void showCase(const data::DisputeCase &disputeCase);
    [[nodiscard]] const data::DisputeCase &disputeCase() const { return m_case; }
    // Whether an order shows a dispute pane: disputed now, or opened once.
    [[nodiscard]] static bool hasDispute(const data::Order &order);

    [[nodiscard]] QString text() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QPushButton *answerButton() const { return m_answer; }
    [[nodiscard]] QPushButton *escalateButton() const { return m_escalate; }
    [[nodiscard]] QPushButton *returnReceivedButton() const { return m_returned; }

    DisputeAnswerDialog *openAnswerDialog();
    void escalate(const QString &text);
    void confirmReturnReceived();

signals:
    // The dispute moved on (answered, escalated, refunded): the order's status may follow with the next sync.
    void disputeChanged(const QString &orderId);

private:
    void load(const QString &disputeId);
    void showError(const QString &what, const sync::ApiError &error);
    void updateButtons();

    sync::DisputeClient &m_client;
    QString m_orderId;
    data::Order m_order; // the synced order, for the amounts when the server's copy is not there
    data::DisputeCase m_case;
    QLabel *m_status;
    QTextBrowser *m_body;
    QPushButton *m_answer;
    QPushButton *m_escalate;
    QPushButton *m_returned;
    QPointer<DisputeAnswerDialog> m_dialog;
    bool m_busy = false;
};

} // namespace caravan::ui
