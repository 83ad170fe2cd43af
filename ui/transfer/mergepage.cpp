#include "transfer/mergepage.h"

#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/grantdialog.h"
#include "shell/pageregistry.h"
#include "transfer/lookupfield.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/formsection.h"
#include "widgets/receiptbar.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hpf::ui {

MergePage::MergePage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_keep(new TransferLookupField(core, TransferLookupField::Kind::Personal, this))
    , m_table(new QTableWidget(0, 5, this))
    , m_merge(new QPushButton(tr("&Merge into the kept account…"), this))
    , m_status(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"mergePage"_qs);
    m_keep->edit()->setObjectName(u"mergeKeep"_qs);
    m_table->setObjectName(u"mergeCandidates"_qs);
    m_table->setHorizontalHeaderLabels(
        {tr("Account number"), tr("State"), tr("Name"), tr("Unit account"), tr("Balance")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_merge->setObjectName(u"mergeSubmit"_qs);
    m_status->setObjectName(u"mergeStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setObjectName(u"mergeResult"_qs);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setAccessibleName(tr("Other live accounts of the same person"));
    QWidget *content = scrolledContent(this);
    QFormLayout *form = nullptr;
    auto *keep = formSection(tr("Kept account"), content, &form);
    m_keep->addTo(form, tr("Account to keep:"));
    auto *sections = new SectionRow(content);
    sections->addSection(keep);
    sections->addSection(TransferLookupField::summaryPanel({{tr("Kept account:"), m_keep}}, content), 1);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(
        wrappedLabel(tr("A person with more than one live account here keeps one. Type the account "
                        "to keep and press Enter: the person's other live accounts are listed. "
                        "Press Enter on the one to merge; a supervisor authorises at this screen."),
                     content));
    layout->addWidget(sections);
    layout->addWidget(buddyLabel(tr("Other live accounts of the same person:"), m_table, content));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_merge, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_receipt);

    connect(m_keep->edit(), &QLineEdit::returnPressed, this, &MergePage::loadCandidates);
    connect(m_table, &QTableWidget::activated, this, &MergePage::startMerge);
    connect(m_merge, &QPushButton::clicked, this, &MergePage::startMerge);
    connect(m_operation, &client::ops::Operation::status, this, &MergePage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &MergePage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this,
            [this](const QString &message, const Error &error) {
                setStatus(TransferText::refusal(message, error), true);
                if (error.field == u"keepAccount")
                    m_keep->edit()->setFocus();
                else
                    m_table->setFocus();
                emit finished(false);
            });
    reset();
}

GrantDialog *MergePage::grantDialog() const
{
    return m_grantDialog;
}

QString MergePage::statusText() const
{
    return m_status->text();
}

QString MergePage::resultText() const
{
    return m_resultLabel->text();
}

void MergePage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void MergePage::reset()
{
    if (m_grantDialog)
        m_grantDialog->close();
    m_keep->clear();
    m_table->setRowCount(0);
    m_candidates.clear();
    m_candidatesOf.clear();
    m_status->clear();
    m_resultLabel->clear();
    m_receipt->clear();
    m_result.reset();
    m_operation->forget();
}

void MergePage::showAccount(const QString &accountNumber)
{
    reset();
    m_keep->edit()->setText(accountNumber);
    loadCandidates();
}

void MergePage::loadCandidates()
{
    if (Status s = m_keep->validate(); !s) {
        setStatus(errortext::describe(s.error()), true);
        m_keep->edit()->setFocus();
        return;
    }
    const QString keep = m_keep->number();
    m_keep->load();
    m_candidatesOf = keep;
    m_table->setRowCount(0);
    m_candidates.clear();
    setStatus(tr("Looking for the person's other accounts…"), false);
    client::api::transfers::mergeCandidates(
        m_core->api(), keep, this,
        [this, keep](const client::api::Reply<client::api::MergeCandidates> &reply) {
            if (keep != m_candidatesOf)
                return;
            if (!reply.ok()) {
                setStatus(reply.message, true);
                m_keep->edit()->setFocus();
                emit candidatesLoaded(-1);
                return;
            }
            m_candidates = reply.value().items;
            m_table->setRowCount(int(m_candidates.size()));
            for (int r = 0; r < m_candidates.size(); ++r) {
                const client::api::Account &a = m_candidates.at(r);
                const QStringList cells{a.accountNumber, TransferText::accountState(a.state),
                                        identity::maskName(a.name), a.unitAccount,
                                        a.balanceFen ? money::format(*a.balanceFen) : QString()};
                for (int c = 0; c < cells.size(); ++c)
                    m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
            }
            m_table->resizeColumnsToContents();
            if (m_candidates.isEmpty()) {
                setStatus(tr("The person has no other live account here: nothing to merge"), false);
                m_keep->edit()->setFocus();
            } else {
                setStatus(tr("%n other live account(s): choose the one to merge and press Enter", nullptr,
                             int(m_candidates.size())),
                          false);
                m_table->selectRow(0);
                m_table->setFocus();
            }
            emit candidatesLoaded(int(m_candidates.size()));
        });
}

void MergePage::startMerge()
{
    if (m_operation->isPending() || m_grantDialog)
        return;
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_candidates.size() || m_candidatesOf != m_keep->number()) {
        setStatus(tr("Load the account to keep and choose the account to merge first"), true);
        m_keep->edit()->setFocus();
        return;
    }
    if (!m_core->isOnline()) {
        // The supervisor's grant is given now, at this screen: never queued.
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    const client::api::Account &merged = m_candidates.at(row);
    if (!m_operation->confirm(
            client::api::transfers::merge(m_candidatesOf, merged.accountNumber, tr("Account merge"))))
        return;
    m_receipt->clear();
    m_resultLabel->clear();
    const QString summary = tr("Merge account %1 into account %2 (same person): the merged account is closed")
                                .arg(merged.accountNumber, m_candidatesOf);
    m_grantDialog = new GrantDialog(m_core->session(), m_operation, summary, this);
    connect(m_grantDialog, &QDialog::finished, this, [this] { m_operation->cancel(); });
    connect(m_grantDialog, &GrantDialog::granted, this, [this] { m_operation->submit(); });
    m_grantDialog->open();
}

void MergePage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::InCityResult>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit finished(false);
        return;
    }
    m_result = result.value();
    const client::api::InCityResult &r = *m_result;
    setStatus(tr("Merged: serial %1").arg(r.serial), false);
    m_resultLabel->setText(
        tr("Account %1 closed (%2); account %3 credited: principal %4 · interest to date %5 · "
           "amount %6")
            .arg(r.from.accountNumber, TransferText::closeReason(r.from.closeReason), r.to.accountNumber,
                 money::format(r.principalFen), money::format(r.interestFen), money::format(r.amountFen)));
    m_receipt->setReceipt(r.receipt, m_training);
    m_table->setRowCount(0);
    m_candidates.clear();
    m_receipt->pdfButton()->setFocus();
    emit finished(true);
}

PageDescriptor MergePage::descriptor()
{
    return {.code = u"5003"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Account merge"),
            .permission = u"transfers.merge"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"个人合并5003"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new MergePage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->keepField());
                connect(&context, &PageContext::trainingChanged, page, &MergePage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&MergePage::showAccount)};
}

} // namespace hpf::ui
