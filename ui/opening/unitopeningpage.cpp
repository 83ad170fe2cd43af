#include "opening/unitopeningpage.h"

#include "api/reference.h"
#include "base/text.h"
#include "clientcore.h"
#include "domain/codetables.h"
#include "domain/creditcode.h"
#include "domain/errortext.h"
#include "domain/identity.h"
#include "domain/mobile.h"
#include "domain/money.h"
#include "opening/openingresult.h"
#include "ops/operation.h"
#include "reference/referencesync.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "shell/translations.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

namespace {

void fillCodes(QComboBox *box, const codes::Table &table, bool placeholder)
{
    const bool zh = Translations::currentLanguage().startsWith(u"zh");
    if (placeholder)
        box->addItem(QCoreApplication::translate("hpf::ui::UnitOpeningPage", "— choose —"), QString());
    for (const codes::Entry &e : table.entries) {
        const QString code = QString::fromUtf16(e.code);
        box->addItem(code + u' ' + table.label(code, zh ? u"zh" : u"en"), code);
    }
}

Error required(const QString &field)
{
    return makeError(u"request.field_required"_qs, field);
}

} // namespace

UnitOpeningPage::UnitOpeningPage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_economicType(new QComboBox(this))
    , m_repDocType(new QComboBox(this))
    , m_bank(new QComboBox(this))
    , m_creditInfo(new QLabel(this))
    , m_policy(new QLabel(this))
    , m_submit(new QPushButton(tr("Open unit account"), this))
    , m_message(new QLabel(this))
    , m_result(new OpeningResult(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
    , m_messages(m_message)
{
    setObjectName(u"unitOpeningPage"_qs);
    m_economicType->setObjectName(u"unitEconomicType"_qs);
    m_repDocType->setObjectName(u"unitRepDocumentType"_qs);
    m_bank->setObjectName(u"unitBank"_qs);
    m_creditInfo->setObjectName(u"unitCreditCodeInfo"_qs);
    m_creditInfo->setWordWrap(true);
    m_policy->setObjectName(u"unitRatioPolicy"_qs);
    m_submit->setObjectName(u"unitOpeningSubmit"_qs);
    m_message->setObjectName(u"unitOpeningMessage"_qs);
    fillCodes(m_economicType, codes::economicTypes(), true);
    fillCodes(m_repDocType, codes::documentTypes(), false);

    // Four sections, two columns where the page is wide: the unit and its legal representative on
    // the left, its addresses and contact and the remittance terms on the right. Enter and Tab go
    // through them in that order.
    auto *unitBox = formSection(tr("Unit"), this);
    auto *legalBox = formSection(tr("Legal representative"), this);
    auto *contactBox = formSection(tr("Addresses and contact"), this);
    auto *remittanceBox = formSection(tr("Remittance"), this);
    QFormLayout *form = nullptr;
    const auto row = [&](const QString &label, QWidget *w, const QString &field = {}, int chars = 0) {
        form->addRow(label, w);
        if (chars > 0)
            fitToChars(w, chars);
        if (!field.isEmpty()) {
            m_inputs.append(w);
            m_messages.addField(field, w);
        }
    };
    form = sectionForm(unitBox);
    row(tr("Unified social credit code:"), addEdit(u"creditCode"_qs, u"unitCreditCode"_qs), u"creditCode"_qs,
        chars::creditCode + 4); // typed with spaces now and then
    row(QString(), m_creditInfo);
    row(tr("Unit name:"), addEdit(u"name"_qs, u"unitName"_qs), u"name"_qs, chars::unitName);
    row(tr("Economic type:"), m_economicType, u"economicType"_qs, 24);
    form = sectionForm(legalBox);
    row(tr("Legal representative:"), addEdit(u"legalRepresentative.name"_qs, u"unitRepName"_qs),
        u"legalRepresentative.name"_qs, chars::name);
    row(tr("Representative's document type:"), m_repDocType, u"legalRepresentative.documentType"_qs, 24);
    row(tr("Representative's document number:"),
        addEdit(u"legalRepresentative.documentNumber"_qs, u"unitRepDocumentNumber"_qs),
        u"legalRepresentative.documentNumber"_qs, chars::identityNumber);
    form = sectionForm(contactBox);
    row(tr("Registered address:"), addEdit(u"registeredAddress"_qs, u"unitRegisteredAddress"_qs),
        u"registeredAddress"_qs, chars::unitName);
    row(tr("Office address (optional):"), addEdit(u"officeAddress"_qs, u"unitOfficeAddress"_qs),
        u"officeAddress"_qs, chars::unitName);
    row(tr("Contact person:"), addEdit(u"contact.name"_qs, u"unitContactName"_qs), u"contact.name"_qs,
        chars::name);
    row(tr("Contact mobile number:"), addEdit(u"contact.mobile"_qs, u"unitContactMobile"_qs),
        u"contact.mobile"_qs, chars::phone + 4);
    form = sectionForm(remittanceBox);
    row(tr("Remittance bank:"), m_bank, u"bank.code"_qs, 28);
    row(tr("Remittance bank account:"), addEdit(u"bank.account"_qs, u"unitBankAccount"_qs),
        u"bank.account"_qs, 33);
    row(tr("Unit deposit ratio (%):"), addEdit(u"unitRatio"_qs, u"unitUnitRatio"_qs), u"unitRatio"_qs, 8);
    row(tr("Personal deposit ratio (%):"), addEdit(u"personalRatio"_qs, u"unitPersonalRatio"_qs),
        u"personalRatio"_qs, 8);
    row(QString(), m_policy);
    row(tr("Remittance day (1-31):"), addEdit(u"remittanceDay"_qs, u"unitRemittanceDay"_qs),
        u"remittanceDay"_qs, 4);
    row(tr("First remittance month:"), addEdit(u"firstMonth"_qs, u"unitFirstMonth"_qs), u"firstMonth"_qs, 24);
    m_policy->setWordWrap(true);
    m_edits[u"firstMonth"_qs]->setPlaceholderText(tr("YYYY-MM (empty: this month)"));
    m_edits[u"bank.account"_qs]->setPlaceholderText(tr("8 to 32 digits"));
    m_messages.addField(u"bank.name"_qs, m_bank);
    m_messages.addField(u"contact"_qs, m_edits[u"contact.name"_qs]);
    m_messages.addField(u"legalRepresentative"_qs, m_edits[u"legalRepresentative.name"_qs]);
    m_messages.addField(u"bank"_qs, m_bank);
    // The combo boxes were made before the line edits between them: Tab follows Enter.
    for (qsizetype i = 1; i < m_inputs.size(); ++i)
        QWidget::setTabOrder(m_inputs.at(i - 1), m_inputs.at(i));
    auto *columns = new SectionColumns(this);
    columns->addLeft(unitBox);
    columns->addLeft(legalBox);
    columns->addRight(contactBox);
    columns->addRight(remittanceBox);

    QWidget *content = scrolledContent(this);
    auto *contentLayout = new QVBoxLayout(content);
    auto *intro = new QLabel(tr("Register a unit (单位开户). The center assigns the unit account "
                                "number; the receipt is printed from the server's answer."),
                             content);
    intro->setWordWrap(true);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(columns);
    contentLayout->addWidget(m_submit, 0, Qt::AlignLeft);
    contentLayout->addWidget(m_message);
    contentLayout->addWidget(m_result);
    contentLayout->addStretch();

    auto *nav = new FormNavigator(m_inputs, this);
    connect(nav, &FormNavigator::submitRequested, this, &UnitOpeningPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &UnitOpeningPage::submit);
    connect(m_edits[u"creditCode"_qs], &QLineEdit::textChanged, this, &UnitOpeningPage::checkCreditCode);
    connect(m_edits[u"firstMonth"_qs], &QLineEdit::textChanged, this, &UnitOpeningPage::updatePolicy);
    connect(m_operation, &client::ops::Operation::succeeded, this, &UnitOpeningPage::onOpened);
    connect(m_operation, &client::ops::Operation::failed, this, &UnitOpeningPage::onRefused);
    connect(m_operation, &client::ops::Operation::status, this, [this](const QString &text, bool error) {
        if (error)
            m_messages.showError(text);
        else
            m_messages.showInfo(text);
    });
    connect(m_result, &OpeningResult::openUnit, this, &UnitOpeningPage::openUnit);
    connect(core->reference(), &client::ReferenceSync::updated, this, [this](const QString &name) {
        if (name == u"banks")
            fillBanks();
        else if (name == u"policy")
            updatePolicy();
    });
    fillBanks();
    reset();
}

QLineEdit *UnitOpeningPage::addEdit(const QString &field, const QString &objectName)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(objectName);
    m_edits.insert(field, e);
    return e;
}

QLineEdit *UnitOpeningPage::edit(const QString &field) const
{
    return m_edits.value(field);
}

QList<QWidget *> UnitOpeningPage::inputs() const
{
    return m_inputs;
}

void UnitOpeningPage::fillBanks()
{
    const QString current = m_bank->currentData().toString();
    m_bank->clear();
    m_bank->addItem(tr("— choose —"), QString());
    for (const client::api::Bank &b : client::api::banks(m_core->reference()))
        m_bank->addItem(b.code + u' ' + b.name, b.code);
    m_bank->setCurrentIndex(qMax(0, m_bank->findData(current)));
}

void UnitOpeningPage::setTraining(bool training)
{
    m_result->setTraining(training);
}

void UnitOpeningPage::reset()
{
    for (QLineEdit *e : std::as_const(m_edits))
        e->clear();
    m_economicType->setCurrentIndex(0);
    m_repDocType->setCurrentIndex(0);
    m_bank->setCurrentIndex(0);
    m_creditInfo->clear();
    m_messages.clear();
    m_result->clear();
    m_operation->forget();
    m_openedUnit.clear();
    updatePolicy();
}

QString UnitOpeningPage::creditCodeText() const
{
    return m_creditInfo->text();
}

QString UnitOpeningPage::messageText() const
{
    return m_message->text();
}

void UnitOpeningPage::checkCreditCode()
{
    const QString typed = m_edits[u"creditCode"_qs]->text();
    auto cc = creditcode::parse(typed, u"creditCode"_qs);
    if (!cc) {
        const bool typing = typed.trimmed().isEmpty() || (cc.error().code == u"credit_code.length" &&
                                                          text::normalizeCode(typed).size() < 18);
        m_creditInfo->setStyleSheet(u"color: #b00020;"_qs);
        m_creditInfo->setText(typing ? QString() : client::usertext::describe(cc.error()));
        return;
    }
    QStringList parts{cc->code, tr("region %1").arg(cc->regionCode)};
    for (const QString &w : std::as_const(cc->warnings))
        parts << errortext::message(w);
    m_creditInfo->setStyleSheet(cc->warnings.isEmpty() ? QString() : u"color: #a15c00;"_qs);
    m_creditInfo->setText(parts.join(u" · "_qs));
}

void UnitOpeningPage::updatePolicy()
{
    auto month = parseMonth(m_edits[u"firstMonth"_qs]->text(), u"firstMonth"_qs);
    const QDate at = month && *month ? **month : monthOf(m_core->clock().today());
    const auto policy = depositPolicyAt(m_core->reference(), at);
    m_policy->setText(policy
                          ? tr("Policy from %1: unit ratio %2 % to %3 %, personal ratio %4 % to %5 %")
                                .arg(policy->effectiveFrom.toString(Qt::ISODate),
                                     finance::toPercentString(policy->unitRatio.min),
                                     finance::toPercentString(policy->unitRatio.max),
                                     finance::toPercentString(policy->personalRatio.min),
                                     finance::toPercentString(policy->personalRatio.max))
                          : tr("The deposit policy has not been loaded yet; the server checks the ratios"));
}

Result<client::api::UnitOpeningInput> UnitOpeningPage::collect() const
{
    const auto text = [this](const char16_t *field) {
        return m_edits.value(QString::fromUtf16(field))->text();
    };
    auto cc = creditcode::parse(text(u"creditCode"), u"creditCode"_qs);
    if (!cc)
        return cc.error();
    const QString name = text(u"name").simplified();
    if (name.isEmpty())
        return required(u"name"_qs);
    const QString economicType = m_economicType->currentData().toString();
    if (economicType.isEmpty())
        return makeError(u"unit.economic_type"_qs, u"economicType"_qs);
    const QString repName = text(u"legalRepresentative.name").simplified();
    if (repName.isEmpty())
        return required(u"legalRepresentative.name"_qs);
    const QString repType = m_repDocType->currentData().toString();
    auto repId =
        identity::parse(*identity::documentTypeFromCode(repType), text(u"legalRepresentative.documentNumber"),
                        m_core->clock().today(), u"legalRepresentative.documentNumber"_qs);
    if (!repId)
        return repId.error();
    const QString registered = text(u"registeredAddress").simplified();
    if (registered.isEmpty())
        return required(u"registeredAddress"_qs);
    const QString contactName = text(u"contact.name").simplified();
    if (contactName.isEmpty())
        return required(u"contact.name"_qs);
    auto mobileNumber = mobile::parse(text(u"contact.mobile"), u"contact.mobile"_qs);
    if (!mobileNumber)
        return mobileNumber.error();
    const QString bankCode = m_bank->currentData().toString();
    if (bankCode.isEmpty())
        return makeError(u"bank.code"_qs, u"bank.code"_qs);
    const QString bankAccount = text::normalizeCode(text(u"bank.account"));
    if (bankAccount.size() < 8 || bankAccount.size() > 32 || !text::isAsciiDigits(bankAccount))
        return makeError(u"bank.account"_qs, u"bank.account"_qs);
    auto unitRatio = finance::parsePercent(text(u"unitRatio").trimmed(), u"unitRatio"_qs);
    if (!unitRatio)
        return unitRatio.error();
    auto personalRatio = finance::parsePercent(text(u"personalRatio").trimmed(), u"personalRatio"_qs);
    if (!personalRatio)
        return personalRatio.error();
    bool dayOk = false;
    const int day = text::normalizeCode(text(u"remittanceDay")).toInt(&dayOk);
    if (!dayOk || day < 1 || day > 31)
        return makeError(u"unit.remittance_day"_qs, u"remittanceDay"_qs);
    auto month = parseMonth(text(u"firstMonth"), u"firstMonth"_qs);
    if (!month)
        return month.error();
    const QDate first = *month ? **month : monthOf(m_core->clock().today());
    if (const auto policy = depositPolicyAt(m_core->reference(), first)) {
        if (!policy->unitRatio.contains(*unitRatio))
            return makeError(u"deposit.ratio_range"_qs, u"unitRatio"_qs);
        if (!policy->personalRatio.contains(*personalRatio))
            return makeError(u"deposit.ratio_range"_qs, u"personalRatio"_qs);
    }
    client::api::UnitOpeningInput in;
    in.creditCode = cc->code;
    in.name = name;
    in.economicType = economicType;
    in.representativeName = repName;
    in.representativeDocumentType = repType;
    in.representativeDocumentNumber = repId->number;
    in.registeredAddress = registered;
    in.officeAddress = text(u"officeAddress").simplified();
    in.contactName = contactName;
    in.contactMobile = *mobileNumber;
    in.bankCode = bankCode;
    in.bankName = m_bank->currentText().section(u' ', 1);
    in.bankAccount = bankAccount;
    in.unitRatio = finance::toPercentString(*unitRatio);
    in.personalRatio = finance::toPercentString(*personalRatio);
    in.remittanceDay = day;
    in.firstMonth = first;
    return in;
}

void UnitOpeningPage::submit()
{
    if (m_operation->isPending()) {
        m_operation->resend(); // a double click while it is on its way: the same operation
        return;
    }
    auto input = collect();
    if (!input) {
        m_messages.showError(client::usertext::describe(input.error()), input.error().field);
        emit finished(false);
        return;
    }
    m_result->clear();
    m_openedUnit.clear();
    m_operation->start(client::api::openings::openUnit(*input, tr("Unit account opening")));
}

void UnitOpeningPage::onOpened(const client::ops::Outcome &outcome)
{
    const auto opened = outcome.as<client::api::UnitOpened>();
    if (!opened) {
        onRefused(client::usertext::describe(opened.error()), opened.error());
        return;
    }
    m_openedUnit = opened->unitAccount;
    for (QLineEdit *e : std::as_const(m_edits))
        e->clear();
    m_creditInfo->clear();
    m_economicType->setCurrentIndex(0);
    m_repDocType->setCurrentIndex(0);
    m_bank->setCurrentIndex(0);
    m_result->showUnitOpened(*opened);
    m_messages.showInfo(tr("Unit account opened: %1").arg(m_openedUnit));
    emit finished(true);
}

void UnitOpeningPage::onRefused(const QString &message, const Error &error)
{
    if (error.code == u"unit.exists") {
        if (const auto existing = m_operation->outcome().as<client::api::ExistingUnit>())
            m_result->showExistingUnit(*existing);
    }
    m_messages.showError(message, error.field);
    emit finished(false);
}

PageDescriptor UnitOpeningPage::descriptor()
{
    return {.code = u"2001"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Unit account opening"),
            .permission = u"openings.unit"_qs,
            .shortcut = QKeySequence(Qt::ALT | Qt::Key_1),
            .guideAnchor = u"五开户业务"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new UnitOpeningPage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->inputs().constFirst());
                connect(page, &UnitOpeningPage::openUnit, page,
                        [&context](const QString &unit) { context.open(u"1003"_qs, unit); });
                connect(&context, &PageContext::trainingChanged, page, &UnitOpeningPage::setTraining);
                page->setTraining(context.isTraining()); // a page built after the mode was set
                resetOnSignOut(context, page);
                return page;
            }};
}

} // namespace hpf::ui
