#include "judicial/deskpage.h"

#include "clientcore.h"
#include "domain/money.h"
#include "judicial/judicialtext.h"
#include "judicial/receiptprint.h"
#include "judicial/requestform.h"
#include "reference/referencesync.h"
#include "session/session.h"
#include "session/usertext.h"
#include "shell/grantdialog.h"
#include "shell/pageregistry.h"
#include "store/cachetables.h"
#include "store/outbox.h"
#include "transfer/transfertext.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcJudicialDesk, "hpf.ui.judicial")

namespace hpf::ui {

namespace {

using client::api::JudicialFreeze;
using judicial::RequestType;

bool isDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

QString amountText(const JudicialFreeze &f)
{
    return f.wholeBalance ? JudicialDeskPage::tr("Whole balance") : money::format(f.amountFen);
}

} // namespace

JudicialDeskPage::JudicialDeskPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_account(new QLineEdit(this))
    , m_search(new QPushButton(tr("Search"), this))
    , m_summary(new QLabel(this))
    , m_freezes(new QTableWidget(0, 8, this))
    , m_register(new QPushButton(tr("&Register a freeze"), this))
    , m_renew(new QPushButton(tr("Re&new"), this))
    , m_unfreeze(new QPushButton(tr("&Unfreeze"), this))
    , m_deduct(new QPushButton(tr("&Deduct"), this))
    , m_actionLabel(new QLabel(this))
    , m_form(new JudicialRequestForm(this))
    , m_submit(new QPushButton(tr("Submit for authorisation…"), this))
    , m_status(new QLabel(this))
    , m_risk(new QLabel(this))
    , m_receipt(new JudicialReceiptBar(printer, this))
    , m_scanDocuments(new QPushButton(tr("Scan the legal documents"), this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"judicialDeskPage"_qs);
    m_account->setObjectName(u"judicialAccount"_qs);
    fitToChars(m_account, chars::accountNumber);
    m_summary->setObjectName(u"judicialSummary"_qs);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_freezes->setObjectName(u"judicialFreezes"_qs);
    m_freezes->setAccessibleName(tr("Freezes of the account"));
    m_freezes->setHorizontalHeaderLabels({tr("Position"), tr("Court"), tr("Case number"), tr("Amount"),
                                          tr("Frozen now"), tr("Period"), tr("Renewals"), tr("Serial")});
    m_freezes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_freezes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_freezes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_freezes->verticalHeader()->hide();
    m_freezes->horizontalHeader()->setStretchLastSection(true);
    m_freezes->setMinimumHeight(80);
    m_register->setObjectName(u"judicialRegister"_qs);
    m_renew->setObjectName(u"judicialRenew"_qs);
    m_unfreeze->setObjectName(u"judicialUnfreeze"_qs);
    m_deduct->setObjectName(u"judicialDeduct"_qs);
    m_actionLabel->setObjectName(u"judicialAction"_qs);
    m_submit->setObjectName(u"judicialSubmit"_qs);
    m_status->setObjectName(u"judicialStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing()); // never squeezed away
    m_risk->setObjectName(u"judicialRisk"_qs);
    m_risk->setWordWrap(true);
    m_risk->setStyleSheet(u"color: #8a4b00;"_qs);
    m_scanDocuments->setObjectName(u"judicialScanDocuments"_qs);
    m_scanDocuments->setVisible(false);

    // A long form under a table: the page scrolls rather than clip at a large font.
    QWidget *content = scrolledContent(this);
    // The account searched for, and beside it what the search found.
    QFormLayout *searchForm = nullptr;
    auto *accountBox = formSection(tr("Account"), content, &searchForm);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_account);
    searchRow->addWidget(m_search);
    searchForm->addRow(buddyLabel(tr("&Personal account number:"), m_account, accountBox), searchRow);
    auto *found = new QGroupBox(tr("Looked up"), content);
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(2 * m_summary->fontMetrics().lineSpacing()); // no jump when it fills
    (new QVBoxLayout(found))->addWidget(m_summary);
    auto *top = new SectionRow(content);
    top->addSection(accountBox);
    top->addSection(found, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_register, m_renew, m_unfreeze, m_deduct})
        actions->addWidget(b);
    actions->addStretch();
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(top);
    layout->addWidget(m_freezes, 1);
    layout->addLayout(actions);
    // The outcome right under the actions, where it stays visible whatever the form's height.
    layout->addWidget(m_status);
    layout->addWidget(m_risk);
    layout->addWidget(m_receipt);
    layout->addWidget(m_scanDocuments, 0, Qt::AlignLeft);
    layout->addWidget(m_actionLabel);
    layout->addWidget(m_form);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    m_form->setVisible(false);
    m_submit->setVisible(false);
    m_risk->setVisible(false);

