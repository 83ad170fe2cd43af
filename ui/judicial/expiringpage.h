#pragma once

#include "api/judicial.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

struct PageDescriptor;

// 3002 即将到期: the open freezes (in effect and queued) whose court-stated end falls within the
// chosen number of days, soonest first, so the officer can remind the court to renew in time.
// The days default to the policy's judicial.expiringDays (from /judicial/courts); Enter on a row
// opens the account on the desk (3001).
class JudicialExpiringPage : public QWidget
{
    Q_OBJECT
public:
    JudicialExpiringPage(client::ClientCore *core, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void reload();
    void reset();

    QSpinBox *daysBox() const { return m_days; }
    QTableWidget *table() const { return m_table; }
    QString statusText() const;
    const QList<client::api::JudicialExpiringItem> &items() const { return m_items; }

signals:
    void loaded();
    void accountRequested(const QString &accountNumber);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openRow(int row);

    client::ClientCore *m_core;
    QSpinBox *m_days;
    QPushButton *m_load;
    QTableWidget *m_table;
    QLabel *m_status;
    QList<client::api::JudicialExpiringItem> m_items;
    bool m_defaultsLoaded = false;
};

} // namespace hpf::ui
