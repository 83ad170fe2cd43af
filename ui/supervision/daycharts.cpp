#include "supervision/daycharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHash>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace hpf::ui {

namespace {

QChartView *makeView(QChart *chart, const QString &name, const QString &accessibleName, QWidget *parent)
{
    chart->setAnimationOptions(QChart::NoAnimation); // a refresh every minute must not flicker
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    view->setFocusPolicy(Qt::NoFocus); // nothing to operate: the tables below carry the numbers
    return view;
}

} // namespace

DayCharts::DayCharts(QWidget *parent)
    : m_hours(new QStackedBarSeries)
    , m_business(new QPieSeries)
{
    auto *hourChart = new QChart;
    hourChart->setTitle(tr("Operations by hour"));
    hourChart->addSeries(m_hours);
    auto *categories = new QBarCategoryAxis(hourChart);
    auto *counts = new QValueAxis(hourChart);
    counts->setLabelFormat(u"%d"_qs);
    counts->setMin(0);
    hourChart->addAxis(categories, Qt::AlignBottom);
    hourChart->addAxis(counts, Qt::AlignLeft);
    m_hours->attachAxis(categories);
    m_hours->attachAxis(counts);
    m_hourView = makeView(hourChart, u"supervisionHourChart"_qs, tr("Operations by hour"), parent);

    auto *businessChart = new QChart;
    businessChart->setTitle(tr("Operations by business"));
    businessChart->addSeries(m_business);
    businessChart->legend()->setAlignment(Qt::AlignRight);
    m_businessView =
        makeView(businessChart, u"supervisionBusinessChart"_qs, tr("Operations by business"), parent);
}

QString DayCharts::businessText(const QString &business)
{
    static const QList<std::pair<const char16_t *, const char *>> kNames{
        {u"openings", QT_TR_NOOP("Openings")},
        {u"employee_lists", QT_TR_NOOP("Employee lists")},
        {u"accounts", QT_TR_NOOP("Account seal and unseal")},
        {u"remittances", QT_TR_NOOP("Remittances")},
        {u"adjustments", QT_TR_NOOP("Adjustments")},
        {u"interest", QT_TR_NOOP("Interest")},
        {u"units", QT_TR_NOOP("Unit changes")},
        {u"persons", QT_TR_NOOP("Person changes")},
        {u"holds", QT_TR_NOOP("Judicial holds")},
        {u"judicial", QT_TR_NOOP("Judicial assistance")},
        {u"certificates", QT_TR_NOOP("Certificates")},
        {u"transfers", QT_TR_NOOP("Transfers")},
        {u"withdrawals", QT_TR_NOOP("Withdrawals")},
        {u"loans", QT_TR_NOOP("Loans")},
        {u"archive", QT_TR_NOOP("Archives")},
        {u"receipts", QT_TR_NOOP("Receipts")},
    };
    for (const auto &[code, text] : kNames) {
        if (business == code)
            return tr(text);
    }
    return business;
}

QString DayCharts::operationText(const QString &operation)
{
    static const QList<std::pair<const char16_t *, const char *>> kNames{
        {u"holds.create", QT_TR_NOOP("Loan security hold")},
        {u"holds.release", QT_TR_NOOP("Hold release")},
        {u"certificates.revoke", QT_TR_NOOP("Certificate revocation")},
        {u"judicial.freeze", QT_TR_NOOP("Judicial freeze")},
        {u"judicial.renew", QT_TR_NOOP("Freeze renewal")},
        {u"judicial.unfreeze", QT_TR_NOOP("Unfreeze")},
        {u"judicial.deduct", QT_TR_NOOP("Judicial deduction")},
        {u"judicial.handle", QT_TR_NOOP("Court request handled")},
        {u"judicial.reject", QT_TR_NOOP("Court request rejected")},
        {u"transfers.merge", QT_TR_NOOP("Account merge")},
        {u"remittances.defer", QT_TR_NOOP("Remittance deferral")},
        {u"loans.disburse", QT_TR_NOOP("Loan disbursement")},
        {u"loans.approve", QT_TR_NOOP("Loan approval")},
        {u"withdrawals.create", QT_TR_NOOP("Withdrawal")},
        {u"persons.change", QT_TR_NOOP("Person change")},
    };
    for (const auto &[code, text] : kNames) {
        if (operation == code)
            return tr(text);
    }
    return businessText(operation.section(u'.', 0, 0));
}

void DayCharts::clear()
{
    m_hours->clear();
    m_business->clear();
}

void DayCharts::show(const client::api::SupervisionDay &day)
{
    clear();
    m_firstHour = 8;
    m_lastHour = 17;
    qint64 highest = 0;
    QList<qint64> perHour(24, 0);
    for (const client::api::BusinessHours &b : day.byHour) {
        for (int h = 0; h < b.hours.size() && h < 24; ++h) {
            perHour[h] += b.hours.at(h);
            if (b.hours.at(h) > 0) {
                m_firstHour = qMin(m_firstHour, h);
                m_lastHour = qMax(m_lastHour, h);
            }
        }
    }
    for (int h = m_firstHour; h <= m_lastHour; ++h)
        highest = qMax(highest, perHour.at(h));
    QStringList hours;
    for (int h = m_firstHour; h <= m_lastHour; ++h)
        hours << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
    // One colour per business in both charts, so the bar and its slice read as the same thing.
    static const QList<QColor> palette{QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728),
                                       QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f),
                                       QColor(0xbcbd22), QColor(0x17becf)};
    QHash<QString, QColor> colours;
    const auto colourOf = [&](const QString &business) {
        if (!colours.contains(business))
            colours.insert(business, palette.at(colours.size() % palette.size()));
        return colours.value(business);
    };
    for (const client::api::BusinessHours &b : day.byHour) {
        auto *set = new QBarSet(businessText(b.business));
        for (int h = m_firstHour; h <= m_lastHour; ++h)
            set->append(qreal(b.hours.value(h)));
        set->setColor(colourOf(b.business));
        set->setBorderColor(colourOf(b.business));
        m_hours->append(set);
    }
    QChart *chart = m_hourView->chart();
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0))) {
        axis->clear();
        axis->append(hours);
        axis->setTitleText(tr("Hour"));
    }
    if (auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0))) {
        axis->setRange(0, qMax<qint64>(4, highest));
        axis->setTickCount(int(qMin<qint64>(qMax<qint64>(4, highest), 10)) + 1);
    }
    for (const auto &[business, count] : day.byBusiness) {
        QPieSlice *slice =
            m_business->append(QStringLiteral("%1: %2").arg(businessText(business)).arg(count), qreal(count));
        slice->setProperty("business", business);
        slice->setColor(colourOf(business));
    }
}

} // namespace hpf::ui