    connect(m_account, &QLineEdit::returnPressed, this, [this] { search(); });
    connect(m_search, &QPushButton::clicked, this, [this] { search(); });
    connect(m_freezes, &QTableWidget::itemSelectionChanged, this, &JudicialDeskPage::updateButtons);
    connect(m_register, &QPushButton::clicked, this, [this] { startAction(Action::Freeze); });
    connect(m_renew, &QPushButton::clicked, this, [this] { startAction(Action::Renew); });
    connect(m_unfreeze, &QPushButton::clicked, this, [this] { startAction(Action::Unfreeze); });
    connect(m_deduct, &QPushButton::clicked, this, [this] { startAction(Action::Deduct); });
    auto *nav = new FormNavigator(m_form->inputs(), this);
    connect(nav, &FormNavigator::submitRequested, this, &JudicialDeskPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &JudicialDeskPage::submit);
    connect(m_form, &JudicialRequestForm::edited, this, &JudicialDeskPage::saveDraft);
    connect(m_account, &QLineEdit::textEdited, this, &JudicialDeskPage::saveDraft);
    connect(m_scanDocuments, &QPushButton::clicked, this, [this] {
        if (!m_serial.isEmpty())
            emit scanDocumentsRequested(m_serial);
    });
    connect(m_operation, &client::ops::Operation::status, this, &JudicialDeskPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &JudicialDeskPage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &JudicialDeskPage::onFailed);
    updateButtons();
}

void JudicialDeskPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_courts)
        loadCourts();
}

void JudicialDeskPage::loadCourts()
{
    if (m_courtsLoading || m_core->session()->user().username.isEmpty())
        return;
    m_courtsLoading = true;
    client::api::judicial::courts(m_core->api(), this, [this](const auto &reply) {
        m_courtsLoading = false;
        if (!reply.ok()) {
            setStatus(reply.message, true);
            return;
        }
        m_courts = reply.value();
        m_form->setCourts(m_courts->courts, m_courts->unfreezeGrounds);
    });
}

QString JudicialDeskPage::statusText() const
{
    return m_status->text();
}

QString JudicialDeskPage::summaryText() const
{
    return m_summary->text();
}

QString JudicialDeskPage::riskText() const
{
    return m_risk->isHidden() ? QString() : m_risk->text();
}

QString JudicialDeskPage::pendingOperationId() const
{
    return m_operation->isPending() ? m_operation->id() : QString();
}

void JudicialDeskPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    m_status->setText(text);
}

void JudicialDeskPage::setMayAct(bool mayAct)
{
    m_mayAct = mayAct;
    updateButtons();
}

void JudicialDeskPage::reset()
{
    m_account->clear();
    m_summary->clear();
    m_freezes->setRowCount(0);
    m_rows.clear();
    m_result.reset();
    m_courts.reset();
    m_searched.clear();
    m_form->clear();
    m_form->setVisible(false);
    m_submit->setVisible(false);
    m_actionLabel->clear();
    m_action = Action::None;
    m_actionHold.clear();
    m_status->clear();
    m_risk->clear();
    m_risk->setVisible(false);
    m_receipt->clear();
    m_serial.clear();
    m_scanDocuments->setVisible(false);
    m_operation->forget();
    updateButtons();
}

void JudicialDeskPage::showAccount(const QString &accountNumber)
{
    m_account->setText(accountNumber.trimmed());
    search();
}

