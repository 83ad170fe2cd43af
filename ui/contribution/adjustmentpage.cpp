#include "contribution/adjustmentpage.h"

#include "clientcore.h"
#include "contribution/contributiontext.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "lookup/summarypanel.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/lookupfield.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"
#include "widgets/receiptbar.h"

#include <QAction>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hpf::ui {

namespace {

constexpr int kMaxRows = 5000; // the server takes at most 5,000 rows in one adjustment

// The adjustment year a teller usually means: this year once its adjustment day (1 July) is near.
int defaultYear()
{
    return QDate::currentDate().year();
}

} // namespace

AdjustmentPage::AdjustmentPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_unit(new TransferLookupField(core, TransferLookupField::Kind::Unit, this))
    , m_year(new QLineEdit(this))
    , m_unitRatio(new QLineEdit(this))
    , m_personalRatio(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Open the list of new bases… (Ctrl+O)"), this))
    , m_table(new QTableWidget(0, Columns, this))
    , m_submit(new QPushButton(tr("&Adjust the bases"), this))
    , m_status(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"adjustmentPage"_qs);
    m_unit->edit()->setObjectName(u"adjustmentUnit"_qs);
    m_year->setObjectName(u"adjustmentYear"_qs);
    m_year->setMaxLength(8);
    m_unitRatio->setObjectName(u"adjustmentUnitRatio"_qs);
    m_personalRatio->setObjectName(u"adjustmentPersonalRatio"_qs);
    for (QLineEdit *ratio : {m_unitRatio, m_personalRatio}) {
        ratio->setPlaceholderText(tr("unchanged, or e.g. 12%"));
        ratio->setMaxLength(8);
    }
    m_choose->setObjectName(u"adjustmentChoose"_qs);
    m_table->setObjectName(u"adjustmentRows"_qs);
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Account"), tr("Old base"),
                                        tr("Requested"), tr("New base"), tr("Clamped"), tr("Problem")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_submit->setObjectName(u"adjustmentSubmit"_qs);
    m_status->setObjectName(u"adjustmentStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Unit account:"), m_unit);
    form->addRow(tr("Adjustment year:"), m_year);
    form->addRow(tr("New unit ratio (optional):"), m_unitRatio);
    form->addRow(tr("New personal ratio (optional):"), m_personalRatio);
    labelInput(form, m_unit, m_unit->edit());
    fitToChars(m_unit->edit(), chars::accountNumber);
    fitToChars(m_year, 6);
    // Room for the placeholder "unchanged, or e.g. 12%".
    fitToChars(m_unitRatio, 22);
    fitToChars(m_personalRatio, 22);
    m_table->setAccessibleName(tr("New bases"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("Annual base adjustment (基数调整): a CSV or XLSX list with 证件类型, "
                                      "证件号码, 姓名 and 缴存基数 (yuan). Bases outside the year's floor "
                                      "and ceiling are clamped and marked; employees not listed keep "
                                      "their base. Enter in the last field opens the list."),
                                   this));
    // The form on the left, the looked-up unit beside it (under it where the page is narrow).
    layout->addWidget(SummaryPanel::besideForm(form, SummaryPanel::Kind::Unit, m_unit, m_core, this));
    layout->addWidget(m_choose, 0, Qt::AlignLeft);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_receipt);

    auto *nav = new FormNavigator({m_unit->edit(), m_year, m_unitRatio, m_personalRatio}, this);
    connect(nav, &FormNavigator::submitRequested, this, &AdjustmentPage::chooseFile);
    auto *open = new QAction(this);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QAction::triggered, this, &AdjustmentPage::chooseFile);
    QWidget::addAction(open);
    connect(m_choose, &QPushButton::clicked, this, &AdjustmentPage::chooseFile);
    connect(m_submit, &QPushButton::clicked, this, &AdjustmentPage::submit);
    connect(&m_reader, &QFutureWatcher<Checked>::finished, this, &AdjustmentPage::onRead);
    connect(m_operation, &client::ops::Operation::status, this, &AdjustmentPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &AdjustmentPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &AdjustmentPage::onFailed);
    reset();
}

QString AdjustmentPage::statusText() const
{
    return m_status->text();
}

