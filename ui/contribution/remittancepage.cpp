#include "contribution/remittancepage.h"

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
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcRemittancePage, "hpf.ui.contribution.remittance")

namespace hpf::ui {

namespace {

enum Column {
    Account,
    Name,
    Base,
    UnitRatio,
    PersonalRatio,
    UnitShare,
    PersonalShare,
    Amount,
    Note,
    Columns
};

} // namespace

RemittancePage::RemittancePage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_unit(new TransferLookupField(core, TransferLookupField::Kind::Unit, this))
    , m_month(new QLineEdit(this))
    , m_table(new QTableWidget(0, Columns, this))
    , m_totals(new QLabel(this))
    , m_confirm(new QPushButton(tr("&Post the month (Ctrl+Enter)"), this))
    , m_status(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"remittancePage"_qs);
    m_unit->edit()->setObjectName(u"remittanceUnit"_qs);
    m_month->setObjectName(u"remittanceMonth"_qs);
    m_month->setPlaceholderText(tr("YYYY-MM"));
    m_month->setMaxLength(12);
    m_table->setObjectName(u"remittanceLines"_qs);
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Name"), tr("Base"), tr("Unit ratio"),
                                        tr("Personal ratio"), tr("Unit share"), tr("Personal share"),
                                        tr("Amount"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_totals->setObjectName(u"remittanceTotals"_qs);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm->setObjectName(u"remittanceConfirm"_qs);
    m_status->setObjectName(u"remittanceStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Unit account:"), m_unit);
    form->addRow(tr("Month:"), m_month);
    labelInput(form, m_unit, m_unit->edit());
    fitToChars(m_unit->edit(), chars::accountNumber);
    fitToChars(m_month, chars::month);
    m_table->setAccessibleName(tr("Employees credited this month"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("A unit's monthly remittance (汇缴): Enter in the month shows what "
                                      "posting it would credit to each employee; Ctrl+Enter posts exactly "
                                      "that. A month is posted once; months before the unit's first month "
                                      "or inside an approved deferral are refused."),
                                   this));
    // The form on the left, the looked-up unit beside it (under it where the page is narrow).
    layout->addWidget(SummaryPanel::besideForm(form, SummaryPanel::Kind::Unit, m_unit, m_core, this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_confirm, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_receipt);

    auto *nav = new FormNavigator({m_unit->edit(), m_month}, this);
    connect(nav, &FormNavigator::submitRequested, this, &RemittancePage::preview);
    auto *post = new QAction(this);
    post->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    post->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(post, &QAction::triggered, this, &RemittancePage::confirm);
    QWidget::addAction(post);
    connect(m_unit, &TransferLookupField::loaded, this, &RemittancePage::onUnitLoaded);
    connect(m_month, &QLineEdit::textEdited, this, [this] {
        m_preview.reset(); // a changed month must be previewed again before posting
        m_confirm->setEnabled(false);
    });
    connect(m_confirm, &QPushButton::clicked, this, &RemittancePage::confirm);
    connect(m_operation, &client::ops::Operation::status, this, &RemittancePage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &RemittancePage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &RemittancePage::onFailed);
    reset();
}

QString RemittancePage::statusText() const
{
    return m_status->text();
}

QString RemittancePage::totalsText() const
{
    return m_totals->text();
}

void RemittancePage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void RemittancePage::reset()
{
    m_unit->clear();
    m_month->clear();
    m_table->setRowCount(0);
    m_totals->clear();
    m_status->clear();
    m_receipt->clear();
    m_operation->forget();
    m_preview.reset();
    m_posted.reset();
    m_requested.clear();
    m_notice.clear();
    m_confirm->setEnabled(false);
}

void RemittancePage::showUnit(const QString &unitAccount)
{
    reset();
    m_unit->setText(unitAccount);
    m_month->setFocus();
}

void RemittancePage::onUnitLoaded(bool ok)
{
    if (!ok)
        return;
    // The month after the last one posted is the usual next month; the teller may type another.
    const QString unit = m_unit->number();
    client::api::contributions::history(
        m_core->api(), unit, this,
        [this, unit](const client::api::Reply<client::api::RemittanceHistory> &reply) {
            if (unit != m_unit->number() || !m_month->text().trimmed().isEmpty())
                return;
            const QString next = reply.ok() ? reply.value().nextMonth() : QString();
            m_month->setText(next.isEmpty() ? ContributionText::currentMonth() : next);
            m_month->selectAll();
            emit monthSuggested(m_month->text());
        });
}

void RemittancePage::preview()
{
    if (m_operation->isPending())
        return;
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
    const QString unit = m_unit->number();
    m_requested = unit + u'/' + month;
    m_preview.reset();
    m_posted.reset();
    m_receipt->clear();
    m_operation->forget();
    m_confirm->setEnabled(false);
    setStatus(tr("Computing the month…"), false);
    const QString requested = m_requested;
    client::api::contributions::preview(
        m_core->api(), unit, month, this,
        [this, requested](const client::api::Reply<client::api::RemittancePreview> &reply) {
            if (requested != m_requested)
                return; // another unit or month was asked for meanwhile
            if (!reply.ok()) {
                m_table->setRowCount(0);
                m_totals->clear();
                m_notice.clear();
                setStatus(TransferText::refusal(reply.message, reply.error()), true);
                m_month->setFocus();
                emit previewed(false);
                return;
            }
            showPreview(reply.value());
            emit previewed(true);
        });
}

void RemittancePage::showPreview(const client::api::RemittancePreview &p)
{
    m_preview = p;
    m_table->setRowCount(int(p.lines.size() + p.excluded.size()));
    int row = 0;
    for (const auto &l : p.lines) {
        const QStringList cells{l.accountNumber,
                                l.name,
                                money::format(l.baseFen),
                                l.unitRatio,
                                l.personalRatio,
                                money::format(l.unitAmountFen),
                                money::format(l.personalAmountFen),
                                money::format(l.amountFen),
                                QString()};
        for (int c = 0; c < cells.size(); ++c)
            ContributionText::setCell(m_table, row, c, cells.at(c));
        ++row;
    }
    for (const auto &e : p.excluded) {
        ContributionText::setCell(m_table, row, Account, e.accountNumber);
        ContributionText::setCell(m_table, row, Name, e.name);
        for (int c = Base; c < Note; ++c)
            ContributionText::setCell(m_table, row, c, QString());
        ContributionText::setCell(m_table, row, Note,
                                  ContributionText::exclusionReason(e.reason, e.firstMonth), true);
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_totals->setText(tr("%1 %2 · %n employee(s) · unit %3 + personal %4 = total %5", nullptr, p.employees)
                          .arg(p.unitName, p.month, money::format(p.unitTotalFen),
                               money::format(p.personalTotalFen), money::format(p.totalFen)));
    m_confirm->setEnabled(p.employees > 0);
    const QString check =
        p.excluded.isEmpty()
            ? tr("Check the month and press Ctrl+Enter to post it")
            : tr("Check the month (%n person(s) left out, see the note) and press Ctrl+Enter to post it",
                 nullptr, int(p.excluded.size()));
    // After a stale preview the refusal stays in view: the teller must see why the figures changed.
    setStatus(m_notice.isEmpty() ? check : m_notice + u' ' + check, !m_notice.isEmpty());
    m_notice.clear();
    m_confirm->setFocus();
}

void RemittancePage::confirm()
{
    if (m_operation->isPending()) {
        m_operation->resend(); // same id: never a second posting
        return;
    }
    if (m_posted)
        return; // posted already: a late second Ctrl+Enter must not try again
    if (!m_preview || m_requested != m_unit->number() + u'/' + m_month->text().trimmed()) {
        setStatus(tr("Preview the month first (Enter in the month)"), true);
        m_month->setFocus();
        return;
    }
    m_operation->start(client::api::contributions::post(m_preview->unitAccount, m_preview->month,
                                                        m_preview->totalFen, m_preview->employees,
                                                        tr("Monthly remittance")));
}

void RemittancePage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::RemittancePosted>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit finished(false);
        return;
    }
    m_posted = result.value();
    qCInfo(lcRemittancePage) << "remittance posted" << m_posted->serial << m_posted->month;
    setStatus(tr("Posted: serial %1 · %n employee(s) · total %2", nullptr, m_posted->employees)
                  .arg(m_posted->serial, money::format(m_posted->totalFen)),
              false);
    m_confirm->setEnabled(false);
    m_receipt->setReceipt(m_posted->receipt, m_training);
    m_receipt->pdfButton()->setFocus();
    emit finished(true);
}

void RemittancePage::onFailed(const QString &message, const Error &error)
{
    setStatus(TransferText::refusal(message, error), true);
    if (error.code == u"remittance.preview_stale") {
        // The roster changed since the preview: show what would post now, for the teller to check again.
        m_notice = message + u' ' + tr("The month is computed again; check it and post again.");
        preview();
    } else if (error.field == u"unitAccount" || error.code.startsWith(u"unit.")) {
        m_unit->edit()->setFocus();
    } else {
        m_month->setFocus();
    }
    emit finished(false);
}

PageDescriptor RemittancePage::descriptor()
{
    return {.code = u"2101"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Monthly remittance"),
            .permission = u"remittances.post"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"汇缴2101"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new RemittancePage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->unitField());
                connect(&context, &PageContext::trainingChanged, page, &RemittancePage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&RemittancePage::showUnit)};
}

} // namespace hpf::ui