void JudicialDeskPage::search(bool quiet)
{
    const QString account = m_account->text().trimmed();
    if (!isDigits(account)) {
        setStatus(tr("Enter the personal account number (digits)"), true);
        m_account->setFocus();
        return;
    }
    if (!quiet)
        setStatus(tr("Searching…"), false);
    client::api::judicial::search(m_core->api(), account, this, [this, account](const auto &reply) {
        if (m_account->text().trimmed() != account)
            return; // the officer has typed another number meanwhile
        if (!reply.ok()) {
            m_result.reset();
            m_freezes->setRowCount(0);
            m_rows.clear();
            m_summary->clear();
            setStatus(JudicialText::describe(reply.error()) == client::usertext::describe(reply.error())
                          ? reply.message
                          : JudicialText::describe(reply.error()),
                      true);
            updateButtons();
            return;
        }
        m_searched = account;
        if (m_status->text() == tr("Searching…"))
            m_status->clear();
        showResult(reply.value());
        emit loaded();
    });
}

void JudicialDeskPage::showResult(const client::api::JudicialAccountFreezes &result)
{
    m_result = result;
    const auto &a = result.account;
    m_summary->setText(tr("%1  %2  %3  state %4 — balance %5, frozen %6, available %7")
                           .arg(a.accountNumber, a.personName, a.idNumberMasked,
                                TransferText::accountState(a.state), money::format(a.balanceFen),
                                money::format(a.heldFen), money::format(a.availableFen)));
    const QString selected = selectedFreeze() ? selectedFreeze()->holdId : m_actionHold;
    m_rows.clear();
    QStringList positions;
    if (result.active) {
        m_rows.append(*result.active);
        positions.append(JudicialText::stateName(u"active"_qs));
    }
    for (const JudicialFreeze &f : result.queue) {
        m_rows.append(f);
        positions.append(tr("Queued no. %1").arg(f.queuePosition));
    }
    for (const JudicialFreeze &f : result.history) {
        m_rows.append(f);
        positions.append(JudicialText::stateName(f.state));
    }
    m_freezes->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const JudicialFreeze &f = m_rows.at(row);
        const QString period =
            f.startDate.toString(Qt::ISODate) + u" – "_qs + f.endDate.toString(Qt::ISODate);
        const QStringList cells{positions.at(row),
                                f.courtName,
                                f.caseNumber,
                                amountText(f),
                                money::format(f.heldFen),
                                period,
                                QString::number(f.renewals),
                                f.serial};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 3 || column == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_freezes->setItem(row, column, item);
        }
    }
    m_freezes->resizeColumnsToContents();
    if (!selectHold(selected) && !m_rows.isEmpty())
        m_freezes->selectRow(0);
    updateButtons();
}

