#include "certificates/certificatebatchpage.h"

#include "certificatebatch.h"
#include "certificates/certificateprint.h"
#include "certificates/certificatetypeform.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "ops/operation.h"
#include "pdfwriter.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/documentprinter.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace hpf::ui {

namespace {

PrintJob batchJob(const QList<client::api::Certificate> &certificates, const QString &title)
{
    QList<printing::CertificateDocument> docs;
    for (const client::api::Certificate &c : certificates)
        docs.append(certificateDocument(c));
    // The batch encodes the next pages' QR symbols on its own thread while a page is painted.
    auto batch = std::make_shared<printing::CertificateBatch>(std::move(docs));
    PrintJob job;
    job.title = title;
    job.pageCount = batch->pageCount();
    job.paintPage = [batch](QPainter &painter, const QRectF &page, int index) {
        batch->paintPage(painter, page, index);
    };
    return job;
}

} // namespace

CertificateBatchPage::CertificateBatchPage(client::ClientCore *core, DocumentPrinter *printer,
                                           QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_printer(printer)
    , m_unit(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, 4, this))
    , m_count(new QLabel(this))
    , m_types(new CertificateTypeForm(core, this))
    , m_output(new QLineEdit(this))
    , m_start(new QPushButton(tr("Issue and write PDF"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_print(new QPushButton(tr("Print…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"certificateBatchPage"_qs);
    m_unit->setObjectName(u"batchUnit"_qs);
    m_unit->setMaxLength(20);
    m_view->setObjectName(u"batchEmployees"_qs);
    m_model->setHorizontalHeaderLabels({tr("Account"), tr("Name"), tr("Document number"), tr("State")});
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_count->setObjectName(u"batchCount"_qs);
    m_output->setObjectName(u"batchOutput"_qs);
    m_start->setObjectName(u"batchStart"_qs);
    m_cancel->setObjectName(u"batchCancel"_qs);
    m_print->setObjectName(u"batchPrint"_qs);
    m_progress->setObjectName(u"batchProgress"_qs);
    m_status->setObjectName(u"batchStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *all = new QPushButton(tr("Select all"), this);
    auto *none = new QPushButton(tr("Select none"), this);
    auto *browse = new QPushButton(tr("Choose…"), this);
    m_view->setAccessibleName(tr("Active employees of the unit"));
    fitToChars(m_unit, chars::accountNumber);
    auto *unitRow = new QHBoxLayout;
    unitRow->addWidget(buddyLabel(tr("&Unit account:"), m_unit, this));
    unitRow->addWidget(m_unit);
    unitRow->addWidget(all);
    unitRow->addWidget(none);
    unitRow->addStretch();
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(m_types);
    form->addRow(buddyLabel(tr("&PDF file:"), m_output, this), outputRow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancel);
    actions->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        wrappedLabel(tr("Certificates for the active employees of a unit (untick those who do not "
                        "need one), written into one PDF, one certificate per page."),
                     this));
    layout->addLayout(unitRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_status);

    connect(m_unit, &QLineEdit::returnPressed, this, &CertificateBatchPage::loadUnit);
    connect(all, &QPushButton::clicked, this, [this] { setAllSelected(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllSelected(false); });
    connect(browse, &QPushButton::clicked, this, &CertificateBatchPage::browse);
    connect(m_start, &QPushButton::clicked, this, &CertificateBatchPage::start);
    connect(m_cancel, &QPushButton::clicked, this, &CertificateBatchPage::cancel);
    connect(m_print, &QPushButton::clicked, this, [this] {
        m_printer->print(batchJob(m_certificates, tr("Certificates of unit %1").arg(m_loadedUnit)));
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        m_count->setText(
            tr("%1 of %n active employee(s) selected", nullptr, m_model->rowCount()).arg(selectedCount()));
    });
    connect(m_types, &CertificateTypeForm::typeChanged, this, &CertificateBatchPage::rebuildNavigation);
    connect(m_types, &CertificateTypeForm::typesLoaded, this, [this](bool ok, const QString &message) {
        if (!message.isEmpty() || !ok)
            m_status->setText(message);
    });
    connect(&m_render, &QFutureWatcher<Status>::finished, this, &CertificateBatchPage::onRenderFinished);
    connect(m_operation, &client::ops::Operation::succeeded, this, &CertificateBatchPage::onChunk);
    connect(m_operation, &client::ops::Operation::failed, this,
            [this](const QString &message) { onChunkFailed(message); });
    connect(m_operation, &client::ops::Operation::status, this, [this](const QString &text, bool error) {
        if (error && m_operation->isPending())
            onChunkFailed(text); // not confirmed yet: the outbox keeps it; Resume sends it again
    });
    rebuildNavigation();
    reset();
}

CertificateBatchPage::~CertificateBatchPage()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_render.waitForFinished(); // the worker removes its partial file
}

QFileDialog *CertificateBatchPage::fileDialog() const
{
    return m_dialog.data();
}

QString CertificateBatchPage::statusText() const
{
    return m_status->text();
}

void CertificateBatchPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_types->isLoaded())
        m_types->load();
    if (m_unit->text().isEmpty())
        m_unit->setFocus();
}

void CertificateBatchPage::setPhase(Phase phase)
{
    m_phase = phase;
    const bool running = phase == Phase::Issuing || phase == Phase::Rendering;
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_print->setVisible(phase == Phase::Done);
    m_unit->setEnabled(!running);
    m_types->setEnabled(!running);
    m_output->setEnabled(!running);
    m_start->setText(canResume() ? tr("Resume") : tr("Issue and write PDF"));
}

bool CertificateBatchPage::canResume() const
{
    return m_phase == Phase::Failed && (m_nextChunk < m_chunks.size() || !m_certificates.isEmpty());
}

void CertificateBatchPage::reset()
{
    if (m_phase == Phase::Issuing || m_phase == Phase::Rendering)
        cancel();
    m_unit->clear();
    m_model->removeRows(0, m_model->rowCount());
    m_count->clear();
    m_types->clearInputs();
    m_output->clear();
    m_status->clear();
    m_progress->reset();
    m_loadedUnit.clear();
    m_chunks.clear();
    m_nextChunk = 0;
    m_operation->forget();
    m_certificates.clear();
    m_refused.clear();
    m_pdfPath.clear();
    setPhase(Phase::Idle);
}

void CertificateBatchPage::rebuildNavigation()
{
    delete m_navigator;
    QList<QWidget *> fields = m_types->fields();
    fields.append(m_output);
    m_navigator = new FormNavigator(fields, this);
    connect(m_navigator, &FormNavigator::submitRequested, this, &CertificateBatchPage::start);
}

void CertificateBatchPage::loadUnit()
{
    const QString unit = m_unit->text().trimmed();
    if (unit.isEmpty() || !std::all_of(unit.cbegin(), unit.cend(), [](QChar c) { return c.isDigit(); })) {
        m_status->setText(tr("Enter the unit account number (digits)"));
        return;
    }
    m_model->removeRows(0, m_model->rowCount());
    m_status->setText(tr("Loading…"));
    client::api::certificates::fetchEmployees(
        m_core->api(), unit, this, [this, unit](const client::api::Reply<client::api::UnitEmployees> &r) {
            m_loadedUnit = r.ok() ? unit : QString();
            onEmployees(r);
        });
}

void CertificateBatchPage::onEmployees(const client::api::Reply<client::api::UnitEmployees> &reply)
{
    if (!reply.ok()) {
        m_status->setText(reply.message);
        emit employeesLoaded(0);
        return;
    }
    for (const client::api::UnitEmployee &e : reply.value().items) {
        if (e.state != u"01") // only active (正常) accounts get certificates
            continue;
        auto *account = new QStandardItem(e.accountNumber);
        account->setCheckable(true);
        account->setCheckState(Qt::Checked);
        m_model->appendRow({account, new QStandardItem(identity::maskName(e.name)),
                            new QStandardItem(identity::maskNumber(e.documentNumber)),
                            new QStandardItem(TransferText::accountState(e.state))});
    }
    m_view->resizeColumnsToContents();
    const int n = m_model->rowCount();
    m_count->setText(tr("%1 of %n active employee(s) selected", nullptr, n).arg(selectedCount()));
    m_status->setText(
        reply.value().truncated
            ? tr("The unit has more employees than one list shows; only those listed are issued")
            : QString());
    if (m_output->text().isEmpty() || m_phase == Phase::Idle) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_output->setText(QDir(dir).filePath(u"certificates-%1-%2.pdf"_qs.arg(
            m_loadedUnit, m_core->clock().now().toLocalTime().toString(u"yyyyMMdd-HHmm"_qs))));
    }
    if (n > 0)
        m_types->typeBox()->setFocus();
    emit employeesLoaded(n);
}

void CertificateBatchPage::setAllSelected(bool selected)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_model->item(r, 0)->setCheckState(selected ? Qt::Checked : Qt::Unchecked);
}

QStringList CertificateBatchPage::selectedAccounts() const
{
    QStringList accounts;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->item(r, 0)->checkState() == Qt::Checked)
            accounts.append(m_model->item(r, 0)->text());
    }
    return accounts;
}

