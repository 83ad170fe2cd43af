#include "judicial/freezepage.h"

#include "api/judicial.h"
#include "clientcore.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "reference/referencesync.h"
#include "session/session.h"
#include "session/usertext.h"
#include "shell/grantdialog.h"
#include "shell/pageregistry.h"
#include "store/cachetables.h"
#include "store/outbox.h"
#include "widgets/formnavigator.h"

#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

FreezePage::FreezePage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_account(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_court(new QLineEdit(this))
    , m_case(new QLineEdit(this))
    , m_endsOn(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_submit(new QPushButton(tr("Register freeze…"), this))
    , m_scanDocuments(new QPushButton(tr("Scan the legal documents"), this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"freezePage"_qs);
    m_account->setObjectName(u"freezeAccount"_qs);
    m_amount->setObjectName(u"freezeAmount"_qs);
    m_court->setObjectName(u"freezeCourt"_qs);
    m_case->setObjectName(u"freezeCase"_qs);
    m_endsOn->setObjectName(u"freezeEndsOn"_qs);
    m_endsOn->setPlaceholderText(u"YYYY-MM-DD"_qs);
    m_status->setObjectName(u"freezeStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Personal account number:"), m_account);
    form->addRow(tr("Amount to freeze (yuan):"), m_amount);
    form->addRow(tr("Court:"), m_court);
    form->addRow(tr("Case number:"), m_case);
    form->addRow(tr("Freeze ends on (optional):"), m_endsOn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Register a court freeze from the ruling and the notice of assistance in "
                                    "execution. A supervisor must authorise it at this screen."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_scanDocuments, 0, Qt::AlignLeft);
    m_scanDocuments->setObjectName(u"freezeScanDocuments"_qs);
    m_scanDocuments->setVisible(false);
    connect(m_scanDocuments, &QPushButton::clicked, this, [this] {
        if (!m_registeredSerial.isEmpty())
            emit scanDocumentsRequested(m_registeredSerial);
    });
    layout->addStretch();

    auto *nav = new FormNavigator({m_account, m_amount, m_court, m_case, m_endsOn}, this);
    connect(nav, &FormNavigator::submitRequested, this, &FreezePage::submit);
    connect(m_submit, &QPushButton::clicked, this, &FreezePage::submit);
    for (QLineEdit *e : {m_account, m_amount, m_court, m_case, m_endsOn})
        connect(e, &QLineEdit::textEdited, this, &FreezePage::saveDraft);
    connect(m_operation, &client::ops::Operation::status, this, &FreezePage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &FreezePage::onRegistered);
    connect(m_operation, &client::ops::Operation::failed, this,
            [this](const QString &message) { setStatus(message, true); });
}

QString FreezePage::pendingOperationId() const
{
    return m_operation->isPending() ? m_operation->id() : QString();
}

QString FreezePage::statusText() const
{
    return m_status->text();
}

void FreezePage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? u"color: #b00020;"_qs : QString());
    m_status->setText(text);
}

void FreezePage::reset()
{
    for (QLineEdit *e : {m_account, m_amount, m_court, m_case, m_endsOn})
        e->clear();
    m_status->clear();
    m_operation->forget();
    m_registeredSerial.clear();
    m_scanDocuments->setVisible(false);
}

void FreezePage::saveDraft()
{
    const QString owner = m_core->session()->user().username;
    if (m_restoring || owner.isEmpty())
        return;
    const QHash<QString, QString> draft{{u"account"_qs, m_account->text()},
                                        {u"amount"_qs, m_amount->text()},
                                        {u"court"_qs, m_court->text()},
                                        {u"caseNumber"_qs, m_case->text()},
                                        {u"endsOn"_qs, m_endsOn->text()}};
    if (Status s = m_core->drafts()->saveFields(owner, draftName(), draft); !s)
        setStatus(tr("The draft could not be saved: %1").arg(client::usertext::describe(s.error())), true);
}

bool FreezePage::restoreDraft()
{
    const QString owner = m_core->session()->user().username;
    const auto draft = owner.isEmpty() ? std::nullopt : m_core->drafts()->loadFields(owner, draftName());
    if (!draft)
        return false;
    m_restoring = true;
    m_account->setText(draft->value(u"account"_qs));
    m_amount->setText(draft->value(u"amount"_qs));
    m_court->setText(draft->value(u"court"_qs));
    m_case->setText(draft->value(u"caseNumber"_qs));
    m_endsOn->setText(draft->value(u"endsOn"_qs));
    m_restoring = false;
    setStatus(tr("An unfinished form was restored from its draft"), false);
    return true;
}

