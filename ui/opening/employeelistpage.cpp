#include "opening/employeelistpage.h"

#include "clientcore.h"
#include "domain/accountnumber.h"
#include "domain/errortext.h"
#include "items/employeelistmodel.h"
#include "lists/employeelistimport.h"
#include "ops/operation.h"
#include "reference/referencesync.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "widgets/fieldwidth.h"
#include "widgets/receiptbar.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

Q_LOGGING_CATEGORY(lcListPage, "hpf.ui.employeelist")

QString formatName(client::EmployeeList::Format f)
{
    switch (f) {
    case client::EmployeeList::Format::CsvUtf8:
        return u"CSV UTF-8"_qs;
    case client::EmployeeList::Format::CsvUtf8Bom:
        return u"CSV UTF-8 (BOM)"_qs;
    case client::EmployeeList::Format::CsvGb18030:
        return u"CSV GB18030"_qs;
    case client::EmployeeList::Format::Xlsx:
        return u"XLSX"_qs;
    }
    return {};
}

} // namespace

EmployeeListPage::EmployeeListPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_import(new client::EmployeeListImport(this))
    , m_model(new client::EmployeeListModel(this))
    , m_unit(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose file…"), this))
    , m_file(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_table(new QTableView(this))
    , m_export(new QPushButton(tr("Export problems…"), this))
    , m_leaveOut(new QCheckBox(tr("Leave out the failing rows"), this))
    , m_submit(new QPushButton(tr("Check and open accounts"), this))
    , m_status(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"employeeListPage"_qs);
    m_unit->setObjectName(u"employeeListUnit"_qs);
    m_unit->setPlaceholderText(tr("Unit account number"));
    m_choose->setObjectName(u"employeeListChoose"_qs);
    m_file->setObjectName(u"employeeListFile"_qs);
    m_progress->setObjectName(u"employeeListProgress"_qs);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_cancel->setObjectName(u"employeeListCancel"_qs);
    m_table->setObjectName(u"employeeListTable"_qs);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_export->setObjectName(u"employeeListExport"_qs);
    m_leaveOut->setObjectName(u"employeeListLeaveOut"_qs);
    m_leaveOut->setToolTip(tr("Open the accounts of the rows without problems; the failing rows are not "
                              "opened and stay in the exported problem list"));
    m_submit->setObjectName(u"employeeListSubmit"_qs);
    m_status->setObjectName(u"employeeListStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    fitToChars(m_unit, 24); // room for the placeholder
    m_file->setWordWrap(true);
    m_table->setAccessibleName(tr("Employee list"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Unit account number:"), m_unit);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_file, 1);
    form->addRow(tr("Employee list (CSV or XLSX):"), fileRow);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_export);
    actions->addStretch();
    actions->addWidget(m_leaveOut);
    actions->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Columns: 姓名, 证件类型 (optional, 居民身份证 when absent), 证件号码, 手机号码 "
                      "(optional), 缴存基数 in yuan. The first row names the columns."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_receipt);

    connect(m_choose, &QPushButton::clicked, this, &EmployeeListPage::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &EmployeeListPage::chooseExportFile);
    connect(m_cancel, &QPushButton::clicked, this, &EmployeeListPage::cancel);
    connect(m_submit, &QPushButton::clicked, this, &EmployeeListPage::submit);
    connect(m_import, &client::EmployeeListImport::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_import, &client::EmployeeListImport::finished, this, &EmployeeListPage::onImported);
    connect(m_operation, &client::ops::Operation::succeeded, this, &EmployeeListPage::onSubmitted);
    connect(m_operation, &client::ops::Operation::failed, this,
            [this](const QString &message) { onRefused(message); });
    connect(m_operation, &client::ops::Operation::status, this, [this](const QString &text, bool error) {
        if (error) // not confirmed yet (resent with the same id), or it could not be saved
            setStatus(text, true);
    });
    setState(State::Empty);
}

EmployeeListPage::~EmployeeListPage() = default;

QString EmployeeListPage::statusText() const
{
    return m_status->text();
}

void EmployeeListPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    m_status->setText(text);
}

void EmployeeListPage::setState(State state)
{
    m_state = state;
    const bool busy = state == State::Reading || state == State::Checking || state == State::Submitting;
    m_progress->setVisible(busy);
    if (state == State::Checking || state == State::Submitting)
        m_progress->setRange(0, 0); // the server's answer: no steps to count
    else
        m_progress->setRange(0, 1000);
    m_cancel->setEnabled(state == State::Reading || state == State::Checking);
    m_cancel->setVisible(busy);
    m_choose->setEnabled(!busy);
    m_unit->setEnabled(!busy);
    m_leaveOut->setEnabled(!busy && state != State::Done);
    m_export->setEnabled(!busy && m_model->rowCount() > 0);
    m_submit->setEnabled(state == State::Loaded || state == State::Submitting);
}

void EmployeeListPage::reset()
{
    cancel();
    // A submission already sent completes through the outbox; its answer is not shown here.
    m_operation->forget();
    m_model->clear();
    m_file->clear();
    m_status->clear();
    m_receipt->clear();
    m_leaveOut->setChecked(false);
    m_sent.clear();
    setState(State::Empty);
}

void EmployeeListPage::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the employee list"), QString(),
                                   tr("Employee lists (*.csv *.xlsx *.txt);;All files (*)"));
    dialog->setObjectName(u"employeeListFileDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &EmployeeListPage::loadFile);
    dialog->open();
}

