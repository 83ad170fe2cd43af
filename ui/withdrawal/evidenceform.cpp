#include "withdrawal/evidenceform.h"

#include "api/withdrawals.h"
#include "domain/codetables.h"
#include "domain/errortext.h"
#include "domain/money.h"
#include "transfer/transfertext.h"
#include "widgets/fieldwidth.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace hpf::ui {

namespace {

const QString kEventDate = u"evidence.eventDate"_qs;
const QString kContract = u"evidence.contractNumber"_qs;
const QString kPrice = u"evidence.priceFen"_qs;
const QString kAddress = u"evidence.propertyAddress"_qs;
const QString kLoanBank = u"evidence.loanBank"_qs;
const QString kLoanContract = u"evidence.loanContractNumber"_qs;
const QString kOutstanding = u"evidence.loanOutstandingFen"_qs;
const QString kLoanMonthly = u"evidence.loanMonthlyFen"_qs;
const QString kRent = u"evidence.monthlyRentFen"_qs;
const QString kHeirName = u"evidence.heir.name"_qs;
const QString kHeirType = u"evidence.heir.documentType"_qs;
const QString kHeirNumber = u"evidence.heir.documentNumber"_qs;
const QString kHeirRelation = u"evidence.heir.relation"_qs;

} // namespace

QStringList EvidenceForm::fieldsOf(const QString &type)
{
    if (type == u"purchase" || type == u"build")
        return {kEventDate, kContract, kPrice, kAddress};
    if (type == u"incapacity" || type == u"abroad")
        return {kEventDate};
    if (type == u"loan_fund")
        return {kLoanContract, kOutstanding, kLoanMonthly};
    if (type == u"loan_commercial")
        return {kLoanBank, kLoanContract, kOutstanding, kLoanMonthly};
    if (type == u"rent")
        return {kEventDate, kContract, kPrice, kRent};
    if (type == u"death")
        return {kEventDate, kHeirName, kHeirType, kHeirNumber, kHeirRelation};
    return {}; // retirement: the account's person and age say it all
}

EvidenceForm::EvidenceForm(QWidget *parent)
    : QGroupBox(tr("Evidence"), parent)
    , m_form(new QFormLayout(this))
    , m_heirDocumentType(new QComboBox(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    // A long label goes above its field rather than widen the section.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QLineEdit *eventDate = addEdit(kEventDate, tr("Event date (YYYY-MM-DD):"), 10, chars::date);
    eventDate->setToolTip(tr("The date of the contract, permit, certification, departure or death"));
    addEdit(kContract, tr("Contract, permit or lease number:"), 40, 24);
    addEdit(kPrice, tr("Price, cost or lease total (yuan):"), 20, chars::amount);
    addEdit(kAddress, tr("Property address:"), 100, 40);
    addEdit(kLoanBank, tr("Lending bank (3-digit code):"), 3, 4);
    addEdit(kLoanContract, tr("Loan contract number:"), 40, 24);
    addEdit(kOutstanding, tr("Loan outstanding (yuan):"), 20, chars::amount);
    addEdit(kLoanMonthly, tr("Loan monthly payment (yuan):"), 20, chars::amount);
    addEdit(kRent, tr("Monthly rent (yuan):"), 20, chars::amount);
    addEdit(kHeirName, tr("Heir's name:"), 60, chars::name);
    m_heirDocumentType->setObjectName(u"evidence_heir_documentType"_qs);
    m_heirDocumentType->setAccessibleName(tr("Heir's document type"));
    for (const codes::Entry &entry : codes::documentTypes().entries) {
        const QString code = QString::fromUtf16(entry.code);
        m_heirDocumentType->addItem(
            code + u' ' + codes::documentTypes().label(code, TransferText::codeLanguage()), code);
    }
    m_form->addRow(tr("Heir's document type:"), m_heirDocumentType);
    m_order.append(kHeirType);
    addEdit(kHeirNumber, tr("Heir's document number:"), 40, chars::identityNumber);
    addEdit(kHeirRelation, tr("Heir's relation:"), 20, 10);
    setType(QString());
}

QLineEdit *EvidenceForm::addEdit(const QString &field, const QString &label, int maxLength, int chars)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString(field).replace(u'.', u'_'));
    edit->setMaxLength(maxLength);
    fitToChars(edit, chars);
    m_form->addRow(label, edit);
    m_edits.insert(field, edit);
    m_order.append(field);
    return edit;
}

void EvidenceForm::setType(const QString &type)
{
    m_type = type;
    const QStringList shown = fieldsOf(type);
    for (int row = 0; row < m_order.size(); ++row)
        m_form->setRowVisible(row, shown.contains(m_order.at(row)));
    setVisible(!shown.isEmpty());
}

void EvidenceForm::clear()
{
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->clear();
    m_heirDocumentType->setCurrentIndex(0);
}

QList<QWidget *> EvidenceForm::fields() const
{
    QList<QWidget *> list;
    const QStringList shown = fieldsOf(m_type);
    for (const QString &field : m_order) {
        if (!shown.contains(field))
            continue;
        if (field == kHeirType)
            list.append(m_heirDocumentType);
        else
            list.append(m_edits.value(field));
    }
    return list;
}

bool EvidenceForm::read(client::api::WithdrawalEvidence *e, QString *field, QString *message) const
{
    *e = {};
    const QStringList shown = fieldsOf(m_type);
    auto text = [&](const QString &f) {
        return shown.contains(f) ? m_edits.value(f)->text().trimmed() : QString();
    };
    auto fen = [&](const QString &f, std::optional<qint64> *out) {
        const QString t = text(f);
        if (t.isEmpty())
            return true;
        auto parsed = money::parse(t, f);
        if (!parsed) {
            *field = f;
            *message = errortext::describe(parsed.error());
            return false;
        }
        *out = parsed.value();
        return true;
    };
    if (const QString d = client::api::withdrawals::normaliseDigits(text(kEventDate)); !d.isEmpty()) {
        const QDate date = QDate::fromString(d, Qt::ISODate);
        if (!date.isValid() || d.size() != 10) {
            *field = kEventDate;
            *message = tr("Not a date: type it as YYYY-MM-DD, e.g. 2026-03-01");
            return false;
        }
        e->eventDate = date;
    }
    e->contractNumber = text(kContract);
    e->propertyAddress = text(kAddress);
    e->loanBank = client::api::withdrawals::normaliseDigits(text(kLoanBank));
    e->loanContractNumber = text(kLoanContract);
    if (!fen(kPrice, &e->priceFen) || !fen(kOutstanding, &e->loanOutstandingFen) ||
        !fen(kLoanMonthly, &e->loanMonthlyFen) || !fen(kRent, &e->monthlyRentFen))
        return false;
    if (shown.contains(kHeirName)) {
        client::api::WithdrawalHeir heir{text(kHeirName), m_heirDocumentType->currentData().toString(),
                                         text(kHeirNumber), text(kHeirRelation)};
        if (!heir.name.isEmpty() || !heir.documentNumber.isEmpty() || !heir.relation.isEmpty())
            e->heir = heir;
    }
    return true;
}

bool EvidenceForm::focusField(const QString &field)
{
    if (!fieldsOf(m_type).contains(field))
        return false;
    if (field == kHeirType) {
        m_heirDocumentType->setFocus();
        return true;
    }
    QLineEdit *edit = m_edits.value(field);
    edit->setFocus();
    edit->selectAll();
    return true;
}

} // namespace hpf::ui