void FreezePage::submit()
{
    if (m_operation->isPending() || m_grantDialog)
        return; // one operation at a time
    const QString account = m_account->text().trimmed();
    if (account.isEmpty() ||
        !std::all_of(account.cbegin(), account.cend(), [](QChar c) { return c.isDigit(); })) {
        setStatus(tr("Enter the personal account number (digits)"), true);
        m_account->setFocus();
        return;
    }
    auto amount = money::parse(m_amount->text());
    if (!amount || *amount <= 0) {
        setStatus(amount ? errortext::message(u"money.empty"_qs) : errortext::describe(amount.error()), true);
        m_amount->setFocus();
        return;
    }
    if (m_case->text().trimmed().isEmpty()) {
        setStatus(tr("Enter the case number of the ruling"), true);
        m_case->setFocus();
        return;
    }
    const QString endsOn = m_endsOn->text().trimmed();
    if (!endsOn.isEmpty() && !QDate::fromString(endsOn, Qt::ISODate).isValid()) {
        setStatus(tr("Write the end date as YYYY-MM-DD"), true);
        m_endsOn->setFocus();
        return;
    }
    // The server's rule (holdservice), checked here too so that no supervisor is asked to
    // authorise a freeze the server will refuse.
    if (!endsOn.isEmpty()) {
        const QDate end = QDate::fromString(endsOn, Qt::ISODate);
        const QDate today = m_core->clock().today();
        const int months = m_core->reference()->policy().freezeLimits().maxMonthsPerPeriod;
        const QString code = end < today                     ? u"hold.ends_on_past"_qs
                             : end > today.addMonths(months) ? u"hold.ends_on_too_late"_qs
                                                             : QString();
        if (!code.isEmpty()) {
            setStatus(errortext::describe(makeError(code, u"endsOn"_qs)), true);
            m_endsOn->setFocus();
            return;
        }
    }
    if (!m_core->isOnline()) {
        // A freeze is time-critical and needs the supervisor's grant now: never queued.
        setStatus(client::usertext::describe(makeError(u"offline.refused"_qs, QString())), true);
        return;
    }
    client::api::FreezeInput input{account, *amount, m_court->text().trimmed(), m_case->text().trimmed(),
                                   std::nullopt};
    if (!endsOn.isEmpty())
        input.endsOn = QDate::fromString(endsOn, Qt::ISODate);
    const QString summary = tr("Judicial freeze of %1 on account %2, case %3")
                                .arg(money::format(*amount), account, m_case->text().trimmed());
    if (!m_operation->confirm(client::api::judicial::freeze(input, tr("Judicial freeze"))))
        return;
    m_grantDialog = new GrantDialog(m_core->session(), m_operation, summary, this);
    connect(m_grantDialog, &QObject::destroyed, this, [this] {
        m_grantDialog = nullptr;
        m_operation->cancel(); // closed without a grant: nothing was saved or sent
    });
    connect(m_grantDialog, &GrantDialog::granted, this, [this] {
        if (m_operation->submit())
            emit submitted(m_operation->id());
    });
    m_grantDialog->open();
}

void FreezePage::onRegistered(const client::ops::Outcome &outcome)
{
    const auto freeze = outcome.as<client::api::FreezeRegistered>();
    (void)m_core->drafts()->remove(m_core->session()->user().username, draftName());
    reset();
    if (!freeze) {
        setStatus(client::usertext::describe(freeze.error()), true);
        return;
    }
    setStatus(tr("Freeze registered: serial %1, available balance now %2")
                  .arg(freeze->serial, money::format(freeze->availableFen)),
              false);
    // The court's documents go into the record's archive package (8001).
    m_registeredSerial = freeze->serial;
    m_scanDocuments->setVisible(true);
    m_scanDocuments->setDefault(true);
    m_scanDocuments->setFocus();
}

PageDescriptor FreezePage::descriptor()
{
    return {.code = u"3001"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Judicial freeze"),
            .permission = u"desk.judicialFreeze"_qs,
            .shortcut = QKeySequence(Qt::Key_F6),
            .guideAnchor = u"司法冻结3001"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new FreezePage(context.core(), parent);
                // After a sign-in, a draft left by a lock or a crash reopens the page with it.
                connect(&context, &PageContext::userChanged, page,
                        [page, &context](const client::UserInfo &user) {
                            if (!user.username.isEmpty() && context.mayOpen(u"3001"_qs) &&
                                page->restoreDraft())
                                context.open(u"3001"_qs);
                        });
                connect(page, &FreezePage::scanDocumentsRequested, page,
                        [&context](const QString &serial) { context.open(u"8001"_qs, serial); });
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