void EmployeeListPage::chooseExportFile()
{
    auto *dialog = new QFileDialog(this, tr("Export the problems"), QString(), tr("CSV files (*.csv)"));
    dialog->setObjectName(u"employeeListExportDialog"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_qs);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportIssues(path); });
    dialog->open();
}

void EmployeeListPage::loadFile(const QString &path)
{
    if (m_state == State::Checking || m_state == State::Submitting)
        return;
    m_model->clear();
    m_receipt->clear();
    m_sent.clear();
    m_file->setText(QFileInfo(path).fileName());
    const QDate today = m_core->clock().today();
    m_progress->setValue(0);
    setState(State::Reading);
    setStatus(tr("Reading and checking %1…").arg(QFileInfo(path).fileName()), false);
    m_import->start(path, client::ListValidationOptions::fromPolicy(m_core->reference()->policy(), today));
}

void EmployeeListPage::onImported(bool cancelled)
{
    if (cancelled) {
        setState(State::Empty);
        setStatus(tr("Reading the list was cancelled; nothing was loaded"), false);
        emit loaded(false);
        return;
    }
    const client::ListImport &r = m_import->result();
    if (!r.status.ok()) {
        setState(State::Empty);
        setStatus(errortext::describe(r.status.error()), true);
        qCInfo(lcListPage) << "list refused" << r.status.error().code << r.status.error().detail;
        emit loaded(false);
        return;
    }
    m_model->setList(r.list, r.validation);
    setState(State::Loaded);
    const int failing = r.validation.failingRows;
    setStatus(failing == 0 ? tr("%n row(s) read (%1), all without problems", nullptr, int(r.list.rows.size()))
                                 .arg(formatName(r.list.format))
                           : tr("%n row(s) read (%1); %2 with problems: correct the file, or leave them out",
                                nullptr, int(r.list.rows.size()))
                                 .arg(formatName(r.list.format))
                                 .arg(failing),
              failing > 0);
    emit loaded(true);
}

bool EmployeeListPage::exportIssues(const QString &path)
{
    if (Status s = m_model->exportIssues(path); !s) {
        setStatus(errortext::describe(s.error()), true);
        return false;
    }
    setStatus(tr("%n problem(s) exported to %1", nullptr, int(m_model->issues().size()))
                  .arg(QFileInfo(path).fileName()),
              false);
    return true;
}

void EmployeeListPage::cancel()
{
    if (m_state == State::Reading) {
        m_import->cancel(); // onImported(true) follows
    } else if (m_state == State::Checking) {
        ++m_check; // its answer no longer matters: nothing was submitted
        setState(State::Loaded);
        setStatus(tr("Cancelled before submission; nothing was opened"), false);
    }
}

QString EmployeeListPage::operationId() const
{
    return m_operation->id();
}

void EmployeeListPage::submit()
{
    if (m_state == State::Submitting) {
        m_operation->resend(); // not confirmed yet: the same operation again, never a second one
        return;
    }
    if (m_state != State::Loaded)
        return; // one check or submission at a time: a double click sends once
    auto unit = accountnumber::parse(m_unit->text().trimmed(), accountnumber::Kind::Unit, u"unitAccount"_qs);
    if (!unit) {
        setStatus(errortext::describe(unit.error()), true);
        m_unit->setFocus();
        return;
    }
    const client::ListValidation &v = m_model->validation();
    if (v.failingRows > 0 && !m_leaveOut->isChecked()) {
        setStatus(tr("%n row(s) have problems. Correct the file and choose it again, or tick \"Leave out the "
                     "failing rows\"",
                     nullptr, v.failingRows),
                  true);
        return;
    }
    m_sent.clear();
    for (int row = 0; row < v.failing.size(); ++row) {
        if (!v.failing.at(row))
            m_sent.append(row);
    }
    if (m_sent.isEmpty()) {
        setStatus(errortext::message(u"list.nothing_to_open"_qs), true);
        return;
    }
    m_unitAccount = unit->number;
    m_model->setServerIssues({});
    setState(State::Checking);
    setStatus(tr("The server is checking %n row(s)…", nullptr, int(m_sent.size())), false);
    const int check = ++m_check;
    client::api::employeelists::check(m_core->api(), m_unitAccount, v, m_sent, this,
                                      [this, check](const client::api::Reply<client::api::ListCheck> &reply) {
                                          if (check == m_check)
                                              onChecked(reply);
                                      });
}

