#include "withdrawal/payeeform.h"

#include "api/reference.h"
#include "widgets/fieldwidth.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace hpf::ui {

PayeeForm::PayeeForm(client::ReferenceSync *reference, QWidget *parent)
    : QWidget(parent)
    , m_reference(reference)
    , m_bank(new QComboBox(this))
    , m_account(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_form(new QFormLayout(this))
{
    m_bank->setObjectName(u"payeeBank"_qs);
    m_account->setObjectName(u"payeeAccount"_qs);
    m_account->setMaxLength(48); // 32 digits plus the spaces a teller types between groups
    m_name->setObjectName(u"payeeName"_qs);
    m_name->setMaxLength(60);
    m_bank->setAccessibleName(tr("Payee bank"));
    fitToChars(m_account, 26); // a bank account of up to 19 digits with a space every four
    fitToChars(m_name, 24);    // a person's or a unit's (a seller's, a landlord's) name
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_form->addRow(tr("Payee bank:"), m_bank);
    m_form->addRow(tr("Payee account number:"), m_account);
    m_form->addRow(tr("Payee name:"), m_name);
    reloadBanks();
}

void PayeeForm::addRowsTo(QFormLayout *form)
{
    while (m_form->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_form->takeRow(0);
        QWidget *label = row.labelItem ? row.labelItem->widget() : nullptr;
        QWidget *field = row.fieldItem ? row.fieldItem->widget() : nullptr;
        delete row.labelItem; // the layout items, not the widgets
        delete row.fieldItem;
        if (label)
            form->addRow(label, field);
        else
            form->addRow(field);
    }
    hide();
}

void PayeeForm::reloadBanks()
{
    const QString current = m_bank->currentData().toString();
    m_bank->clear();
    for (const client::api::Bank &b : client::api::banks(m_reference))
        m_bank->addItem(b.code + u' ' + b.name, b.code);
    if (const int at = m_bank->findData(current); at >= 0)
        m_bank->setCurrentIndex(at);
}

void PayeeForm::clear()
{
    reloadBanks();
    m_bank->setCurrentIndex(0);
    m_account->clear();
    m_name->clear();
}

client::api::PayeeInput PayeeForm::input() const
{
    return {m_bank->currentData().toString(), m_account->text(), m_name->text()};
}

QList<QWidget *> PayeeForm::fields() const
{
    return {m_bank, m_account, m_name};
}

bool PayeeForm::focusField(const QString &field)
{
    if (field == u"payee.bankCode" || field == u"payee.bank") {
        m_bank->setFocus();
        return true;
    }
    if (field == u"payee.accountNumber" || field == u"payee.account") {
        m_account->setFocus();
        m_account->selectAll();
        return true;
    }
    if (field == u"payee.name") {
        m_name->setFocus();
        m_name->selectAll();
        return true;
    }
    return false;
}

} // namespace hpf::ui