int CertificateBatchPage::selectedCount() const
{
    return int(selectedAccounts().size());
}

QString CertificateBatchPage::runSignature() const
{
    QStringList inputs;
    for (const auto &[name, value] : m_types->inputs())
        inputs << name + u'=' + value;
    return QStringList{m_loadedUnit, m_types->typeCode(), inputs.join(u'\x1f'), selectedAccounts().join(u',')}
        .join(u'\n');
}

void CertificateBatchPage::browse()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new QFileDialog(this, tr("Save the certificates as PDF"), m_output->text());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setAcceptMode(QFileDialog::AcceptSave);
    m_dialog->setDefaultSuffix(u"pdf"_qs);
    m_dialog->setNameFilter(tr("PDF files (*.pdf)"));
    m_dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(m_dialog, &QFileDialog::fileSelected, m_output, &QLineEdit::setText);
    m_dialog->open();
}

void CertificateBatchPage::start()
{
    if (m_phase == Phase::Issuing || m_phase == Phase::Rendering)
        return;
    if (!m_output->text().trimmed().endsWith(u".pdf"_qs, Qt::CaseInsensitive)) {
        m_status->setText(tr("Choose where to save the PDF (a file name ending in .pdf)"));
        m_output->setFocus();
        return;
    }
    if (!m_core->isOnline()) {
        m_status->setText(tr("Certificates are signed by the server: issuing needs the connection. Try again "
                             "when it is back"));
        return;
    }
    const QString signature = runSignature();
    // After a failure the same run resumes: the chunks not yet answered are sent with their keys,
    // or — when all were answered and only the PDF failed — just the PDF is written again.
    if (!(canResume() && signature == m_signature)) {
        if (m_loadedUnit.isEmpty() || selectedCount() == 0) {
            m_status->setText(tr("Load the unit and select at least one employee"));
            return;
        }
        if (const QString problem = m_types->check(); !problem.isEmpty()) {
            m_status->setText(problem);
            return;
        }
        // One operation per chunk: a resumed run sends the chunk that failed with the same id, so
        // the server answers what it already issued instead of issuing twice.
        const QStringList accounts = selectedAccounts();
        m_chunks.clear();
        for (qsizetype i = 0; i < accounts.size(); i += kChunk)
            m_chunks.append(client::api::certificates::issueBatch(m_types->typeCode(), m_loadedUnit,
                                                                  accounts.mid(i, kChunk), m_types->inputs(),
                                                                  tr("Certificates (batch)")));
        m_nextChunk = 0;
        m_operation->forget();
        m_total = int(accounts.size());
        m_certificates.clear();
        m_refused.clear();
        m_signature = signature;
    }
    m_pdfPath = m_output->text().trimmed();
    m_cancelRequested = false;
    m_progress->setRange(0, m_total);
    setPhase(Phase::Issuing);
    sendNextChunk();
}

