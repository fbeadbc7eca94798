#include "ui/orderdetail.h"

#include "models/ordertext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caravan::ui {

namespace {

using models::OrderText;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString section(const QString &title)
{
    return QStringLiteral("<h4 style=\"margin-top: 12px; margin-bottom: 4px;\">%1</h4>").arg(esc(title));
}

// A two-column row of label and value (the value already HTML).
QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px; color: #555;\">%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString amountsTable(const data::Order &o)
{
    const data::OrderAmounts &l = o.listingAmounts;
    const data::OrderAmounts &b = o.buyerAmounts;
    const bool both = !b.currency.isEmpty() && b.currency != l.currency;
    struct Line
    {
        QString label;
        qint64 data::OrderAmounts::*field;
        bool bold;
    };
    const Line lines[] = {
        {OrderDetail::tr("Items"), &data::OrderAmounts::item, false},
        {OrderDetail::tr("Postage"), &data::OrderAmounts::postage, false},
        {OrderDetail::tr("Import charges paid at checkout"), &data::OrderAmounts::importCheckout, false},
        {OrderDetail::tr("Buyer protection fee"), &data::OrderAmounts::buyerFee, false},
        {OrderDetail::tr("Total paid by the buyer"), &data::OrderAmounts::total, true},
        {OrderDetail::tr("Your seller fee"), &data::OrderAmounts::sellerFee, false},
        {OrderDetail::tr("Paid out to you"), &data::OrderAmounts::sellerNet, true},
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><td></td>"
                                  "<td align=\"right\"><b>%1</b></td>")
                       .arg(esc(l.currency));
    if (both)
        html += QStringLiteral("<td align=\"right\" style=\"padding-left: 16px;\"><b>%1</b></td>")
                    .arg(esc(b.currency));
    html += QStringLiteral("</tr>");
    for (const Line &line : lines) {
        const QString open = line.bold ? QStringLiteral("<b>") : QString();
        const QString close = line.bold ? QStringLiteral("</b>") : QString();
        html +=
            QStringLiteral("<tr><td style=\"padding-right: 12px;\">%1</td><td align=\"right\">%2%3%4</td>")
                .arg(esc(line.label), open, esc(OrderText::money(l.*line.field, l.currency)), close);
        if (both)
            html += QStringLiteral("<td align=\"right\" style=\"padding-left: 16px;\">%1%2%3</td>")
                        .arg(open, esc(OrderText::money(b.*line.field, b.currency)), close);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString rateText(const data::OrderFx &fx)
{
    if (fx.from.isEmpty() || fx.to.isEmpty() || fx.from == fx.to)
        return {};
    QString rate = fx.multiply;
    if (!fx.divide.isEmpty() && fx.divide != QLatin1String("1"))
        rate += QLatin1Char('/') + fx.divide;
    if (fx.source.isEmpty())
        return OrderDetail::tr("Locked exchange rate: 1 %1 = %2 %3, of %4")
            .arg(fx.from, rate, fx.to, fx.date);
    return OrderDetail::tr("Locked exchange rate: 1 %1 = %2 %3, of %4 (%5)")
        .arg(fx.from, rate, fx.to, fx.date, fx.source);
}

QString deadlines(const data::Order &o)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString html;
    const auto add = [&html](const QString &label, const QDateTime &at, const QString &extra = {}) {
        if (at.isValid())
            html += row(label, esc(OrderText::localTime(at)) +
                                   (extra.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(extra))));
    };
    if (o.status == QLatin1String("awaiting_payment"))
        add(OrderDetail::tr("Payment due"), o.deadlines.expiresAt);
    add(OrderDetail::tr("Ship by"), o.deadlines.shipBy,
        o.hasShipByDeadline() ? OrderText::timeLeft(o.deadlines.shipBy, now) : QString());
    add(OrderDetail::tr("Delivery due"), o.deadlines.deliveryDue);
    add(OrderDetail::tr("Payment released to you"), o.deadlines.releaseAt);
    add(OrderDetail::tr("Clock paused since"), o.deadlines.pausedAt);
    add(OrderDetail::tr("Placed"), o.createdAt);
    add(OrderDetail::tr("Paid"), o.paidAt);
    add(OrderDetail::tr("Shipped"), o.shippedAt);
    add(OrderDetail::tr("Delivered"), o.deliveredAt);
    add(OrderDetail::tr("Closed"), o.closedAt);
    return html;
}

QString shipmentText(const data::Order &o)
{
    if (o.awaitsShipmentSync())
        return OrderDetail::tr("Marked shipped on this computer, waiting to sync: %1, %2")
            .arg(OrderText::carrierName(o.pendingShipment->carrier), o.pendingShipment->trackingNumber);
    if (!o.shipment.isEmpty())
        return OrderDetail::tr("%1, tracking number %2")
            .arg(OrderText::carrierName(o.shipment.carrier), o.shipment.trackingNumber);
    return OrderDetail::tr("Not shipped yet.");
}

QString timeline(const data::Order &o)
{
    if (o.timeline.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(OrderDetail::tr("No history yet.")));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const data::OrderEvent &e : o.timeline) {
        QString what = esc(OrderText::eventText(e.event));
        if (!e.from.isEmpty() && !e.to.isEmpty() && e.from != e.to)
            what += QStringLiteral(" <span style=\"color: #555;\">(%1 → %2)</span>")
                        .arg(esc(OrderText::statusText(e.from)), esc(OrderText::statusText(e.to)));
        if (!e.cause.isEmpty())
            what += QLatin1Char(' ') + esc(OrderText::causeText(e.cause));
        if (!e.detail.isEmpty())
            what += QStringLiteral("<br><span style=\"color: #555;\">%1</span>").arg(esc(e.detail));
        html += QStringLiteral(
                    "<tr><td style=\"padding-right: 12px; white-space: nowrap;\" valign=\"top\">%1</td>"
                    "<td>%2</td></tr>")
                    .arg(esc(OrderText::localTime(e.at)), what);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

OrderDetail::OrderDetail(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_ship(new QPushButton(tr("Mark shipped…"), this))
    , m_slip(new QPushButton(tr("Print packing slip…"), this))
    , m_customs(new QPushButton(tr("Customs form…"), this))
    , m_evidence(new QPushButton(tr("Record packing evidence…"), this))
{
    setObjectName(QStringLiteral("orderDetail"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText); // titles are the seller's text, never markup
    m_banner->setObjectName(QStringLiteral("refusalBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fbe3e3; color: #7a1010; padding: 8px; border-radius: 4px;"));
    m_banner->hide();
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_ship->setObjectName(QStringLiteral("markShipped"));
    m_slip->setObjectName(QStringLiteral("packingSlip"));
    m_customs->setObjectName(QStringLiteral("customsForm"));
    m_customs->setToolTip(tr("The CN 22 or CN 23 customs declaration for this order, as a PDF"));
    connect(m_ship, &QPushButton::clicked, this, [this] { emit shipRequested(m_orderId); });
    connect(m_slip, &QPushButton::clicked, this, [this] { emit packingSlipRequested(m_orderId); });
    connect(m_customs, &QPushButton::clicked, this, [this] { emit customsFormRequested(m_orderId); });
    m_evidence->setObjectName(QStringLiteral("packingEvidence"));
    m_evidence->setToolTip(tr("Photos and the measured weight of the packed parcel, sealed by Caravan once "
                              "they arrive: they back you up if the buyer disputes what was sent."));
    connect(m_evidence, &QPushButton::clicked, this, [this] { emit evidenceRequested(m_orderId); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ship);
    buttons->addWidget(m_slip);
    buttons->addWidget(m_customs);
    buttons->addWidget(m_evidence);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_body, 1);
    setOrder(nullptr);
}

void OrderDetail::setOrder(const data::Order *order, const Evidence &evidence)
{
    // The same order shown again (a reload, the clock) keeps its place in the pane.
    const bool same = order && order->id == m_orderId;
    const int scrolled = m_body->verticalScrollBar()->value();
    m_orderId = order ? order->id : QString();
    m_ship->setEnabled(order && order->isShippable());
    m_slip->setEnabled(order != nullptr);
    m_customs->setEnabled(order != nullptr);
    // Evidence is recorded while packing: from payment until the order is closed.
    static const QStringList open{QStringLiteral("paid"), QStringLiteral("shipped"), QStringLiteral("delivered"),
                                  QStringLiteral("disputed")};
    m_evidence->setEnabled(order && open.contains(order->status));
    if (!order) {
        m_heading->setText(tr("No order chosen"));
        m_banner->hide();
        m_banner->clear();
        m_body->setPlainText(
            tr("Choose an order in the list to see its buyer, address, amounts and history."));
        return;
    }
    m_heading->setText(OrderText::items(*order));
    if (order->refusal && !order->awaitsShipmentSync()) {
        m_banner->setText(OrderText::refusalExplanation(*order->refusal));
        m_banner->show();
    } else {
        m_banner->hide();
        m_banner->clear();
    }
    m_body->setHtml(html(*order, evidence));
    if (same)
        m_body->verticalScrollBar()->setValue(scrolled);
}

QString OrderDetail::text() const
{
    return m_body->toPlainText();
}

QString OrderDetail::refusalText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QString OrderDetail::evidenceText(const data::PackingEvidenceRepository::OrderEvidence &item)
{
    const data::PackingEvidence &e = item.evidence;
    const QString what = tr("%n photo(s), %1 g, %2 × %3 × %4 mm, recorded %5", nullptr, int(e.photos.size()))
                             .arg(e.weightG)
                             .arg(e.lengthMm)
                             .arg(e.widthMm)
                             .arg(e.heightMm)
                             .arg(OrderText::localTime(e.recordedAt));
    using State = data::PackingEvidenceRepository::SealState;
    switch (item.state) {
    case State::Sealed:
        return tr("%1 — sealed by Caravan %2 (seal %3)")
            .arg(what, OrderText::localTime(item.receivedAt), item.sealSha256.left(12));
    case State::Waiting:
        return tr("%1 — waiting to upload with the next sync").arg(what);
    case State::Refused:
        return tr("%1 — refused by the server: %2").arg(what, item.refusal);
    case State::Local:
        break;
    }
    return tr("%1 — kept on this computer only").arg(what);
}

QString OrderDetail::html(const data::Order &o, const Evidence &evidence)
{
    QString html = QStringLiteral("<p>%1<br><span style=\"color: #555;\">%2</span></p>")
                       .arg(esc(OrderText::statusLabel(o)), esc(tr("Order %1").arg(o.id)));

    // Left: who, where to and what; right: the money and the clocks. The history spans both below.
    QString left = section(tr("Buyer and address"));
    QStringList address;
    for (const QString &line : OrderText::addressLines(o.shipTo, OrderText::AddressStyle::Screen))
        address << esc(line);
    if (!o.shipTo.phone.isEmpty())
        address << esc(tr("Phone: %1").arg(o.shipTo.phone));
    left += QStringLiteral("<p>%1</p>").arg(address.join(QStringLiteral("<br>")));

    left += section(tr("Items"));
    left += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    left += row(tr("Item"), esc(OrderText::items(o)));
    left += row(tr("Listing"), esc(o.listingId));
    if (!o.service.isEmpty())
        left += row(tr("Postage service"), esc(o.service));
    if (o.handlingDays > 0)
        left += row(tr("Handling time"), esc(tr("%n working day(s)", nullptr, o.handlingDays)));
    if (o.deliveryDaysMax > 0)
        left += row(tr("Delivery time"),
                    esc(tr("%1–%2 days after shipping").arg(o.deliveryDaysMin).arg(o.deliveryDaysMax)));
    left += QStringLiteral("</table>");

    left += section(tr("Shipment"));
    left += QStringLiteral("<p>%1</p>").arg(esc(shipmentText(o)));

    left += section(tr("Packing evidence"));
    if (evidence.isEmpty()) {
        left += QStringLiteral("<p style=\"color: #555;\">%1</p>")
                    .arg(esc(tr("None recorded. Photograph and weigh the packed parcel before you send it.")));
    } else {
        QStringList lines;
        for (const auto &item : evidence)
            lines << esc(evidenceText(item));
        left += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }

    QString right = section(tr("Amounts"));
    right += amountsTable(o);
    if (const QString rate = rateText(o.fx); !rate.isEmpty())
        right += QStringLiteral("<p>%1</p>").arg(esc(rate));
    if (o.importAtDoor > 0)
        right += QStringLiteral("<p>%1</p>")
                     .arg(esc(tr("Import charges the carrier collects from the buyer at the door: %1 (not "
                                 "charged by Caravan).")
                                  .arg(OrderText::money(o.importAtDoor, o.importAtDoorCurrency))));
    for (const QString &line : o.explanation)
        right += QStringLiteral("<p style=\"color: #555;\">%1</p>").arg(esc(line));

    right += section(tr("Dates and deadlines"));
    right += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(deadlines(o));

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td valign=\"top\" width=\"45%\" style=\"padding-right: 24px;\">%1</td>"
                           "<td valign=\"top\">%2</td></tr></table>")
                .arg(left, right);
    html += section(tr("History"));
    html += timeline(o);
    return html;
}

} // namespace caravan::ui
