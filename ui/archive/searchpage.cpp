#include "archive/searchpage.h"

#include "clientcore.h"
#include "shell/pageregistry.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"

#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

ArchiveSearchPage::ArchiveSearchPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_name(new QLineEdit(this))
    , m_idNumber(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_serial(new QLineEdit(this))
    , m_archiveNumber(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_search(new QPushButton(tr("Search"), this))
    , m_more(new QPushButton(tr("More"), this))
    , m_table(new QTableWidget(0, 7, this))
    , m_status(new QLabel(this))
{
    setObjectName(u"archiveSearchPage"_qs);
    m_table->setObjectName(u"archiveResults"_qs);
    m_status->setObjectName(u"archiveSearchStatus"_qs);
    m_status->setWordWrap(true);
    m_from->setPlaceholderText(u"YYYY-MM-DD"_qs);
    m_to->setPlaceholderText(u"YYYY-MM-DD"_qs);
    m_idNumber->setPlaceholderText(tr("full identity number"));
    m_table->setHorizontalHeaderLabels({tr("Archive number"), tr("Registered"), tr("Business"), tr("Serial"),
                                        tr("Person"), tr("Files"), tr("Last check")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    m_more->setEnabled(false);

    m_table->setAccessibleName(tr("Archive packages found"));
    const std::pair<QLineEdit *, const char *> names[] = {
        {m_name, QT_TR_NOOP("Person's name")},
        {m_idNumber, QT_TR_NOOP("Identity number")},
        {m_account, QT_TR_NOOP("Personal account number")},
        {m_unit, QT_TR_NOOP("Unit account number or credit code")},
        {m_serial, QT_TR_NOOP("Business serial")},
        {m_archiveNumber, QT_TR_NOOP("Archive number")},
        {m_from, QT_TR_NOOP("Registered from")},
        {m_to, QT_TR_NOOP("Registered to")}};
    for (const auto &[edit, name] : names)
        edit->setAccessibleName(tr(name));
    fitToChars(m_name, chars::name);
    fitToChars(m_idNumber, chars::identityNumber);
    fitToChars(m_account, chars::accountNumber);
    fitToChars(m_unit, chars::creditCode);
    fitToChars(m_serial, 20);
    fitToChars(m_archiveNumber, 20);
    fitToChars(m_from, chars::date);
    fitToChars(m_to, chars::date);

    // Three sections side by side: whose papers, which record, when it was registered.
    auto section = [this](const QString &title) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        // At a large font scale a label goes above its field rather than pushing the page wide.
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        return form;
    };
    QFormLayout *who = section(tr("Person or unit"));
    who->addRow(tr("Person's &name:"), m_name);
    who->addRow(tr("&Identity number:"), m_idNumber);
    who->addRow(tr("Personal &account:"), m_account);
    who->addRow(tr("&Unit account / credit code:"), m_unit);
    QFormLayout *record = section(tr("Record"));
    record->addRow(tr("Business &serial:"), m_serial);
    record->addRow(tr("Archi&ve number:"), m_archiveNumber);
    QFormLayout *period = section(tr("Registered"));
    period->addRow(tr("&From:"), m_from);
    period->addRow(tr("&To:"), m_to);
    // Whose papers on the left; which record and when beside it, one above the other (three
    // sections in a row do not fit at 200 %).
    auto *right = new QVBoxLayout;
    right->addWidget(record->parentWidget());
    right->addWidget(period->parentWidget());
    right->addStretch();
    auto *sections = new QHBoxLayout;
    sections->addWidget(who->parentWidget(), 0, Qt::AlignTop);
    sections->addLayout(right);
    sections->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_search);
    buttons->addWidget(m_more);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sections);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    auto *nav = new FormNavigator(
        {m_name, m_idNumber, m_account, m_unit, m_serial, m_archiveNumber, m_from, m_to}, this);
    connect(nav, &FormNavigator::submitRequested, this, &ArchiveSearchPage::search);
    connect(m_search, &QPushButton::clicked, this, &ArchiveSearchPage::search);
    connect(m_more, &QPushButton::clicked, this, &ArchiveSearchPage::loadMore);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRow(row); });
}

