#include "ui/arbitrationcase.h"

#include "models/disputetext.h"
#include "models/ordertext.h"
#include "ui/disputehtml.h"
#include "ui/staffphotostrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caravan::ui {

using models::DisputeText;
using models::OrderText;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px; color: #555;\">%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString orderHtml(const data::Order &o)
{
    const data::OrderAmounts &b = o.buyerAmounts;
    const data::OrderAmounts &l = o.listingAmounts;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row(ArbitrationCase::tr("Order"), o.id);
    html += row(ArbitrationCase::tr("Item"), OrderText::items(o));
    html += row(ArbitrationCase::tr("Order status"), OrderText::statusText(o.status));
    html += row(ArbitrationCase::tr("Ship to"),
                OrderText::addressLines(o.shipTo, OrderText::AddressStyle::Screen).join(QStringLiteral(", ")));
    if (!o.shipment.isEmpty())
        html += row(ArbitrationCase::tr("Shipment"), ArbitrationCase::tr("%1, tracking number %2")
                                                         .arg(OrderText::carrierName(o.shipment.carrier),
                                                              o.shipment.trackingNumber));
    html += row(ArbitrationCase::tr("Buyer paid"),
                ArbitrationCase::tr("%1 (item %2, postage %3, import charges %4, buyer protection fee %5)")
                    .arg(OrderText::money(b.total, b.currency), OrderText::money(b.item, b.currency),
                         OrderText::money(b.postage, b.currency), OrderText::money(b.importCheckout, b.currency),
                         OrderText::money(b.buyerFee, b.currency)));
    html += row(ArbitrationCase::tr("Seller's side"),
                ArbitrationCase::tr("item + postage %1, seller fee %2, net %3")
                    .arg(OrderText::money(l.item + l.postage, l.currency), OrderText::money(l.sellerFee, l.currency),
                         OrderText::money(l.sellerNet, l.currency)));
    return html + QStringLiteral("</table>");
}

QString evidenceHtml(const QVector<data::SealedEvidence> &evidence)
{
    if (evidence.isEmpty())
        return QStringLiteral("<p style=\"color: #555;\">%1</p>")
            .arg(esc(ArbitrationCase::tr("The seller recorded no packing evidence.")));
    QString html;
    for (const data::SealedEvidence &e : evidence) {
        html += QStringLiteral("<p>%1").arg(
            esc(ArbitrationCase::tr("Sealed %1, %2 g, seal %3")
                    .arg(OrderText::localTime(e.receivedAt))
                    .arg(e.data.value(QStringLiteral("weight_g")).toInteger())
                    .arg(e.sealSha256.left(16))));
        for (const data::DisputePhoto &p : e.photos)
            html += QStringLiteral("<br><span style=\"font-family: monospace; color: #555;\">%1</span>")
                        .arg(esc(ArbitrationCase::tr("Photo SHA-256 %1, received by the server %2")
                                     .arg(p.sha256, OrderText::localTime(p.receivedAt))));
        html += QStringLiteral("</p>");
    }
    return html;
}

QString ledgerHtml(const QVector<data::LedgerLine> &ledger)
{
    if (ledger.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(ArbitrationCase::tr("No ledger lines.")));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\"><tr><th align=\"left\">%1</th>"
                                  "<th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"right\">%4</th></tr>")
                       .arg(esc(ArbitrationCase::tr("When")), esc(ArbitrationCase::tr("Posting")),
                            esc(ArbitrationCase::tr("Account")), esc(ArbitrationCase::tr("Amount")));
    for (const data::LedgerLine &l : ledger)
        html += QStringLiteral("<tr><td style=\"padding-right: 10px; white-space: nowrap;\">%1</td>"
                               "<td style=\"padding-right: 10px;\">%2</td><td style=\"padding-right: 10px;\">%3</td>"
                               "<td align=\"right\">%4</td></tr>")
                    .arg(esc(OrderText::localTime(l.at)), esc(l.businessKey), esc(l.account),
                         esc(OrderText::money(l.amountMinor, l.currency)));
    return html + QStringLiteral("</table>");
}

QString historyHtml(const QString &role, const data::PartyHistory &h)
{
    const QString who = h.displayName.isEmpty() ? h.userId : h.displayName;
    return QStringLiteral("<p><b>%1</b>: %2<br>%3</p>")
        .arg(esc(role), esc(ArbitrationCase::tr("%1 (%2), member since %3").arg(who, h.country,
                                                                             OrderText::localTime(h.memberSince))),
             esc(ArbitrationCase::tr("%1 orders bought, %2 sold; disputes opened as buyer %3 (%4 ended with a "
                                     "refund), as seller %5 (%6 ended released to them)")
                     .arg(h.ordersAsBuyer)
                     .arg(h.ordersAsSeller)
                     .arg(h.disputesAsBuyer)
                     .arg(h.refundsWonAsBuyer)
                     .arg(h.disputesAsSeller)
                     .arg(h.releasesWonAsSeller)));
}

} // namespace

