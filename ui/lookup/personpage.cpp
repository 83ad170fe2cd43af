#include "lookup/personpage.h"

#include "api/tables.h"
#include "clientcore.h"
#include "domain/identity.h"
#include "domain/money.h"
#include "items/journalmodel.h"
#include "items/jsontablemodel.h"
#include "lookup/lookuptext.h"
#include "session/session.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "store/cachetables.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

bool revealsIdentity(const QString &role)
{
    return role == u"judicial"; // court documents need the full number
}

bool seesHolds(const QString &role)
{
    return role == u"judicial" || role == u"supervisor" || role == u"auditor" || role == u"loan_officer";
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    return view;
}

} // namespace

PersonPage::PersonPage(client::ClientCore *core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_status(new QLabel(this))
    , m_holdsBox(new QGroupBox(tr("Holds"), this))
    , m_holds(new client::JsonTableModel(
          core->api(),
          client::api::tables::holds(
              {tr("Kind"), tr("Amount"), tr("Status"), tr("Ends on"), tr("Court"), tr("Case number")}),
          this))
    , m_journal(new client::JournalModel(core->api(), this))
    , m_journalView(makeTable(m_journal, this))
    , m_totals(new QLabel(this))
    , m_restricted(new QLabel(this))
    , m_multiple(new QWidget(this))
    , m_multipleText(new QLabel(m_multiple))
    , m_mergeButton(new QPushButton(tr("&Merge the accounts (5003)…"), m_multiple))
{
    setObjectName(u"personPage"_qs);
    auto *details = new QGroupBox(tr("Account"), this);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    addField(left, u"accountNumber"_qs, tr("Account number:"));
    addField(left, u"name"_qs, tr("Name:"));
    addField(left, u"documentNumber"_qs, tr("Document number:"));
    addField(left, u"unitAccount"_qs, tr("Unit account:"));
    addField(right, u"state"_qs, tr("State:"));
    addField(right, u"balance"_qs, tr("Balance:"));
    addField(right, u"held"_qs, tr("Held:"));
    addField(right, u"available"_qs, tr("Available:"));
    auto *columns = new QHBoxLayout(details);
    columns->addLayout(left);
    columns->addLayout(right);

    auto *holdsLayout = new QVBoxLayout(m_holdsBox);
    // Kind and status are codes ("judicial", "active"): the table shows their display text.
    auto *holdTexts = new CodeTextProxy(this);
    holdTexts->setSourceModel(m_holds);
    holdTexts->setColumnText(0, &LookupText::holdKind);
    holdTexts->setColumnText(2, &LookupText::holdStatus);
    QTableView *holdsView = makeTable(holdTexts, m_holdsBox);
    holdsView->setObjectName(u"holdsTable"_qs);
    holdsView->setAccessibleName(tr("Holds"));
    holdsLayout->addWidget(holdsView);
    m_holdsBox->setMaximumHeight(160);

    auto *journalBox = new QGroupBox(tr("Journal"), this);
    auto *journalLayout = new QVBoxLayout(journalBox);
    m_journalView->setObjectName(u"journalTable"_qs);
    m_journalView->setAccessibleName(tr("Journal"));
    journalLayout->addWidget(m_journalView);
    journalLayout->addWidget(m_totals);
    m_totals->setObjectName(u"journalTotals"_qs);
    m_status->setObjectName(u"personStatus"_qs);
    m_status->setWordWrap(true);

    // 受限 (issue 15): a judicial restriction is shown to every role; court, case and amount only to
    // judicial staff, their supervisors and auditors (the server leaves them out for the others).
    m_restricted->setObjectName(u"restrictedNotice"_qs);
    m_restricted->setText(tr("Restricted: judicial assistance measures apply to this account. Details are "
                             "shown to judicial staff only."));
    m_restricted->setStyleSheet(u"color: #b00020; font-weight: bold;"_qs);
    m_restricted->setWordWrap(true);
    m_restricted->setVisible(false);
    connect(m_holds, &client::JsonTableModel::loaded, this, [this] {
        m_restricted->setVisible(client::api::tables::holdsRestricted(m_holds, seesHolds(m_role)));
    });

    // 一人多户 (issue 16): the person has other live accounts here; the teller merges them on 5003.
    m_multiple->setObjectName(u"multipleAccountsNotice"_qs);
    m_multipleText->setObjectName(u"multipleAccountsText"_qs);
    m_multipleText->setStyleSheet(u"color: #a15c00; font-weight: bold;"_qs);
    m_multipleText->setWordWrap(true);
    m_mergeButton->setObjectName(u"multipleAccountsMerge"_qs);
    auto *multipleLayout = new QHBoxLayout(m_multiple);
    multipleLayout->setContentsMargins(0, 0, 0, 0);
    multipleLayout->addWidget(m_multipleText, 1);
    multipleLayout->addWidget(m_mergeButton);
    m_multiple->setVisible(false);
    connect(m_mergeButton, &QPushButton::clicked, this, [this] {
        if (m_account)
            emit openMerge(m_account->accountNumber);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(details);
    layout->addWidget(m_multiple);
    layout->addWidget(m_restricted);
    layout->addWidget(m_holdsBox);
    layout->addWidget(journalBox, 1);
    connect(m_journal, &client::JournalModel::totalsChanged, this, &PersonPage::updateTotals);
    connect(m_journal, &client::JournalModel::pageLoaded, this, [this](const client::ApiResponse &r) {
        if (!r.ok())
            m_status->setText(client::usertext::describeFailure(r));
    });
    reset();
}

QLabel *PersonPage::addField(QFormLayout *form, const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    m_fields.insert(name, value);
    return value;
}

void PersonPage::setRole(const QString &role)
{
    m_role = role;
    m_holdsBox->setVisible(seesHolds(role));
    m_holds->setRevealPersonalData(revealsIdentity(role));
    fill();
}

void PersonPage::reset()
{
    m_account.reset();
    m_holds->clear();
    m_restricted->setVisible(false);
    m_journal->clear();
    m_status->setText(tr("Open an account from the lookup page (F2)"));
    fill();
}

void PersonPage::showAccount(const QString &accountNumber)
{
    m_status->setText(tr("Loading…"));
    client::api::accounts::fetch(
        m_core->api(), accountNumber, this,
        [this](const client::api::Reply<client::api::Account> &reply) { onAccount(reply); });
    m_journal->setAccount(accountNumber);
    // Every role loads the holds: those who may not see them still see that the account is restricted.
    m_restricted->setVisible(false);
    m_holds->load(client::api::accounts::holdsPath(accountNumber));
}

void PersonPage::onAccount(const client::api::Reply<client::api::Account> &reply)
{
    if (!reply.ok()) {
        m_account.reset();
        fill();
        m_status->setText(reply.message);
        emit loaded(false);
        return;
    }
    m_account = reply.value();
    m_status->clear();
    fill();
    const QString owner = m_core->session()->user().username;
    if (!owner.isEmpty()) {
        const client::RecentItems::Item item{u"person"_qs, accountNumber(), m_account->name, {}};
        if (Status s = m_core->recentItems()->remember(owner, item); !s)
            m_status->setText(tr("The account could not be added to the recent list"));
    }
    emit loaded(true);
}

void PersonPage::fill()
{
    const bool reveal = revealsIdentity(m_role);
    const client::api::Account a = m_account.value_or(client::api::Account{});
    const auto amount = [](const std::optional<qint64> &fen) {
        return fen ? money::format(*fen) : QString();
    };
    m_fields[u"accountNumber"_qs]->setText(a.accountNumber);
    m_fields[u"name"_qs]->setText(reveal ? a.name : identity::maskName(a.name));
    m_fields[u"documentNumber"_qs]->setText(reveal ? a.documentNumber
                                                   : identity::maskNumber(a.documentNumber));
    m_fields[u"unitAccount"_qs]->setText(a.unitAccount);
    m_fields[u"state"_qs]->setText(LookupText::accountState(a.state));
    m_fields[u"balance"_qs]->setText(amount(a.balanceFen));
    m_fields[u"held"_qs]->setText(amount(a.heldFen));
    m_fields[u"available"_qs]->setText(amount(a.availableFen));
    m_multiple->setVisible(a.otherAccounts > 0);
    m_multipleText->setText(a.otherAccounts > 0
                                ? tr("One person, several accounts (一人多户): this person has %n other live "
                                     "account(s) at this center. Merge them into one.",
                                     nullptr, a.otherAccounts)
                                : QString());
}

bool PersonPage::multipleAccountsVisible() const
{
    return !m_multiple->isHidden();
}

QString PersonPage::multipleAccountsText() const
{
    return m_multipleText->text();
}

void PersonPage::updateTotals()
{
    if (m_journal->totalRows() < 0) {
        m_totals->clear();
        return;
    }
    m_totals->setText(tr("%1 of %2 entries shown · credits %3 · debits %4")
                          .arg(m_journal->rowCount())
                          .arg(m_journal->totalRows())
                          .arg(money::format(m_journal->creditFen()), money::format(m_journal->debitFen())));
}

QString PersonPage::fieldText(const QString &name) const
{
    const QLabel *label = m_fields.value(name);
    return label ? label->text() : QString();
}

QString PersonPage::statusText() const
{
    return m_status->text();
}

QString PersonPage::totalsText() const
{
    return m_totals->text();
}

bool PersonPage::restrictedVisible() const
{
    return !m_restricted->isHidden();
}

bool PersonPage::holdsVisible() const
{
    return !m_holdsBox->isHidden();
}

PageDescriptor PersonPage::descriptor()
{
    return {.code = u"1002"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Personal account"),
            .permission = u"desk.personAccount"_qs,
            .shortcut = QKeySequence(Qt::Key_F3),
            .guideAnchor = u"四查询"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new PersonPage(context.core(), parent);
                connect(page, &PersonPage::openUnit, page,
                        [&context](const QString &unit) { context.open(u"1003"_qs, unit); });
                connect(page, &PersonPage::openMerge, page,
                        [&context](const QString &account) { context.open(u"5003"_qs, account); });
                connect(&context, &PageContext::userChanged, page,
                        [page, &context](const client::UserInfo &user) {
                            page->setRole(user.role);
                            page->mergeButton()->setVisible(context.mayOpen(u"5003"_qs));
                        });
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&PersonPage::showAccount)};
}

} // namespace hpf::ui
