#include "ui/packingslipwriter.h"

#include "models/ordertext.h"

#include <QFileInfo>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <algorithm>

namespace caravan::ui {

namespace {

// The page in millimetres: every position below is in mm from the top left corner.
class Page
{
public:
    explicit Page(QPainter &p)
        : m_p(p)
    {}
    static double s(double mm) { return mm * 10.0; }
    void font(double mm, bool bold = false)
    {
        QFont f(QStringLiteral("Sans Serif"));
        f.setPixelSize(std::max(1, static_cast<int>(s(mm))));
        f.setBold(bold);
        m_p.setFont(f);
    }
    void text(double x, double y, double w, double h, const QString &t,
              int flags = Qt::AlignLeft | Qt::AlignTop)
    {
        m_p.drawText(QRectF(s(x), s(y), s(w), s(h)), flags | Qt::TextWordWrap, t);
    }
    void box(double x, double y, double w, double h) { m_p.drawRect(QRectF(s(x), s(y), s(w), s(h))); }
    void line(double x1, double y1, double x2, double y2)
    {
        m_p.drawLine(QLineF(s(x1), s(y1), s(x2), s(y2)));
    }

private:
    QPainter &m_p;
};

} // namespace

bool PackingSlipWriter::write(const data::Order &order, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(tr("Packing slip %1").arg(order.id));
    writer.setCreator(QStringLiteral("Caravan"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    painter.setWindow(0, 0, 2100, 2970);
    painter.setViewport(0, 0, writer.width(), writer.height());
    painter.setPen(QPen(Qt::black, 2));
    Page page(painter);
    const double m = 15, w = 180;
    double y = 15;

    page.font(7, true);
    page.text(m, y, w, 10, tr("PACKING SLIP"));
    page.font(3.5);
    page.text(m, y + 11, w, 6, tr("Order %1").arg(order.id));
    if (order.createdAt.isValid())
        page.text(m, y + 17, w, 6, tr("Placed %1").arg(models::OrderText::localTime(order.createdAt)));
    y += 28;

    // The address as it goes on the parcel, large enough to cut out and stick on.
    const QStringList address =
        models::OrderText::addressLines(order.shipTo, models::OrderText::AddressStyle::Label);
    const double lineHeight = 7.5;
    const double phoneHeight = order.shipTo.phone.isEmpty() ? 0.0 : 6.0;
    const double boxHeight = 14 + lineHeight * static_cast<double>(address.size()) + phoneHeight;
    page.box(m, y, 120, boxHeight);
    page.font(3, true);
    page.text(m + 4, y + 3, 110, 5, tr("SHIP TO"));
    page.font(5.5);
    double line = y + 10;
    for (const QString &text : address) {
        page.text(m + 4, line, 112, lineHeight, text);
        line += lineHeight;
    }
    if (!order.shipTo.phone.isEmpty()) {
        page.font(3.5);
        page.text(m + 4, line, 112, 5, tr("Tel. %1").arg(order.shipTo.phone));
    }
    y += boxHeight + 12;

    // The items.
    page.font(3.5, true);
    page.text(m, y, 130, 6, tr("Item"));
    page.text(m + 130, y, 50, 6, tr("Quantity"), Qt::AlignRight | Qt::AlignTop);
    y += 7;
    page.line(m, y, m + w, y);
    y += 2;
    page.font(3.5);
    page.text(m, y, 130, 14, order.title.isEmpty() ? order.listingId : order.title);
    page.text(m + 130, y, 50, 7, QString::number(order.quantity), Qt::AlignRight | Qt::AlignTop);
    page.font(2.8);
    page.text(m, y + 7, 130, 5, tr("Listing %1").arg(order.listingId));
    y += 16;
    page.line(m, y, m + w, y);
    y += 6;

    const data::OrderShipment shipment = order.awaitsShipmentSync() ? *order.pendingShipment : order.shipment;
    if (!shipment.isEmpty()) {
        page.font(3.5);
        page.text(m, y, w, 6,
                  tr("Carrier: %1   Tracking number: %2")
                      .arg(models::OrderText::carrierName(shipment.carrier), shipment.trackingNumber));
        y += 10;
    }
    page.font(3.5);
    page.text(m, y, w, 12,
              tr("Thank you for your order. Paid through Caravan escrow: the payment is released to "
                 "the seller once the parcel has arrived."));
    if (!painter.end()) {
        if (error)
            *error = tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

} // namespace caravan::ui