QList<int> EmployeeListPage::serverIssueRows(const QList<client::api::ListRowProblem> &problems, bool replace)
{
    QList<client::ListRowIssue> issues;
    QList<int> rows;
    for (const client::api::ListRowProblem &e : problems) {
        const int sent = e.row;
        if (sent < 0 || sent >= m_sent.size())
            continue;
        client::ListRowIssue issue;
        issue.row = m_sent.at(sent);
        issue.line = m_model->list().rows.at(issue.row).line;
        issue.column = e.field;
        issue.code = e.code;
        issue.detail = e.detail;
        issue.message = client::usertext::describe(makeError(issue.code, QString()));
        if (!e.existingAccount.isEmpty())
            issue.message = tr("%1 (account %2)").arg(issue.message, e.existingAccount);
        issue.fromServer = true;
        issues.append(issue);
        if (!rows.contains(issue.row))
            rows.append(issue.row);
    }
    if (replace)
        m_model->setServerIssues(issues);
    return rows;
}

void EmployeeListPage::onChecked(const client::api::Reply<client::api::ListCheck> &reply)
{
    if (m_state != State::Checking)
        return;
    if (!reply.ok()) {
        setState(State::Loaded);
        setStatus(reply.message, true);
        return;
    }
    const QList<int> failing = serverIssueRows(reply.value().errors, true);
    const int willOpen = reply.value().willOpen + reply.value().willUnseal;
    if (!failing.isEmpty() && !m_leaveOut->isChecked()) {
        setState(State::Loaded);
        setStatus(
            tr("The server found problems in %n row(s) (see the table). Nothing was opened; correct them "
               "or tick \"Leave out the failing rows\"",
               nullptr, int(failing.size())),
            true);
        return;
    }
    if (willOpen == 0) {
        setState(State::Loaded);
        setStatus(errortext::message(u"list.nothing_to_open"_qs), true);
        return;
    }
    setState(State::Submitting);
    if (!m_operation->start(client::api::employeelists::submit(m_unitAccount, m_model->validation(), m_sent,
                                                               m_leaveOut->isChecked(),
                                                               tr("Employee list opening"))))
        return; // could not be saved: onRefused() has said so
    setStatus(tr("Opening %n account(s)…", nullptr, willOpen), false);
    ++m_requestsSent;
    qCInfo(lcListPage) << "submitting" << m_sent.size() << "rows for" << m_unitAccount << "operation"
                       << m_operation->id();
}

void EmployeeListPage::onRefused(const QString &message)
{
    setState(State::Loaded);
    serverIssueRows(client::api::listRefusalProblems(m_operation->outcome()), true);
    setStatus(message, true);
    emit finished(false);
}

void EmployeeListPage::onSubmitted(const client::ops::Outcome &outcome)
{
    const auto done = outcome.as<client::api::ListSubmitted>();
    if (!done) {
        onRefused(client::usertext::describe(done.error()));
        return;
    }
    for (const auto &a : done->accounts) {
        if (a.row >= 0 && a.row < m_sent.size())
            m_model->setOpened(m_sent.at(a.row), a.accountNumber, a.action);
    }
    serverIssueRows(done->skipped, true);
    setState(State::Done);
    setStatus(tr("Serial %1: %2 account(s) opened, %3 unsealed, %4 row(s) left out")
                  .arg(done->serial)
                  .arg(done->opened)
                  .arg(done->unsealed)
                  .arg(done->skippedCount + m_model->validation().failingRows),
              false);
    if (done->receipt)
        m_receipt->setReceipt(*done->receipt, m_training);
    emit finished(true);
}

PageDescriptor EmployeeListPage::descriptor()
{
    return {.code = u"2004"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Employee list import"),
            .permission = u"employee_lists.submit"_qs,
            .shortcut = QKeySequence(Qt::ALT | Qt::Key_4),
            .guideAnchor = u"五开户业务"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new EmployeeListPage(context.core(), context.printer(), parent);
                connect(&context, &PageContext::trainingChanged, page, &EmployeeListPage::setTrainingMode);
                page->setTrainingMode(context.isTraining()); // a page built after the mode was set
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
