#pragma once

#include "data/payoutidentity.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace caravan::ui {

// The seller's payout identity form (docs/escrow.md, "Payout identity"): legal name, date of birth,
// address and a photo or scan of an identity document. The document is read into memory when chosen and
// leaves with the form; nothing of it is written to this computer.
class PayoutIdentityDialog final : public QDialog
{
    Q_OBJECT

public:
    // `state`: what the server holds (fills the fields when sending again); `defaultCountry` the account's.
    PayoutIdentityDialog(const data::PayoutIdentityState &state, const QString &defaultCountry,
                         QWidget *parent = nullptr);

    // The form as filled in (the document included once chosen).
    [[nodiscard]] data::PayoutIdentityForm form() const;
    // Reads `path` as the document (what Choose document… does after its file dialog). False with the
    // reason shown in the dialog when the file is not accepted.
    bool chooseDocument(const QString &path);
    // Shows why the server refused the form (or that it is being sent).
    void setMessage(const QString &text);

    [[nodiscard]] QLineEdit *legalNameEdit() const { return m_legalName; }
    [[nodiscard]] QDateEdit *dateOfBirthEdit() const { return m_dateOfBirth; }
    [[nodiscard]] QLineEdit *line1Edit() const { return m_line1; }
    [[nodiscard]] QLineEdit *cityEdit() const { return m_city; }
    [[nodiscard]] QLineEdit *postalCodeEdit() const { return m_postalCode; }
    [[nodiscard]] QLineEdit *countryEdit() const { return m_country; }
    [[nodiscard]] QLabel *documentLabel() const { return m_documentLabel; }
    [[nodiscard]] QLabel *messageLabel() const { return m_message; }
    [[nodiscard]] QPushButton *sendButton() const { return m_send; }

signals:
    // The seller pressed Send with a complete form.
    void submitted(const caravan::data::PayoutIdentityForm &form);

private:
    void pickDocument();
    void updateSend();

    data::PayoutIdentityForm m_form;
    QLineEdit *m_legalName;
    QDateEdit *m_dateOfBirth;
    QLineEdit *m_line1;
    QLineEdit *m_line2;
    QLineEdit *m_city;
    QLineEdit *m_postalCode;
    QLineEdit *m_region;
    QLineEdit *m_country;
    QLabel *m_documentLabel;
    QLabel *m_message;
    QPushButton *m_send;
};

} // namespace caravan::ui
