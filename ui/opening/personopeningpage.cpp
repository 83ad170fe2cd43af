#include "opening/personopeningpage.h"

#include "clientcore.h"
#include "domain/accountnumber.h"
#include "domain/codetables.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "finance/deposit.h"
#include "lookup/lookuptext.h"
#include "opening/openingresult.h"
#include "opening/personfields.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

const QString kUnit = u"unitAccount"_qs;

std::optional<finance::Rate> rateOf(const QString &percent)
{
    auto r = finance::parsePercent(percent);
    return r ? std::optional<finance::Rate>(*r) : std::nullopt;
}

} // namespace

PersonOpeningPage::PersonOpeningPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_unitEdit(new QLineEdit(this))
    , m_unitInfo(new QLabel(this))
    , m_person(new PersonFields(core, false, this))
    , m_submit(new QPushButton(tr("Open account"), this))
    , m_message(new QLabel(this))
    , m_result(new OpeningResult(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
    , m_messages(m_message)
{
    setObjectName(u"personOpeningPage"_qs);
    m_unitEdit->setObjectName(u"openingUnitAccount"_qs);
    m_unitEdit->setPlaceholderText(tr("11 characters starting with 8"));
    m_unitInfo->setObjectName(u"openingUnitInfo"_qs);
    m_unitInfo->setWordWrap(true);
    m_submit->setObjectName(u"personOpeningSubmit"_qs);
    m_message->setObjectName(u"personOpeningMessage"_qs);
    // The unit section: its account number and, once looked up, the unit itself (name, state,
    // ratios) beside the person being opened.
    fitToChars(m_unitEdit, 28); // room for the placeholder
    auto *unitBox = formSection(tr("Unit"), this);
    sectionForm(unitBox)->addRow(tr("Unit account number:"), m_unitEdit);
    sectionForm(unitBox)->addRow(tr("Unit:"), m_unitInfo);
    m_person->addLeadingSection(unitBox, {m_unitEdit});

    const QList<std::pair<QString, QWidget *>> fields{{kUnit, m_unitEdit},
                                                      {u"documentType"_qs, m_person->documentTypeBox()},
                                                      {u"documentNumber"_qs, m_person->documentNumberEdit()},
                                                      {u"name"_qs, m_person->nameEdit()},
                                                      {u"mobile"_qs, m_person->mobileEdit()},
                                                      {u"wageBaseFen"_qs, m_person->wageEdit()},
                                                      {u"firstMonth"_qs, m_person->firstMonthEdit()}};
    for (const auto &[field, widget] : fields)
        m_messages.addField(field, widget);

    QWidget *content = scrolledContent(this);
    auto *layout = new QVBoxLayout(content);
    auto *intro = new QLabel(tr("Open a personal account (缴存登记) under an open unit. The deposit ratios "
                                "are the unit's; the amounts are computed by the policy in effect."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_person);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(m_result);
    layout->addStretch();

    QList<QWidget *> inputs = m_person->inputs();
    inputs.removeAll(m_unitInfo);
    auto *nav = new FormNavigator(inputs, this);
    connect(nav, &FormNavigator::submitRequested, this, &PersonOpeningPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &PersonOpeningPage::submit);
    connect(m_unitEdit, &QLineEdit::textChanged, this, &PersonOpeningPage::onUnitEdited);
    connect(m_operation, &client::ops::Operation::succeeded, this, &PersonOpeningPage::onOpened);
    connect(m_operation, &client::ops::Operation::failed, this, &PersonOpeningPage::onRefused);
    connect(m_operation, &client::ops::Operation::status, this, [this](const QString &text, bool error) {
        if (error)
            m_messages.showError(text);
        else
            m_messages.showInfo(text);
    });
    connect(m_result, &OpeningResult::openAccount, this, &PersonOpeningPage::openPerson);
    connect(m_result, &OpeningResult::openTransfer, this, &PersonOpeningPage::openTransfer);

    m_person->setPreviewFunction([this](qint64 baseFen, QDate month) -> DepositPreview {
        if (!m_unitRatio || !m_personalRatio)
            return {tr("Enter the unit account: the ratios are the unit's"), {}, {}};
        const auto policy = depositPolicyAt(m_core->reference(), month);
        if (!policy)
            return {
                tr("The deposit policy has not been loaded yet; the server computes the amounts"), {}, {}};
        auto d = finance::computeMonthlyDeposit(*policy, baseFen, *m_unitRatio, *m_personalRatio);
        if (!d) {
            Error e = d.error();
            if (e.field == u"base")
                e.field = u"wageBaseFen"_qs;
            return {{}, {}, e};
        }
        DepositPreview p;
        p.text = tr("unit %1 (%2 %) + personal %3 (%4 %) = %5 a month, on a base of %6")
                     .arg(money::format(d->unitAmount), finance::toPercentString(d->unitRatio),
                          money::format(d->personalAmount), finance::toPercentString(d->personalRatio),
                          money::format(d->total), money::format(d->base));
        if (d->clamp == finance::BaseClamp::RaisedToFloor)
            p.warning = tr("The wage base is below the policy floor: it will be raised to %1")
                            .arg(money::format(d->base));
        else if (d->clamp == finance::BaseClamp::LoweredToCeiling)
            p.warning = tr("The wage base is above the policy ceiling: it will be lowered to %1")
                            .arg(money::format(d->base));
        return p;
    });
    reset();
}

void PersonOpeningPage::setTraining(bool training)
{
    m_result->setTraining(training);
}

void PersonOpeningPage::reset()
{
    m_unitEdit->clear();
    m_person->clear();
    m_messages.clear();
    m_result->clear();
    m_operation->forget();
}

QString PersonOpeningPage::unitText() const
{
    return m_unitInfo->text();
}

QString PersonOpeningPage::messageText() const
{
    return m_message->text();
}

bool PersonOpeningPage::isBusy() const
{
    return m_operation->isPending();
}

QString PersonOpeningPage::pendingOperationId() const
{
    return m_operation->isPending() ? m_operation->id() : QString();
}

void PersonOpeningPage::onUnitEdited()
{
    const QString typed = m_unitEdit->text();
    auto n = accountnumber::parse(typed, accountnumber::Kind::Unit, kUnit);
    const QString number = n ? n->number : QString();
    if (number == m_unitNumber && n)
        return;
    m_unitNumber = number;
    m_unit.reset();
    m_unitRatio.reset();
    m_personalRatio.reset();
    m_unitInfo->setStyleSheet(u"color: #b00020;"_qs);
    if (!n) {
        // Quiet while the number is still being typed; a complete but wrong number is named at once.
        const bool typing = typed.trimmed().isEmpty() ||
                            (n.error().code == u"account_number.length" &&
                             accountnumber::normalize(typed).size() < accountnumber::kUnitLength);
        m_unitInfo->setText(typing ? QString() : client::usertext::describe(n.error()));
        m_person->updatePreview();
        return;
    }
    m_unitInfo->setStyleSheet(QString());
    m_unitInfo->setText(tr("Loading the unit…"));
    client::api::openings::fetchUnit(
        m_core->api(), number, this,
        [this, number](const client::api::Reply<client::api::Unit> &reply) { onUnit(number, reply); });
}

void PersonOpeningPage::onUnit(const QString &number, const client::api::Reply<client::api::Unit> &reply)
{
    if (number != m_unitNumber)
        return; // the teller has typed another number meanwhile
    if (!reply.ok()) {
        m_unitInfo->setStyleSheet(u"color: #b00020;"_qs);
        m_unitInfo->setText(reply.message);
        return;
    }
    m_unit = reply.value();
    const QString state = m_unit->state;
    QString text =
        tr("%1 · %2 · ratios unit %3 % / personal %4 %")
            .arg(m_unit->name, LookupText::unitState(state), m_unit->unitRatio, m_unit->personalRatio);
    if (state != u"01") {
        m_unitInfo->setStyleSheet(u"color: #b00020;"_qs);
        text += u'\n' + errortext::message(u"unit.not_open"_qs);
    } else {
        m_unitInfo->setStyleSheet(QString());
        m_unitRatio = rateOf(m_unit->unitRatio);
        m_personalRatio = rateOf(m_unit->personalRatio);
    }
    m_unitInfo->setText(text);
    m_person->updatePreview();
}

void PersonOpeningPage::submit()
{
    if (m_operation->isPending()) {
        m_operation->resend(); // a double click or Enter while it is on its way: the same operation
        return;
    }
    auto unit = accountnumber::parse(m_unitEdit->text(), accountnumber::Kind::Unit, kUnit);
    if (!unit) {
        m_messages.showError(client::usertext::describe(unit.error()), kUnit);
        emit finished(false);
        return;
    }
    if (m_unit && unit->number == m_unitNumber && m_unit->state != u"01") {
        m_messages.showError(client::usertext::describe(makeError(u"unit.not_open"_qs, kUnit)), kUnit);
        emit finished(false);
        return;
    }
    auto person = m_person->collect();
    if (!person) {
        m_messages.showError(client::usertext::describe(person.error()), person.error().field);
        emit finished(false);
        return;
    }
    m_result->clear();
    m_operation->start(
        client::api::openings::openPerson(unit->number, *person, tr("Personal account opening")));
}

void PersonOpeningPage::onOpened(const client::ops::Outcome &outcome)
{
    const auto opened = outcome.as<client::api::PersonOpened>();
    if (!opened) {
        onRefused(client::usertext::describe(opened.error()), opened.error());
        return;
    }
    m_result->showPersonOpened(*opened);
    m_messages.showInfo(opened->isUnsealed() ? tr("Sealed account unsealed under the new unit")
                                             : tr("Account opened"));
    m_person->clear(); // the unit stays for the next employee
    m_person->documentNumberEdit()->setFocus();
    emit finished(true);
}

void PersonOpeningPage::onRefused(const QString &message, const Error &error)
{
    if (error.code == u"account.exists_active") {
        if (const auto existing = m_operation->outcome().as<client::api::ExistingAccount>())
            m_result->showExistingAccount(*existing);
    }
    m_messages.showError(message, error.field);
    emit finished(false);
}

PageDescriptor PersonOpeningPage::descriptor()
{
    return {.code = u"2002"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Personal account opening"),
            .permission = u"openings.account"_qs,
            .shortcut = QKeySequence(Qt::Key_F7),
            .guideAnchor = u"五开户业务"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new PersonOpeningPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->unitEdit());
                connect(page, &PersonOpeningPage::openPerson, page,
                        [&context](const QString &account) { context.open(u"1002"_qs, account); });
                connect(page, &PersonOpeningPage::openTransfer, page,
                        [&context](const QString &account) { context.open(u"5001"_qs, account); });
                connect(&context, &PageContext::trainingChanged, page, &PersonOpeningPage::setTraining);
                page->setTraining(context.isTraining()); // a page built after the mode was set
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
