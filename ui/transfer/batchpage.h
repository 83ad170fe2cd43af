#pragma once

#include "api/transfers.h"
#include "lists/employeelistfile.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace hpf::client {
class ClientCore;
}
namespace hpf::client::ops {
class Operation;
class Outcome;
} // namespace hpf::client::ops

namespace hpf::ui {

struct PageDescriptor;

class DocumentPrinter;
class ReceiptBar;
class TransferLookupField;

// 5002 批量市内转移: a unit's list of leaving employees (CSV or XLSX with 证件类型, 证件号码, 姓名, read
// by the employee-list reader off the GUI thread) moved to a receiving unit as one atomic batch.
// The rows are previewed; submitting sends them all; when the server refuses rows (422
// transfer.batch_rows, nothing done) each row shows what is wrong with it, translated, and the
// first one is selected. The receipt covers the whole batch.
class BatchTransferPage : public QWidget
{
    Q_OBJECT
public:
    BatchTransferPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    // Reads the file off the GUI thread; loaded() follows.
    void loadFile(const QString &path);
    void submit();

    TransferLookupField *fromField() const { return m_from; }
    TransferLookupField *toField() const { return m_to; }
    QTableWidget *table() const { return m_table; }
    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *submitButton() const { return m_submit; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString statusText() const;
    int rowCount() const { return int(m_rows.size()); }
    // The error shown on a row ("" when none).
    QString rowError(int row) const;

signals:
    void loaded(bool ok);
    void finished(bool ok);

private:
    void chooseFile();
    void onRead();
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    TransferLookupField *m_from;
    TransferLookupField *m_to;
    QPushButton *m_choose;
    QTableWidget *m_table;
    QPushButton *m_submit;
    QLabel *m_status;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    QFutureWatcher<Result<client::EmployeeList>> m_reader;
    QList<client::api::InCityBatchRow> m_rows;
    bool m_training = false;
};

} // namespace hpf::ui
