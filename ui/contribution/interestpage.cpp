#include "contribution/interestpage.h"

#include "clientcore.h"
#include "contribution/contributiontext.h"
#include "domain/access.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "intereststatement.h"
#include "lookup/summarypanel.h"
#include "shell/pageregistry.h"
#include "transfer/lookupfield.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/documentprinter.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

// The latest settlement year whose day (30 June) has passed.
int lastSettledYear()
{
    const QDate today = QDate::currentDate();
    return today > QDate(today.year(), 6, 30) ? today.year() : today.year() - 1;
}

QString time(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

InterestStatementPage::InterestStatementPage(client::ClientCore *core, DocumentPrinter *printer,
                                             QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_printer(printer)
    , m_unit(new TransferLookupField(core, TransferLookupField::Kind::Unit, this))
    , m_year(new QLineEdit(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_summary(new QLabel(this))
    , m_preview(new QPushButton(tr("Pre&view"), this))
    , m_print(new QPushButton(tr("&Print"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF"), this))
    , m_status(new QLabel(this))
    , m_runsBox(new QGroupBox(tr("Interest runs"), this))
    , m_runs(new QTableWidget(0, 6, this))
    , m_runsStatus(new QLabel(this))
{
    setObjectName(u"interestStatementPage"_qs);
    m_unit->edit()->setObjectName(u"interestUnit"_qs);
    m_year->setObjectName(u"interestYear"_qs);
    m_year->setMaxLength(8);
    m_table->setObjectName(u"interestLines"_qs);
    m_table->setHorizontalHeaderLabels(
        {tr("Account"), tr("Name"), tr("Balance before"), tr("Interest"), tr("Balance after")});
    m_runs->setObjectName(u"interestRuns"_qs);
    m_runs->setHorizontalHeaderLabels(
        {tr("Year"), tr("Settlement day"), tr("Status"), tr("Accounts"), tr("Interest"), tr("Finished")});
    for (QTableWidget *t : {m_table, m_runs}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_summary->setObjectName(u"interestSummary"_qs);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"interestStatus"_qs);
    m_status->setWordWrap(true);
    m_pdf->setObjectName(u"interestPdf"_qs);

    auto *form = new QFormLayout;
    form->addRow(tr("Unit account:"), m_unit);
    form->addRow(tr("Settlement year:"), m_year);
    labelInput(form, m_unit, m_unit->edit());
    fitToChars(m_unit->edit(), chars::accountNumber);
    fitToChars(m_year, 6);
    m_table->setAccessibleName(tr("Interest of each employee"));
    m_runs->setAccessibleName(tr("Interest runs"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    auto *refresh = new QPushButton(tr("&Refresh the runs"), m_runsBox);
    auto *runsLayout = new QVBoxLayout(m_runsBox);
    runsLayout->addWidget(m_runs);
    runsLayout->addWidget(m_runsStatus);
    runsLayout->addWidget(refresh, 0, Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("A unit's interest statement (结息对账单) of one settlement year: each "
                                      "employee's balance before the year's interest, the interest and the "
                                      "balance after. Enter in the year loads it."),
                                   this));
    // The form on the left, the looked-up unit beside it (under it where the page is narrow).
    layout->addWidget(SummaryPanel::besideForm(form, SummaryPanel::Kind::Unit, m_unit, m_core, this));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_runsBox);

    auto *nav = new FormNavigator({m_unit->edit(), m_year}, this);
    connect(nav, &FormNavigator::submitRequested, this, &InterestStatementPage::load);
    connect(m_preview, &QPushButton::clicked, this, [this] { m_printer->preview(printJob()); });
    connect(m_print, &QPushButton::clicked, this, [this] { m_printer->print(printJob()); });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        m_printer->exportPdf(printJob(),
                             u"结息对账单-%1-%2.pdf"_qs.arg(m_statement->unitAccount).arg(m_statement->year));
    });
    connect(refresh, &QPushButton::clicked, this, &InterestStatementPage::refreshRuns);
    m_runsBox->hide();
    reset();
}

QString InterestStatementPage::statusText() const
{
    return m_status->text();
}

void InterestStatementPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void InterestStatementPage::setUser(const QString &role, const QString &displayName)
{
    m_displayName = displayName;
    m_runsBox->setVisible(access::allows(role, u"interest.runs"_qs));
    if (m_runsBox->isVisible())
        refreshRuns();
}

void InterestStatementPage::reset()
{
    m_unit->clear();
    m_year->setText(QString::number(lastSettledYear()));
    m_table->setRowCount(0);
    m_summary->clear();
    m_status->clear();
    m_statement.reset();
    m_requested.clear();
    for (QPushButton *b : {m_preview, m_print, m_pdf})
        b->setEnabled(false);
}

void InterestStatementPage::showUnit(const QString &unitAccount)
{
    reset();
    m_unit->setText(unitAccount);
    m_year->setFocus();
    m_year->selectAll();
}

void InterestStatementPage::load()
{
    if (Status s = m_unit->validate(); !s) {
        setStatus(errortext::describe(s.error()), true);
        m_unit->edit()->setFocus();
        return;
    }
    const int year = client::api::contributions::normaliseYear(m_year->text());
    if (year == 0) {
        setStatus(tr("Type a year such as %1").arg(lastSettledYear()), true);
        m_year->setFocus();
        return;
    }
    m_year->setText(QString::number(year));
    const QString requested = m_unit->number() + u'/' + QString::number(year);
    m_requested = requested;
    m_statement.reset();
    m_table->setRowCount(0);
    m_summary->clear();
    for (QPushButton *b : {m_preview, m_print, m_pdf})
        b->setEnabled(false);
    setStatus(tr("Loading the statement…"), false);
    client::api::interest::statement(
        m_core->api(), m_unit->number(), year, this,
        [this, requested](const client::api::Reply<client::api::InterestStatement> &reply) {
            if (requested != m_requested)
                return;
            if (!reply.ok()) {
                setStatus(TransferText::refusal(reply.message, reply.error()), true);
                m_year->setFocus();
                emit loaded(false);
                return;
            }
            show(reply.value());
            emit loaded(true);
        });
}

void InterestStatementPage::show(const client::api::InterestStatement &s)
{
    m_statement = s;
    m_table->setRowCount(int(s.lines.size()));
    for (int r = 0; r < s.lines.size(); ++r) {
        const auto &l = s.lines.at(r);
        const QStringList cells{l.accountNumber, l.name, money::format(l.openingBalanceFen),
                                money::format(l.interestFen), money::format(l.closingBalanceFen)};
        for (int c = 0; c < cells.size(); ++c)
            ContributionText::setCell(m_table, r, c, cells.at(c));
    }
    m_table->resizeColumnsToContents();
    QStringList rates;
    for (const auto &rate : s.rates)
        rates.append(tr("%1 from %2").arg(rate.annual, QLocale().toString(rate.from, QLocale::ShortFormat)));
    m_summary->setText(
        tr("%1 · %2: interest from %3 to %4, settled %5 · rates %6 · %n employee(s), interest %7", nullptr,
           s.employees)
            .arg(s.unitName, QString::number(s.year), QLocale().toString(s.periodFrom, QLocale::ShortFormat),
                 QLocale().toString(s.periodTo, QLocale::ShortFormat),
                 QLocale().toString(s.settlementDate, QLocale::ShortFormat), rates.join(u"; "_qs),
                 money::format(s.totalInterestFen)));
    for (QPushButton *b : {m_preview, m_print, m_pdf})
        b->setEnabled(true);
    setStatus(tr("Statement loaded: print it or save it as PDF"), false);
    m_print->setFocus();
}

PrintJob InterestStatementPage::printJob() const
{
    PrintJob job;
    if (!m_statement)
        return job;
    auto data = std::make_shared<printing::InterestStatementData>();
    const client::api::InterestStatement &s = *m_statement;
    data->unitAccount = s.unitAccount;
    data->unitName = s.unitName;
    data->year = s.year;
    data->settlementDate = s.settlementDate;
    data->periodFrom = s.periodFrom;
    data->periodTo = s.periodTo;
    for (const auto &rate : s.rates)
        data->rates.append({rate.from, rate.annual});
    for (const auto &l : s.lines)
        data->lines.append(
            {l.accountNumber, l.name, l.openingBalanceFen, l.interestFen, l.closingBalanceFen});
    data->totalInterestFen = s.totalInterestFen;
    data->serial = s.serial;
    data->printedAt = QDateTime::currentDateTimeUtc();
    data->printedBy = m_displayName;
    data->training = m_training;
    job.title = u"结息对账单 %1 %2"_qs.arg(s.unitAccount).arg(s.year);
    job.pageCount = printing::interestStatementPageCount(*data, QRectF(0, 0, 2480, 3508));
    job.paintPage = [data](QPainter &painter, const QRectF &page, int index) {
        printing::paintInterestStatement(painter, page, *data, index);
    };
    return job;
}

void InterestStatementPage::refreshRuns()
{
    m_runsStatus->setText(tr("Loading…"));
    client::api::interest::runs(
        m_core->api(), this, [this](const client::api::Reply<client::api::InterestRuns> &reply) {
            if (!reply.ok()) {
                TransferText::setStatus(m_runsStatus, reply.message, true);
                emit runsLoaded(false);
                return;
            }
            const client::api::InterestRuns &runs = reply.value();
            m_runs->setRowCount(int(runs.items.size()));
            for (int r = 0; r < runs.items.size(); ++r) {
                const auto &run = runs.items.at(r);
                const QStringList cells{QString::number(run.year),
                                        QLocale().toString(run.settlementDate, QLocale::ShortFormat),
                                        ContributionText::runStatus(run.status),
                                        QString::number(run.accountsPosted),
                                        money::format(run.totalInterestFen),
                                        time(run.finishedAt)};
                for (int c = 0; c < cells.size(); ++c)
                    ContributionText::setCell(m_runs, r, c, cells.at(c));
            }
            m_runs->resizeColumnsToContents();
            TransferText::setStatus(m_runsStatus,
                                    tr("Next settlement day: %1")
                                        .arg(QLocale().toString(runs.nextSettlement, QLocale::ShortFormat)),
                                    false);
            emit runsLoaded(true);
        });
}

PageDescriptor InterestStatementPage::descriptor()
{
    return {.code = u"2105"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Interest statement"),
            .permission = u"interest.statement"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"结息对账单2105"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new InterestStatementPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->unitField());
                connect(&context, &PageContext::trainingChanged, page,
                        &InterestStatementPage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                connect(&context, &PageContext::userChanged, page,
                        [page](const client::UserInfo &user) { page->setUser(user.role, user.displayName); });
                page->setUser(context.user().role, context.user().displayName);
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&InterestStatementPage::showUnit)};
}

} // namespace hpf::ui
