#include "contribution/backpaymentpage.h"

#include "api/certificates.h"
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

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

constexpr int kMaxRows = 500; // the server takes at most 500 rows in one back payment

void setEditable(QTableWidget *table, int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
    table->setItem(row, column, item);
}

// "rows[3].baseFen" → 3; -1 when the field names no row.
int rowOfField(const QString &field)
{
    static const QRegularExpression shape(u"^rows\\[(\\d+)\\]"_qs);
    const QRegularExpressionMatch m = shape.match(field);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

BackPaymentPage::BackPaymentPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_unit(new TransferLookupField(core, TransferLookupField::Kind::Unit, this))
    , m_month(new QLineEdit(this))
    , m_reason(new QComboBox(this))
    , m_memo(new QLineEdit(this))
    , m_table(new QTableWidget(0, Columns, this))
    , m_submit(new QPushButton(tr("&Post the back payment"), this))
    , m_status(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"backPaymentPage"_qs);
    m_unit->edit()->setObjectName(u"backPayUnit"_qs);
    m_month->setObjectName(u"backPayMonth"_qs);
    m_month->setPlaceholderText(tr("YYYY-MM"));
    m_month->setMaxLength(12);
    m_reason->setObjectName(u"backPayReason"_qs);
    for (const auto &[code, label] : ContributionText::backPayReasons())
        m_reason->addItem(u"%1 %2"_qs.arg(code, label), code);
    m_memo->setObjectName(u"backPayMemo"_qs);
    m_memo->setMaxLength(200);
    m_table->setObjectName(u"backPayRows"_qs);
    m_table->setHorizontalHeaderLabels({tr("Pay"), tr("Account"), tr("Name"), tr("State"), tr("Base (yuan)"),
                                        tr("Difference (yuan)"), tr("Problem / posted")});
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_submit->setObjectName(u"backPaySubmit"_qs);
    m_status->setObjectName(u"backPayStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Unit account:"), m_unit);
    form->addRow(tr("Month paid back:"), m_month);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Memo (optional):"), m_memo);
    labelInput(form, m_unit, m_unit->edit());
    fitToChars(m_unit->edit(), chars::accountNumber);
    fitToChars(m_month, chars::month);
    fitToChars(m_reason, 24);
    fitToChars(m_memo, 40);
    m_table->setAccessibleName(tr("Employees paid back"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        wrappedLabel(tr("Back payment (补缴) of a past month: tick the employees (Space), type a "
                        "base when it differs from the one in effect that month, or the "
                        "difference for 基数调整补差 and 少缴补足. All rows are posted or none."),
                     this));
    // The form on the left, the looked-up unit beside it (under it where the page is narrow).
    layout->addWidget(SummaryPanel::besideForm(form, SummaryPanel::Kind::Unit, m_unit, m_core, this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_receipt);

    auto *nav = new FormNavigator({m_unit->edit(), m_month, m_reason, m_memo}, this);
    connect(nav, &FormNavigator::submitRequested, this, [this] { m_table->setFocus(); });
    connect(m_unit, &TransferLookupField::loaded, this, [this](bool ok) {
        if (ok)
            loadEmployees();
    });
    connect(m_submit, &QPushButton::clicked, this, &BackPaymentPage::submit);
    connect(m_operation, &client::ops::Operation::status, this, &BackPaymentPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &BackPaymentPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &BackPaymentPage::onFailed);
    reset();
}

QString BackPaymentPage::statusText() const
{
    return m_status->text();
}

QString BackPaymentPage::rowProblem(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, Problem);
    return item ? item->text() : QString();
}

void BackPaymentPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void BackPaymentPage::reset()
{
    m_unit->clear();
    m_month->clear();
    m_reason->setCurrentIndex(0);
    m_memo->clear();
    m_table->setRowCount(0);
    m_status->clear();
    m_receipt->clear();
    m_operation->forget();
    m_sentRows.clear();
    m_result.reset();
}

void BackPaymentPage::showUnit(const QString &unitAccount)
{
    reset();
    m_unit->setText(unitAccount);
    m_month->setFocus();
}

void BackPaymentPage::loadEmployees()
{
    const QString unit = m_unit->number();
    m_table->setRowCount(0);
    client::api::certificates::fetchEmployees(
        m_core->api(), unit, this, [this, unit](const client::api::Reply<client::api::UnitEmployees> &reply) {
            if (unit != m_unit->number())
                return;
            if (!reply.ok()) {
                setStatus(reply.message, true);
                emit employeesLoaded(false);
                return;
            }
            const auto &items = reply.value().items;
            m_table->setRowCount(int(items.size()));
            for (int r = 0; r < items.size(); ++r) {
                const client::api::UnitEmployee &e = items.at(r);
                auto *pick = new QTableWidgetItem;
                pick->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                pick->setCheckState(Qt::Unchecked);
                m_table->setItem(r, Pick, pick);
                ContributionText::setCell(m_table, r, Account, e.accountNumber);
                ContributionText::setCell(m_table, r, Name, e.name);
                ContributionText::setCell(m_table, r, State, TransferText::accountState(e.state));
                setEditable(m_table, r, Base, QString());
                setEditable(m_table, r, Difference, QString());
                ContributionText::setCell(m_table, r, Problem, QString());
            }
            m_table->resizeColumnsToContents();
            emit employeesLoaded(true);
        });
}

