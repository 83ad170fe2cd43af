#include "audit/auditpage.h"

#include "api/audit.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "shell/pageregistry.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"

#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

Q_LOGGING_CATEGORY(lcAuditPage, "hpf.ui.audit")

enum Column { Time, User, Branch, Operation, Object, Outcome, ColumnCount };

} // namespace

AuditPage::AuditPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_user(new QLineEdit(this))
    , m_branch(new QLineEdit(this))
    , m_operation(new QLineEdit(this))
    , m_person(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_search(new QPushButton(tr("Search"), this))
    , m_more(new QPushButton(tr("More"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_verify(new QPushButton(tr("Verify the audit chain"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_detail(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"auditPage"_qs);
    m_person->setObjectName(u"auditPerson"_qs);
    m_from->setPlaceholderText(u"YYYY-MM-DD"_qs);
    m_to->setPlaceholderText(u"YYYY-MM-DD"_qs);
    m_operation->setPlaceholderText(tr("e.g. holds. or accounts.get"));
    m_person->setPlaceholderText(tr("full identity number"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Branch"), tr("Business"), tr("Object"), tr("Outcome")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_detail->setReadOnly(true);
    m_detail->setObjectName(u"auditDetail"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_more->setEnabled(false);

    // Who acted on the left, on what and when on the right.
    auto *who = formSection(tr("Who"), this);
    sectionForm(who)->addRow(tr("User:"), m_user);
    sectionForm(who)->addRow(tr("Branch:"), m_branch);
    sectionForm(who)->addRow(tr("Business:"), m_operation);
    auto *what = formSection(tr("What and when"), this);
    sectionForm(what)->addRow(tr("Person (identity number):"), m_person);
    sectionForm(what)->addRow(tr("Account number:"), m_account);
    sectionForm(what)->addRow(tr("From (date):"), m_from);
    sectionForm(what)->addRow(tr("To (date):"), m_to);
    fitToChars(m_user, 20);
    fitToChars(m_branch, 8);
    fitToChars(m_operation, 28);
    fitToChars(m_person, chars::identityNumber + 4);
    fitToChars(m_account, chars::accountNumber);
    fitToChars(m_from, chars::date + 2);
    fitToChars(m_to, chars::date + 2);
    auto *form = new SectionColumns(this);
    form->addLeft(who);
    form->addRight(what);
    m_table->setObjectName(u"auditTable"_qs);
    m_table->setAccessibleName(tr("Audit records"));
    // The detail of the chosen record, labelled; Tab leaves it (it is read-only).
    m_detail->setTabChangesFocus(true);
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailLabel = new QLabel(tr("Record &details:"), detailPane);
    detailLabel->setBuddy(m_detail);
    detailLayout->addWidget(detailLabel);
    detailLayout->addWidget(m_detail, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_search, m_more, m_export, m_verify})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    auto *nav = new FormNavigator({m_user, m_branch, m_operation, m_person, m_account, m_from, m_to}, this);
    connect(nav, &FormNavigator::submitRequested, this, &AuditPage::search);
    connect(m_search, &QPushButton::clicked, this, &AuditPage::search);
    connect(m_more, &QPushButton::clicked, this, &AuditPage::loadMore);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row, int, int, int) { showRecord(row); });
}

QString AuditPage::statusText() const
{
    return m_status->text();
}

void AuditPage::reset()
{
    ++m_generation;
    for (QLineEdit *e : {m_user, m_branch, m_operation, m_person, m_account, m_from, m_to})
        e->clear();
    m_table->setRowCount(0);
    m_detail->clear();
    m_status->clear();
    m_nextBeforeId = 0;
    m_more->setEnabled(false);
}

bool AuditPage::readQuery(client::api::AuditQuery *query)
{
    query->user = m_user->text();
    query->branch = m_branch->text();
    query->operation = m_operation->text();
    query->documentNumber = m_person->text();
    query->accountNumber = m_account->text();
    for (auto [edit, date] : {std::pair{m_from, &query->from}, std::pair{m_to, &query->to}}) {
        const QString text = edit->text().trimmed();
        *date = text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date->isValid()) {
            setStatus(tr("Type dates as YYYY-MM-DD."), true);
            edit->setFocus();
            return false;
        }
    }
    return true;
}

void AuditPage::search()
{
    client::api::AuditQuery query;
    if (!readQuery(&query))
        return;
    const int generation = ++m_generation;
    setStatus(tr("Searching…"), false);
    client::api::audit::search(m_core->api(), query, this,
                               [this, generation](const client::api::Reply<client::api::AuditPage> &reply) {
                                   if (generation != m_generation)
                                       return;
                                   if (!reply.ok())
                                       return setStatus(reply.message, true);
                                   showPage(reply.value(), false);
                               });
}

void AuditPage::loadMore()
{
    client::api::AuditQuery query;
    if (m_nextBeforeId == 0 || !readQuery(&query))
        return;
    query.beforeId = m_nextBeforeId;
    const int generation = m_generation;
    client::api::audit::search(m_core->api(), query, this,
                               [this, generation](const client::api::Reply<client::api::AuditPage> &reply) {
                                   if (generation != m_generation)
                                       return;
                                   if (!reply.ok())
                                       return setStatus(reply.message, true);
                                   showPage(reply.value(), true);
                               });
}

void AuditPage::showPage(const client::api::AuditPage &page, bool append)
{
    if (!append) {
        m_table->setRowCount(0);
        m_detail->clear();
    }
    for (const client::api::AuditEntry &e : page.items) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{e.at.toString(u"yyyy-MM-dd HH:mm:ss"_qs),
                                e.user,
                                e.branch,
                                e.operation,
                                e.object,
                                outcomeText(e.outcome)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == Time)
                item->setData(Qt::UserRole, e.id);
            m_table->setItem(row, c, item);
        }
    }
    m_nextBeforeId = page.nextBeforeId;
    m_more->setEnabled(m_nextBeforeId > 0);
    setStatus(m_table->rowCount() == 0 ? tr("No records match.")
                                       : tr("%n record(s) shown.", nullptr, m_table->rowCount()),
              false);
    emit searched(m_table->rowCount());
}

QString AuditPage::outcomeText(const QString &outcome)
{
    if (outcome == u"ok")
        return tr("Done");
    if (outcome == u"queued")
        return tr("Queued");
    if (outcome == u"started")
        return tr("Started");
    if (outcome == u"chunk")
        return tr("Part received");
    if (outcome.isEmpty())
        return QString();
    return tr("%1 (%2)").arg(errortext::message(outcome), outcome);
}

void AuditPage::showRecord(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    const qint64 id = m_table->item(row, Time)->data(Qt::UserRole).toLongLong();
    const int generation = m_generation;
    client::api::audit::record(
        m_core->api(), id, this,
        [this, id, generation](const client::api::Reply<client::api::AuditEntry> &reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok())
                return setStatus(reply.message, true);
            const client::api::AuditEntry &e = reply.value();
            QStringList lines{
                tr("Record %1 (chain position %2)")
                    .arg(e.id)
                    .arg(e.chainSeq > 0 ? QString::number(e.chainSeq) : tr("not chained yet")),
                tr("Time: %1").arg(e.at.toString(u"yyyy-MM-dd HH:mm:ss"_qs)),
                tr("User: %1 (%2), branch %3, workstation %4").arg(e.user, e.role, e.branch, e.workstation),
                tr("Request: %1").arg(e.requestId),
                tr("Business: %1").arg(e.operation),
                tr("Object: %1").arg(e.object),
                tr("Outcome: %1").arg(outcomeText(e.outcome))};
            if (!e.before.isEmpty())
                lines << QString() << tr("Before:") << e.before;
            if (!e.after.isEmpty())
                lines << QString() << tr("After:") << e.after;
            m_detail->setPlainText(lines.join(u'\n'));
            emit detailShown(id);
        });
}

void AuditPage::chooseExportFile()
{
    // Non-modal: the page keeps its event loop.
    auto *dialog = new QFileDialog(this, tr("Export audit records"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_qs);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &AuditPage::exportTo);
    dialog->open();
}

void AuditPage::exportTo(const QString &path)
{
    client::api::AuditQuery query;
    if (path.isEmpty() || !readQuery(&query))
        return;
    setStatus(tr("Exporting…"), false);
    client::api::audit::exportCsv(
        m_core->api(), query, this, [this, path](const client::api::Reply<client::api::AuditExport> &reply) {
            if (!reply.ok())
                return setStatus(reply.message, true);
            QSaveFile file(path);
            // With a byte-order mark, so spreadsheet programs read the Chinese text as UTF-8.
            const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + reply.value().content.toUtf8();
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                qCWarning(lcAuditPage) << "export not written:" << file.errorString();
                return setStatus(tr("The export could not be written: %1").arg(file.errorString()), true);
            }
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            setStatus(tr("%n record(s) exported (%1).", nullptr, int(reply.value().records))
                          .arg(reply.value().watermark),
                      false);
            emit exported(path);
        });
}

void AuditPage::verify()
{
    setStatus(tr("Verifying the audit chain…"), false);
    client::api::audit::verify(
        m_core->api(), this, [this](const client::api::Reply<client::api::AuditVerification> &reply) {
            if (!reply.ok())
                return setStatus(reply.message, true);
            const auto &v = reply.value();
            if (v.ok)
                setStatus(tr("The audit chain is intact: %1 records, %2 signed "
                             "checkpoints, %3 not chained yet.")
                              .arg(v.records)
                              .arg(v.checkpoints)
                              .arg(v.unchained),
                          false);
            else
                setStatus(tr("The audit chain is broken at record %1 (position %2): %3")
                              .arg(v.firstBadId)
                              .arg(v.firstBadSeq)
                              .arg(v.reason),
                          true);
            emit verified(v.ok);
        });
}

void AuditPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
}

PageDescriptor AuditPage::descriptor()
{
    return {.code = u"9001"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Audit records"),
            .permission = u"audit.search"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"审计查询9001"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new AuditPage(context.core(), parent);
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
