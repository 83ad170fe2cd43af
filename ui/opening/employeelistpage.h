#pragma once

#include "api/employeelists.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace hpf::client {
class ClientCore;
class EmployeeListImport;
class EmployeeListModel;
} // namespace hpf::client
namespace hpf::client::ops {
class Operation;
class Outcome;
} // namespace hpf::client::ops

namespace hpf::ui {

struct PageDescriptor;

class DocumentPrinter;
class ReceiptBar;

// 2004 清册导入: a unit's employee list from CSV (UTF-8 or GB18030) or XLSX. The file is read and
// every row validated off the GUI thread (progress bar, Cancel); the rows and their problems are
// shown and can be exported for the unit. Nothing is sent while a row fails unless the teller ticks
// "Leave out the failing rows". "Check and open accounts" has the server judge the list (Cancel still
// stops it there), then submits it as one atomic batch: one operation, saved in the outbox before
// it is sent and resent with the same id, so a double click or a retry after a timeout opens
// nothing twice.
class EmployeeListPage : public QWidget
{
    Q_OBJECT
public:
    enum class State { Empty, Reading, Loaded, Checking, Submitting, Done };
    Q_ENUM(State)

    EmployeeListPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    // The page in the registry: code, title, permission, shortcut, help anchor, factory.
    static PageDescriptor descriptor();
    ~EmployeeListPage() override;

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    // Reads and validates the file (what the file dialog does; also the tests' seam).
    void loadFile(const QString &path);
    // Writes the problem table as CSV (UTF-8 with BOM); false with a status message on failure.
    bool exportIssues(const QString &path);
    void cancel();
    void submit();

    State state() const { return m_state; }
    QLineEdit *unitEdit() const { return m_unit; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *submitButton() const { return m_submit; }
    QCheckBox *leaveOutBox() const { return m_leaveOut; }
    QProgressBar *progressBar() const { return m_progress; }
    QTableView *table() const { return m_table; }
    client::EmployeeListModel *model() const { return m_model; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString statusText() const;
    QString operationId() const; // of the submission sent last (also once it is done)
    int requestsSent() const { return m_requestsSent; }

signals:
    void loaded(bool ok);       // a file was read and validated (false: unreadable or cancelled)
    void finished(bool opened); // the server's final answer to a submission (not while retried)

private:
    void chooseFile();
    void chooseExportFile();
    void onImported(bool cancelled);
    void onChecked(const client::api::Reply<client::api::ListCheck> &reply);
    void onSubmitted(const client::ops::Outcome &outcome);
    void onRefused(const QString &message);
    QList<int> serverIssueRows(const QList<client::api::ListRowProblem> &problems, bool replace);
    void setState(State state);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    client::EmployeeListImport *m_import;
    client::EmployeeListModel *m_model;
    QLineEdit *m_unit;
    QPushButton *m_choose;
    QLabel *m_file;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableView *m_table;
    QPushButton *m_export;
    QCheckBox *m_leaveOut;
    QPushButton *m_submit;
    QLabel *m_status;
    ReceiptBar *m_receipt;
    State m_state = State::Empty;
    bool m_training = false;
    client::ops::Operation *m_operation;
    int m_check = 0;        // number of the check in flight; an answer to an older one is ignored
    QList<int> m_sent;      // list row of each row sent, by position
    QString m_unitAccount;  // of the rows sent
    int m_requestsSent = 0; // submissions (not checks) handed to the outbox, for the tests
};

} // namespace hpf::ui
