#pragma once

#include "api/archive.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hpf::client {
class ClientCore;
namespace ops {
class Operation;
class Outcome;
} // namespace ops
} // namespace hpf::client

namespace hpf::ui {

class DocumentPrinter;
struct PageDescriptor;

// 8004 四性检测 (archivists, auditors): runs a check of one package (authenticity, integrity,
// usability, security) on the server and shows the report by aspect, with the package's earlier
// reports; the summary of a date range (packages, checked, passed, failed and what failed); both
// print through printing/tabledoc and the shell's printer. Opened from 8003 with the package id.
class ArchiveCheckPage : public QWidget
{
    Q_OBJECT
public:
    ArchiveCheckPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent = nullptr);
    static PageDescriptor descriptor();

    void openPackage(const QString &id); // fills the package id and runs the check
    void runCheck();
    void loadSummary();
    void reset();

    QLineEdit *packageEdit() const { return m_package; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QTableWidget *report() const { return m_report; }
    QTableWidget *summary() const { return m_summary; }
    QString statusText() const;
    QString verdictText() const;

signals:
    void checked(const QString &packageId, bool passed);
    void summaryShown(int packages, int failed);

private:
    void onChecked(const client::ops::Outcome &outcome);
    void showReport(const client::api::ArchiveCheckReport &report);
    void printReport();
    void printSummary();
    void setStatus(const QString &text, bool error);

    client::ClientCore *m_core;
    DocumentPrinter *m_printer;
    QLineEdit *m_package;
    QPushButton *m_run;
    QLabel *m_verdict;
    QTableWidget *m_report;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QPushButton *m_loadSummary;
    QTableWidget *m_summary;
    QLabel *m_summaryText;
    QPushButton *m_printReport;
    QPushButton *m_printSummary;
    QLabel *m_status;
    client::ops::Operation *m_operation;
    std::optional<client::api::ArchiveCheckReport> m_last;
    std::optional<client::api::ArchiveCheckSummary> m_lastSummary;
};

} // namespace hpf::ui