QString AdjustmentPage::cell(int row, Column column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void AdjustmentPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void AdjustmentPage::reset()
{
    m_unit->clear();
    m_year->setText(QString::number(defaultYear()));
    m_unitRatio->clear();
    m_personalRatio->clear();
    m_table->setRowCount(0);
    m_status->clear();
    m_receipt->clear();
    m_operation->forget();
    m_rows.clear();
    m_lines.clear();
    m_validation.reset();
    m_result.reset();
    ++m_check;
    m_submit->setEnabled(false);
}

void AdjustmentPage::showUnit(const QString &unitAccount)
{
    reset();
    m_unit->setText(unitAccount);
    m_year->setFocus();
}

void AdjustmentPage::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the list of new bases"), QString(),
                                   tr("Employee lists (*.csv *.txt *.xlsx)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &AdjustmentPage::loadFile);
    dialog->open();
}

void AdjustmentPage::loadFile(const QString &path)
{
    if (m_reader.isRunning() || m_operation->isPending())
        return;
    setStatus(tr("Reading the list…"), false);
    m_table->setRowCount(0);
    m_rows.clear();
    m_lines.clear();
    m_validation.reset();
    m_result.reset();
    m_receipt->clear();
    m_operation->forget();
    m_submit->setEnabled(false);
    client::ListLimits limits;
    limits.requireWageBase = true;
    limits.maxRows = kMaxRows;
    // The server clamps to the adjustment year's range and says so; the client checks the cells only.
    client::ListValidationOptions options;
    m_reader.setFuture(QtConcurrent::run([path, limits, options] {
        Checked out;
        out.list = client::employeelist::read(path, limits);
        if (out.list)
            out.validation = client::EmployeeListValidator(options).validate(*out.list);
        return out;
    }));
}

std::optional<client::api::AdjustmentRequest> AdjustmentPage::request()
{
    if (Status s = m_unit->validate(); !s) {
        setStatus(errortext::describe(s.error()), true);
        m_unit->edit()->setFocus();
        return std::nullopt;
    }
    const int year = client::api::contributions::normaliseYear(m_year->text());
    if (year == 0) {
        setStatus(errortext::describe(makeError(u"adjustment.year"_qs, u"year"_qs)), true);
        m_year->setFocus();
        return std::nullopt;
    }
    m_year->setText(QString::number(year));
    return client::api::AdjustmentRequest{year, m_unitRatio->text(), m_personalRatio->text(), m_rows};
}

void AdjustmentPage::onRead()
{
    const Checked checked = m_reader.result();
    if (!checked.list) {
        setStatus(errortext::describe(checked.list.error()), true);
        emit validated(false);
        return;
    }
    const client::EmployeeList &list = *checked.list;
    const client::ListValidation &v = checked.validation;
    if (!v.ok()) {
        // Cells this client can judge (identity numbers, names, amounts) are corrected first.
        m_table->setRowCount(int(list.rows.size()));
        for (int r = 0; r < list.rows.size(); ++r) {
            ContributionText::setCell(m_table, r, Line, QString::number(list.rows.at(r).line));
            ContributionText::setCell(m_table, r, Name, list.rows.at(r).cell(client::ListColumn::Name));
        }
        for (const client::ListRowIssue &issue : v.errors)
            ContributionText::setCell(m_table, issue.row, Problem, issue.message, true);
        setStatus(tr("%n row(s) of the list cannot be read; correct the file and open it again", nullptr,
                     v.failingRows),
                  true);
        emit validated(false);
        return;
    }
    for (int r = 0; r < list.rows.size(); ++r) {
        m_rows.append(client::api::AdjustmentRequest::Row::fromListBody(v.bodies.at(r)));
        m_lines.append(list.rows.at(r).line);
    }
    const auto req = request();
    if (!req) {
        emit validated(false);
        return;
    }
    setStatus(tr("Validating %n row(s) against the unit's employees…", nullptr, int(m_rows.size())), false);
    const int check = ++m_check;
    client::api::contributions::validateAdjustment(
        m_core->api(), m_unit->number(), *req, this,
        [this, check](const client::api::Reply<client::api::AdjustmentValidation> &reply) {
            if (check != m_check)
                return;
            if (!reply.ok()) {
                setStatus(TransferText::refusal(reply.message, reply.error()), true);
                emit validated(false);
                return;
            }
            m_validation = reply.value();
            showRows(m_validation->rows);
            const auto &val = *m_validation;
            m_submit->setEnabled(val.errors == 0);
            setStatus(val.errors == 0
                          ? tr("Effective from %1: %2 clamped, %3 employee(s) not listed keep their base. "
                               "Check and adjust.")
                                .arg(QLocale().toString(val.effectiveFrom, QLocale::ShortFormat))
                                .arg(val.clamped)
                                .arg(val.unchanged)
                          : tr("%n row(s) refused (see Problem); correct the list and open it again", nullptr,
                               val.errors),
                      val.errors != 0);
            if (val.errors == 0)
                m_submit->setFocus();
            emit validated(val.errors == 0);
        });
}

void AdjustmentPage::showRows(const QList<client::api::AdjustmentRow> &rows)
{
    m_table->setRowCount(int(m_rows.size()));
    int first = -1;
    for (const client::api::AdjustmentRow &row : rows) {
        if (row.row < 0 || row.row >= m_rows.size())
            continue;
        const int r = row.row;
        ContributionText::setCell(m_table, r, Line, QString::number(m_lines.value(r)));
        ContributionText::setCell(m_table, r, Name, row.name);
        ContributionText::setCell(m_table, r, Account, row.accountNumber);
        ContributionText::setCell(m_table, r, OldBase,
                                  row.accountNumber.isEmpty() ? QString() : money::format(row.oldBaseFen));
        ContributionText::setCell(m_table, r, Requested, money::format(row.requestedBaseFen));
        ContributionText::setCell(m_table, r, NewBase,
                                  row.code.isEmpty() ? money::format(row.newBaseFen) : QString());
        ContributionText::setCell(m_table, r, Clamp, ContributionText::clamp(row.clamp), row.clamped());
        ContributionText::setCell(
            m_table, r, Problem,
            row.code.isEmpty() ? QString() : errortext::describe(Error{row.code, row.field, {}}), true);
        if (!row.code.isEmpty() && first < 0)
            first = r;
    }
    m_table->resizeColumnsToContents();
    if (first >= 0) {
        m_table->selectRow(first);
        m_table->setFocus();
    }
}

void AdjustmentPage::submit()
{
    if (m_operation->isPending()) {
        m_operation->resend();
        return;
    }
    if (m_result)
        return;
    if (!m_validation || m_validation->errors != 0) {
        setStatus(tr("Open a list without refused rows first"), true);
        m_choose->setFocus();
        return;
    }
    const auto req = request();
    if (!req)
        return;
    m_operation->start(
        client::api::contributions::submitAdjustment(m_unit->number(), *req, tr("Base adjustment")));
}

void AdjustmentPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::AdjustmentPosted>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit finished(false);
        return;
    }
    m_result = result.value();
    showRows(m_result->rows);
    setStatus(tr("Bases adjusted from %1: serial %2 · %n employee(s), %3 clamped", nullptr, m_result->count)
                  .arg(QLocale().toString(m_result->effectiveFrom, QLocale::ShortFormat), m_result->serial)
                  .arg(m_result->clamped),
              false);
    m_submit->setEnabled(false);
    m_receipt->setReceipt(m_result->receipt, m_training);
    m_receipt->pdfButton()->setFocus();
    emit finished(true);
}

