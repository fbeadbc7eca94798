#pragma once

#include "data/orderrepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace caravan::ui {

// "Mark shipped": the carrier (the known carriers, or any other typed in) and the tracking number, checked
// while the seller types with the shared rules; OK stays disabled until both are valid. OK emits
// submitted(); the caller queues the shipment and closes the dialog with accept(), or shows why not with
// setError().
class ShipDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShipDialog(const data::Order &order, QWidget *parent = nullptr);

    [[nodiscard]] QString orderId() const { return m_orderId; }
    // The carrier as it will be sent: a known carrier's id, else the name typed in.
    [[nodiscard]] QString carrier() const;
    [[nodiscard]] QString trackingNumber() const;
    [[nodiscard]] data::ShipmentCheck check() const;
    [[nodiscard]] QString message() const;

    [[nodiscard]] QComboBox *carrierBox() const { return m_carrier; }
    [[nodiscard]] QLineEdit *trackingEdit() const { return m_tracking; }
    [[nodiscard]] QPushButton *okButton() const { return m_ok; }

    void setError(const QString &message);

signals:
    void submitted(const QString &carrier, const QString &trackingNumber);

private:
    void carrierChanged();
    void validate();

    QString m_orderId;
    QComboBox *m_carrier;
    QLineEdit *m_tracking;
    QLabel *m_message;
    QPushButton *m_ok;
};

} // namespace caravan::ui
