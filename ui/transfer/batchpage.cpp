#include "transfer/batchpage.h"

#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/lookupfield.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"
#include "widgets/receiptbar.h"

#include <QAction>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hpf::ui {

namespace {

constexpr int kMaxRows = 500; // the server takes at most 500 rows in one batch
constexpr int kErrorColumn = 4;

} // namespace

BatchTransferPage::BatchTransferPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_from(new TransferLookupField(core, TransferLookupField::Kind::Unit, this))
    , m_to(new TransferLookupField(core, TransferLookupField::Kind::Unit, this))
    , m_choose(new QPushButton(tr("&Open the list of leaving employees… (Ctrl+O)"), this))
    , m_table(new QTableWidget(0, 5, this))
    , m_submit(new QPushButton(tr("Transfer them &all"), this))
    , m_status(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"batchTransferPage"_qs);
    m_from->edit()->setObjectName(u"batchFromUnit"_qs);
    m_to->edit()->setObjectName(u"batchToUnit"_qs);
    m_choose->setObjectName(u"batchChoose"_qs);
    m_table->setObjectName(u"batchRows"_qs);
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Document type"), tr("Document number"), tr("Name"), tr("Problem / new account")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_submit->setObjectName(u"batchSubmit"_qs);
    m_status->setObjectName(u"batchStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setAccessibleName(tr("Employees in the file"));
    QWidget *content = scrolledContent(this);
    QFormLayout *form = nullptr;
    auto *units = formSection(tr("Units"), content, &form);
    m_from->addTo(form, tr("Unit the employees leave:"));
    m_to->addTo(form, tr("Receiving unit:"));
    auto *sections = new SectionRow(content);
    sections->addSection(units);
    sections->addSection(
        TransferLookupField::summaryPanel({{tr("Leaving:"), m_from}, {tr("Receiving:"), m_to}}, content), 1);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(
        wrappedLabel(tr("Move a unit's leaving employees to another unit in one batch: a CSV or XLSX "
                        "file with the columns 证件类型, 证件号码 and 姓名. Either all of them are "
                        "transferred or none; a refused row says why."),
                     content));
    layout->addWidget(sections);
    layout->addWidget(m_choose, 0, Qt::AlignLeft);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_receipt);
    chainTabOrder({m_from->edit(), m_to->edit(), m_table});

    auto *nav = new FormNavigator({m_from->edit(), m_to->edit()}, this);
    connect(nav, &FormNavigator::submitRequested, this, &BatchTransferPage::chooseFile);
    auto *open = new QAction(this);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QAction::triggered, this, &BatchTransferPage::chooseFile);
    QWidget::addAction(open);
    connect(m_choose, &QPushButton::clicked, this, &BatchTransferPage::chooseFile);
    connect(m_submit, &QPushButton::clicked, this, &BatchTransferPage::submit);
    connect(&m_reader, &QFutureWatcher<Result<client::EmployeeList>>::finished, this,
            &BatchTransferPage::onRead);
    connect(m_operation, &client::ops::Operation::status, this, &BatchTransferPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &BatchTransferPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &BatchTransferPage::onFailed);
    reset();
}

QString BatchTransferPage::statusText() const
{
    return m_status->text();
}

QString BatchTransferPage::rowError(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, kErrorColumn);
    return item ? item->text() : QString();
}

void BatchTransferPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void BatchTransferPage::reset()
{
    m_from->clear();
    m_to->clear();
    m_table->setRowCount(0);
    m_rows.clear();
    m_status->clear();
    m_receipt->clear();
    m_operation->forget();
    m_submit->setEnabled(false);
}

void BatchTransferPage::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the list of leaving employees"), QString(),
                                   tr("Employee lists (*.csv *.txt *.xlsx)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &BatchTransferPage::loadFile);
    dialog->open();
}

void BatchTransferPage::loadFile(const QString &path)
{
    if (m_reader.isRunning())
        return;
    setStatus(tr("Reading the list…"), false);
    m_table->setRowCount(0);
    m_rows.clear();
    m_submit->setEnabled(false);
    m_receipt->clear();
    m_operation->forget();
    client::ListLimits limits;
    limits.requireWageBase = false; // a list of leaving employees names people only
    limits.maxRows = kMaxRows;
    m_reader.setFuture(
        QtConcurrent::run([path, limits] { return client::employeelist::read(path, limits); }));
}

