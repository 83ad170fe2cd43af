#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

struct PageDescriptor;

class CrossBrowser;

// 5103 转移业务查询: the cross-city transfers of this center, both directions, filtered by direction
// and status (labels of the transfer_status table), newest first, more on request; the selected one
// in full with its history, and the money this center holds in transit. Enter in the filters or F5
// searches; Enter on a row opens it on 5101 (to follow a transfer in) when the role may.
class CrossListPage : public QWidget
{
    Q_OBJECT
public:
    CrossListPage(client::ClientCore *core, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void reset();
    void search();

    QComboBox *roleBox() const { return m_role; }
    QComboBox *statusBox() const { return m_statusFilter; }
    CrossBrowser *browser() const { return m_browser; }
    QPushButton *moreButton() const { return m_more; }
    QComboBox *receiptBox() const { return m_receipts; }
    QPushButton *receiptButton() const { return m_openReceipt; }
    QString statusText() const;
    QString transitText() const;

signals:
    void loaded(bool ok);
    void openTransfer(const QString &letterNumber);
    void openReceipt(const QString &serial);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setStatus(const QString &text, bool error);
    void fillReceipts();

    client::ClientCore *m_core;
    QComboBox *m_role;
    QComboBox *m_statusFilter;
    QPushButton *m_search;
    QPushButton *m_more;
    CrossBrowser *m_browser;
    QComboBox *m_receipts;
    QPushButton *m_openReceipt;
    QLabel *m_status;
    QLabel *m_transit;
};

} // namespace hpf::ui
