#include "ui/disputehtml.h"

#include "models/disputetext.h"
#include "models/ordertext.h"

namespace caravan::ui {

using models::DisputeText;
using models::OrderText;

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px; color: #555;\" valign=\"top\">%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

// What a decision event proposed or decided, in words.
QString decisionLine(const QJsonObject &detail, const QString &buyerCurrency)
{
    const QString outcome = detail.value(QStringLiteral("outcome")).toString();
    if (outcome.isEmpty())
        return {};
    QString line = DisputeText::outcomeText(outcome);
    if (outcome == QLatin1String("split")) {
        line = DisputeHtml::tr("%1: refund of the goods %2").arg(
            line, OrderText::money(detail.value(QStringLiteral("refund_minor")).toInteger(), buyerCurrency));
        if (detail.value(QStringLiteral("buyer_fee_refunded")).toBool())
            line = DisputeHtml::tr("%1, buyer protection fee given back").arg(line);
    }
    return line;
}

} // namespace

QString DisputeHtml::section(const QString &title)
{
    return QStringLiteral("<h4 style=\"margin-top: 12px; margin-bottom: 4px;\">%1</h4>").arg(esc(title));
}

QString DisputeHtml::summary(const data::Dispute &d, const QString &buyerCurrency)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    html += row(tr("Status"), QStringLiteral("<b>%1</b>").arg(esc(DisputeText::statusText(d.status))));
    html += row(tr("Reason"), esc(DisputeText::reasonText(d.reason)));
    html += row(tr("Opened"), esc(OrderText::localTime(d.openedAt)));
    if (const QString waiting = DisputeText::waitingText(d); !waiting.isEmpty())
        html += row(tr("Waiting for"), esc(waiting));
    if (!d.offer.isEmpty())
        html += row(tr("Seller's offer"), esc(DisputeText::offerText(d.offer)));
    if (!d.proposal.isEmpty())
        html += row(tr("Proposed decision"), esc(decisionLine(d.proposal.toJson(), buyerCurrency)));
    if (d.isResolved())
        html += row(tr("Result"), esc(DisputeText::resultText(d, buyerCurrency)) + QStringLiteral(" (") +
                                      esc(OrderText::localTime(d.resolvedAt)) + QStringLiteral(")"));
    return html + QStringLiteral("</table>");
}

QString DisputeHtml::events(const QVector<data::DisputeEvent> &events, const QString &buyerCurrency)
{
    if (events.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(tr("No events yet.")));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const data::DisputeEvent &e : events) {
        QString what = QStringLiteral("<b>%1</b> — %2")
                           .arg(esc(DisputeText::actorText(e.actorRole)), esc(DisputeText::eventText(e.kind)));
        const QJsonObject offer = e.detail.value(QStringLiteral("offer")).toObject();
        if (!offer.isEmpty())
            what += QStringLiteral("<br>%1").arg(esc(DisputeText::offerText(data::DisputeOffer::fromJson(offer))));
        if (const QString decided = decisionLine(e.detail, buyerCurrency); !decided.isEmpty())
            what += QStringLiteral("<br>%1").arg(esc(decided));
        if (e.kind == QLatin1String("return_shipped"))
            what += QStringLiteral("<br>%1").arg(esc(tr("%1, tracking number %2")
                                                         .arg(e.detail.value(QStringLiteral("carrier")).toString(),
                                                              e.detail.value(QStringLiteral("tracking_number")).toString())));
        if (!e.text.isEmpty())
            what += QStringLiteral("<br><span style=\"white-space: pre-wrap;\">%1</span>").arg(esc(e.text));
        for (const data::DisputePhoto &p : e.photos)
            what += QStringLiteral("<br><span style=\"color: #555; font-family: monospace;\">%1</span>")
                        .arg(esc(tr("Photo SHA-256 %1, received by the server %2")
                                     .arg(p.sha256, OrderText::localTime(p.receivedAt))));
        html += QStringLiteral("<tr><td style=\"padding-right: 12px; white-space: nowrap;\" valign=\"top\">%1</td>"
                               "<td>%2</td></tr>")
                    .arg(esc(OrderText::localTime(e.at)), what);
    }
    return html + QStringLiteral("</table>");
}

QString DisputeHtml::orderTimeline(const data::Order &o)
{
    if (o.timeline.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(tr("No history.")));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const data::OrderEvent &e : o.timeline) {
        QString what = esc(OrderText::eventText(e.event));
        if (!e.cause.isEmpty())
            what += QLatin1Char(' ') + esc(OrderText::causeText(e.cause));
        if (!e.detail.isEmpty())
            what += QStringLiteral("<br><span style=\"color: #555;\">%1</span>").arg(esc(e.detail));
        html += QStringLiteral("<tr><td style=\"padding-right: 12px; white-space: nowrap;\" valign=\"top\">%1</td>"
                               "<td>%2</td></tr>")
                    .arg(esc(OrderText::localTime(e.at)), what);
    }
    return html + QStringLiteral("</table>");
}

} // namespace caravan::ui
