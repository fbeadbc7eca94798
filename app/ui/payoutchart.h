#pragma once

#include "data/order.h"
#include "data/payoutsummary.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace caravan::ui {

// Money over time in one currency (Qt Charts): the running total released to the seller (orders whose
// inspection window ended, at the time they were released) and the running total paid out (payouts the
// provider confirmed, at the time they were confirmed). The gap between the lines is what is available or
// in transit.
class PayoutChart final : public QWidget
{
    Q_OBJECT

public:
    explicit PayoutChart(QWidget *parent = nullptr);

    void setData(const QString &currency, const QVector<data::Order> &orders,
                 const QVector<data::PayoutEntry> &payouts);

    [[nodiscard]] QLineSeries *releasedSeries() const { return m_released; }
    [[nodiscard]] QLineSeries *paidOutSeries() const { return m_paidOut; }
    [[nodiscard]] QString currency() const { return m_currency; }

private:
    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_released;
    QLineSeries *m_paidOut;
    QDateTimeAxis *m_time;
    QValueAxis *m_amount;
    QString m_currency;
};

} // namespace caravan::ui