const client::api::JudicialFreeze *JudicialDeskPage::selectedFreeze() const
{
    const auto rows = m_freezes->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.first().row();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool JudicialDeskPage::selectHold(const QString &holdId)
{
    for (int row = 0; row < m_rows.size() && !holdId.isEmpty(); ++row) {
        if (m_rows.at(row).holdId == holdId) {
            m_freezes->selectRow(row);
            return true;
        }
    }
    return false;
}

void JudicialDeskPage::updateButtons()
{
    const JudicialFreeze *f = selectedFreeze();
    const bool searched = m_result.has_value() && !m_operation->isPending();
    m_register->setEnabled(m_mayAct && searched);
    m_renew->setEnabled(m_mayAct && searched && f && f->isOpen());
    m_unfreeze->setEnabled(m_mayAct && searched && f && f->isOpen());
    m_deduct->setEnabled(m_mayAct && searched && f && f->state == u"active");
}

bool JudicialDeskPage::startAction(Action action)
{
    const JudicialFreeze *f = selectedFreeze();
    if (!m_mayAct || m_operation->isPending() || m_grantDialog || action == Action::None)
        return false;
    if (action != Action::Freeze && !f)
        return false;
    m_action = action;
    m_actionHold = action == Action::Freeze ? QString() : f->holdId;
    const RequestType type = action == Action::Freeze     ? RequestType::Freeze
                             : action == Action::Renew    ? RequestType::Renew
                             : action == Action::Unfreeze ? RequestType::Unfreeze
                                                          : RequestType::Deduct;
    m_form->setType(type);
    if (action == Action::Freeze) {
        m_actionLabel->setText(tr("Register a freeze on account %1").arg(m_searched));
    } else {
        // The freeze acted on: the court and case stay in the form to type from the new papers.
        m_actionLabel->setText(
            tr("%1 the freeze of %2, case %3")
                .arg(JudicialText::actionName(typeCode(type)), f->courtName, f->caseNumber));
    }
    m_form->setVisible(true);
    m_submit->setVisible(true);
    m_receipt->clear();
    m_risk->setVisible(false);
    m_scanDocuments->setVisible(false);
    if (!m_courts)
        loadCourts();
    m_form->inputs().first()->setFocus(Qt::OtherFocusReason);
    saveDraft();
    return true;
}

void JudicialDeskPage::saveDraft()
{
    const QString owner = m_core->session()->user().username;
    if (m_restoring || owner.isEmpty())
        return;
    QHash<QString, QString> draft = m_form->values();
    draft.insert(u"_account"_qs, m_account->text());
    draft.insert(u"_action"_qs, QString::number(int(m_action)));
    draft.insert(u"_hold"_qs, m_actionHold);
    if (Status s = m_core->drafts()->saveFields(owner, draftName(), draft); !s)
        setStatus(tr("The draft could not be saved: %1").arg(client::usertext::describe(s.error())), true);
}

bool JudicialDeskPage::restoreDraft()
{
    const QString owner = m_core->session()->user().username;
    const auto draft = owner.isEmpty() ? std::nullopt : m_core->drafts()->loadFields(owner, draftName());
    if (!draft)
        return false;
    m_restoring = true;
    m_account->setText(draft->value(u"_account"_qs));
    m_action = Action(draft->value(u"_action"_qs).toInt());
    m_actionHold = draft->value(u"_hold"_qs);
    if (m_action != Action::None) {
        m_form->setType(m_action == Action::Freeze     ? RequestType::Freeze
                        : m_action == Action::Renew    ? RequestType::Renew
                        : m_action == Action::Unfreeze ? RequestType::Unfreeze
                                                       : RequestType::Deduct);
        m_form->setVisible(true);
        m_submit->setVisible(true);
    }
    m_form->setValues(*draft);
    m_restoring = false;
    setStatus(tr("An unfinished form was restored from its draft"), false);
    if (isDigits(m_account->text().trimmed()))
        search(true); // the freezes again, with the one the form acts on selected
    return true;
}

QString JudicialDeskPage::grantSummary(const judicial::Request &r) const
{
    const QString amount = r.type == RequestType::Freeze && r.wholeBalance       ? tr("the whole balance")
                           : r.type == RequestType::Unfreeze && r.amountFen == 0 ? tr("the whole freeze")
                           : r.type == RequestType::Renew
                               ? tr("until %1").arg(r.newEndDate.toString(Qt::ISODate))
                               : money::format(r.amountFen);
    const auto *court = m_courts ? m_courts->find(r.courtCode) : nullptr;
    return tr("Judicial %1 of %2 on account %3, %4 case %5")
        .arg(JudicialText::actionName(judicial::typeCode(r.type)), amount, r.accountNumber,
             court ? court->name : r.courtCode, r.caseNumber);
}

void JudicialDeskPage::submit()
{
    if (m_operation->isPending() || m_grantDialog || m_action == Action::None)
        return; // one operation at a time
    if (m_searched.isEmpty() || m_account->text().trimmed() != m_searched) {
        setStatus(tr("Search the account first (Enter in the account number)"), true);
        m_account->setFocus();
        return;
    }
    auto request = m_form->build(m_searched, m_actionHold.toLongLong());
    Status checked =
        request ? judicial::validate(*request, m_core->clock().today(), m_core->reference()->policy())
                : Status(request.error());
    if (!checked) {
        // Refused here as the server would, before any supervisor is asked for a grant.
        setStatus(JudicialText::describe(checked.error()), true);
        if (!m_form->focusField(checked.error().field) && checked.error().field == u"accountNumber")
            m_account->setFocus();
        return;
    }
    if (!m_core->isOnline()) {
        // A court's order is time-critical and needs the supervisor's grant now: never queued.
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    const QString label = tr("Judicial %1").arg(JudicialText::actionName(judicial::typeCode(request->type)));
    if (!m_operation->confirm(client::api::judicial::submit(*request, label)))
        return;
    qCInfo(lcJudicialDesk) << "confirmed judicial" << judicial::typeCode(request->type) << "operation"
                           << m_operation->id();
    m_grantDialog = new GrantDialog(m_core->session(), m_operation, grantSummary(*request), this);
    connect(m_grantDialog, &QDialog::finished, this, [this] {
        m_grantDialog = nullptr;
        m_operation->cancel(); // closed without a grant: nothing was saved or sent
        updateButtons();
    });
    connect(m_grantDialog, &GrantDialog::granted, this, [this] {
        if (m_operation->submit())
            emit submitted(m_operation->id());
        updateButtons();
    });
    m_grantDialog->open();
}

void JudicialDeskPage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::JudicialOutcome>();
    (void)m_core->drafts()->remove(m_core->session()->user().username, draftName());
    m_form->clear();
    m_form->setVisible(false);
    m_submit->setVisible(false);
    m_actionLabel->clear();
    m_action = Action::None;
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        updateButtons();
        return;
    }
    const auto &o = *result;
    QString text = tr("%1 done: serial %2, %3; available balance now %4")
                       .arg(JudicialText::actionName(o.type), o.serial,
                            JudicialText::stateName(o.freeze.state), money::format(o.availableFen));
    if (o.freeze.state == u"waiting" && o.freeze.queuePosition > 0)
        text += u' ' + tr("(queued no. %1)").arg(o.freeze.queuePosition);
    if (o.promoted)
        text += u' ' + tr("The queued freeze of case %1 has taken effect.").arg(o.promoted->caseNumber);
    for (const QString &note : o.receipt.notes) {
        if (note == u"shortfall")
            text += u' ' + JudicialText::noteText(note);
    }
    setStatus(text, false);
    QStringList risks;
    for (const auto &flag : o.riskFlags)
        risks.append(u"• "_qs + JudicialText::riskText(flag.code));
    m_risk->setText(risks.isEmpty() ? QString()
                                    : tr("Risk signs — review with the supervisor and report to the court:") +
                                          u'\n' + risks.join(u'\n'));
    m_risk->setVisible(!risks.isEmpty());
    m_receipt->setReceipt(o.receipt, m_training);
    m_serial = o.serial;
    m_actionHold = o.freeze.holdId;
    emit succeeded(o);
    // The court's documents go into the record's archive package (8001).
    m_scanDocuments->setVisible(true);
    m_scanDocuments->setDefault(true);
    m_scanDocuments->setFocus();
    if (!m_searched.isEmpty())
        search(true); // the freezes as they are now, the outcome stays on the status line
    updateButtons();
}