void BatchTransferPage::onRead()
{
    const Result<client::EmployeeList> list = m_reader.result();
    if (!list) {
        setStatus(errortext::describe(list.error()), true);
        emit loaded(false);
        return;
    }
    using client::ListColumn;
    m_table->setRowCount(int(list->rows.size()));
    for (int r = 0; r < list->rows.size(); ++r) {
        const client::EmployeeListRow &row = list->rows.at(r);
        const QString type =
            row.cell(ListColumn::DocumentType).isEmpty() ? u"01"_qs : row.cell(ListColumn::DocumentType);
        m_rows.append({type, row.cell(ListColumn::DocumentNumber), row.cell(ListColumn::Name)});
        const QStringList cells{QString::number(row.line), TransferText::documentType(type),
                                identity::maskNumber(row.cell(ListColumn::DocumentNumber)),
                                identity::maskName(row.cell(ListColumn::Name)), QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_submit->setEnabled(!m_rows.isEmpty());
    setStatus(tr("%n employee(s) read; check the units and transfer them", nullptr, int(m_rows.size())),
              false);
    m_submit->setFocus();
    emit loaded(true);
}

void BatchTransferPage::submit()
{
    if (m_operation->isPending()) {
        m_operation->resend();
        return;
    }
    for (TransferLookupField *field : {m_from, m_to}) {
        if (Status s = field->validate(); !s) {
            setStatus(errortext::describe(s.error()), true);
            field->edit()->setFocus();
            return;
        }
    }
    if (m_rows.isEmpty()) {
        setStatus(tr("Open the list of leaving employees first"), true);
        m_choose->setFocus();
        return;
    }
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->setItem(r, kErrorColumn, new QTableWidgetItem());
    m_operation->start(client::api::transfers::inCityBatch(m_from->number(), m_to->number(), m_rows,
                                                           tr("Batch in-city transfer")));
}

void BatchTransferPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::InCityBatchResult>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit finished(false);
        return;
    }
    for (const client::api::InCityBatchItem &item : result->items) {
        if (item.row >= 0 && item.row < m_table->rowCount())
            m_table->setItem(
                item.row, kErrorColumn,
                new QTableWidgetItem(tr("→ %1 · %2").arg(item.toAccount, money::format(item.amountFen))));
    }
    setStatus(tr("%n employee(s) transferred, %1 in all: serial %2", nullptr, result->count)
                  .arg(money::format(result->totalFen), result->serial),
              false);
    m_submit->setEnabled(false);
    m_receipt->setReceipt(result->receipt, m_training);
    m_receipt->pdfButton()->setFocus();
    emit finished(true);
}

void BatchTransferPage::onFailed(const QString &message, const Error &error)
{
    if (error.code == u"transfer.batch_rows") {
        const auto rows = m_operation->outcome().as<client::api::InCityBatchRowErrors>();
        if (rows) {
            int first = -1;
            for (const client::api::InCityBatchRowErrors::Row &row : rows->rows) {
                if (row.row < 0 || row.row >= m_table->rowCount())
                    continue;
                auto *item = new QTableWidgetItem(errortext::describe(Error{row.code, row.field, {}}));
                item->setForeground(QColor(0xb0, 0x00, 0x20));
                m_table->setItem(row.row, kErrorColumn, item);
                first = first < 0 ? row.row : std::min(first, row.row);
            }
            setStatus(tr("Nothing was transferred: %n row(s) refused; correct the list and open it again. %1",
                         nullptr, int(rows->rows.size()))
                          .arg(message),
                      true);
            if (first >= 0) {
                m_table->selectRow(first);
                m_table->setFocus();
            }
            emit finished(false);
            return;
        }
    }
    setStatus(TransferText::refusal(message, error), true);
    if (error.field == u"fromUnitAccount")
        m_from->edit()->setFocus();
    else if (error.field == u"toUnitAccount" || error.code == u"transfer.unit_state" ||
             error.code == u"transfer.same_unit")
        m_to->edit()->setFocus();
    emit finished(false);
}

PageDescriptor BatchTransferPage::descriptor()
{
    return {.code = u"5002"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Batch in-city transfer"),
            .permission = u"transfers.inCityBatch"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"批量市内转移5002"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new BatchTransferPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->fromField());
                connect(&context, &PageContext::trainingChanged, page, &BatchTransferPage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
