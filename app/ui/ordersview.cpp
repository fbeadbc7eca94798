#include "ui/ordersview.h"

#include "data/listingrepository.h"
#include "data/profilerepository.h"
#include "models/orderdeclaration.h"
#include "models/ordertext.h"
#include "ui/customsdeclarationdialog.h"
#include "ui/orderdetail.h"
#include "ui/orderdispute.h"
#include "ui/packingevidencedialog.h"
#include "ui/packingslipwriter.h"
#include "ui/shipdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace caravan::ui {

using Filter = models::OrderTableModel::Filter;

namespace {
constexpr int kClockMs = 60 * 1000; // "time left" moves on every minute
} // namespace

OrdersView::OrdersView(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_model(new models::OrderTableModel(db, this))
    , m_filter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new OrderDetail(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("ordersView"));
    auto *title = new QLabel(tr("Orders"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_count->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_filter->setObjectName(QStringLiteral("orderFilter"));
    for (int f = 0; f < static_cast<int>(Filter::FilterCount); ++f)
        m_filter->addItem(models::OrderTableModel::filterName(static_cast<Filter>(f)), f);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addWidget(m_count);
    header->addStretch(1);
    header->addWidget(new QLabel(tr("Show:"), this));
    header->addWidget(m_filter);

    m_empty->setObjectName(QStringLiteral("ordersEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No orders yet. When a buyer orders one of your listings, the order appears here "
                        "after the next sync."));

    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(models::OrderTableModel::Item, QHeaderView::Stretch);
    columns->resizeSection(models::OrderTableModel::Buyer, 170);
    columns->resizeSection(models::OrderTableModel::Total, 110);
    columns->resizeSection(models::OrderTableModel::Status, 190);
    columns->resizeSection(models::OrderTableModel::ShipBy, 140);

    // The list over the chosen order: the table keeps its columns readable at any window width, and the
    // detail lays out its parts side by side.
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_empty);
    topLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    // The order, and its dispute as a second tab when it has one (the tab bar shows only then).
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true);
    m_tabs->addTab(m_detail, tr("Order"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    // The chosen order survives reloads, filter changes and the clock.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepId = selectedId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keepId);
        if (row >= 0 || m_model->rowCount() > 0)
            m_table->selectRow(row >= 0 ? row : 0);
        showCurrent();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersView::showCurrent);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_model->setFilter(static_cast<Filter>(m_filter->itemData(index).toInt()));
    });
    connect(m_detail, &OrderDetail::shipRequested, this, &OrdersView::openShipDialog);
    connect(m_detail, &OrderDetail::packingSlipRequested, this, &OrdersView::printPackingSlip);
    connect(m_detail, &OrderDetail::customsFormRequested, this, &OrdersView::openCustomsDeclaration);
    connect(m_detail, &OrderDetail::evidenceRequested, this, &OrdersView::openEvidenceDialog);
    m_db = db;
    m_clock.setInterval(kClockMs);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        m_model->setCurrentTime(QDateTime::currentDateTimeUtc());
        refreshFilterLabels();
    });
    m_clock.start();
    reloadFromDatabase();
}

OrdersView::~OrdersView() = default;

QString OrdersView::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const data::Order *order = current.isValid() ? m_model->orderAt(current.row()) : nullptr;
    return order ? order->id : QString();
}

void OrdersView::reloadFromDatabase()
{
    m_model->setCurrentTime(QDateTime::currentDateTimeUtc());
    if (m_loaded) {
        m_model->reload();
    } else if (m_model->rowCount() > 0) {
        // The model read the orders when it was made, before the view listened: choose the first one.
        m_table->selectRow(0);
    }
    QStringList fresh;
    for (const data::Order &order : m_model->orders()) {
        if (order.status != QLatin1String("paid") || m_seenPaid.contains(order.id))
            continue;
        m_seenPaid.insert(order.id);
        if (m_loaded)
            fresh << models::OrderText::items(order);
    }
    m_loaded = true;
    refreshFilterLabels();
    if (!fresh.isEmpty())
        emit newPaidOrders(fresh);
}

void OrdersView::setFilter(Filter filter)
{
    const int index = m_filter->findData(static_cast<int>(filter));
    if (index >= 0)
        m_filter->setCurrentIndex(index);
}

