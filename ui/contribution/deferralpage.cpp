#include "contribution/deferralpage.h"

#include "clientcore.h"
#include "contribution/contributiontext.h"
#include "domain/errortext.h"
#include "lookup/summarypanel.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/grantdialog.h"
#include "shell/pageregistry.h"
#include "transfer/lookupfield.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"
#include "widgets/receiptbar.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

DeferralPage::DeferralPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_unit(new TransferLookupField(core, TransferLookupField::Kind::Unit, this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_reason(new QLineEdit(this))
    , m_memo(new QLineEdit(this))
    , m_submit(new QPushButton(tr("&Defer (supervisor)"), this))
    , m_status(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_list(new QTableWidget(0, 5, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"deferralPage"_qs);
    m_unit->edit()->setObjectName(u"deferralUnit"_qs);
    m_from->setObjectName(u"deferralFrom"_qs);
    m_to->setObjectName(u"deferralTo"_qs);
    m_reason->setObjectName(u"deferralReason"_qs);
    m_memo->setObjectName(u"deferralMemo"_qs);
    for (QLineEdit *month : {m_from, m_to}) {
        month->setPlaceholderText(tr("YYYY-MM"));
        month->setMaxLength(12);
    }
    m_reason->setMaxLength(200);
    m_memo->setMaxLength(200);
    m_status->setObjectName(u"deferralStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(u"deferralList"_qs);
    m_list->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Status"), tr("Approved by"), tr("Reason")});
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Unit account:"), m_unit);
    form->addRow(tr("First deferred month:"), m_from);
    form->addRow(tr("Last deferred month:"), m_to);
    form->addRow(tr("Reason (hardship, documents seen):"), m_reason);
    form->addRow(tr("Memo (optional):"), m_memo);
    labelInput(form, m_unit, m_unit->edit());
    fitToChars(m_unit->edit(), chars::accountNumber);
    fitToChars(m_from, chars::month);
    fitToChars(m_to, chars::month);
    fitToChars(m_reason, 40);
    fitToChars(m_memo, 40);
    m_list->setAccessibleName(tr("The unit's deferrals"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("Deferral (缓缴) of a unit in hardship: the months from the first to "
                                      "the last are not due while the deferral lasts. A supervisor "
                                      "authorises it at this screen. Enter in the memo asks for the grant."),
                                   this));
    // The form on the left, the looked-up unit beside it (under it where the page is narrow).
    layout->addWidget(SummaryPanel::besideForm(form, SummaryPanel::Kind::Unit, m_unit, m_core, this));
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_receipt);
    layout->addWidget(new QLabel(tr("The unit's deferrals:"), this));
    layout->addWidget(m_list, 1);

    auto *nav = new FormNavigator({m_unit->edit(), m_from, m_to, m_reason, m_memo}, this);
    connect(nav, &FormNavigator::submitRequested, this, &DeferralPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &DeferralPage::submit);
    connect(m_unit, &TransferLookupField::loaded, this, [this](bool ok) {
        if (ok)
            refreshList();
    });
    connect(m_operation, &client::ops::Operation::status, this, &DeferralPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &DeferralPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &DeferralPage::onFailed);
    reset();
}

QString DeferralPage::statusText() const
{
    return m_status->text();
}

void DeferralPage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void DeferralPage::reset()
{
    if (m_grantDialog)
        m_grantDialog->close();
    m_unit->clear();
    for (QLineEdit *e : {m_from, m_to, m_reason, m_memo})
        e->clear();
    m_status->clear();
    m_receipt->clear();
    m_list->setRowCount(0);
    m_operation->forget();
    m_result.reset();
}

void DeferralPage::showUnit(const QString &unitAccount)
{
    reset();
    m_unit->setText(unitAccount);
    m_from->setFocus();
}

void DeferralPage::refreshList()
{
    const QString unit = m_unit->number();
    if (unit.isEmpty())
        return;
    client::api::contributions::deferrals(
        m_core->api(), unit, this, [this, unit](const client::api::Reply<client::api::Deferrals> &reply) {
            if (unit != m_unit->number())
                return;
            if (!reply.ok()) {
                m_list->setRowCount(0);
                emit listLoaded(false);
                return;
            }
            const auto &items = reply.value().items;
            m_list->setRowCount(int(items.size()));
            for (int r = 0; r < items.size(); ++r) {
                const client::api::Deferral &d = items.at(r);
                const QStringList cells{d.fromMonth, d.toMonth, ContributionText::deferralStatus(d.status),
                                        d.approvedBy, d.reason};
                for (int c = 0; c < cells.size(); ++c)
                    ContributionText::setCell(m_list, r, c, cells.at(c));
            }
            m_list->resizeColumnsToContents();
            emit listLoaded(true);
        });
}

void DeferralPage::submit()
{
    if (m_operation->isPending() || m_grantDialog)
        return;
    if (Status s = m_unit->validate(); !s) {
        setStatus(errortext::describe(s.error()), true);
        m_unit->edit()->setFocus();
        return;
    }
    const QString from = client::api::contributions::normaliseMonth(m_from->text());
    const QString to = client::api::contributions::normaliseMonth(m_to->text());
    for (const auto &[month, edit] : {std::pair{from, m_from}, std::pair{to, m_to}}) {
        if (month.isEmpty()) {
            setStatus(errortext::describe(
                          makeError(u"deferral.months"_qs, edit == m_from ? u"fromMonth"_qs : u"toMonth"_qs)),
                      true);
            edit->setFocus();
            return;
        }
        edit->setText(month);
    }
    if (m_reason->text().trimmed().isEmpty()) {
        setStatus(tr("Give the reason for the deferral"), true);
        m_reason->setFocus();
        return;
    }
    if (!m_core->isOnline()) {
        // The supervisor's grant is given now, at this screen: never queued.
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    const QString unit = m_unit->number();
    if (!m_operation->confirm(client::api::contributions::defer(unit, from, to, m_reason->text(),
                                                                m_memo->text(), tr("Remittance deferral"))))
        return;
    m_receipt->clear();
    m_result.reset();
    const QString summary = tr("Defer the remittances of unit %1 from %2 to %3: %4")
                                .arg(unit, from, to, m_reason->text().trimmed());
    m_grantDialog = new GrantDialog(m_core->session(), m_operation, summary, this);
    connect(m_grantDialog, &QDialog::finished, this, [this] { m_operation->cancel(); });
    connect(m_grantDialog, &GrantDialog::granted, this, [this] { m_operation->submit(); });
    m_grantDialog->open();
}

void DeferralPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::DeferralCreated>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit finished(false);
        return;
    }
    m_result = result.value();
    const client::api::Deferral &d = m_result->deferral;
    setStatus(tr("Deferred %1 to %2, approved by %3: serial %4")
                  .arg(d.fromMonth, d.toMonth, d.approvedBy, d.serial),
              false);
    m_receipt->setReceipt(m_result->receipt, m_training);
    m_receipt->pdfButton()->setFocus();
    refreshList();
    emit finished(true);
}

void DeferralPage::onFailed(const QString &message, const Error &error)
{
    setStatus(TransferText::refusal(message, error), true);
    if (error.field == u"toMonth")
        m_to->setFocus();
    else if (error.field == u"fromMonth" || error.code.startsWith(u"deferral."))
        m_from->setFocus();
    else if (error.field == u"reason")
        m_reason->setFocus();
    else if (error.field == u"unitAccount" || error.code.startsWith(u"unit."))
        m_unit->edit()->setFocus();
    emit finished(false);
}

PageDescriptor DeferralPage::descriptor()
{
    return {.code = u"2103"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Remittance deferral"),
            .permission = u"remittances.defer"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"缓缴2103"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new DeferralPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->unitField());
                connect(&context, &PageContext::trainingChanged, page, &DeferralPage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&DeferralPage::showUnit)};
}

} // namespace hpf::ui
