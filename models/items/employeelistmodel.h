#pragma once

#include "lists/employeelistfile.h"
#include "lists/employeelistvalidator.h"

#include <QAbstractTableModel>
#include <QHash>

// The rows of an imported employee list with their problems, as the 清册 page shows them: one table
// row per list row (line in the file, masked name and document number, wage base, what is wrong or
// what was done). Problems found by the client and those the server reported are kept together and
// can be exported as CSV for the unit to correct its file.
namespace hpf::client {

class EmployeeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LineColumn, NameColumn, DocumentColumn, BaseColumn, ResultColumn, ColumnCount };
    enum Roles { FailingRole = Qt::UserRole, IssueCodesRole };

    explicit EmployeeListModel(QObject *parent = nullptr);

    void setList(const EmployeeList &list, const ListValidation &validation);
    void clear();
    // Problems from the server's judgement, by list row; replaces earlier server problems.
    void setServerIssues(const QList<ListRowIssue> &issues);
    // After submission: the account opened (or unsealed) for a list row.
    void setOpened(int row, const QString &accountNumber, const QString &action);

    const EmployeeList &list() const { return m_list; }
    const ListValidation &validation() const { return m_validation; }
    QList<ListRowIssue> issues() const; // client and server problems, in row order
    bool isFailing(int row) const;
    int failingRowCount() const;

    // UTF-8 with BOM (so Excel opens it), one line per problem: line, column, code, message.
    // Error list.export_failed when the file cannot be written.
    Status exportIssues(const QString &path) const;
    QByteArray issuesCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString resultText(int row) const;
    QList<ListRowIssue> issuesOf(int row) const;

    EmployeeList m_list;
    ListValidation m_validation;
    QHash<int, QList<qsizetype>> m_clientIssues; // row → indexes into m_validation.errors
    QHash<int, QList<ListRowIssue>> m_serverIssues;
    QHash<int, QList<qsizetype>> m_warnings; // row → indexes into m_validation.warnings
    QHash<int, QString> m_opened;
};

} // namespace hpf::client
