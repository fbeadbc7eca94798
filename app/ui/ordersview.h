#pragma once

#include "data/photostore.h"
#include "models/ordertablemodel.h"

#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;

namespace caravan::sync {
class DisputeClient;
}

namespace caravan::ui {

class CustomsDeclarationDialog;
class OrderDisputePanel;
class OrderDetail;
class PackingEvidenceDialog;
class ShipDialog;

// The Orders section: the seller's orders as sync brought them, filtered (to ship, overdue, shipped, ...,
// each with its count), soonest ship-by deadline first; the chosen order in full beside the table. An
// order is marked shipped offline (the shipment waits in the outbox until the next sync) and its packing
// slip is saved as a PDF.
class OrdersView final : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersView(QSqlDatabase db, QWidget *parent = nullptr);
    ~OrdersView() override;

    [[nodiscard]] models::OrderTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QComboBox *filterBox() const { return m_filter; }
    [[nodiscard]] OrderDetail *detail() const { return m_detail; }
    // The dispute of the chosen order (a tab beside its detail when it has one); nullptr without a client.
    [[nodiscard]] OrderDisputePanel *disputePanel() const { return m_dispute; }
    [[nodiscard]] QTabWidget *detailTabs() const { return m_tabs; }
    // Lets the view read and answer disputes through `client` (online only; the view does not own it).
    void setDisputeClient(sync::DisputeClient *client);
    [[nodiscard]] QString selectedId() const;

    // Re-reads the orders (after a sync), keeping the filter and the chosen order. Orders that became paid
    // since the last read are announced with newPaidOrders (not on the first read).
    void reloadFromDatabase();
    void setFilter(models::OrderTableModel::Filter filter);
    void selectOrder(const QString &id);

    // Opens the "Mark shipped" dialog for an order (it closes once the shipment is queued).
    ShipDialog *openShipDialog(const QString &id);
    // Opens the packing evidence dialog for an order; what it records goes to the server with the next sync.
    PackingEvidenceDialog *openEvidenceDialog(const QString &id);
    // Asks where to save the packing slip, then writes it.
    void printPackingSlip(const QString &id);
    // Writes the order's packing slip to `path`; false with *error (translated) when that fails.
    bool writePackingSlip(const QString &id, const QString &path, QString *error);
    // Opens the CN 22 / CN 23 declaration filled from the order, its listing (when it is in the local
    // listings) and the seller's profile; nullptr when there is no such order.
    CustomsDeclarationDialog *openCustomsDeclaration(const QString &id);

signals:
    // A shipment went to the outbox: the caller can start a sync.
    void shipmentQueued(const QString &orderId);
    // Packing evidence went to the outbox (with its photos to upload).
    void evidenceQueued(const QString &orderId);
    // Orders that were not paid at the last read are paid now ("Title × 2" each).
    void newPaidOrders(const QStringList &items);
    // A dispute moved on (answered, escalated, return received): the order follows with the next sync.
    void disputeChanged(const QString &orderId);

private:
    void refreshFilterLabels();
    void showCurrent();
    [[nodiscard]] const data::Order *findOrder(const QString &id) const;
    void shipSubmitted(ShipDialog *dialog, const QString &carrier, const QString &trackingNumber);

    models::OrderTableModel *m_model;
    QComboBox *m_filter;
    QLabel *m_count;
    QLabel *m_empty;
    QTableView *m_table;
    OrderDetail *m_detail;
    QTabWidget *m_tabs;
    OrderDisputePanel *m_dispute = nullptr;
    QPointer<ShipDialog> m_shipDialog;
    QTimer m_clock;
    QString m_keepId;         // the chosen order while the model resets
    QSet<QString> m_seenPaid; // orders ever read as paid
    bool m_loaded = false;
    QSqlDatabase m_db;
    std::unique_ptr<data::PhotoStore> m_photos; // for evidence photos, made when first needed
};

} // namespace caravan::ui