QString ArchiveSearchPage::statusText() const
{
    return m_status->text();
}

void ArchiveSearchPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    m_status->setText(text);
}

void ArchiveSearchPage::reset()
{
    for (QLineEdit *e : {m_name, m_idNumber, m_account, m_unit, m_serial, m_archiveNumber, m_from, m_to})
        e->clear();
    m_table->setRowCount(0);
    m_more->setEnabled(false);
    m_nextCursor.clear();
    m_status->clear();
}

bool ArchiveSearchPage::readQuery(client::api::ArchiveSearchQuery *q)
{
    *q = {};
    q->name = m_name->text();
    q->idNumber = m_idNumber->text();
    q->accountNumber = m_account->text();
    q->unitCode = m_unit->text();
    q->serial = m_serial->text();
    q->archiveNumber = m_archiveNumber->text();
    for (auto [edit, date] : {std::pair{m_from, &q->from}, std::pair{m_to, &q->to}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid()) {
            setStatus(tr("Write the date as YYYY-MM-DD"), true);
            edit->setFocus();
            return false;
        }
    }
    if (q->isEmpty()) {
        setStatus(tr("Enter at least one search term or a date range"), true);
        m_name->setFocus();
        return false;
    }
    return true;
}

void ArchiveSearchPage::search()
{
    if (!readQuery(&m_query))
        return;
    run(false);
}

void ArchiveSearchPage::loadMore()
{
    if (m_nextCursor.isEmpty())
        return;
    m_query.cursor = m_nextCursor;
    run(true);
}

void ArchiveSearchPage::run(bool append)
{
    setStatus(tr("Searching…"), false);
    client::api::archive::search(
        m_core->api(), m_query, this,
        [this, append](const client::api::Reply<client::api::ArchiveSearchPage> &reply) {
            if (!reply.ok()) {
                setStatus(reply.message, true);
                return;
            }
            if (!append)
                m_table->setRowCount(0);
            for (const client::api::ArchivePackageSummary &p : reply.value().items) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                const QString check =
                    !p.lastCheck ? tr("not checked")
                    : p.lastCheck->passed
                        ? tr("passed %1").arg(p.lastCheck->at.toLocalTime().toString(u"yyyy-MM-dd"_qs))
                        : tr("FAILED %1").arg(p.lastCheck->at.toLocalTime().toString(u"yyyy-MM-dd"_qs));
                const QStringList cells{p.archiveNumber,
                                        p.registeredAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs),
                                        p.businessName,
                                        p.serial,
                                        p.personName,
                                        QString::number(p.fileCount),
                                        check};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells.at(c));
                    item->setData(kIdRole, p.id);
                    m_table->setItem(row, c, item);
                }
            }
            m_nextCursor = reply.value().nextCursor;
            m_more->setEnabled(!m_nextCursor.isEmpty());
            setStatus(m_table->rowCount() == 0
                          ? tr("No archive package matches")
                          : tr("%n package(s); Enter opens the selected one", nullptr, m_table->rowCount()),
                      false);
            if (m_table->rowCount() > 0 && !append) {
                m_table->setFocus();
                m_table->selectRow(0);
            }
            emit searched(m_table->rowCount());
        });
}

void ArchiveSearchPage::openRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    emit openRequested(m_table->item(row, 0)->data(kIdRole).toString());
}

bool ArchiveSearchPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openRow(m_table->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

PageDescriptor ArchiveSearchPage::descriptor()
{
    return {.code = u"8002"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Archive search"),
            .permission = u"archive.search"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"档案查询8002"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new ArchiveSearchPage(context.core(), parent);
                connect(page, &ArchiveSearchPage::openRequested, page,
                        [&context](const QString &id) { context.open(u"8003"_qs, id); });
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
