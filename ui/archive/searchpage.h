#pragma once

#include "api/archive.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

struct PageDescriptor;

// 8002 档案查询 (archivists, auditors, supervisors): search archive packages by name, identity
// number, account, unit, serial, 档号 and a date range (Enter moves on, Enter in the last field
// searches; the terms go in the request body, never in a URL; every search is audited by the
// server). Results newest first with "more"; Enter on a row opens it in 8003 档案查看.
class ArchiveSearchPage : public QWidget
{
    Q_OBJECT
public:
    ArchiveSearchPage(client::ClientCore *core, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void reset();
    void search();
    void loadMore();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idNumberEdit() const { return m_idNumber; }
    QLineEdit *archiveNumberEdit() const { return m_archiveNumber; }
    QLineEdit *toEdit() const { return m_to; }
    QTableWidget *table() const { return m_table; }
    QString statusText() const;

signals:
    void searched(int rows);
    void openRequested(const QString &packageId); // 8003 with the package

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool readQuery(client::api::ArchiveSearchQuery *query);
    void run(bool append);
    void openRow(int row);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    QLineEdit *m_name;
    QLineEdit *m_idNumber;
    QLineEdit *m_account;
    QLineEdit *m_unit;
    QLineEdit *m_serial;
    QLineEdit *m_archiveNumber;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QPushButton *m_search;
    QPushButton *m_more;
    QTableWidget *m_table;
    QLabel *m_status;
    client::api::ArchiveSearchQuery m_query;
    QString m_nextCursor;
};

} // namespace hpf::ui
