#include "loan/postingspanel.h"

#include "widgets/fieldwidth.h"
#include "widgets/formnavigator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace hpf::ui {

namespace api = client::api;

LoanPostingsPanel::LoanPostingsPanel(QWidget *parent)
    : QGroupBox(tr("Repayment and prepayment"), parent)
    , m_repayAmount(new QLineEdit(this))
    , m_repay(new QPushButton(tr("Post &repayment"), this))
    , m_prepayKind(new QComboBox(this))
    , m_prepayAmount(new QLineEdit(this))
    , m_prepay(new QPushButton(tr("&Prepay"), this))
{
    setObjectName(u"loanPostings"_qs);
    m_repayAmount->setObjectName(u"loanRepayAmount"_qs);
    m_repayAmount->setMaxLength(20);
    m_repay->setObjectName(u"loanRepay"_qs);
    m_prepayKind->setObjectName(u"loanPrepayKind"_qs);
    m_prepayAmount->setObjectName(u"loanPrepayAmount"_qs);
    m_prepayAmount->setMaxLength(20);
    m_prepay->setObjectName(u"loanPrepay"_qs);
    m_prepayKind->addItem(tr("Partial, keep the term (lower payment)"));
    m_prepayKind->addItem(tr("Partial, keep the payment (shorter term)"));
    m_prepayKind->addItem(tr("In full (settles the loan)"));
    fitToChars(m_repayAmount, chars::amount);
    fitToChars(m_prepayAmount, chars::amount);

    // Each input has its own label (a buddy: Alt+letter and screen readers reach it); the button
    // that posts a row sits beside its amount.
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *repayLabel = new QLabel(tr("Repayment from the bank (yuan):"), this);
    repayLabel->setBuddy(m_repayAmount);
    repayLabel->setWordWrap(true);
    auto *repayRow = new QHBoxLayout;
    repayRow->addWidget(m_repayAmount);
    repayRow->addWidget(m_repay);
    repayRow->addStretch();
    form->addRow(repayLabel, repayRow);
    form->addRow(tr("Prepayment &kind:"), m_prepayKind);
    auto *prepayLabel = new QLabel(tr("Prepaid principal (yuan):"), this);
    prepayLabel->setBuddy(m_prepayAmount);
    prepayLabel->setWordWrap(true);
    auto *prepayRow = new QHBoxLayout;
    prepayRow->addWidget(m_prepayAmount);
    prepayRow->addWidget(m_prepay);
    prepayRow->addStretch();
    form->addRow(prepayLabel, prepayRow);
    setTabOrder(m_repayAmount, m_repay);
    setTabOrder(m_repay, m_prepayKind);
    setTabOrder(m_prepayKind, m_prepayAmount);
    setTabOrder(m_prepayAmount, m_prepay);

    connect(m_repay, &QPushButton::clicked, this, &LoanPostingsPanel::repayRequested);
    connect(m_repayAmount, &QLineEdit::returnPressed, this, &LoanPostingsPanel::repayRequested);
    connect(m_prepay, &QPushButton::clicked, this, &LoanPostingsPanel::prepayRequested);
    connect(m_prepayKind, &QComboBox::currentIndexChanged, this, &LoanPostingsPanel::onKindChanged);
    // Enter in the kind moves to the amount, or prepays in full (no amount to type).
    auto *nav = new FormNavigator({m_prepayKind, m_prepayAmount}, this);
    connect(nav, &FormNavigator::submitRequested, this, &LoanPostingsPanel::prepayRequested);
    setOpen(false);
}

LoanPostingsPanel::Kind LoanPostingsPanel::kind() const
{
    return Kind(m_prepayKind->currentIndex());
}

void LoanPostingsPanel::setOpen(bool open)
{
    m_open = open;
    for (QWidget *w : std::initializer_list<QWidget *>{m_repayAmount, m_repay, m_prepayKind, m_prepay})
        w->setEnabled(open);
    m_prepayAmount->setEnabled(open && kind() != Kind::Full);
}

void LoanPostingsPanel::clear()
{
    m_repayAmount->clear();
    m_prepayAmount->clear();
    m_prepayKind->setCurrentIndex(int(Kind::KeepTerm));
}

void LoanPostingsPanel::onKindChanged()
{
    const bool full = kind() == Kind::Full;
    if (full)
        m_prepayAmount->clear();
    m_prepayAmount->setEnabled(m_open && !full);
}

Result<qint64> LoanPostingsPanel::repayment(qint64 maximumFen) const
{
    return api::loanaccounts::parseAmount(m_repayAmount->text(), maximumFen);
}

Result<api::PrepaymentInput> LoanPostingsPanel::prepayment() const
{
    api::PrepaymentInput input;
    if (kind() == Kind::Full) {
        input.kind = api::PrepaymentInput::Kind::Full;
        return input;
    }
    auto fen = api::loanaccounts::parseAmount(m_prepayAmount->text());
    if (!fen)
        return fen.error();
    input.amountFen = *fen;
    input.keepTerm = kind() == Kind::KeepTerm;
    return input;
}

} // namespace hpf::ui
