#include "ui/pdfdeclarationwriter.h"

#include <QFileInfo>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <algorithm>

namespace caravan::ui {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString kg(std::int64_t grams)
{
    return QString::number(static_cast<double>(grams) / 1000.0, 'f', 3);
}

// Draws in tenths of a millimetre, whatever the page, so that the layout below reads in mm × 10.
class Canvas
{
public:
    Canvas(QPainter &p, double scale)
        : m_p(p)
        , m_s(scale)
    {}
    double s(double mm) const { return mm * 10.0 * m_s; }
    void font(double mm, bool bold = false)
    {
        QFont f(QStringLiteral("Sans Serif"));
        f.setPixelSize(std::max(1, static_cast<int>(s(mm))));
        f.setBold(bold);
        m_p.setFont(f);
    }
    void box(double x, double y, double w, double h) { m_p.drawRect(QRectF(s(x), s(y), s(w), s(h))); }
    void text(double x, double y, double w, double h, const QString &t,
              int flags = Qt::AlignLeft | Qt::AlignTop)
    {
        m_p.drawText(QRectF(s(x) + s(0.8), s(y) + s(0.5), s(w) - s(1.6), s(h) - s(1.0)),
                     flags | Qt::TextWordWrap, t);
    }
    void line(double x1, double y1, double x2, double y2)
    {
        m_p.drawLine(QLineF(s(x1), s(y1), s(x2), s(y2)));
    }
    void check(double x, double y, bool on)
    {
        box(x, y, 3, 3);
        if (on) {
            line(x + 0.5, y + 1.6, x + 1.3, y + 2.5);
            line(x + 1.3, y + 2.5, x + 2.6, y + 0.4);
        }
    }

private:
    QPainter &m_p;
    double m_s;
};

QString partyText(const trade::DeclarationParty &p)
{
    const QString place = QString(qs(p.postcode) + QLatin1Char(' ') + qs(p.city)).trimmed();
    QStringList lines{qs(p.name), qs(p.street), place, qs(p.country)};
    if (!p.phone.empty() || !p.email.empty())
        lines << QString(qs(p.phone) + QStringLiteral("  ") + qs(p.email)).trimmed();
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool PdfDeclarationWriter::write(const trade::Declaration &d, const trade::DeclarationAssessment &a,
                                 DeclarationPageSize size, const QString &path, QString *error)
{
    const bool a4 = size == DeclarationPageSize::A4;
    const bool cn23 = a.form == trade::DeclarationForm::CN23;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(a4 ? QPageSize::A4 : QPageSize::A6));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(cn23 ? tr("Customs declaration CN 23") : tr("Customs declaration CN 22"));
    writer.setCreator(QStringLiteral("Caravan"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("cannot write %1").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    const double pageW = a4 ? 210.0 : 105.0;
    const double pageH = a4 ? 297.0 : 148.0;
    painter.setWindow(0, 0, static_cast<int>(pageW * 10), static_cast<int>(pageH * 10));
    painter.setViewport(0, 0, writer.width(), writer.height());
    painter.setPen(QPen(Qt::black, 2));

    // Layout in A4 millimetres; A6 is the same form at half scale.
    const double scale = a4 ? 1.0 : 0.5;
    Canvas c(painter, scale);
    const double m = 10, w = 190;
    double y = 10;
    const double body = a4 ? 3.0 : 3.8; // the A6 label keeps its print legible at half scale
    const double small = a4 ? 2.4 : 3.0;

    // Header
    c.box(m, y, w, 16);
    c.font(4.2, true);
    c.text(m, y, 120, 8, tr("CUSTOMS DECLARATION"));
    c.font(body);
    c.text(m, y + 6, 120, 5, tr("DÉCLARATION EN DOUANE"));
    c.font(small);
    c.text(m, y + 10.5, 120, 5, tr("May be opened officially / Peut être ouvert d'office"));
    c.font(8, true);
    c.text(m + 120, y, 70, 16, cn23 ? QStringLiteral("CN 23") : QStringLiteral("CN 22"),
           Qt::AlignRight | Qt::AlignVCenter);
    y += 16;

    // Sender and addressee
    const double partyH = 30;
    c.box(m, y, w / 2, partyH);
    c.box(m + w / 2, y, w / 2, partyH);
    c.font(small, true);
    c.text(m, y, w / 2, 5, tr("From / De (sender)"));
    c.text(m + w / 2, y, w / 2, 5, tr("To / À (addressee)"));
    c.font(body);
    c.text(m, y + 4.5, w / 2, partyH - 4.5, partyText(d.sender));
    c.text(m + w / 2, y + 4.5, w / 2, partyH - 4.5, partyText(d.addressee));
    y += partyH;

    // Category of item
    const double catH = 21;
    c.box(m, y, w, catH);
    c.font(small, true);
    c.text(m, y, w, 5, tr("Category of item / Catégorie de l'envoi"));
    c.font(small);
    const std::pair<trade::ItemCategory, QString> categories[] = {
        {trade::ItemCategory::Gift, tr("Gift / Cadeau")},
        {trade::ItemCategory::Documents, tr("Documents")},
        {trade::ItemCategory::CommercialSample, tr("Commercial sample / Échantillon commercial")},
        {trade::ItemCategory::ReturnedGoods, tr("Returned goods / Marchandise retournée")},
        {trade::ItemCategory::SaleOfGoods, tr("Sale of goods / Vente de marchandises")},
        {trade::ItemCategory::Other, tr("Other / Autre")},
    };
    for (int i = 0; i < 6; ++i) {
        const double cx = m + 2 + (i % 2) * (w / 2);
        const double cy = y + 5 + (i / 2) * 4.6;
        c.check(cx, cy, d.category == categories[i].first);
        c.text(cx + 3.5, cy - 0.4, w / 2 - 6, 5, categories[i].second);
    }
    if (d.category == trade::ItemCategory::Other)
        c.text(m + 2, y + 16.8, w - 4, 4, tr("Explanation / Explication: %1").arg(qs(d.categoryExplanation)));
    y += catH;

    // Contents table
    const double cols[] = {0.38, 0.08, 0.12, 0.16, 0.13, 0.13};
    const QString heads[] = {tr("Detailed description of contents / Description détaillée du contenu"),
                             tr("Quantity / Quantité"),
                             tr("Net weight (kg) / Poids net"),
                             tr("Value / Valeur"),
                             tr("HS tariff number / N° tarifaire du SH"),
                             tr("Country of origin / Pays d'origine")};
    const double headH = 12, rowH = 7;
    const int rows = std::max<int>(static_cast<int>(d.lines.size()), cn23 ? 6 : 3);
    double x = m;
    c.font(small * 0.85, true);
    for (int i = 0; i < 6; ++i) {
        c.box(x, y, w * cols[i], headH);
        c.text(x, y, w * cols[i], headH, heads[i]);
        x += w * cols[i];
    }
    y += headH;
    c.font(body);
    for (int r = 0; r < rows; ++r) {
        x = m;
        QStringList cells{QString(), QString(), QString(), QString(), QString(), QString()};
        if (r < static_cast<int>(d.lines.size())) {
            const auto &l = d.lines[static_cast<std::size_t>(r)];
            cells = {qs(l.description),
                     QString::number(l.quantity),
                     kg(l.netWeightGrams),
                     l.value.hasCurrency() ? qs(l.value.toString()) : QString(),
                     qs(l.hs),
                     qs(l.origin)};
        }
        for (int i = 0; i < 6; ++i) {
            c.box(x, y, w * cols[i], rowH);
            c.text(x, y + 0.8, w * cols[i], rowH, cells[i],
                   (i == 0 ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignTop);
            x += w * cols[i];
        }
        y += rowH;
    }
    // Totals
    const double totalsH = 9;
    const double valueX = m + w * (cols[0] + cols[1] + cols[2]);
    c.box(m, y, valueX - m, totalsH);
    c.box(valueX, y, m + w - valueX, totalsH);
    c.font(small, true);
    c.text(m, y, valueX - m, 4, tr("Total gross weight (kg) / Poids brut total"));
    c.text(valueX, y, m + w - valueX, 4, tr("Total value / Valeur totale"));
    c.font(body, true);
    c.text(m, y + 3.8, valueX - m, 5, kg(a.totalGrossGrams));
    QString total = a.totalValue.hasCurrency() ? qs(a.totalValue.toString()) : QString();
    if (a.valueInSdr)
        total += QStringLiteral("  (≈ %1 SDR)").arg(qs(a.valueInSdr->amountString()));
    c.text(valueX, y + 3.8, m + w - valueX, 5, total);
    y += totalsH;

    if (cn23) {
        const double boxH = 10;
        c.box(m, y, w / 2, boxH);
        c.box(m + w / 2, y, w / 2, boxH);
        c.font(small, true);
        c.text(m, y, w / 2, 4, tr("Postal charges/fees / Frais de port"));
        c.text(m + w / 2, y, w / 2, 4, tr("Invoice / Facture"));
        c.font(body);
        c.text(m, y + 4, w / 2, 5, d.postage ? qs(d.postage->toString()) : QString());
        c.text(m + w / 2, y + 4, w / 2, 5, qs(d.invoice));
        y += boxH;
        c.box(m, y, w / 2, boxH);
        c.box(m + w / 2, y, w / 2, boxH);
        c.font(small, true);
        c.text(m, y, w / 2, 4, tr("Licence / Licence"));
        c.text(m + w / 2, y, w / 2, 4, tr("Certificate / Certificat"));
        c.font(body);
        c.text(m, y + 4, w / 2, 5, qs(d.licence));
        c.text(m + w / 2, y + 4, w / 2, 5, qs(d.certificate));
        y += boxH;
        c.box(m, y, w, boxH + 4);
        c.font(small, true);
        c.text(m, y, w, 4, tr("Comments (e.g. goods subject to quarantine) / Observations"));
        c.font(body);
        c.text(m, y + 4, w, boxH, qs(d.comments));
        y += boxH + 4;
    }

    // Sender's declaration, date and signature
    const double declH = 30;
    c.box(m, y, w, declH);
    c.font(small);
    c.text(m, y, w, 16,
           tr("I, the undersigned, whose name and address are given on the item, certify that the "
              "particulars given "
              "in this declaration are correct and that this item does not contain any dangerous article or "
              "articles "
              "prohibited by legislation or by postal or customs regulations."));
    c.font(small, true);
    c.text(m, y + 17, w, 4, tr("Date and sender's signature / Date et signature de l'expéditeur"));
    c.font(body);
    c.text(m, y + 22, 50, 6, qs(d.date.toString()));
    c.line(m + 55, y + 27, m + w - 5, y + 27);
    y += declH;

    c.font(small * 0.85);
    QString footer =
        tr("%1 chosen: %2.").arg(cn23 ? QStringLiteral("CN 23") : QStringLiteral("CN 22"), qs(a.reason));
    if (!a.rateText.empty())
        footer += QLatin1Char(' ') + tr("Rate: %1.").arg(qs(a.rateText));
    c.text(m, y + 1, w, 297.0 - y - 2, footer); // layout units are A4 millimetres

    if (!painter.end()) {
        if (error)
            *error = tr("cannot finish %1").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

} // namespace caravan::ui
