#include "supervision/supervisionpage.h"

#include "clientcore.h"
#include "domain/money.h"
#include "loan/loantext.h"
#include "shell/pageregistry.h"
#include "supervision/daycharts.h"
#include "transfer/wrappedlabel.h"
#include "widgets/fieldwidth.h"
#include "widgets/formsection.h"

#include <QAction>
#include <QChartView>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace hpf::ui {

Q_LOGGING_CATEGORY(lcSupervisionPage, "hpf.ui.supervision")

namespace {

enum PendingColumn { Application, LoanKind, Amount, WaitingSince, PendingBranch, PendingColumns };
enum StationColumn { Workstation, StationBranch, SignedIn, Waiting, OldestAge, LastReport, StationColumns };

// A workstation not heard from for this long is probably switched off (or cannot reach the server).
constexpr qint64 kSilentSeconds = 3 * 60;

QString ageText(qint64 seconds)
{
    if (seconds < 60)
        return SupervisionPage::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return SupervisionPage::tr("%1 min").arg(seconds / 60);
    return SupervisionPage::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QTableWidget *makeTable(int columns, const QStringList &headers, const QString &name,
                        const QString &accessible, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setAccessibleName(accessible);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false); // Tab leaves the table for the next input
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(160);
    return table;
}

} // namespace

SupervisionPage::SupervisionPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_date(new QDateEdit(this))
    , m_refresh(new QPushButton(tr("Refresh (F5)"), this))
    , m_summary(new QLabel(this))
    , m_charts(std::make_unique<DayCharts>(this))
    , m_pending(
          makeTable(PendingColumns,
                    {tr("Application"), tr("Loan kind"), tr("Amount"), tr("Waiting since"), tr("Branch")},
                    u"supervisionPending"_qs, tr("Loan applications waiting for approval"), this))
    , m_workstations(makeTable(StationColumns,
                               {tr("Workstation"), tr("Branch"), tr("Signed in"), tr("Operations waiting"),
                                tr("Oldest waiting"), tr("Last report")},
                               u"supervisionWorkstations"_qs, tr("Workstations' outboxes"), this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"supervisionPage"_qs);
    m_date->setObjectName(u"supervisionDate"_qs);
    m_refresh->setObjectName(u"supervisionRefresh"_qs);
    m_summary->setObjectName(u"supervisionSummary"_qs);
    m_status->setObjectName(u"supervisionStatus"_qs);
    for (QLabel *label : {m_summary, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_date->setDisplayFormat(u"yyyy-MM-dd"_qs);
    m_date->setCalendarPopup(true);
    const QDate today = m_core->clock().today();
    m_date->setDateRange(today.addDays(-366), today);
    m_date->setDate(today);
    fitToChars(m_date, chars::date);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    m_date->setAccessibleName(tr("Date"));

    auto *top = new QHBoxLayout;
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addWidget(m_refresh);
    top->addStretch();

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_charts->hourView(), 3);
    charts->addWidget(m_charts->businessView(), 2);

    auto *pendingBox = new QGroupBox(tr("Waiting for a supervisor"), this);
    auto *pendingLayout = new QVBoxLayout(pendingBox);
    pendingLayout->addWidget(m_pending);
    auto *stationBox = new QGroupBox(tr("Workstations"), this);
    auto *stationLayout = new QVBoxLayout(stationBox);
    stationLayout->addWidget(m_workstations);
    auto *tables = new QHBoxLayout;
    tables->addWidget(pendingBox, 1);
    tables->addWidget(stationBox, 1);

    // Long at 200 %: the whole view scrolls rather than squeezing the charts.
    QWidget *content = scrolledContent(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(wrappedLabel(tr("Today's operations of the branch by hour and by business, the loan "
                                      "applications waiting for a supervisor's decision, the grants given "
                                      "today and what each workstation still has to send. Refreshed "
                                      "every minute; F5 refreshes now."),
                                   content));
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addLayout(charts, 1);
    layout->addLayout(tables);
    layout->addWidget(m_status);
    setTabOrder(m_date, m_refresh);
    setTabOrder(m_refresh, m_pending);
    setTabOrder(m_pending, m_workstations);

    auto *f5 = new QAction(this);
    f5->setShortcut(QKeySequence(Qt::Key_F5));
    f5->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(f5);
    connect(f5, &QAction::triggered, this, &SupervisionPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &SupervisionPage::reload);
    connect(m_date, &QDateEdit::dateChanged, this, &SupervisionPage::reload);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &SupervisionPage::reload);
}

SupervisionPage::~SupervisionPage() = default;

void SupervisionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Loaded when shown, not when built: the shell builds every page, also for roles that may not
    // read the day (they would only collect refusals).
    reload();
    m_timer->start();
}

