#pragma once

#include "data/order.h"
#include "data/packingevidence.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace caravan::ui {

// One order in full, beside the orders table: the buyer and the address to ship to, the items, the
// amounts in both currencies with the locked rate, the seller's fee and net, the deadlines in local time,
// the shipment and the history. A banner says when the server refused the last shipment. The buttons ask
// the view to mark the order shipped, to print its packing slip or to fill in its customs form.
class OrderDetail final : public QWidget
{
    Q_OBJECT

public:
    explicit OrderDetail(QWidget *parent = nullptr);

    using Evidence = QVector<data::PackingEvidenceRepository::OrderEvidence>;
    // Shows `order` with its packing evidence, or says that none is chosen (nullptr).
    void setOrder(const data::Order *order, const Evidence &evidence = {});
    [[nodiscard]] QString orderId() const { return m_orderId; }

    // The detail as plain text, and the refusal banner's text (empty when hidden).
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString refusalText() const;
    [[nodiscard]] QPushButton *shipButton() const { return m_ship; }
    [[nodiscard]] QPushButton *packingSlipButton() const { return m_slip; }
    [[nodiscard]] QPushButton *customsButton() const { return m_customs; }
    [[nodiscard]] QPushButton *evidenceButton() const { return m_evidence; }

    // The detail as HTML (what the pane shows).
    [[nodiscard]] static QString html(const data::Order &order, const Evidence &evidence = {});
    // One evidence record in a line: what it holds and whether the server has sealed it.
    [[nodiscard]] static QString evidenceText(const data::PackingEvidenceRepository::OrderEvidence &item);

signals:
    void shipRequested(const QString &orderId);
    void packingSlipRequested(const QString &orderId);
    void customsFormRequested(const QString &orderId);
    void evidenceRequested(const QString &orderId);

private:
    QString m_orderId;
    QLabel *m_heading;
    QLabel *m_banner;
    QTextBrowser *m_body;
    QPushButton *m_ship;
    QPushButton *m_slip;
    QPushButton *m_customs;
    QPushButton *m_evidence;
};

} // namespace caravan::ui
