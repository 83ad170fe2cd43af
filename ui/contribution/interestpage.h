#pragma once

#include "api/contributions.h"

#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hpf::client {
class ClientCore;
}

namespace hpf::ui {

struct PageDescriptor;
struct PrintJob;

class DocumentPrinter;
class TransferLookupField;

// 2105 结息对账单: a unit's interest statement of one settlement year (each employee's balance
// before, the year's interest, the balance after, the rates of the period), previewed, printed or
// saved as PDF through printing::paintInterestStatement. The unit and the year (default: the last
// settlement year that has passed), Enter loads it; 404 interest.not_posted before the year's
// interest run. For supervisors, auditors and admins the interest runs (结息批次) and their status.
class InterestStatementPage : public QWidget
{
    Q_OBJECT
public:
    InterestStatementPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void setTrainingMode(bool training) { m_training = training; }
    void setUser(const QString &role, const QString &displayName);
    void reset();
    void showUnit(const QString &unitAccount);
    void load();
    void refreshRuns();

    TransferLookupField *unitField() const { return m_unit; }
    QLineEdit *yearEdit() const { return m_year; }
    QTableWidget *table() const { return m_table; }
    QTableWidget *runsTable() const { return m_runs; }
    QGroupBox *runsBox() const { return m_runsBox; }
    QPushButton *pdfButton() const { return m_pdf; }
    QString statusText() const;
    const std::optional<client::api::InterestStatement> &statement() const { return m_statement; }
    // The statement as printed (preview, printer, PDF alike).
    PrintJob printJob() const;

signals:
    void loaded(bool ok);
    void runsLoaded(bool ok);

private:
    void setStatus(const QString &text, bool error);
    void show(const client::api::InterestStatement &statement);

    client::ClientCore *m_core;
    DocumentPrinter *m_printer;
    TransferLookupField *m_unit;
    QLineEdit *m_year;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QLabel *m_status;
    QGroupBox *m_runsBox;
    QTableWidget *m_runs;
    QLabel *m_runsStatus;
    std::optional<client::api::InterestStatement> m_statement;
    QString m_requested;
    QString m_displayName;
    bool m_training = false;
};

} // namespace hpf::ui
