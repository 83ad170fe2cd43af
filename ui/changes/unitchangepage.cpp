#include "changes/unitchangepage.h"

#include "api/reference.h"
#include "api/withdrawals.h"
#include "changes/changetext.h"
#include "clientcore.h"
#include "domain/codetables.h"
#include "domain/errortext.h"
#include "lookup/summarypanel.h"
#include "ops/operation.h"
#include "session/usertext.h"
#include "shell/pageregistry.h"
#include "transfer/lookupfield.h"
#include "transfer/transfertext.h"
#include "transfer/wrappedlabel.h"
#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"
#include "widgets/formsection.h"
#include "widgets/receiptbar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

UnitChangePage::UnitChangePage(client::ClientCore *core, DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_unit(new TransferLookupField(core, TransferLookupField::Kind::Unit, this))
    , m_history(new QLabel(this))
    , m_bankCode(new QComboBox(this))
    , m_legalDocumentType(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_submit(new QPushButton(tr("&Change"), this))
    , m_status(new QLabel(this))
    , m_resultLabel(new QLabel(this))
    , m_receipt(new ReceiptBar(printer, this))
    , m_operation(new client::ops::Operation(core->outbox(), this))
{
    setObjectName(u"unitChangePage"_qs);
    m_unit->edit()->setObjectName(u"unitChangeUnit"_qs);
    m_history->setObjectName(u"unitChangeHistory"_qs);
    m_bankCode->setObjectName(u"unitChange_bank_code"_qs);
    m_legalDocumentType->setObjectName(u"unitChange_legalRepresentative_documentType"_qs);
    m_reason->setObjectName(u"unitChangeReason"_qs);
    m_reason->setMaxLength(200);
    m_submit->setObjectName(u"unitChangeSubmit"_qs);
    m_status->setObjectName(u"unitChangeStatus"_qs);
    m_resultLabel->setObjectName(u"unitChangeResult"_qs);
    for (QLabel *label : {m_history, m_status, m_resultLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    for (const codes::Entry &entry : codes::documentTypes().entries) {
        const QString code = QString::fromUtf16(entry.code);
        m_legalDocumentType->addItem(
            code + u' ' + codes::documentTypes().label(code, TransferText::codeLanguage()), code);
    }

    // Sections in two columns where the page is wide: the unit and its contact on the left, the
    // bank and the legal representative on the right; the reason under both.
    auto *unitBox = formSection(tr("Unit"), this);
    auto *contactBox = formSection(tr("Name and contact"), this);
    auto *bankBox = formSection(tr("Remittance bank"), this);
    auto *legalBox = formSection(tr("Legal representative"), this);
    QFormLayout *unitForm = sectionForm(unitBox);
    unitForm->addRow(tr("Unit account:"), m_unit);
    labelInput(unitForm, m_unit, m_unit->edit());
    fitToChars(m_unit->edit(), chars::accountNumber);
    unitForm->addRow(m_history);
    auto add = [&](QGroupBox *section, const QString &field, const QString &label, int maxLength, int chars) {
        auto *edit = new QLineEdit(section);
        edit->setObjectName(u"unitChange_"_qs + QString(field).replace(u'.', u'_'));
        edit->setMaxLength(maxLength);
        fitToChars(edit, chars);
        sectionForm(section)->addRow(label, edit);
        m_edits.append({field, edit});
    };
    add(contactBox, u"name"_qs, tr("New unit name:"), 100, chars::unitName);
    add(contactBox, u"contact.name"_qs, tr("New contact name:"), 60, chars::name);
    add(contactBox, u"contact.mobile"_qs, tr("New contact mobile:"), 20, chars::phone);
    add(contactBox, u"officeAddress"_qs, tr("New office address:"), 200, chars::unitName);
    add(contactBox, u"registeredAddress"_qs, tr("New registered address:"), 200, chars::unitName);
    sectionForm(bankBox)->addRow(tr("New bank:"), m_bankCode);
    fitToChars(m_bankCode, 28);
    add(bankBox, u"bank.name"_qs, tr("New bank branch name:"), 60, 28);
    add(bankBox, u"bank.account"_qs, tr("New bank account number:"), 48, 33);
    add(bankBox, u"remittanceDay"_qs, tr("New remittance day (1–28):"), 2, 4);
    add(legalBox, u"legalRepresentative.name"_qs, tr("New legal representative:"), 60, chars::name);
    sectionForm(legalBox)->addRow(tr("Legal representative's document type:"), m_legalDocumentType);
    fitToChars(m_legalDocumentType, 24);
    add(legalBox, u"legalRepresentative.documentNumber"_qs, tr("Legal representative's document number:"), 40,
        chars::identityNumber);
    auto *columns = new SectionColumns(this);
    columns->addLeft(unitBox);
    columns->addLeft(contactBox);
    // The unit as it is today, beside the changes typed for it.
    auto *summary = new SummaryPanel(SummaryPanel::Kind::Unit, m_core, this);
    summary->follow(m_unit);
    columns->addRight(summary);
    columns->addRight(bankBox);
    columns->addRight(legalBox);
    auto *reasonForm = new QFormLayout;
    reasonForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    reasonForm->addRow(tr("Reason:"), m_reason);
    fitToChars(m_reason, 40);

    QWidget *content = scrolledContent(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(
        wrappedLabel(tr("Change a unit's details: fill in only what changes (an empty input keeps "
                        "today's value), give the reason, Enter in the reason submits. The "
                        "credit code and the unit account never change."),
                     content));
    layout->addWidget(columns);
    layout->addLayout(reasonForm);
    layout->addWidget(m_submit, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_receipt);
    layout->addStretch();

    QList<QWidget *> fields{m_unit->edit()};
    for (const auto &[field, edit] : std::as_const(m_edits)) {
        if (field == u"bank.name")
            fields.append(m_bankCode);
        fields.append(edit);
        if (field == u"legalRepresentative.name")
            fields.append(m_legalDocumentType);
    }
    fields.append(m_reason);
    // Tab follows the sections (the combo boxes were made before the line edits around them).
    for (qsizetype i = 1; i < fields.size(); ++i)
        QWidget::setTabOrder(fields.at(i - 1), fields.at(i));
    auto *nav = new FormNavigator(fields, this);
    connect(nav, &FormNavigator::submitRequested, this, &UnitChangePage::submit);
    connect(m_submit, &QPushButton::clicked, this, &UnitChangePage::submit);
    connect(m_unit, &TransferLookupField::loaded, this, [this](bool ok) {
        if (ok)
            loadHistory();
    });
    connect(m_operation, &client::ops::Operation::status, this, &UnitChangePage::setStatus);
    connect(m_operation, &client::ops::Operation::succeeded, this, &UnitChangePage::onSucceeded);
    connect(m_operation, &client::ops::Operation::failed, this, &UnitChangePage::onFailed);
    reset();
}

QLineEdit *UnitChangePage::edit(const QString &field) const
{
    for (const auto &[key, edit] : m_edits) {
        if (key == field)
            return edit;
    }
    return nullptr;
}

QString UnitChangePage::statusText() const
{
    return m_status->text();
}

QString UnitChangePage::resultText() const
{
    return m_resultLabel->text();
}

QString UnitChangePage::historyText() const
{
    return m_history->text();
}

void UnitChangePage::setStatus(const QString &text, bool error)
{
    TransferText::setStatus(m_status, text, error);
}

void UnitChangePage::reset()
{
    m_unit->clear();
    for (const auto &[field, edit] : std::as_const(m_edits))
        edit->clear();
    m_bankCode->clear();
    m_bankCode->addItem(tr("(unchanged)"), QString());
    for (const client::api::Bank &b : client::api::banks(m_core->reference()))
        m_bankCode->addItem(b.code + u' ' + b.name, b.code);
    m_legalDocumentType->setCurrentIndex(0);
    m_reason->clear();
    m_history->clear();
    m_status->clear();
    m_resultLabel->clear();
    m_receipt->clear();
    m_operation->forget();
}

void UnitChangePage::showUnit(const QString &unitAccount)
{
    reset();
    m_unit->setText(unitAccount);
    edit(u"name"_qs)->setFocus();
}

void UnitChangePage::loadHistory()
{
    const QString unit = m_unit->number();
    client::api::changes::unitHistory(
        m_core->api(), unit, this,
        [this, unit](const client::api::Reply<client::api::UnitChangeHistory> &reply) {
            if (unit != m_unit->number())
                return;
            if (!reply.ok()) {
                m_history->setText(reply.message);
                emit historyLoaded(false);
                return;
            }
            QStringList lines;
            for (const auto &item : reply.value().items) {
                QStringList names;
                for (const QString &f : item.fields)
                    names.append(ChangeText::field(f));
                lines.append(tr("%1 %2 by %3: %4")
                                 .arg(item.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs), item.serial,
                                      item.operatorName, names.join(u", "_qs)));
            }
            m_history->setText(lines.isEmpty() ? tr("No changes before")
                                               : tr("Earlier changes:\n") + lines.join(u'\n'));
            emit historyLoaded(true);
        });
}

void UnitChangePage::submit()
{
    if (m_operation->isPending()) {
        m_operation->resend();
        return;
    }
    if (Status s = m_unit->validate(); !s) {
        setStatus(errortext::describe(s.error()), true);
        m_unit->edit()->setFocus();
        return;
    }
    auto text = [this](const QString &f) { return edit(f)->text().trimmed(); };
    client::api::UnitChangeInput in;
    in.unitAccount = m_unit->number();
    if (!text(u"name"_qs).isEmpty())
        in.name = text(u"name"_qs);
    if (!text(u"contact.name"_qs).isEmpty() || !text(u"contact.mobile"_qs).isEmpty())
        in.contact = client::api::UnitContact{text(u"contact.name"_qs), text(u"contact.mobile"_qs)};
    if (!text(u"officeAddress"_qs).isEmpty())
        in.officeAddress = text(u"officeAddress"_qs);
    if (!text(u"registeredAddress"_qs).isEmpty())
        in.registeredAddress = text(u"registeredAddress"_qs);
    if (!m_bankCode->currentData().toString().isEmpty() || !text(u"bank.account"_qs).isEmpty())
        in.bank = client::api::UnitBank{m_bankCode->currentData().toString(), text(u"bank.name"_qs),
                                        text(u"bank.account"_qs)};
    if (const QString day = client::api::withdrawals::normaliseDigits(text(u"remittanceDay"_qs));
        !day.isEmpty()) {
        bool ok = false;
        in.remittanceDay = day.toInt(&ok);
        if (!ok) {
            setStatus(tr("The remittance day is a day of the month, 1 to 28"), true);
            edit(u"remittanceDay"_qs)->setFocus();
            return;
        }
    }
    if (!text(u"legalRepresentative.name"_qs).isEmpty() ||
        !text(u"legalRepresentative.documentNumber"_qs).isEmpty())
        in.legalRepresentative = client::api::LegalRepresentative{
            text(u"legalRepresentative.name"_qs), m_legalDocumentType->currentData().toString(),
            text(u"legalRepresentative.documentNumber"_qs)};
    in.reason = m_reason->text();
    if (in.isEmpty()) {
        setStatus(tr("Nothing to change: fill in what changes"), true);
        edit(u"name"_qs)->setFocus();
        return;
    }
    if (in.reason.trimmed().isEmpty()) {
        setStatus(tr("Type the reason for the change"), true);
        m_reason->setFocus();
        return;
    }
    m_resultLabel->clear();
    m_receipt->clear();
    m_operation->start(client::api::changes::unitChange(in, tr("Unit change")),
                       m_core->isOnline() ? client::ops::Operation::Mode::Interactive
                                          : client::ops::Operation::Mode::Queued);
}

void UnitChangePage::onSucceeded(const client::ops::Outcome &outcome)
{
    const auto result = outcome.as<client::api::ChangeResult>();
    if (!result) {
        setStatus(client::usertext::describe(result.error()), true);
        emit finished(false);
        return;
    }
    setStatus(tr("Changed: serial %1").arg(result.value().serial), false);
    m_resultLabel->setText(ChangeText::changes(result.value().changes));
    m_receipt->setReceipt(result.value().receipt, m_training);
    m_receipt->pdfButton()->setFocus();
    loadHistory();
    emit finished(true);
}

void UnitChangePage::onFailed(const QString &message, const Error &error)
{
    setStatus(TransferText::refusal(message, error), true);
    if (error.field == u"reason") {
        m_reason->setFocus();
    } else if (error.field == u"bank.code") {
        m_bankCode->setFocus();
    } else if (error.field == u"legalRepresentative.documentType") {
        m_legalDocumentType->setFocus();
    } else if (QLineEdit *e = edit(error.field)) {
        e->setFocus();
        e->selectAll();
    } else if (error.field == u"contact" || error.field == u"bank" || error.field == u"legalRepresentative") {
        edit(error.field == u"bank" ? u"bank.account"_qs : error.field + u".name"_qs)->setFocus();
    } else if (error.code == u"change.nothing") {
        edit(u"name"_qs)->setFocus();
    } else {
        m_unit->edit()->setFocus();
    }
    emit finished(false);
}

PageDescriptor UnitChangePage::descriptor()
{
    return {.code = u"2201"_qs,
            .title = QT_TRANSLATE_NOOP("hpf::ui::Pages", "Unit details change"),
            .permission = u"units.change"_qs,
            .shortcut = QKeySequence(),
            .guideAnchor = u"单位信息变更2201"_qs,
            .create = [](PageContext &context, QWidget *parent) -> QWidget * {
                auto *page = new UnitChangePage(context.core(), context.printer(), parent);
                page->setFocusProxy(page->unitField());
                connect(&context, &PageContext::trainingChanged, page, &UnitChangePage::setTrainingMode);
                page->setTrainingMode(context.isTraining());
                resetOnSignOut(context, page);
                return page;
            },
            .receive = receiveWith(&UnitChangePage::showUnit)};
}

} // namespace hpf::ui
