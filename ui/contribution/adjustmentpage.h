#pragma once

#include "api/contributions.h"
#include "lists/employeelistfile.h"
#include "lists/employeelistvalidator.h"

#include <QFutureWatcher>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
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

// 2104 基数调整: a unit's new deposit bases for the adjustment year (effective from the policy's
// adjustment day, usually 1 July), optionally new ratios. The list file is the employee list again
// (CSV or XLSX with 证件类型, 证件号码, 姓名, 缴存基数, read and checked off the GUI thread by the
// employee-list reader and validator); the server then validates it against the roster: each row's
// old and new base, bases clamped to the floor or ceiling marked, refused rows with why. Submitting
// is possible only when no row is refused; the receipt covers the whole adjustment.
class AdjustmentPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { Line, Name, Account, OldBase, Requested, NewBase, Clamp, Problem, Columns };

    AdjustmentPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void reset();
    void showUnit(const QString &unitAccount);
    // Reads and checks the file off the GUI thread, then asks the server to validate it.
    void loadFile(const QString &path);
    void submit();

    TransferLookupField *unitField() const { return m_unit; }
    QLineEdit *yearEdit() const { return m_year; }
    QLineEdit *unitRatioEdit() const { return m_unitRatio; }
    QLineEdit *personalRatioEdit() const { return m_personalRatio; }
    QTableWidget *table() const { return m_table; }
    QPushButton *submitButton() const { return m_submit; }
    ReceiptBar *receiptBar() const { return m_receipt; }
    QString statusText() const;
    QString cell(int row, Column column) const;
    const std::optional<client::api::AdjustmentValidation> &validation() const { return m_validation; }
    const std::optional<client::api::AdjustmentPosted> &result() const { return m_result; }

signals:
    void validated(bool ok); // the list was read and judged (ok: no refused row)
    void finished(bool ok);

private:
    struct Checked
    {
        Result<client::EmployeeList> list = Error{};
        client::ListValidation validation;
    };
    void chooseFile();
    void onRead();
    void showRows(const QList<client::api::AdjustmentRow> &rows);
    void onSucceeded(const client::ops::Outcome &outcome);
    void onFailed(const QString &message, const Error &error);
    void setStatus(const QString &text, bool error);
    std::optional<client::api::AdjustmentRequest> request();

    client::ClientCore *m_core;
    TransferLookupField *m_unit;
    QLineEdit *m_year;
    QLineEdit *m_unitRatio;
    QLineEdit *m_personalRatio;
    QPushButton *m_choose;
    QTableWidget *m_table;
    QPushButton *m_submit;
    QLabel *m_status;
    ReceiptBar *m_receipt;
    client::ops::Operation *m_operation;
    QFutureWatcher<Checked> m_reader;
    QList<client::api::AdjustmentRequest::Row> m_rows;
    QList<int> m_lines; // the file line of each row
    std::optional<client::api::AdjustmentValidation> m_validation;
    std::optional<client::api::AdjustmentPosted> m_result;
    int m_check = 0;
    bool m_training = false;
};

} // namespace hpf::ui