void AdjustmentPage::onFailed(const QString &message, const Error &error)
{
    if (error.code == u"adjustment.rows") {
        if (const auto problems = m_operation->outcome().as<client::api::RowProblems>(); problems) {
            for (const auto &p : problems->rows) {
                if (p.row >= 0 && p.row < m_table->rowCount())
                    ContributionText::setCell(m_table, p.row, Problem,
                                              errortext::describe(Error{p.code, p.field, {}}), true);
            }
        }
    }
    setStatus(TransferText::refusal(message, error), true);
    m_submit->setEnabled(false);
    if (error.field == u"year" || error.code == u"adjustment.duplicate" || error.code == u"adjustment.year")
        m_year->setFocus();
    else if (error.field == u"unitRatio")
        m_unitRatio->setFocus();
    else if (error.field == u"personalRatio")
        m_personalRatio->setFocus();
    else if (error.field == u"unitAccount" || error.code.startsWith(u"unit."))
        m_unit->edit()->setFocus();
    emit finished(false);
}

PageDescriptor AdjustmentPage::descriptor()
{
    return {.code = u"2104"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Base adjustment"),
            .permission = u"adjustments.submit"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"基数调整2104"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new AdjustmentPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->unitField());
                connect(&context, &PageContext::trainingChanged, page, &AdjustmentPage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&AdjustmentPage::showUnit)};
}

} // namespace hpf::ui
