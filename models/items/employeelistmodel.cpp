#include "items/employeelistmodel.h"

#include "domain/errortext.h"
#include "domain/identity.h"
#include "domain/money.h"

#include <QBrush>
#include <QColor>
#include <QSaveFile>

namespace hpf::client {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_qs, u"\"\""_qs);
    return u'"' + quoted + u'"';
}

} // namespace

EmployeeListModel::EmployeeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EmployeeListModel::setList(const EmployeeList &list, const ListValidation &validation)
{
    beginResetModel();
    m_list = list;
    m_validation = validation;
    m_clientIssues.clear();
    m_serverIssues.clear();
    m_opened.clear();
    for (qsizetype i = 0; i < m_validation.errors.size(); ++i)
        m_clientIssues[m_validation.errors.at(i).row].append(i);
    m_warnings.clear();
    for (qsizetype i = 0; i < m_validation.warnings.size(); ++i)
        m_warnings[m_validation.warnings.at(i).row].append(i);
    endResetModel();
}

void EmployeeListModel::clear()
{
    setList({}, {});
}

void EmployeeListModel::setServerIssues(const QList<ListRowIssue> &issues)
{
    beginResetModel();
    m_serverIssues.clear();
    for (const ListRowIssue &issue : issues)
        m_serverIssues[issue.row].append(issue);
    endResetModel();
}

void EmployeeListModel::setOpened(int row, const QString &accountNumber, const QString &action)
{
    if (row < 0 || row >= rowCount())
        return;
    m_opened.insert(row, action == u"unsealed" ? tr("Unsealed: %1").arg(accountNumber)
                                               : tr("Opened: %1").arg(accountNumber));
    emit dataChanged(index(row, ResultColumn), index(row, ResultColumn));
}

QList<ListRowIssue> EmployeeListModel::issuesOf(int row) const
{
    QList<ListRowIssue> out;
    for (qsizetype i : m_clientIssues.value(row))
        out.append(m_validation.errors.at(i));
    out.append(m_serverIssues.value(row));
    return out;
}

QList<ListRowIssue> EmployeeListModel::issues() const
{
    QList<ListRowIssue> out;
    for (int row = 0; row < rowCount(); ++row)
        out.append(issuesOf(row));
    return out;
}

bool EmployeeListModel::isFailing(int row) const
{
    return m_clientIssues.contains(row) || m_serverIssues.contains(row);
}

int EmployeeListModel::failingRowCount() const
{
    int n = 0;
    for (int row = 0; row < rowCount(); ++row)
        n += isFailing(row) ? 1 : 0;
    return n;
}

QString EmployeeListModel::resultText(int row) const
{
    const QList<ListRowIssue> list = issuesOf(row);
    if (list.isEmpty()) {
        QString text = m_opened.value(row, tr("OK"));
        for (qsizetype i : m_warnings.value(row))
            text += u"; "_qs + m_validation.warnings.at(i).message; // a clamped base, as policy says
        return text;
    }
    QStringList parts;
    for (const ListRowIssue &issue : list)
        parts.append(issue.column.isEmpty()
                         ? issue.message
                         : tr("%1: %2").arg(errortext::fieldLabel(issue.column), issue.message));
    return parts.join(u"; "_qs);
}

QByteArray EmployeeListModel::issuesCsv() const
{
    QString text = QStringList{tr("Line"), tr("Column"), tr("Code"), tr("Problem")}.join(u',') + u"\r\n"_qs;
    for (const ListRowIssue &issue : issues()) {
        text += QString::number(issue.line) + u',' + csvField(errortext::fieldLabel(issue.column)) + u',' +
                csvField(issue.code) + u',' + csvField(issue.message) + u"\r\n"_qs;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

Status EmployeeListModel::exportIssues(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(issuesCsv()) < 0 || !file.commit())
        return makeError(u"list.export_failed"_qs, {}, file.errorString());
    return {};
}

int EmployeeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.rows.size());
}

int EmployeeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmployeeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EmployeeListRow &row = m_list.rows.at(index.row());
    if (role == FailingRole)
        return isFailing(index.row());
    if (role == IssueCodesRole) {
        QStringList codes;
        for (const ListRowIssue &issue : issuesOf(index.row()))
            codes.append(issue.code);
        return codes;
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && isFailing(index.row()))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole && (index.column() == BaseColumn || index.column() == LineColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case LineColumn:
        return row.line;
    case NameColumn:
        return identity::maskName(row.cell(ListColumn::Name));
    case DocumentColumn:
        return identity::maskNumber(identity::normalize(row.cell(ListColumn::DocumentNumber)));
    case BaseColumn: {
        const qint64 fen = m_validation.bodies.value(index.row()).value(u"wageBaseFen").toInteger(-1);
        return fen >= 0 ? money::format(fen) : row.cell(ListColumn::WageBase);
    }
    case ResultColumn:
        return resultText(index.row());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EmployeeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case NameColumn:
        return tr("Name");
    case DocumentColumn:
        return tr("Document number");
    case BaseColumn:
        return tr("Wage base");
    case ResultColumn:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace hpf::client
