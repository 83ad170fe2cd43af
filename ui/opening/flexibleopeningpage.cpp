#include "opening/flexibleopeningpage.h"

#include "clientcore.h"
#include "domain/money.h"
#include "finance/deposit.h"
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

FlexibleOpeningPage::FlexibleOpeningPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_ratio(new QLineEdit(this))
    , m_policy(new QLabel(this))
    , m_person(new PersonFields(core, true, this))
    , m_submit(new QPushButton(tr("Open flexible-employment account"), this))
    , m_message(new QLabel(this))
    , m_result(new OpeningResult(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
    , m_messages(m_message)
{
    setObjectName(u"flexibleOpeningPage"_qs);
    m_ratio->setObjectName(u"flexibleRatio"_qs);
    m_ratio->setPlaceholderText(tr("percent, e.g. 12"));
    m_policy->setObjectName(u"flexiblePolicy"_qs);
    m_policy->setWordWrap(true);
    m_submit->setObjectName(u"flexibleOpeningSubmit"_qs);
    m_message->setObjectName(u"flexibleOpeningMessage"_qs);
    // The ratio the person chooses, with the policy's range beside it, comes first.
    fitToChars(m_ratio, 18); // room for the placeholder
    auto *ratioBox = formSection(tr("Deposit ratio"), this);
    sectionForm(ratioBox)->addRow(tr("Deposit ratio (%):"), m_ratio);
    sectionForm(ratioBox)->addRow(QString(), m_policy);
    m_person->addLeadingSection(ratioBox, {m_ratio});
    const QList<std::pair<QString, QWidget *>> fields{{u"ratio"_qs, m_ratio},
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
    auto *intro = new QLabel(tr("Open an account for a flexibly employed person (灵活就业) without a unit. "
                                "The person pays the whole ratio; ratio and base follow the "
                                "flexible-employment policy."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_person);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(m_result);
    layout->addStretch();

    QList<QWidget *> inputs = m_person->inputs();
    inputs.removeAll(m_policy);
    auto *nav = new FormNavigator(inputs, this);
    connect(nav, &FormNavigator::submitRequested, this, &FlexibleOpeningPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &FlexibleOpeningPage::submit);
    connect(m_ratio, &QLineEdit::textChanged, m_person, &PersonFields::updatePreview);
    connect(m_person->firstMonthEdit(), &QLineEdit::textChanged, this, &FlexibleOpeningPage::updatePolicy);
    connect(m_operation, &client::ops::Operation::succeeded, this, &FlexibleOpeningPage::onOpened);
    connect(m_operation, &client::ops::Operation::failed, this, &FlexibleOpeningPage::onRefused);
    connect(m_operation, &client::ops::Operation::status, this, [this](const QString &text, bool error) {
        if (error)
            m_messages.showError(text);
        else
            m_messages.showInfo(text);
    });
    connect(m_result, &OpeningResult::openAccount, this, &FlexibleOpeningPage::openPerson);

    m_person->setPreviewFunction([this](qint64 baseFen, QDate month) -> DepositPreview {
        auto ratio = finance::parsePercent(m_ratio->text().trimmed(), u"ratio"_qs);
        if (!ratio)
            return {{}, {}, ratio.error()};
        const auto policy = flexiblePolicyAt(m_core->reference(), month);
        if (!policy)
            return {tr("No flexible-employment policy is in effect for this month"), {}, {}};
        auto d = finance::computeFlexibleDeposit(*policy, baseFen, *ratio);
        if (!d) {
            Error e = d.error();
            if (e.field == u"base")
                e.field = u"wageBaseFen"_qs;
            return {{}, {}, e};
        }
        DepositPreview p;
        p.text =
            tr("%1 a month (%2 % of %3), paid by the person")
                .arg(money::format(d->amount), finance::toPercentString(d->ratio), money::format(d->base));
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

void FlexibleOpeningPage::setTraining(bool training)
{
    m_result->setTraining(training);
}

void FlexibleOpeningPage::reset()
{
    m_ratio->clear();
    m_person->clear();
    m_messages.clear();
    m_result->clear();
    m_operation->forget();
    updatePolicy();
}

QString FlexibleOpeningPage::policyText() const
{
    return m_policy->text();
}

QString FlexibleOpeningPage::messageText() const
{
    return m_message->text();
}

void FlexibleOpeningPage::updatePolicy()
{
    const auto policy = flexiblePolicyAt(m_core->reference(), m_person->firstMonth());
    if (!policy) {
        m_policy->setText(tr("No flexible-employment policy is in effect for this month"));
        return;
    }
    m_policy->setText(tr("Policy from %1: ratio %2 % to %3 %, base %4 to %5 (%6)")
                          .arg(policy->effectiveFrom.toString(Qt::ISODate),
                               finance::toPercentString(policy->ratio.min),
                               finance::toPercentString(policy->ratio.max), money::format(policy->base.floor),
                               money::format(policy->base.ceiling),
                               policy->base.outOfRange == finance::OutOfRangeBase::Refuse
                                   ? tr("a base outside is refused")
                                   : tr("a base outside is clamped")));
}

void FlexibleOpeningPage::submit()
{
    if (m_operation->isPending()) {
        m_operation->resend(); // a double click or Enter while it is on its way: the same operation
        return;
    }
    auto ratio = finance::parsePercent(m_ratio->text().trimmed(), u"ratio"_qs);
    if (!ratio) {
        m_messages.showError(client::usertext::describe(ratio.error()), u"ratio"_qs);
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
    m_operation->start(client::api::openings::openFlexible(*person, finance::toPercentString(*ratio),
                                                           tr("Flexible-employment registration")));
}

void FlexibleOpeningPage::onOpened(const client::ops::Outcome &outcome)
{
    const auto opened = outcome.as<client::api::PersonOpened>();
    if (!opened) {
        onRefused(client::usertext::describe(opened.error()), opened.error());
        return;
    }
    m_result->showPersonOpened(*opened);
    m_messages.showInfo(tr("Account opened"));
    m_person->clear();
    m_ratio->setFocus();
    emit finished(true);
}

void FlexibleOpeningPage::onRefused(const QString &message, const Error &error)
{
    if (error.code == u"account.exists_active") {
        if (const auto existing = m_operation->outcome().as<client::api::ExistingAccount>())
            m_result->showExistingAccount(*existing);
    }
    m_messages.showError(message, error.field);
    emit finished(false);
}

PageDescriptor FlexibleOpeningPage::descriptor()
{
    return {.code = u"2003"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Flexible-employment opening"),
            .permission = u"openings.flexible"_qs,
            .shortcut = QKeySequence(Qt::ALT | Qt::Key_3),
            .guideAnchor = u"五开户业务"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new FlexibleOpeningPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->ratioEdit());
                connect(page, &FlexibleOpeningPage::openPerson, page,
                        [&context](const QString &account) { context.open(u"1002"_qs, account); });
                connect(&context, &PageContext::trainingChanged, page, &FlexibleOpeningPage::setTraining);
                page->setTraining(context.isTraining()); // a page built after the mode was set
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