void JudicialDeskPage::onFailed(const QString &message, const Error &error)
{
    const QString text = JudicialText::message(error.code);
    setStatus(text.isEmpty() ? message : JudicialText::describe(error), true);
    m_form->focusField(error.field);
    updateButtons();
}

PageDescriptor JudicialDeskPage::descriptor()
{
    return {.code = u"3001"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Judicial assistance"),
            .permission = u"desk.judicialDesk"_qs,
            .shortcut = QKeySequence(Qt::Key_F6),
            .guideAnchor = u"司法协助3001"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new JudicialDeskPage(context.core(), context.printer(), parent);
                page->setTrainingMode(context.isTraining());
                page->setMayAct(context.user().role == u"judicial");
                connect(&context, &PageContext::trainingChanged, page, &JudicialDeskPage::setTrainingMode);
                // After a sign-in, a draft left by a lock or a crash reopens the page with it.
                connect(&context, &PageContext::userChanged, page,
                        [page, &context](const client::UserInfo &user) {
                            page->setMayAct(user.role == u"judicial");
                            if (!user.username.isEmpty() && context.mayOpen(u"3001"_qs) &&
                                page->restoreDraft())
                                context.open(u"3001"_qs);
                        });
                connect(page, &JudicialDeskPage::scanDocumentsRequested, page,
                        [&context](const QString &serial) { context.open(u"8001"_qs, serial); });
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&JudicialDeskPage::showAccount)};
}

} // namespace hpf::ui
