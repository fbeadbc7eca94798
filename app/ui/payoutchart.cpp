#include "ui/payoutchart.h"

#include "models/ordertext.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace caravan::ui {

namespace {

// A step line of running totals: each event adds its amount at its time; the line goes on to `end`.
void fill(QLineSeries *series, QVector<QPair<QDateTime, qint64>> events, double scale, const QDateTime &end)
{
    std::sort(events.begin(), events.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QPointF> points;
    qint64 total = 0;
    for (const auto &[at, amount] : events) {
        const double x = static_cast<double>(at.toMSecsSinceEpoch());
        points.append({x, static_cast<double>(total) / scale});
        total += amount;
        points.append({x, static_cast<double>(total) / scale});
    }
    if (!events.isEmpty() && end > events.last().first)
        points.append({static_cast<double>(end.toMSecsSinceEpoch()), static_cast<double>(total) / scale});
    series->replace(points);
}

} // namespace

PayoutChart::PayoutChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_released(new QLineSeries)
    , m_paidOut(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_amount(new QValueAxis)
{
    m_released->setName(tr("Released to you"));
    m_paidOut->setName(tr("Paid out"));
    m_chart->addSeries(m_released);
    m_chart->addSeries(m_paidOut);
    m_time->setFormat(QStringLiteral("yyyy-MM-dd"));
    m_time->setTickCount(5);
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_amount, Qt::AlignLeft);
    for (QLineSeries *series : {m_released, m_paidOut}) {
        series->attachAxis(m_time);
        series->attachAxis(m_amount);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(m_chart, this); // takes the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(200);
}

void PayoutChart::setData(const QString &currency, const QVector<data::Order> &orders,
                          const QVector<data::PayoutEntry> &payouts)
{
    m_currency = currency;
    const double scale = std::pow(10.0, models::OrderText::minorDigits(currency));
    QVector<QPair<QDateTime, qint64>> released;
    for (const auto &o : orders)
        if ((o.status == QLatin1String("released") || o.status == QLatin1String("completed")) &&
            o.listingAmounts.currency == currency && o.closedAt.isValid())
            released.append({o.closedAt, o.listingAmounts.sellerNet});
    QVector<QPair<QDateTime, qint64>> paid;
    for (const auto &p : payouts)
        if (p.status == QLatin1String("paid") && p.currency == currency && p.updatedAt.isValid())
            paid.append({p.updatedAt, p.amount});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    fill(m_released, released, scale, now);
    fill(m_paidOut, paid, scale, now);

    m_chart->setTitle(currency.isEmpty() ? QString() : tr("Released and paid out (%1)").arg(currency));
    QDateTime first = QDateTime::currentDateTimeUtc().addDays(-30);
    QDateTime last = now;
    double top = 1;
    for (const QLineSeries *series : {m_released, m_paidOut})
        for (const QPointF &p : series->points()) {
            first = std::min(first, QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(p.x()), Qt::UTC));
            top = std::max(top, p.y());
        }
    m_time->setRange(first, last);
    m_amount->setRange(0, top * 1.1);
    m_amount->setLabelFormat(scale > 1 ? QStringLiteral("%.2f") : QStringLiteral("%.0f"));
}

} // namespace caravan::ui
