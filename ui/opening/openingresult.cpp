#include "opening/openingresult.h"

#include "domain/errortext.h"
#include "domain/money.h"
#include "lookup/lookuptext.h"
#include "widgets/receiptbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

OpeningResult::OpeningResult(DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_openExisting(new QPushButton(tr("Open existing account"), this))
    , m_transfer(new QPushButton(tr("Transfer it to the new &unit (5001)…"), this))
    , m_receipt(new ReceiptBar(printer, this))
{
    setObjectName(u"openingResult"_qs);
    m_text->setObjectName(u"openingResultText"_qs);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openExisting->setObjectName(u"openExistingAccount"_qs);
    m_transfer->setObjectName(u"openTransfer"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openExisting);
    buttons->addWidget(m_transfer);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_receipt);
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        if (!m_existingAccount.isEmpty())
            emit openAccount(m_existingAccount);
        else if (!m_existingUnit.isEmpty())
            emit openUnit(m_existingUnit);
    });
    connect(m_transfer, &QPushButton::clicked, this, [this] {
        if (!m_existingAccount.isEmpty())
            emit openTransfer(m_existingAccount);
    });
    clear();
}

void OpeningResult::clear()
{
    m_text->clear();
    m_text->setStyleSheet(QString());
    m_existingAccount.clear();
    m_existingUnit.clear();
    m_openExisting->setVisible(false);
    m_transfer->setVisible(false);
    m_receipt->clear();
}

QString OpeningResult::text() const
{
    return m_text->text();
}

void OpeningResult::showPersonOpened(const client::api::PersonOpened &o)
{
    clear();
    QStringList lines;
    if (o.isUnsealed()) {
        // 一人一户: the person's sealed account moved to the new unit instead of a second account.
        lines << tr("The person's sealed account %1 was UNSEALED (启封) under unit %2 %3; no new account "
                    "was opened (previous unit %4).")
                     .arg(o.accountNumber, o.unitAccount, o.unitName, o.previousUnitAccount);
    } else if (o.isFlexible()) {
        lines << tr("Flexible-employment account %1 opened.").arg(o.accountNumber);
    } else {
        lines << tr("Account %1 opened under unit %2 %3.").arg(o.accountNumber, o.unitAccount, o.unitName);
    }
    lines << tr("Deposit base %1 from %2.").arg(money::format(o.baseFen), o.firstMonth);
    if (o.isFlexible()) {
        lines << tr("Monthly deposit %1 (ratio %2 %).").arg(money::format(o.totalFen), o.ratio);
    } else {
        lines << tr("Monthly deposit: unit %1 + personal %2 = %3.")
                     .arg(money::format(o.unitAmountFen), money::format(o.personalAmountFen),
                          money::format(o.totalFen));
    }
    for (const QString &code : o.warnings)
        lines << errortext::message(code);
    m_text->setText(lines.join(u'\n'));
    m_receipt->setReceipt(o.receipt, m_training);
}

void OpeningResult::showUnitOpened(const client::api::UnitOpened &o)
{
    clear();
    QStringList lines{tr("Unit account %1 opened for %2.").arg(o.unitAccount, o.name)};
    for (const QString &code : o.warnings)
        lines << errortext::message(code);
    m_text->setText(lines.join(u'\n'));
    m_receipt->setReceipt(o.receipt, m_training);
}

void OpeningResult::showExistingAccount(const client::api::ExistingAccount &existing)
{
    clear();
    m_existingAccount = existing.accountNumber;
    // The account's state as its code table's text (正常, 封存 …), not its code.
    QStringList lines{tr("One person, one account (一人一户): this person already has account %1 (%2) "
                         "in unit %3 %4, branch %5.")
                          .arg(m_existingAccount, LookupText::accountState(existing.state),
                               existing.unitAccount, existing.unitName, existing.branch)};
    if (existing.sameUnit)
        lines << tr("The account already belongs to this unit: nothing needs to be opened.");
    else
        lines << tr("Move the existing account to the new unit with the in-city transfer (市内转移, 5001): "
                    "its balance and interest go with it.");
    m_text->setStyleSheet(u"color: #a15c00;"_qs);
    m_text->setText(lines.join(u'\n'));
    m_openExisting->setText(tr("Open existing account"));
    m_openExisting->setVisible(true);
    m_transfer->setVisible(!existing.sameUnit);
}

void OpeningResult::showExistingUnit(const client::api::ExistingUnit &existing)
{
    clear();
    m_existingUnit = existing.unitAccount;
    m_text->setStyleSheet(u"color: #a15c00;"_qs);
    m_text->setText(tr("This credit code already has unit account %1 (%2, branch %3).")
                        .arg(m_existingUnit, existing.name, existing.branch));
    m_openExisting->setText(tr("Open existing unit"));
    m_openExisting->setVisible(true);
}

} // namespace hpf::ui