ArbitrationCase::ArbitrationCase(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_photos(new StaffPhotoStrip(this))
    , m_claim(new QPushButton(tr("Claim"), this))
    , m_decide(new QPushButton(tr("Decide…"), this))
    , m_approve(new QPushButton(tr("Approve decision"), this))
    , m_reject(new QPushButton(tr("Reject decision…"), this))
{
    setObjectName(QStringLiteral("arbitrationCase"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_claim->setToolTip(tr("Take this case: the queue shows it as yours."));
    m_approve->setToolTip(tr("Carry out the decision another member of staff proposed."));
    connect(m_claim, &QPushButton::clicked, this, [this] { emit claimRequested(m_case.dispute.id); });
    connect(m_decide, &QPushButton::clicked, this, [this] { emit decideRequested(m_case.dispute.id); });
    connect(m_approve, &QPushButton::clicked, this, [this] { emit approveRequested(m_case.dispute.id); });
    connect(m_reject, &QPushButton::clicked, this, [this] { emit rejectRequested(m_case.dispute.id); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_claim);
    buttons->addWidget(m_decide);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_photos);
    layout->addWidget(m_body, 1);
    setMessage(tr("Choose a case in the queue."));
}

void ArbitrationCase::setMessage(const QString &message)
{
    m_case = {};
    m_heading->setText(tr("No case chosen"));
    m_body->setPlainText(message);
    for (QPushButton *b : {m_claim, m_decide, m_approve, m_reject})
        b->setEnabled(false);
    m_approve->hide();
    m_reject->hide();
    m_photos->clear();
}

void ArbitrationCase::setPhotoClient(sync::StaffClient *client)
{
    m_photos->setClient(client);
}

void ArbitrationCase::setCase(const data::DisputeCase &c, const QString &me)
{
    const bool same = c.dispute.id == m_case.dispute.id;
    const int scrolled = m_body->verticalScrollBar()->value();
    m_case = c;
    const data::Dispute &d = c.dispute;
    m_heading->setText(tr("%1 — %2").arg(c.order.title.isEmpty() ? d.orderId : OrderText::items(c.order),
                                         DisputeText::reasonText(d.reason)));
    const bool open = !d.isResolved();
    const bool awaitingApproval = d.status == QLatin1String("awaiting_approval");
    const bool othersProposal = awaitingApproval && d.proposal.proposedBy != me;
    m_claim->setEnabled(open && d.assignedTo != me);
    m_claim->setText(d.assignedTo.isEmpty() || d.assignedTo == me ? tr("Claim") : tr("Take over"));
    m_decide->setEnabled(open && !awaitingApproval && c.hasOrder);
    m_approve->setVisible(awaitingApproval);
    m_reject->setVisible(awaitingApproval);
    m_approve->setEnabled(othersProposal);
    m_reject->setEnabled(othersProposal);
    if (awaitingApproval && !othersProposal) {
        m_approve->setToolTip(tr("You proposed this decision: another member of staff approves it."));
    }
    m_body->setHtml(html(c));
    QVector<StaffPhotoStrip::Photo> photos;
    for (const data::DisputeEvent &e : c.events)
        for (const data::DisputePhoto &p : e.photos)
            photos.append({p.sha256, p.receivedAt});
    for (const data::SealedEvidence &e : c.evidence)
        for (const data::DisputePhoto &p : e.photos)
            photos.append({p.sha256, p.receivedAt});
    m_photos->setPhotos(photos);
    if (same)
        m_body->verticalScrollBar()->setValue(scrolled);
}

QString ArbitrationCase::text() const
{
    return m_body->toPlainText();
}

QString ArbitrationCase::html(const data::DisputeCase &c)
{
    const QString currency = c.order.buyerAmounts.currency;
    QString html = DisputeHtml::summary(c.dispute, currency);
    html += DisputeHtml::section(tr("Events"));
    html += DisputeHtml::events(c.events, currency);
    html += QStringLiteral("<p style=\"color: #555;\">%1</p>")
                .arg(esc(tr("Photos are listed by their SHA-256 and the time the server received them; their "
                            "thumbnails are above, with the same hash and time (click one to enlarge it).")));
    if (c.hasOrder) {
        html += DisputeHtml::section(tr("Order"));
        html += orderHtml(c.order);
        html += DisputeHtml::section(tr("Order history"));
        html += DisputeHtml::orderTimeline(c.order);
    }
    html += DisputeHtml::section(tr("Packing evidence"));
    html += evidenceHtml(c.evidence);
    html += DisputeHtml::section(tr("Ledger"));
    html += ledgerHtml(c.ledger);
    html += DisputeHtml::section(tr("Parties"));
    html += historyHtml(tr("Buyer"), c.buyer);
    html += historyHtml(tr("Seller"), c.seller);
    return html;
}

} // namespace caravan::ui
