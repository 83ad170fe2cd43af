#include "archive/checkpage.h"

#include "archive/archivetext.h"
#include "clientcore.h"
#include "ops/operation.h"
#include "session/session.h"
#include "shell/pageregistry.h"
#include "tabledoc.h"
#include "widgets/documentprinter.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"

#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

QString checkNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names.append(ArchiveText::checkName(code));
    return names.join(ArchiveCheckPage::tr(", "));
}

void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(0);
    for (const QStringList &cells : rows) {
        const int row = table->rowCount();
        table->insertRow(row);
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

} // namespace

ArchiveCheckPage::ArchiveCheckPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_printer(printer)
    , m_package(new QLineEdit(this))
    , m_run(new QPushButton(tr("Run check"), this))
    , m_verdict(new QLabel(this))
    , m_report(new QTableWidget(0, 5, this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_loadSummary(new QPushButton(tr("Show summary"), this))
    , m_summary(new QTableWidget(0, 3, this))
    , m_summaryText(new QLabel(this))
    , m_printReport(new QPushButton(tr("Print report…"), this))
    , m_printSummary(new QPushButton(tr("Print summary…"), this))
    , m_status(new QLabel(this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"archiveCheckPage"_qs);
    m_package->setPlaceholderText(tr("package id, then Enter"));
    m_from->setPlaceholderText(u"YYYY-MM-DD"_qs);
    m_to->setPlaceholderText(u"YYYY-MM-DD"_qs);
    m_report->setHorizontalHeaderLabels({tr("Aspect"), tr("Check"), tr("File"), tr("Result"), tr("Detail")});
    m_summary->setHorizontalHeaderLabels({tr("Archive number"), tr("Checked at"), tr("Failed checks")});
    for (QTableWidget *t : {m_report, m_summary}) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_status->setWordWrap(true);
    m_printReport->setEnabled(false);
    m_printSummary->setEnabled(false);
    const QDate today = core->clock().today();
    m_from->setText(today.addDays(-30).toString(Qt::ISODate));
    m_to->setText(today.toString(Qt::ISODate));

    m_package->setAccessibleName(tr("Package"));
    m_from->setAccessibleName(tr("Checked from"));
    m_to->setAccessibleName(tr("Checked to"));
    m_report->setAccessibleName(tr("Check report"));
    m_summary->setAccessibleName(tr("Failed packages of the period"));
    fitToChars(m_package, 24);
    fitToChars(m_from, chars::date);
    fitToChars(m_to, chars::date);
    m_summaryText->setWordWrap(true);
    m_verdict->setWordWrap(true);

    // One package's check, then the summary of a period: two sections, each with its buttons.
    auto *checkBox = new QGroupBox(tr("Check one package"), this);
    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    top->addRow(tr("&Package:"), m_package);
    auto *runRow = new QHBoxLayout;
    runRow->addLayout(top);
    runRow->addWidget(m_run);
    runRow->addWidget(m_printReport);
    runRow->addStretch();
    auto *checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addLayout(runRow);
    checkLayout->addWidget(m_verdict);
    checkLayout->addWidget(m_report, 1);

    auto *summaryBox = new QGroupBox(tr("Summary of a period"), this);
    auto *range = new QFormLayout;
    range->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    range->addRow(tr("Checked &from:"), m_from);
    range->addRow(tr("Checked &to:"), m_to);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addLayout(range);
    summaryRow->addWidget(m_loadSummary, 0, Qt::AlignBottom);
    summaryRow->addWidget(m_printSummary, 0, Qt::AlignBottom);
    summaryRow->addStretch();
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addLayout(summaryRow);
    summaryLayout->addWidget(m_summaryText);
    summaryLayout->addWidget(m_summary, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(checkBox, 3);
    layout->addWidget(summaryBox, 2);
    layout->addWidget(m_status);
    setTabOrder(m_package, m_run);
    setTabOrder(m_run, m_printReport);
    setTabOrder(m_printReport, m_report);
    setTabOrder(m_report, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_loadSummary);
    setTabOrder(m_loadSummary, m_printSummary);
    setTabOrder(m_printSummary, m_summary);

    connect(m_package, &QLineEdit::returnPressed, this, &ArchiveCheckPage::runCheck);
    connect(m_run, &QPushButton::clicked, this, &ArchiveCheckPage::runCheck);
    auto *nav = new FormNavigator({m_from, m_to}, this);
    connect(nav, &FormNavigator::submitRequested, this, &ArchiveCheckPage::loadSummary);
    connect(m_loadSummary, &QPushButton::clicked, this, &ArchiveCheckPage::loadSummary);
    connect(m_printReport, &QPushButton::clicked, this, &ArchiveCheckPage::printReport);
    connect(m_printSummary, &QPushButton::clicked, this, &ArchiveCheckPage::printSummary);
    connect(m_operation, &client::ops::Operation::succeeded, this, &ArchiveCheckPage::onChecked);
    connect(m_operation, &client::ops::Operation::status, this, &ArchiveCheckPage::setStatus);
    connect(m_operation, &client::ops::Operation::failed, this,
            [this](const QString &message) { setStatus(message, true); });
}

QString ArchiveCheckPage::statusText() const
{
    return m_status->text();
}

QString ArchiveCheckPage::verdictText() const
{
    return m_verdict->text();
}

void ArchiveCheckPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    m_status->setText(text);
}

void ArchiveCheckPage::reset()
{
    m_package->clear();
    m_verdict->clear();
    m_report->setRowCount(0);
    m_summary->setRowCount(0);
    m_summaryText->clear();
    m_status->clear();
    m_last.reset();
    m_lastSummary.reset();
    m_printReport->setEnabled(false);
    m_printSummary->setEnabled(false);
    m_operation->forget();
}

void ArchiveCheckPage::openPackage(const QString &id)
{
    m_package->setText(id.trimmed());
    runCheck();
}

void ArchiveCheckPage::runCheck()
{
    const QString id = m_package->text().trimmed();
    if (id.isEmpty()) {
        setStatus(tr("Enter the package to check"), true);
        m_package->setFocus();
        return;
    }
    if (m_operation->isPending())
        return;
    setStatus(tr("Checking the package…"), false);
    m_operation->start(client::api::archive::runCheck(id, tr("Four-property check")));
}

void ArchiveCheckPage::onChecked(const client::ops::Outcome &outcome)
{
    auto report = outcome.as<client::api::ArchiveCheckReport>();
    if (!report) {
        setStatus(tr("The check report cannot be read (%1)").arg(report.error().field), true);
        return;
    }
    showReport(*report);
    setStatus(QString(), false);
    emit checked(report->packageId, report->passed);
}

void ArchiveCheckPage::showReport(const client::api::ArchiveCheckReport &report)
{
    m_last = report;
    m_verdict->setStyleSheet(report.passed ? u"color: #1b5e20; font-weight: bold;"_qs
                                           : u"color: #b00020; font-weight: bold;"_qs);
    m_verdict->setText(
        report.passed
            ? tr("%1: all four properties passed (%2)")
                  .arg(report.archiveNumber, report.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs))
            : tr("%1: the check FAILED (%2) — report it to the archive manager")
                  .arg(report.archiveNumber, report.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs)));
    QList<QStringList> rows;
    // By aspect, in the order of the standard; failures first within an aspect.
    for (const QString &aspect : {u"authenticity"_qs, u"integrity"_qs, u"usability"_qs, u"security"_qs}) {
        for (bool passed : {false, true}) {
            for (const client::api::ArchiveCheckItem &i : report.items) {
                if (i.aspect == aspect && i.passed == passed)
                    rows.append({ArchiveText::aspectName(aspect), ArchiveText::checkName(i.check), i.file,
                                 passed ? tr("passed") : tr("FAILED"), i.detail});
            }
        }
    }
    fill(m_report, rows);
    m_printReport->setEnabled(true);
}

