#pragma once

#include "api/supervision.h"

#include <QWidget>
#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

class DayCharts;
struct PageDescriptor;

// 9002 今日业务 (issue 19): the supervisor's day at a glance — the branch's operations by hour
// stacked by business and their share by business (Qt Charts), the loan applications waiting for
// a supervisor's decision and the day's grants, and each workstation's outbox as it last reported
// (items waiting, the oldest one's age, when it was last heard of). Loads when shown, refreshes
// every minute while shown, and on F5 or the button; another date (up to a year back) is a date
// box away.
class SupervisionPage : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisionPage(client::ClientCore *core, QWidget *parent = nullptr);
    ~SupervisionPage() override;
    static PageDescriptor descriptor();

    void reset();
    void reload();

    static constexpr int kRefreshMs = 60'000;

    DayCharts *charts() const { return m_charts.get(); }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *refreshButton() const { return m_refresh; }
    QTableWidget *pendingTable() const { return m_pending; }
    QTableWidget *workstationTable() const { return m_workstations; }
    QTimer *refreshTimer() const { return m_timer; }
    QString statusText() const;
    QString summaryText() const;
    const std::optional<client::api::SupervisionDay> &day() const { return m_day; }

signals:
    void loaded(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void show(const client::api::SupervisionDay &day);
    void fillPending(const client::api::SupervisionDay &day);
    void fillWorkstations(const client::api::SupervisionDay &day);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    QDateEdit *m_date;
    QPushButton *m_refresh;
    QLabel *m_summary;
    std::unique_ptr<DayCharts> m_charts;
    QTableWidget *m_pending;
    QTableWidget *m_workstations;
    QLabel *m_status;
    QTimer *m_timer;
    std::optional<client::api::SupervisionDay> m_day;
    int m_generation = 0; // a late answer of an older refresh is dropped
};

} // namespace hpf::ui
