#include "opening/sealpage.h"

#include "clientcore.h"
#include "domain/accountnumber.h"
#include "domain/codetables.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "shell/translations.h"
#include "store/outbox.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/receiptbar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

QString codeLanguage()
{
    return Translations::currentLanguage().startsWith(u"en") ? u"en"_qs : u"zh"_qs;
}

} // namespace

SealPage::SealPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_account(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_memo(new QLineEdit(this))
    , m_submit(new QPushButton(tr("Submit"), this))
    , m_status(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"sealPage"_qs);
    m_account->setObjectName(u"sealAccount"_qs);
    m_account->setMaxLength(40);
    m_state->setObjectName(u"sealState"_qs);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(u"sealAction"_qs);
    m_action->addItem(tr("Seal"), int(Action::Seal));
    m_action->addItem(tr("Unseal"), int(Action::Unseal));
    m_reason->setObjectName(u"sealReason"_qs);
    m_memo->setObjectName(u"sealMemo"_qs);
    m_memo->setMaxLength(100);
    m_submit->setObjectName(u"sealSubmit"_qs);
    m_status->setObjectName(u"sealStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_receipt->setObjectName(u"sealReceipt"_qs);

    fitToChars(m_account, chars::accountNumber);
    fitToChars(m_action, 12);
    fitToChars(m_reason, 28);
    fitToChars(m_memo, 40);
    m_state->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Personal account number:"), m_account);
    form->addRow(tr("Current state:"), m_state);
    form->addRow(tr("Business:"), m_action);
    form->addRow(tr("Sealing reason:"), m_reason);
    form->addRow(tr("Memo (optional):"), m_memo);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Seal an account when its holder leaves the employer; unseal it when "
                                "deposits resume in the same unit. Press Enter in the account number "
                                "to see its state."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_receipt);
    layout->addStretch();

    // Enter in the number loads the account; Enter in the last field submits.
    auto *nav = new FormNavigator({m_action, m_reason, m_memo}, this);
    connect(nav, &FormNavigator::submitRequested, this, &SealPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &SealPage::submit);
    connect(m_account, &QLineEdit::returnPressed, this, &SealPage::loadAccount);
    connect(m_account, &QLineEdit::textEdited, this, [this] {
        m_loadedNumber.clear();
        m_shown = {};
        m_state->clear();
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, &SealPage::updateReasonEnabled);
    connect(m_operation, &client::ops::Operation::status, this, &SealPage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &SealPage::onChanged);
    connect(m_operation, &client::ops::Operation::failed, this, [this](const QString &message) {
        setStatus(message, true);
        emit finished(false);
    });
    reset();
}

QString SealPage::pendingOperationId() const
{
    return m_operation->isPending() ? m_operation->id() : QString();
}

QString SealPage::statusText() const
{
    return m_status->text();
}

QString SealPage::stateText() const
{
    return m_state->text();
}

void SealPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    m_status->setText(text);
}

void SealPage::reset()
{
    m_account->clear();
    m_state->clear();
    m_memo->clear();
    m_action->setCurrentIndex(0);
    m_reason->clear();
    m_reason->addItem(tr("— choose a reason —"), QString());
    const QString language = codeLanguage();
    for (const codes::Entry &e : codes::sealReasons().entries) {
        const QString code = QString::fromUtf16(e.code);
        m_reason->addItem(code + u"  "_qs + codes::sealReasons().label(code, language), code);
    }
    m_status->clear();
    m_receipt->clear();
    m_loadedNumber.clear();
    m_shown.reset();
    m_operation->forget();
    m_confirmed.clear();
    updateReasonEnabled();
}

QString SealPage::formSignature() const
{
    return QStringList{accountnumber::normalize(m_account->text()), m_action->currentData().toString(),
                       m_reason->currentData().toString(), m_memo->text().trimmed()}
        .join(u'\x1f');
}

void SealPage::updateReasonEnabled()
{
    m_reason->setEnabled(Action(m_action->currentData().toInt()) == Action::Seal);
}

void SealPage::loadAccount()
{
    auto number = accountnumber::parse(m_account->text(), accountnumber::Kind::Personal);
    if (!number) {
        m_state->clear();
        m_loadedNumber.clear();
        setStatus(errortext::describe(number.error()), true);
        m_account->setFocus();
        return;
    }
    m_account->setText(number->number);
    m_loadedNumber = number->number;
    m_shown.reset();
    m_state->setText(tr("Loading…"));
    m_status->clear();
    const QString requested = number->number;
    client::api::accounts::fetch(m_core->api(), requested, this,
                                 [this, requested](const client::api::Reply<client::api::Account> &reply) {
                                     onAccount(requested, reply);
                                 });
    m_action->setFocus();
}