void ArchiveCheckPage::loadSummary()
{
    const QDate from = QDate::fromString(m_from->text().trimmed(), Qt::ISODate);
    const QDate to = QDate::fromString(m_to->text().trimmed(), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from) {
        setStatus(tr("Write the period as two dates YYYY-MM-DD, the first not after the second"), true);
        m_from->setFocus();
        return;
    }
    setStatus(tr("Loading the summary…"), false);
    client::api::archive::checkSummary(
        m_core->api(), from, to, this,
        [this](const client::api::Reply<client::api::ArchiveCheckSummary> &reply) {
            if (!reply.ok()) {
                setStatus(reply.message, true);
                return;
            }
            const client::api::ArchiveCheckSummary &s = reply.value();
            m_lastSummary = s;
            m_summaryText->setText(tr("%1 to %2: %3 packages, %4 checked, %5 passed, %6 failed")
                                       .arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate))
                                       .arg(s.packages)
                                       .arg(s.checked)
                                       .arg(s.passed)
                                       .arg(s.failed));
            QList<QStringList> rows;
            for (const client::api::ArchiveCheckFailure &f : s.failures)
                rows.append({f.archiveNumber, f.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs),
                             checkNames(f.failed)});
            fill(m_summary, rows);
            m_printSummary->setEnabled(true);
            setStatus(QString(), false);
            emit summaryShown(s.packages, s.failed);
        });
}

