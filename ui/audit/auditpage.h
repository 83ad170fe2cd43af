#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace hpf::client {
class ClientCore;
}
namespace hpf::client::api {
struct AuditPage;
struct AuditQuery;
} // namespace hpf::client::api

namespace hpf::ui {

struct PageDescriptor;

// 9001 审计查询 (auditors): filters (user, branch, business, person by full identity number, account,
// dates; Enter moves on, Enter in the last searches), the records newest first with "more" for the
// next page, the selected record's before/after in the detail pane, an export the server watermarks
// and audits (saved as CSV), and the chain's verification. Every read here is itself audited.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(client::ClientCore *core, QWidget *parent = nullptr);
    static PageDescriptor descriptor();
    // An audit record's outcome for the auditor: "ok" reads as done, an error code as its message
    // with the code kept for the support desk.
    static QString outcomeText(const QString &outcome);

    void reset();
    void search();
    void loadMore();
    // Asks the server for the export and writes it to `path` (the button asks for the path first).
    void exportTo(const QString &path);
    void verify();

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *operationEdit() const { return m_operation; }
    QLineEdit *personEdit() const { return m_person; }
    QLineEdit *accountEdit() const { return m_account; }
    QLineEdit *fromEdit() const { return m_from; }
    QTableWidget *table() const { return m_table; }
    QPlainTextEdit *detail() const { return m_detail; }
    QPushButton *moreButton() const { return m_more; }
    QString statusText() const;

signals:
    void searched(int rows); // after each page arrived (rows in the table)
    void detailShown(qint64 id);
    void exported(const QString &path);
    void verified(bool ok);

private:
    bool readQuery(client::api::AuditQuery *query);
    void showPage(const client::api::AuditPage &page, bool append);
    void showRecord(int row);
    void chooseExportFile();
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    QLineEdit *m_user;
    QLineEdit *m_branch;
    QLineEdit *m_operation;
    QLineEdit *m_person;
    QLineEdit *m_account;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QPushButton *m_search;
    QPushButton *m_more;
    QPushButton *m_export;
    QPushButton *m_verify;
    QTableWidget *m_table;
    QPlainTextEdit *m_detail;
    QLabel *m_status;
    qint64 m_nextBeforeId = 0;
    int m_generation = 0; // answers to an older search are dropped
};

} // namespace hpf::ui
