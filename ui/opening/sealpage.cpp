#include "opening/sealpage.h"

#include "clientcore.h"
#include "domain/accountnumber.h"
#include "domain/codetables.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "shell/translations.h"
#include "store/outbox.h"
#include "widgets/formnavigator.h"
#include "widgets/outboxoperation.h"
#include "widgets/receiptbar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

QString codeLanguage()
{
    return Translations::currentLanguage().startsWith(u"en") ? u"en"_qs : u"zh"_qs;
}

QString encoded(const QString &number)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(number));
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
    , m_operation(new OutboxOperation(core->outbox(), this))
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

    auto *form = new QFormLayout;
    form->addRow(tr("Personal account number:"), m_account);
    form->addRow(tr("Current state:"), m_state);
    form->addRow(tr("Business:"), m_action);
    form->addRow(tr("Sealing reason:"), m_reason);
    form->addRow(tr("Memo (optional):"), m_memo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Seal an account when its holder leaves the employer; unseal it when "
                                    "deposits resume in the same unit. Press Enter in the account number "
                                    "to see its state."),
                                 this));
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
    connect(m_operation, &OutboxOperation::status, this, &SealPage::setStatus);
    connect(m_operation, &OutboxOperation::succeeded, this, &SealPage::onChanged);
    connect(m_operation, &OutboxOperation::failed, this, [this](const QString &message) {
        setStatus(message, true);
        emit finished(false);
    });
    reset();
}

QString SealPage::pendingOperationId() const
{
    return m_operation->id();
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
    m_shown = {};
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
    m_shown = {};
    m_state->setText(tr("Loading…"));
    m_status->clear();
    const QString requested = number->number;
    connect(m_core->api()->send(client::ApiRequest::get(u"/api/v1/accounts/"_qs + encoded(requested))),
            &client::ApiCall::finished, this,
            [this, requested](const client::ApiResponse &r) { onAccount(requested, r); });
    m_action->setFocus();
}

void SealPage::onAccount(const QString &number, const client::ApiResponse &response)
{
    if (number != m_loadedNumber)
        return; // the teller has moved on to another number
    if (!response.ok()) {
        m_state->clear();
        setStatus(client::usertext::describeFailure(response), true);
        emit accountLoaded(false);
        return;
    }
    const QJsonObject account = response.object();
    m_shown = account;
    showState(account);
    // Offer what the state allows: seal an active account, unseal a sealed one.
    const QString state = account.value(u"state").toString();
    if (state == u"01" || state == u"02")
        m_action->setCurrentIndex(m_action->findData(int(state == u"01" ? Action::Seal : Action::Unseal)));
    if (response.fromCache)
        setStatus(tr("The server cannot be reached; the state shown is from %1")
                      .arg(QLocale().toString(response.cachedAt.toLocalTime(), QLocale::ShortFormat)),
                  true);
    emit accountLoaded(true);
}

void SealPage::showState(const QJsonObject &account)
{
    const QString state = account.value(u"state").toString();
    const QString label = codes::accountStates().label(state, codeLanguage());
    QString text = state + u' ' + label;
    const QString name = account.value(u"name").toString();
    if (!name.isEmpty())
        text += u" · "_qs + identity::maskName(name);
    const QString unit = account.value(u"unitAccount").toString();
    if (!unit.isEmpty())
        text += u" · "_qs + tr("unit %1").arg(unit);
    m_state->setText(text);
}

void SealPage::submit()
{
    if (m_operation->isPending()) {
        // The same operation again (double Enter, or a retry after a timeout): same id, never a second.
        m_core->outbox()->resendPending();
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
    QJsonObject body;
    if (action == Action::Seal) {
        const QString reason = m_reason->currentData().toString();
        if (reason.isEmpty()) {
            setStatus(errortext::describe(makeError(u"seal.reason"_qs, u"reason"_qs)), true);
            m_reason->setFocus();
            return;
        }
        body.insert(u"reason"_qs, reason);
    }
    if (const QString memo = m_memo->text().trimmed(); !memo.isEmpty())
        body.insert(u"memo"_qs, memo);
    const QString path = u"/api/v1/accounts/"_qs + encoded(number->number) +
                         (action == Action::Seal ? u"/seal"_qs : u"/unseal"_qs);
    const client::ApiRequest request =
        client::ApiRequest::post(path, body, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!m_operation->submit(request, m_action->currentText()))
        return;
    m_sent = formSignature();
    m_receipt->clear();
}

void SealPage::onChanged(const QJsonObject &o)
{
    const QJsonObject account = o.value(u"account").toObject();
    m_loadedNumber = account.value(u"accountNumber").toString();
    if (m_shown.value(u"accountNumber").toString() != m_loadedNumber)
        m_shown = {};
    for (auto it = account.constBegin(); it != account.constEnd(); ++it)
        m_shown.insert(it.key(), it.value()); // the new state; the name and unit as loaded
    showState(m_shown);
    const bool sealed = account.value(u"state").toString() == u"02";
    setStatus((sealed ? tr("Account %1 sealed, serial %2") : tr("Account %1 unsealed, serial %2"))
                  .arg(m_loadedNumber, o.value(u"serial").toString()),
              false);
    m_confirmed = m_sent; // what was sent, even if the form was edited meanwhile
    m_receipt->setReceipt(o.value(u"receipt").toObject(), m_training);
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
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
