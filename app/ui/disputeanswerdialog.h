#pragma once

#include "data/dispute.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace caravan::ui {

// The seller's answer to a dispute (POST /api/v1/disputes/{id}/answer): a text and, optionally, an offer —
// a partial refund in the buyer's currency (more than 0, less than item + postage) or a return to an
// address, after which the buyer gets everything back. Send emits submitted(); the caller closes the dialog
// with accept() once the server took it, or shows why not with showError().
class DisputeAnswerDialog final : public QDialog
{
    Q_OBJECT

public:
    DisputeAnswerDialog(const data::DisputeCase &disputeCase, QWidget *parent = nullptr);

    void setText(const QString &text);
    void setOfferKind(const QString &kind); // "", "partial_refund", "return"
    void setRefund(const QString &amount);
    void setReturnAddress(const data::OrderAddress &address);

    // The offer as the form holds it, or why it cannot be sent (translated, empty when it can).
    [[nodiscard]] data::DisputeOffer offer() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QPushButton *sendButton() const { return m_send; }

    void send();
    void showError(const QString &message);

signals:
    void submitted(const QString &text, const caravan::data::DisputeOffer &offer);

private:
    void update();

    data::DisputeCase m_case;
    QPlainTextEdit *m_text;
    QComboBox *m_kind;
    QLabel *m_refundLabel;
    QLineEdit *m_refund;
    QWidget *m_address;
    QLineEdit *m_name;
    QLineEdit *m_line1;
    QLineEdit *m_line2;
    QLineEdit *m_city;
    QLineEdit *m_postal;
    QLineEdit *m_country;
    QLabel *m_message;
    QFormLayout *m_form = nullptr;
    QPushButton *m_send;
    bool m_sending = false;
};

} // namespace caravan::ui