void CertificateBatchPage::sendNextChunk()
{
    const int done = int(m_certificates.size() + m_refused.size());
    m_progress->setValue(done);
    m_status->setText(tr("Issuing: %1 of %2 answered…").arg(done).arg(m_total));
    emit progressChanged(m_phase, done, m_total);
    if (m_cancelRequested) {
        finish(Phase::Cancelled,
               tr("Cancelled. %n certificate(s) had already been issued; no PDF was written.", nullptr,
                  int(m_certificates.size())));
        return;
    }
    if (m_nextChunk >= m_chunks.size()) {
        render();
        return;
    }
    if (m_operation->isPending()) {
        m_operation->resend(); // resumed while the chunk is still in the outbox: the same operation
        return;
    }
    // A new chunk gets a new id; the chunk a refusal ended keeps its id when it is sent again.
    m_operation->start(m_chunks.at(m_nextChunk));
}

void CertificateBatchPage::onChunkFailed(const QString &message)
{
    if (m_phase != Phase::Issuing)
        return;
    finish(Phase::Failed, tr("%1. %n certificate(s) were issued so far; press Resume to continue with the "
                             "same requests.",
                             nullptr, int(m_certificates.size()))
                              .arg(message));
}

void CertificateBatchPage::onChunk(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::CertificateBatchResult>();
    if (!result) {
        onChunkFailed(client::usertext::describe(result.error()));
        return;
    }
    for (const auto &item : result->items) {
        if (item.issued)
            m_certificates.append(item.certificate);
        else
            m_refused.append(tr("%1: %2").arg(item.accountNumber, errortext::message(item.code)));
    }
    ++m_nextChunk;
    if (m_phase == Phase::Issuing)
        sendNextChunk();
    else
        setPhase(m_phase); // answered after the run stopped: Resume goes on from the next chunk
}

