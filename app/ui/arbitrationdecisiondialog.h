#pragma once

#include "data/dispute.h"
#include "models/disputeshares.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace caravan::ui {

// A staff decision on a case: release to the seller, full refund, split (the refund of the goods in the
// buyer's currency, the buyer fee given back or not) or return then refund, with a note. Shows what each
// side gets before anything is sent. Confirm emits submitted(); the dialog stays open with "Sending…" until
// the caller reports the server's answer with showResult() or showError().
class ArbitrationDecisionDialog final : public QDialog
{
    Q_OBJECT

public:
    ArbitrationDecisionDialog(const data::DisputeCase &disputeCase, QWidget *parent = nullptr);

    void setOutcome(const QString &outcome);
    void setRefund(const QString &amount); // in the buyer's currency, as typed ("30.00")
    void setBuyerFeeRefunded(bool refunded);
    void setNote(const QString &note);

    // The decision as the form holds it, and what each side would get.
    [[nodiscard]] data::DisputeDecision decision() const;
    [[nodiscard]] models::DisputeShares shares() const;
    [[nodiscard]] QString sharesText() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    [[nodiscard]] QString disputeId() const { return m_case.dispute.id; }

    // Sends the decision (as Confirm does) when it is complete.
    void confirm();
    // The server's answer: carried out, or waiting for a second approver.
    void showResult(const data::Dispute &dispute);
    // Not sent or refused; `keptKey`: the answer may be lost, and Confirm sends the same request again.
    void showError(const QString &message, bool keptKey);

signals:
    void submitted(const caravan::data::DisputeDecision &decision);

private:
    void update();

    data::DisputeCase m_case;
    QComboBox *m_outcome;
    QLabel *m_refundLabel;
    QLineEdit *m_refund;
    QCheckBox *m_fee;
    QPlainTextEdit *m_note;
    QLabel *m_shares;
    QLabel *m_message;
    QPushButton *m_confirm;
    QPushButton *m_close;
    bool m_sending = false;
    bool m_done = false;
};

} // namespace caravan::ui