void SupervisionPage::hideEvent(QHideEvent *event)
{
    // Nobody looks: no request every minute from a page in the background.
    m_timer->stop();
    QWidget::hideEvent(event);
}

QString SupervisionPage::statusText() const
{
    return m_status->text();
}

QString SupervisionPage::summaryText() const
{
    return m_summary->text();
}

void SupervisionPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
}

void SupervisionPage::reset()
{
    ++m_generation;
    m_day.reset();
    m_charts->clear();
    m_pending->setRowCount(0);
    m_workstations->setRowCount(0);
    m_summary->clear();
    setStatus(QString(), false);
    const QSignalBlocker block(m_date);
    const QDate today = m_core->clock().today();
    m_date->setDateRange(today.addDays(-366), today);
    m_date->setDate(today);
}

void SupervisionPage::reload()
{
    const int generation = ++m_generation;
    // Past midnight the new day becomes the latest one the box offers.
    m_date->setMaximumDate(m_core->clock().today());
    setStatus(tr("Loading…"), false);
    client::api::supervision::day(
        m_core->api(), m_date->date(), this,
        [this, generation](const client::api::Reply<client::api::SupervisionDay> &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                setStatus(reply.message, true);
                emit loaded(false);
                return;
            }
            show(reply.value());
            emit loaded(true);
        });
}

void SupervisionPage::show(const client::api::SupervisionDay &day)
{
    m_day = day;
    m_charts->show(day);
    const QString scope = day.branchCode.isEmpty() ? tr("every branch") : tr("branch %1").arg(day.branchCode);
    QString summary = tr("%1, %2: %3 operations.").arg(day.date.toString(Qt::ISODate), scope).arg(day.total);
    QStringList grants;
    for (const client::api::DayGrants &g : day.grants)
        grants << tr("%1 ×%2 (%3 used)").arg(DayCharts::operationText(g.operation)).arg(g.count).arg(g.used);
    summary += u' ' + (grants.isEmpty() ? tr("No supervisor grants.")
                                        : tr("Grants: %1.").arg(grants.join(u"; "_qs)));
    m_summary->setText(summary);
    fillPending(day);
    fillWorkstations(day);
    setStatus(tr("Updated at %1.").arg(QTime::currentTime().toString(u"HH:mm:ss"_qs)), false);
}

void SupervisionPage::fillPending(const client::api::SupervisionDay &day)
{
    m_pending->setRowCount(0);
    for (const client::api::PendingApproval &p : day.pending) {
        const int row = m_pending->rowCount();
        m_pending->insertRow(row);
        m_pending->setItem(row, Application, cell(p.reference));
        m_pending->setItem(row, LoanKind, cell(LoanText::kind(p.loanKind)));
        m_pending->setItem(row, Amount, cell(money::format(p.amountFen), Qt::AlignRight | Qt::AlignVCenter));
        m_pending->setItem(row, WaitingSince, cell(p.since.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs)));
        m_pending->setItem(row, PendingBranch, cell(p.branchCode));
    }
    m_pending->resizeColumnsToContents();
}

void SupervisionPage::fillWorkstations(const client::api::SupervisionDay &day)
{
    m_workstations->setRowCount(0);
    int silent = 0;
    for (const client::api::WorkstationState &w : day.workstations) {
        const int row = m_workstations->rowCount();
        m_workstations->insertRow(row);
        m_workstations->setItem(row, Workstation, cell(w.workstation));
        m_workstations->setItem(row, StationBranch, cell(w.branchCode));
        m_workstations->setItem(row, SignedIn, cell(w.username));
        m_workstations->setItem(row, Waiting,
                                cell(QString::number(w.outboxDepth), Qt::AlignRight | Qt::AlignVCenter));
        m_workstations->setItem(row, OldestAge,
                                cell(w.oldestAgeSeconds ? ageText(*w.oldestAgeSeconds) : tr("—")));
        QString last = tr("%1 ago").arg(ageText(w.secondsSinceReport));
        if (w.secondsSinceReport >= kSilentSeconds) {
            last = tr("%1 ago — not heard from since").arg(ageText(w.secondsSinceReport));
            ++silent;
        }
        m_workstations->setItem(row, LastReport, cell(last));
    }
    m_workstations->resizeColumnsToContents();
    if (silent > 0)
        qCInfo(lcSupervisionPage) << silent << "workstations silent for" << kSilentSeconds << "s or more";
}

PageDescriptor SupervisionPage::descriptor()
{
    return {.code = u"9002"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Today's operations"),
            .permission = u"supervision.day"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"今日业务9002"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new SupervisionPage(context.core(), parent);
                page->setFocusProxy(page->dateEdit());
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