void OrdersView::selectOrder(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void OrdersView::refreshFilterLabels()
{
    for (int i = 0; i < m_filter->count(); ++i) {
        const auto filter = static_cast<Filter>(m_filter->itemData(i).toInt());
        m_filter->setItemText(
            i, tr("%1 (%2)").arg(models::OrderTableModel::filterName(filter)).arg(m_model->count(filter)));
    }
    const int total = static_cast<int>(m_model->orders().size());
    m_count->setText(tr("%n order(s)", nullptr, total));
    m_empty->setVisible(total == 0);
    m_tabs->setVisible(total > 0);
    if (m_tabs->currentWidget() == m_detail)
        m_detail->setVisible(total > 0);
}

void OrdersView::showCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const data::Order *order = current.isValid() ? m_model->orderAt(current.row()) : nullptr;
    m_detail->setOrder(order, order ? data::PackingEvidenceRepository(m_db).forOrder(order->id)
                                    : OrderDetail::Evidence());
    if (!m_dispute)
        return;
    const bool disputed = order && OrderDisputePanel::hasDispute(*order);
    const int tab = m_tabs->indexOf(m_dispute);
    if (!disputed) {
        if (tab >= 0)
            m_tabs->removeTab(tab);
        return;
    }
    if (tab < 0)
        m_tabs->addTab(m_dispute, tr("Dispute"));
    m_dispute->showOrder(*order);
}

void OrdersView::setDisputeClient(sync::DisputeClient *client)
{
    if (m_dispute || !client)
        return;
    m_dispute = new OrderDisputePanel(*client, this);
    m_dispute->hide();
    connect(m_dispute, &OrderDisputePanel::disputeChanged, this, &OrdersView::disputeChanged);
    showCurrent();
}

PackingEvidenceDialog *OrdersView::openEvidenceDialog(const QString &id)
{
    const data::Order *order = m_model->orderAt(m_model->rowOf(id));
    if (!order)
        return nullptr;
    if (!m_photos)
        m_photos = std::make_unique<data::PhotoStore>(data::PhotoStore::folderFor(m_db.databaseName()), m_db);
    auto *dialog = new PackingEvidenceDialog(*m_photos, m_db, order->listingId, order->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        reloadFromDatabase();
        emit evidenceQueued(id);
    });
    dialog->open();
    return dialog;
}

ShipDialog *OrdersView::openShipDialog(const QString &id)
{
    const int row = m_model->rowOf(id);
    const data::Order *order = m_model->orderAt(row);
    if (!order || !order->isShippable())
        return nullptr;
    if (m_shipDialog)
        m_shipDialog->close();
    auto *dialog = new ShipDialog(*order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ShipDialog::submitted, this,
            [this, dialog](const QString &carrier, const QString &number) {
                shipSubmitted(dialog, carrier, number);
            });
    m_shipDialog = dialog;
    dialog->open();
    return dialog;
}

void OrdersView::shipSubmitted(ShipDialog *dialog, const QString &carrier, const QString &trackingNumber)
{
    const QString id = dialog->orderId();
    if (!m_model->repository().markShipped(id, carrier, trackingNumber)) {
        dialog->setError(m_model->repository().lastError());
        return;
    }
    dialog->accept();
    reloadFromDatabase();
    emit shipmentQueued(id);
}

void OrdersView::printPackingSlip(const QString &id)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(QStringLiteral("packing-slip-%1.pdf").arg(id.left(8)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save packing slip"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writePackingSlip(id, path, &error))
        QMessageBox::warning(this, tr("Packing slip"), tr("The packing slip was not saved: %1").arg(error));
}

const data::Order *OrdersView::findOrder(const QString &id) const
{
    const auto &orders = m_model->orders();
    const auto it =
        std::find_if(orders.cbegin(), orders.cend(), [&](const data::Order &o) { return o.id == id; });
    return it == orders.cend() ? nullptr : &*it;
}

bool OrdersView::writePackingSlip(const QString &id, const QString &path, QString *error)
{
    const data::Order *order = findOrder(id);
    if (!order) {
        if (error)
            *error = tr("There is no order %1.").arg(id);
        return false;
    }
    return PackingSlipWriter::write(*order, path, error);
}

CustomsDeclarationDialog *OrdersView::openCustomsDeclaration(const QString &id)
{
    const data::Order *order = findOrder(id);
    if (!order)
        return nullptr;
    const auto listing = data::ListingRepository(m_db).load(order->listingId);
    const auto cached = data::ProfileRepository(m_db).load();
    auto *dialog = new CustomsDeclarationDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Customs declaration for order %1").arg(order->id.left(8)));
    dialog->setDeclaration(models::declarationForOrder(*order, listing ? &*listing : nullptr,
                                                       cached ? &cached->profile : nullptr));
    dialog->open();
    return dialog;
}

} // namespace caravan::ui