void ArchiveCheckPage::printReport()
{
    if (!m_last || !m_printer)
        return;
    auto doc = std::make_shared<printing::TableDoc>();
    doc->title = tr("Four-property check report");
    doc->facts = {
        tr("Archive number: %1").arg(m_last->archiveNumber), tr("Package: %1").arg(m_last->packageId),
        tr("Checked at %1 by %2").arg(m_last->at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs), m_last->by),
        m_verdict->text()};
    doc->header = {tr("Aspect"), tr("Check"), tr("File"), tr("Result"), tr("Detail")};
    doc->stretch = {2, 3, 2, 1, 5};
    for (int r = 0; r < m_report->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_report->columnCount(); ++c)
            cells.append(m_report->item(r, c) ? m_report->item(r, c)->text() : QString());
        doc->rows.append(cells);
    }
    doc->footer = tr("Printed by %1").arg(m_core->session()->user().username);
    PrintJob job;
    job.title = doc->title;
    job.pageCount = printing::tableDocPageCount(*doc, QRectF(0, 0, 2480, 3508));
    job.paintPage = [doc](QPainter &painter, const QRectF &page, int index) {
        printing::paintTableDoc(painter, page, *doc, index);
    };
    m_printer->preview(job);
}

void ArchiveCheckPage::printSummary()
{
    if (!m_lastSummary || !m_printer)
        return;
    auto doc = std::make_shared<printing::TableDoc>();
    doc->title = tr("Four-property check summary");
    doc->facts = {m_summaryText->text()};
    doc->header = {tr("Archive number"), tr("Checked at"), tr("Failed checks")};
    doc->stretch = {3, 2, 5};
    for (const client::api::ArchiveCheckFailure &f : m_lastSummary->failures)
        doc->rows.append(
            {f.archiveNumber, f.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs), checkNames(f.failed)});
    doc->footer = tr("Printed by %1").arg(m_core->session()->user().username);
    PrintJob job;
    job.title = doc->title;
    job.pageCount = printing::tableDocPageCount(*doc, QRectF(0, 0, 2480, 3508));
    job.paintPage = [doc](QPainter &painter, const QRectF &page, int index) {
        printing::paintTableDoc(painter, page, *doc, index);
    };
    m_printer->preview(job);
}

PageDescriptor ArchiveCheckPage::descriptor()
{
    return {.code = u"8004"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Four-property checks"),
            .permission = u"archive.check"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"四性检测8004"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new ArchiveCheckPage(context.core(), context.printer(), parent);
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&ArchiveCheckPage::openPackage)};
}

} // namespace hpf::ui