void CertificateBatchPage::render()
{
    if (m_certificates.isEmpty()) {
        finish(Phase::Failed, tr("No certificate was issued: %1").arg(m_refused.join(u"; "_qs)));
        return;
    }
    setPhase(Phase::Rendering);
    const PrintJob job = batchJob(m_certificates, tr("Certificates of unit %1").arg(m_loadedUnit));
    m_progress->setRange(0, job.pageCount);
    m_progress->setValue(0);
    m_status->setText(tr("Writing the PDF: page %1 of %2…").arg(0).arg(job.pageCount));
    emit progressChanged(m_phase, 0, job.pageCount);
    m_cancelFlag = std::make_shared<std::atomic_bool>(m_cancelRequested);
    const QString part = m_pdfPath + u".part"_qs;
    // Painting into a QPdfWriter is safe on a worker thread; progress comes back queued.
    m_render.setFuture(QtConcurrent::run([this, job, part, flag = m_cancelFlag]() -> Status {
        Status s = printing::writePdf(
            part, job.pageSize, job.pageCount,
            [this, &job](QPainter &painter, const QRectF &page, int index) {
                job.paintPage(painter, page, index);
                QMetaObject::invokeMethod(
                    this, [this, index] { onRendered(index + 1); }, Qt::QueuedConnection);
            },
            [flag] { return flag->load(); }, job.title);
        if (!s)
            QFile::remove(part);
        return s;
    }));
}

void CertificateBatchPage::onRendered(int pages)
{
    if (m_phase != Phase::Rendering)
        return;
    m_progress->setValue(pages);
    m_status->setText(tr("Writing the PDF: page %1 of %2…").arg(pages).arg(m_progress->maximum()));
    emit progressChanged(m_phase, pages, m_progress->maximum());
}

void CertificateBatchPage::onRenderFinished()
{
    const Status s = m_render.result();
    const QString part = m_pdfPath + u".part"_qs;
    if (!s && s.error().code == u"pdf.cancelled") {
        finish(Phase::Cancelled,
               tr("Cancelled. %n certificate(s) had already been issued; no PDF was written.", nullptr,
                  int(m_certificates.size())));
        return;
    }
    if (!s) {
        finish(Phase::Failed, tr("The PDF could not be written: %1").arg(errortext::describe(s.error())));
        return;
    }
    QFile::remove(m_pdfPath); // replaced only by a complete file
    if (!QFile::rename(part, m_pdfPath)) {
        QFile::remove(part);
        finish(Phase::Failed,
               tr("The PDF could not be saved as %1").arg(QDir::toNativeSeparators(m_pdfPath)));
        return;
    }
    QString message = tr("%n certificate(s) written to %1", nullptr, int(m_certificates.size()))
                          .arg(QDir::toNativeSeparators(m_pdfPath));
    if (!m_refused.isEmpty())
        message +=
            u'\n' + tr("Not issued (%n): %1", nullptr, int(m_refused.size())).arg(m_refused.join(u"; "_qs));
    finish(Phase::Done, message);
}

void CertificateBatchPage::cancel()
{
    m_cancelRequested = true;
    if (m_cancelFlag)
        *m_cancelFlag = true;
    if (m_phase == Phase::Issuing || m_phase == Phase::Rendering)
        m_status->setText(tr("Cancelling…"));
}

void CertificateBatchPage::finish(Phase phase, const QString &message)
{
    setPhase(phase);
    m_status->setText(message);
    if (phase == Phase::Done)
        m_progress->setValue(m_progress->maximum());
    emit finished(phase, phase == Phase::Done ? m_pdfPath : QString());
}

PageDescriptor CertificateBatchPage::descriptor()
{
    return {.code = u"4002"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Batch certificates"),
            .permission = u"certificates.batch"_qs,
            .shortcut = QKeySequence(Qt::SHIFT | Qt::Key_F8),
            .guideAnchor = u"七证明亮码可办"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new CertificateBatchPage(context.core(), context.printer(), parent);
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
