#pragma once

#include "data/order.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace caravan::ui {

// One order in full, beside the orders table: the buyer and the address to ship to, the items, the
// amounts in both currencies with the locked rate, the seller's fee and net, the deadlines in local time,
// the shipment and the history. A banner says when the server refused the last shipment. The buttons ask
// the view to mark the order shipped or to print its packing slip.
class OrderDetail final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetail(QWidget *parent = nullptr);

    // Shows `order`, or says that none is chosen (nullptr).
    void setOrder(const data::Order *order);
    [[nodiscard]] QString orderId() const { return m_orderId; }

    // The detail as plain text, and the refusal banner's text (empty when hidden).
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString refusalText() const;
    [[nodiscard]] QPushButton *shipButton() const { return m_ship; }
    [[nodiscard]] QPushButton *packingSlipButton() const { return m_slip; }

    // The detail as HTML (what the pane shows).
    [[nodiscard]] static QString html(const data::Order &order);

signals:
    void shipRequested(const QString &orderId);
    void packingSlipRequested(const QString &orderId);

private:
    QString m_orderId;
    QLabel *m_heading;
    QLabel *m_banner;
    QTextBrowser *m_body;
    QPushButton *m_ship;
    QPushButton *m_slip;
};

} // namespace caravan::ui
