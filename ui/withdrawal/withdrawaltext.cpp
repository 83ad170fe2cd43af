#include "withdrawal/withdrawaltext.h"

#include "domain/errortext.h"
#include "domain/money.h"
#include "finance/policy.h"
#include "transfer/transfertext.h"

#include <QHash>

namespace hpf::ui {

QString WithdrawalText::rule(const QString &ruleId)
{
    if (ruleId == u"account_state")
        return tr("Account state");
    if (ruleId == u"event_age")
        return tr("Time since the event");
    if (ruleId == u"interval")
        return tr("Interval since the last withdrawal");
    if (ruleId == u"age")
        return tr("Age");
    if (ruleId == u"no_home")
        return tr("No own home");
    if (ruleId == u"evidence_limit")
        return tr("Limit by the evidence amount");
    if (ruleId == u"monthly_cap")
        return tr("Monthly cap");
    if (ruleId == u"keep_balance")
        return tr("Balance to keep");
    if (ruleId == u"available")
        return tr("Available balance");
    if (ruleId == u"heir")
        return tr("Heir");
    if (ruleId == u"loan_open")
        return tr("Open housing loan");
    return ruleId; // a rule this client does not know yet: its id rather than nothing
}

QString WithdrawalText::verdict(const client::api::WithdrawalRuleVerdict &v)
{
    if (v.passed)
        return u"✓ "_qs + rule(v.rule);
    QString text = u"✗ "_qs + rule(v.rule) + u": "_qs + errortext::message(v.code);
    if (!v.field.isEmpty())
        text += u" ("_qs + errortext::fieldLabel(v.field) + u')';
    return text;
}

QString WithdrawalText::source(const QString &source)
{
    if (source == u"property")
        return tr("Real estate registry");
    if (source == u"bank_loan")
        return tr("Bank loan record");
    if (source == u"marriage")
        return tr("Civil affairs (marriage)");
    return source;
}

QString WithdrawalText::typeName(const finance::WithdrawalType &type)
{
    const bool english = TransferText::codeLanguage() == u"en";
    return english && !type.nameEn.isEmpty() ? type.nameEn : type.name;
}

QString WithdrawalText::instructionStatus(const QString &status)
{
    if (status == u"active")
        return tr("Active");
    if (status == u"suspended")
        return tr("Suspended");
    if (status == u"ended")
        return tr("Ended");
    return status;
}

QString WithdrawalText::frequency(const QString &frequency)
{
    if (frequency == u"monthly")
        return tr("Monthly");
    if (frequency == u"quarterly")
        return tr("Quarterly");
    return frequency;
}

QString WithdrawalText::instructionReason(const QString &reason)
{
    static const QHash<QString, const char *> reasons{
        {u"own_home"_qs, QT_TR_NOOP("the person is found to own a home")},
        {u"end_month"_qs, QT_TR_NOOP("the last month is paid")},
        {u"account_closed"_qs, QT_TR_NOOP("the account is closed")},
        {u"account_state"_qs, QT_TR_NOOP("the account's state does not allow payments")},
        {u"insufficient_available"_qs, QT_TR_NOOP("not enough available balance")},
    };
    const auto it = reasons.constFind(reason);
    return it == reasons.cend() ? reason : tr(it.value());
}

QString WithdrawalText::material(const client::api::WithdrawalMaterial &m)
{
    const bool english = TransferText::codeLanguage() == u"en";
    const QString name = english && !m.nameEn.isEmpty() ? m.nameEn : m.name;
    if (m.satisfiedBy)
        return tr("✓ %1: satisfied by shared data (%2)").arg(name, source(m.satisfiedBy->source));
    return tr("○ %1: to be scanned, at least %2 pages%3")
        .arg(name)
        .arg(m.minPages)
        .arg(m.required ? tr(" (required)") : tr(" (optional)"));
}

QString WithdrawalText::sharedAnswer(const client::api::SharedAnswer &a)
{
    return tr("%1 (%2): %3").arg(source(a.source), a.found ? tr("found") : tr("nothing found"), a.summary);
}

QString WithdrawalText::instructionLine(const client::api::Instruction &i)
{
    QString line = tr("No. %1 · %2 · %3 %4 from %5")
                       .arg(i.id, instructionStatus(i.status), frequency(i.frequency),
                            money::format(i.amountFen), i.startMonth);
    if (!i.endMonth.isEmpty())
        line += tr(" to %1").arg(i.endMonth);
    if (i.nextDue)
        line += tr(" · next %1").arg(i.nextDue->toString(Qt::ISODate));
    if (!i.statusReason.isEmpty())
        line += u" · "_qs + instructionReason(i.statusReason);
    return line;
}

QString WithdrawalText::payment(const client::api::InstructionPayment &p)
{
    if (p.outcome == u"paid")
        return tr("%1 paid %2 (serial %3)")
            .arg(p.dueOn.toString(Qt::ISODate), money::format(p.amountFen), p.serial);
    return tr("%1 skipped: %2").arg(p.dueOn.toString(Qt::ISODate), instructionReason(p.reason));
}

QString WithdrawalText::checkSummary(const client::api::WithdrawalCheck &c)
{
    QStringList lines{tr("%1 · %2 · balance %3 · available %4")
                          .arg(c.typeName, TransferText::accountState(c.state), money::format(c.balanceFen),
                               money::format(c.availableFen))};
    if (c.restricted)
        lines.append(tr("Restricted (受限): money is held on this account"));
    for (const client::api::WithdrawalRuleVerdict &v : c.rules)
        lines.append(WithdrawalText::verdict(v));
    lines.append(c.eligible ? tr("Eligible: at most %1").arg(money::format(c.maxAmountFen))
                            : tr("Not eligible"));
    if (c.closesAccount)
        lines.append(tr("Closes the account: interest to date %1 · closing amount %2")
                         .arg(money::format(c.interestFen), money::format(c.closingAmountFen)));
    if (c.grantAboveFen > 0)
        lines.append(tr("A supervisor authorises amounts above %1").arg(money::format(c.grantAboveFen)));
    if (!c.materials.isEmpty()) {
        lines.append(tr("Materials:"));
        for (const client::api::WithdrawalMaterial &m : c.materials)
            lines.append(u"  "_qs + WithdrawalText::material(m));
    }
    for (const client::api::SharedAnswer &a : c.sharedAnswers)
        lines.append(tr("Shared data: %1").arg(WithdrawalText::sharedAnswer(a)));
    return lines.join(u'\n');
}

QString WithdrawalText::refusal(const QString &message, const Error &error)
{
    // Money held by a court cannot leave: 受限, without any court detail (every role sees the same).
    if (error.code == u"account.frozen")
        return tr("Restricted (受限): money on this account is held and cannot be withdrawn while the hold "
                  "lasts; at most the available balance can be withdrawn. %1")
            .arg(message);
    return TransferText::refusal(message, error);
}

} // namespace hpf::ui
