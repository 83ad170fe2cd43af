#include "opening/openingresult.h"

#include "domain/errortext.h"
#include "domain/money.h"
#include "widgets/receiptbar.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpf::ui {

OpeningResult::OpeningResult(DocumentPrinter *printer, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_openExisting(new QPushButton(tr("Open existing account"), this))
    , m_receipt(new ReceiptBar(printer, this))
{
    setObjectName(u"openingResult"_qs);
    m_text->setObjectName(u"openingResultText"_qs);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openExisting->setObjectName(u"openExistingAccount"_qs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_openExisting, 0, Qt::AlignLeft);
    layout->addWidget(m_receipt);
    connect(m_openExisting, &QPushButton::clicked, this, [this] {
        if (!m_existingAccount.isEmpty())
            emit openAccount(m_existingAccount);
        else if (!m_existingUnit.isEmpty())
            emit openUnit(m_existingUnit);
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
    m_receipt->clear();
}

QString OpeningResult::text() const
{
    return m_text->text();
}

void OpeningResult::setReceipt(const QJsonObject &response)
{
    m_receipt->setReceipt(response.value(u"receipt").toObject(), m_training);
}

void OpeningResult::showPersonOpened(const QJsonObject &response)
{
    clear();
    const QJsonObject account = response.value(u"account").toObject();
    const QJsonObject deposit = response.value(u"deposit").toObject();
    const QString number = account.value(u"accountNumber").toString();
    const bool flexible = account.value(u"kind").toString() == u"flexible";
    QStringList lines;
    if (response.value(u"action").toString() == u"unsealed") {
        // 一人一户: the person's sealed account moved to the new unit instead of a second account.
        lines << tr("The person's sealed account %1 was UNSEALED (启封) under unit %2 %3; no new account "
                    "was opened (previous unit %4).")
                     .arg(number, account.value(u"unitAccount").toString(),
                          account.value(u"unitName").toString(),
                          response.value(u"previousUnitAccount").toString());
    } else if (flexible) {
        lines << tr("Flexible-employment account %1 opened.").arg(number);
    } else {
        lines << tr("Account %1 opened under unit %2 %3.")
                     .arg(number, account.value(u"unitAccount").toString(),
                          account.value(u"unitName").toString());
    }
    lines << tr("Deposit base %1 from %2.")
                 .arg(money::format(deposit.value(u"baseFen").toInteger()),
                      account.value(u"firstMonth").toString());
    if (flexible) {
        lines << tr("Monthly deposit %1 (ratio %2 %).")
                     .arg(money::format(deposit.value(u"totalFen").toInteger()),
                          account.value(u"ratio").toString());
    } else {
        lines << tr("Monthly deposit: unit %1 + personal %2 = %3.")
                     .arg(money::format(deposit.value(u"unitAmountFen").toInteger()),
                          money::format(deposit.value(u"personalAmountFen").toInteger()),
                          money::format(deposit.value(u"totalFen").toInteger()));
    }
    for (const QJsonValue &w : response.value(u"warnings").toArray())
        lines << errortext::message(w.toObject().value(u"code").toString());
    m_text->setText(lines.join(u'\n'));
    setReceipt(response);
}

void OpeningResult::showUnitOpened(const QJsonObject &response)
{
    clear();
    const QJsonObject unit = response.value(u"unit").toObject();
    QStringList lines{tr("Unit account %1 opened for %2.")
                          .arg(unit.value(u"unitAccount").toString(), unit.value(u"name").toString())};
    for (const QJsonValue &w : response.value(u"warnings").toArray())
        lines << errortext::message(w.toObject().value(u"code").toString());
    m_text->setText(lines.join(u'\n'));
    setReceipt(response);
}

void OpeningResult::showExistingAccount(const QJsonObject &existing)
{
    clear();
    m_existingAccount = existing.value(u"accountNumber").toString();
    QStringList lines{tr("One person, one account (一人一户): this person already has account %1 (%2 %3) "
                         "in unit %4 %5, branch %6.")
                          .arg(m_existingAccount, existing.value(u"state").toString(),
                               existing.value(u"stateLabel").toString(),
                               existing.value(u"unitAccount").toString(),
                               existing.value(u"unitName").toString(), existing.value(u"branch").toString())};
    if (existing.value(u"sameUnit").toBool())
        lines << tr("The account already belongs to this unit: nothing needs to be opened.");
    else
        lines << tr(
            "Use in-city transfer (转移) for this person to move the account to the new unit. "
            "There is no transfer screen in this version yet; open the existing account to check it.");
    m_text->setStyleSheet(u"color: #a15c00;"_qs);
    m_text->setText(lines.join(u'\n'));
    m_openExisting->setText(tr("Open existing account"));
    m_openExisting->setVisible(true);
}

void OpeningResult::showExistingUnit(const QJsonObject &existing)
{
    clear();
    m_existingUnit = existing.value(u"unitAccount").toString();
    m_text->setStyleSheet(u"color: #a15c00;"_qs);
    m_text->setText(
        tr("This credit code already has unit account %1 (%2, branch %3).")
            .arg(m_existingUnit, existing.value(u"name").toString(), existing.value(u"branch").toString()));
    m_openExisting->setText(tr("Open existing unit"));
    m_openExisting->setVisible(true);
}

} // namespace hpf::ui
