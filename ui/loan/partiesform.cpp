#include "loan/partiesform.h"

#include "loan/loantext.h"
#include "widgets/fieldwidth.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace hpf::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name, int maxLength, int chars)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    fitToChars(edit, chars);
    return edit;
}

// A field's label in the person's block; its buddy is the field (Alt and screen readers).
QLabel *label(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}

} // namespace

bool LoanPartiesForm::PartyRow::isEmpty() const
{
    return documentNumber->text().trimmed().isEmpty() && name->text().trimmed().isEmpty() &&
           income->text().trimmed().isEmpty() && debts->text().trimmed().isEmpty();
}

LoanPartiesForm::LoanPartiesForm(QWidget *parent)
    : QGroupBox(tr("People on the loan"), parent)
{
    setObjectName(u"loanParties"_qs);
    // Column pairs (label, input): identity and name on the first line of a person, income,
    // debts and the authorisation on the second; the person's role heads the block.
    auto *grid = new QGridLayout(this);
    const QStringList roles{u"borrower"_qs,    u"spouse"_qs,    u"co_borrower"_qs,
                            u"co_borrower"_qs, u"guarantor"_qs, u"guarantor"_qs};
    QWidget *previous = nullptr;
    for (int i = 0; i < roles.size(); ++i) {
        PartyRow row;
        row.role = roles.at(i);
        const QString n = QString::number(i);
        const QString who = LoanText::role(row.role);
        row.documentNumber = lineEdit(this, u"loanPartyId"_qs + n, 40, chars::identityNumber);
        row.name = lineEdit(this, u"loanPartyName"_qs + n, 60, chars::name);
        row.income = lineEdit(this, u"loanPartyIncome"_qs + n, 20, chars::amount);
        row.debts = lineEdit(this, u"loanPartyDebts"_qs + n, 20, chars::amount);
        row.credit = new QCheckBox(tr("Credit report authorised (征信授权)"), this);
        row.credit->setObjectName(u"loanPartyCredit"_qs + n);
        // The same labels repeat for every person: the accessible names say whose field it is.
        row.documentNumber->setAccessibleName(tr("%1: document number").arg(who));
        row.name->setAccessibleName(tr("%1: name").arg(who));
        row.income->setAccessibleName(tr("%1: monthly income (yuan)").arg(who));
        row.debts->setAccessibleName(tr("%1: monthly debts (yuan)").arg(who));
        row.credit->setAccessibleName(tr("%1: credit report authorised").arg(who));
        const int top = i * 2;
        auto *role = new QLabel(who, this);
        QFont bold = role->font();
        bold.setBold(true);
        role->setFont(bold);
        grid->addWidget(role, top, 0, 2, 1, Qt::AlignTop);
        grid->addWidget(label(tr("Document number:"), row.documentNumber, this), top, 1);
        grid->addWidget(row.documentNumber, top, 2);
        grid->addWidget(label(tr("Name:"), row.name, this), top, 3);
        grid->addWidget(row.name, top, 4);
        grid->addWidget(label(tr("Monthly income (yuan):"), row.income, this), top + 1, 1);
        grid->addWidget(row.income, top + 1, 2);
        grid->addWidget(label(tr("Monthly debts (yuan):"), row.debts, this), top + 1, 3);
        grid->addWidget(row.debts, top + 1, 4);
        grid->addWidget(row.credit, top + 1, 5);
        for (QWidget *w : std::initializer_list<QWidget *>{row.documentNumber, row.name, row.income,
                                                           row.debts, row.credit}) {
            if (previous)
                setTabOrder(previous, w);
            previous = w;
        }
        m_rows.append(row);
    }
    grid->setColumnStretch(6, 1);
}

QList<QWidget *> LoanPartiesForm::fields() const
{
    QList<QWidget *> out;
    for (const PartyRow &row : m_rows)
        out << row.documentNumber << row.name << row.income << row.debts << row.credit;
    return out;
}

void LoanPartiesForm::clear()
{
    for (const PartyRow &row : std::as_const(m_rows)) {
        for (QLineEdit *edit : {row.documentNumber, row.name, row.income, row.debts})
            edit->clear();
        row.credit->setChecked(false);
    }
}

} // namespace hpf::ui