void SealPage::onAccount(const QString &number, const client::api::Reply<client::api::Account> &reply)
{
    if (number != m_loadedNumber)
        return; // the teller has moved on to another number
    if (!reply.ok()) {
        m_state->clear();
        setStatus(reply.message, true);
        emit accountLoaded(false);
        return;
    }
    m_shown = reply.value();
    showState(*m_shown);
    // Offer what the state allows: seal an active account, unseal a sealed one.
    const QString state = m_shown->state;
    if (state == u"01" || state == u"02")
        m_action->setCurrentIndex(m_action->findData(int(state == u"01" ? Action::Seal : Action::Unseal)));
    if (reply.fromCache)
        setStatus(tr("The server cannot be reached; the state shown is from %1")
                      .arg(QLocale().toString(reply.cachedAt.toLocalTime(), QLocale::ShortFormat)),
                  true);
    emit accountLoaded(true);
}

void SealPage::showState(const client::api::Account &account)
{
    // The state's display text (正常, 封存 …), not its code.
    QString text = codes::accountStates().label(account.state, codeLanguage());
    if (!account.name.isEmpty())
        text += u" · "_qs + identity::maskName(account.name);
    if (!account.unitAccount.isEmpty())
        text += u" · "_qs + tr("unit %1").arg(account.unitAccount);
    m_state->setText(text);
}

void SealPage::submit()
{
    if (m_operation->isPending()) {
        // The same operation again (double Enter, or a retry after a timeout): same id, never a second.
        m_operation->resend();
        setStatus(tr("Waiting for the server's answer; the operation is sent again with the same id"), false);
        return;
    }
    if (!m_confirmed.isEmpty() && formSignature() == m_confirmed)
        return; // already done: a late second Enter must not send it again (or the opposite)
    auto number = accountnumber::parse(m_account->text(), accountnumber::Kind::Personal);
    if (!number) {
        setStatus(errortext::describe(number.error()), true);
        m_account->setFocus();
        return;
    }
    const Action action = Action(m_action->currentData().toInt());
    const QString memo = m_memo->text().trimmed();
    client::ops::Request request;
    if (action == Action::Seal) {
        const QString reason = m_reason->currentData().toString();
        if (reason.isEmpty()) {
            setStatus(errortext::describe(makeError(u"seal.reason"_qs, u"reason"_qs)), true);
            m_reason->setFocus();
            return;
        }
        request = client::api::accounts::seal(number->number, reason, memo, m_action->currentText());
    } else {
        request = client::api::accounts::unseal(number->number, memo, m_action->currentText());
    }
    // Offline it is queued: saved now, sent by the outbox when the connection is back.
    const auto mode =
        m_core->isOnline() ? client::ops::Operation::Mode::Interactive : client::ops::Operation::Mode::Queued;
    if (!m_operation->start(request, mode))
        return;
    m_sent = formSignature();
    m_receipt->clear();
}

void SealPage::onChanged(const client::ops::Outcome &outcome)
{
    const auto change = outcome.as<client::api::AccountStateChange>();
    if (!change) {
        setStatus(client::usertext::describe(change.error()), true);
        emit finished(false);
        return;
    }
    const client::api::Account &account = change->account;
    m_loadedNumber = account.accountNumber;
    if (!m_shown || m_shown->accountNumber != m_loadedNumber)
        m_shown = account;
    // The new state; the name and unit as loaded.
    m_shown->state = account.state;
    m_shown->stateLabel = account.stateLabel;
    if (!account.unitAccount.isEmpty())
        m_shown->unitAccount = account.unitAccount;
    showState(*m_shown);
    const bool sealed = account.state == u"02";
    setStatus((sealed ? tr("Account %1 sealed, serial %2") : tr("Account %1 unsealed, serial %2"))
                  .arg(m_loadedNumber, change->serial),
              false);
    m_confirmed = m_sent; // what was sent, even if the form was edited meanwhile
    m_receipt->setReceipt(change->receipt, m_training);
    emit finished(true);
}

PageDescriptor SealPage::descriptor()
{
    return {.code = u"2005"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Seal / unseal"),
            .permission = u"accounts.seal"_qs,
            .shortcut = QKeySequence(Qt::ALT | Qt::Key_5),
            .guideAnchor = u"五开户业务"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new SealPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->accountEdit());
                connect(&context, &PageContext::trainingChanged, page, &SealPage::setTrainingMode);
                page->setTrainingMode(context.isTraining()); // a page built after the mode was set
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
