#pragma once

#include "api/supervision.h"

#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QPieSeries;
class QStackedBarSeries;
class QWidget;
QT_END_NAMESPACE

namespace hpf::ui {

// The two charts of 今日业务 (issue 19), drawn from the server's day: operations by hour stacked by
// business (one bar set per business, one category per hour of the shown range) and the share of
// each business (a pie). Kept apart from the page so that the page stays a form and a test reads
// the series the way a supervisor reads the bars.
class DayCharts
{
    Q_DECLARE_TR_FUNCTIONS(hpf::ui::DayCharts)
public:
    explicit DayCharts(QWidget *parent);

    QChartView *hourView() const { return m_hourView; }
    QChartView *businessView() const { return m_businessView; }
    QStackedBarSeries *hourSeries() const { return m_hours; }
    QPieSeries *businessSeries() const { return m_business; }
    // The hours the bar chart shows: the working day (8–17) widened to any hour with operations.
    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }

    void show(const client::api::SupervisionDay &day);
    void clear();

    // "openings" → 开户 (through tr); an unknown area is shown as sent.
    static QString businessText(const QString &business);
    // What a supervisor's grant authorised ("remittances.defer" → 缓缴); else its business.
    static QString operationText(const QString &operation);

private:
    QChartView *m_hourView;
    QChartView *m_businessView;
    QStackedBarSeries *m_hours;
    QPieSeries *m_business;
    int m_firstHour = 8;
    int m_lastHour = 17;
};

} // namespace hpf::ui