bool BackPaymentPage::pick(const QString &accountNumber, const QString &baseYuan,
                           const QString &differenceYuan)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, Account)->text() != accountNumber)
            continue;
        m_table->item(r, Pick)->setCheckState(Qt::Checked);
        m_table->item(r, Base)->setText(baseYuan);
        m_table->item(r, Difference)->setText(differenceYuan);
        return true;
    }
    return false;
}

void BackPaymentPage::submit()
{
    if (m_operation->isPending()) {
        m_operation->resend();
        return;
    }
    if (Status s = m_unit->validate(); !s) {
        setStatus(errortext::describe(s.error()), true);
        m_unit->edit()->setFocus();
        return;
    }
    const QString month = client::api::contributions::normaliseMonth(m_month->text());
    if (month.isEmpty()) {
        setStatus(errortext::describe(makeError(u"remittance.month"_qs, u"month"_qs)), true);
        m_month->setFocus();
        return;
    }
    m_month->setText(month);
    const QString reason = m_reason->currentData().toString();
    const bool difference = ContributionText::backPayTakesDifference(reason);
    QList<client::api::BackPaymentRow> rows;
    m_sentRows.clear();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        ContributionText::setCell(m_table, r, Problem, QString());
        if (m_table->item(r, Pick)->checkState() != Qt::Checked)
            continue;
        client::api::BackPaymentRow row{m_table->item(r, Account)->text(), {}, {}};
        const QString column = difference ? u"amountFen"_qs : u"baseFen"_qs;
        const QString text = m_table->item(r, difference ? Difference : Base)->text().trimmed();
        if (!text.isEmpty() || difference) {
            const Result<qint64> fen = money::parse(text, column);
            if (!fen || *fen <= 0) {
                ContributionText::setCell(
                    m_table, r, Problem,
                    fen ? tr("The amount must be more than zero") : errortext::describe(fen.error()), true);
                setStatus(tr("Correct the amount of the marked row"), true);
                m_table->setCurrentCell(r, difference ? Difference : Base);
                m_table->setFocus();
                return;
            }
            (difference ? row.amountFen : row.baseFen) = *fen;
        }
        rows.append(row);
        m_sentRows.append(r);
    }
    if (rows.isEmpty() || rows.size() > kMaxRows) {
        setStatus(tr("Tick between 1 and %1 employees (Space on the row)").arg(kMaxRows), true);
        m_table->setFocus();
        return;
    }
    m_operation->start(client::api::contributions::backPay(m_unit->number(), month, reason, m_memo->text(),
                                                           rows, tr("Back payment")));
}

void BackPaymentPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::BackPayment>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit finished(false);
        return;
    }
    m_result = result.value();
    for (const auto &line : m_result->lines) {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->item(r, Account)->text() == line.accountNumber)
                ContributionText::setCell(
                    m_table, r, Problem,
                    tr("Paid %1 (base %2)").arg(money::format(line.amountFen), money::format(line.baseFen)));
        }
    }
    setStatus(
        tr("Back payment of %1 posted: serial %2 · %n employee(s) · total %3", nullptr, m_result->employees)
            .arg(m_result->month, m_result->serial, money::format(m_result->totalFen)),
        false);
    m_receipt->setReceipt(m_result->receipt, m_training);
    m_receipt->pdfButton()->setFocus();
    emit finished(true);
}

void BackPaymentPage::onFailed(const QString &message, const Error &error)
{
    if (error.code == u"backpay.rows") {
        const auto problems = m_operation->outcome().as<client::api::RowProblems>();
        if (problems) {
            int first = -1;
            for (const auto &p : problems->rows) {
                if (p.row < 0 || p.row >= m_sentRows.size())
                    continue;
                const int r = m_sentRows.at(p.row);
                ContributionText::setCell(m_table, r, Problem,
                                          errortext::describe(Error{p.code, p.field, {}}), true);
                first = first < 0 ? r : std::min(first, r);
            }
            setStatus(tr("Nothing was posted: %n row(s) refused. %1", nullptr, int(problems->rows.size()))
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
    if (const int row = rowOfField(error.field); row >= 0 && row < m_sentRows.size()) {
        ContributionText::setCell(m_table, m_sentRows.at(row), Problem, errortext::describe(error), true);
        m_table->selectRow(m_sentRows.at(row));
        m_table->setFocus();
    } else if (error.field == u"month" || error.code.startsWith(u"remittance.") ||
               error.code.startsWith(u"backpay.")) {
        m_month->setFocus();
    } else if (error.field == u"reason") {
        m_reason->setFocus();
    } else if (error.field == u"unitAccount" || error.code.startsWith(u"unit.")) {
        m_unit->edit()->setFocus();
    }
    emit finished(false);
}

PageDescriptor BackPaymentPage::descriptor()
{
    return {.code = u"2102"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Back payment"),
            .permission = u"remittances.backPay"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"补缴2102"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new BackPaymentPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->unitField());
                connect(&context, &PageContext::trainingChanged, page, &BackPaymentPage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&BackPaymentPage::showUnit)};
}

} // namespace hpf::ui
