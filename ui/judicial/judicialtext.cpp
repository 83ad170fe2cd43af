#include "judicial/judicialtext.h"

#include "domain/errortext.h"
#include "session/usertext.h"

#include <QRegularExpression>

namespace hpf::ui {

QString JudicialText::fieldLabel(const QString &path)
{
    static const QRegularExpression officer(u"^officers\\[(\\d)\\]\\.(\\w+)$"_qs);
    if (const auto m = officer.match(path); m.hasMatch()) {
        const int n = m.captured(1).toInt() + 1;
        const QString part = m.captured(2);
        if (part == u"name")
            return tr("Officer %1 name").arg(n);
        if (part == u"workCard")
            return tr("Officer %1 work card no.").arg(n);
        return tr("Officer %1 enforcement duty card no.").arg(n);
    }
    static const QHash<QString, const char *> labels{
        {u"accountNumber"_qs, QT_TR_NOOP("Personal account number")},
        {u"courtCode"_qs, QT_TR_NOOP("Court")},
        {u"caseNumber"_qs, QT_TR_NOOP("Case number")},
        {u"ruling.number"_qs, QT_TR_NOOP("Enforcement ruling no.")},
        {u"ruling.date"_qs, QT_TR_NOOP("Ruling date")},
        {u"notice.number"_qs, QT_TR_NOOP("Notice of assistance no.")},
        {u"notice.date"_qs, QT_TR_NOOP("Notice date")},
        {u"officers"_qs, QT_TR_NOOP("Enforcement officers")},
        {u"amountFen"_qs, QT_TR_NOOP("Amount")},
        {u"startDate"_qs, QT_TR_NOOP("Freeze from")},
        {u"endDate"_qs, QT_TR_NOOP("Freeze until")},
        {u"newEndDate"_qs, QT_TR_NOOP("Renewed until")},
        {u"holdId"_qs, QT_TR_NOOP("Freeze")},
        {u"grounds"_qs, QT_TR_NOOP("Grounds for unfreezing")},
        {u"groundsText"_qs, QT_TR_NOOP("Grounds explained")},
        {u"withdrawalCondition"_qs, QT_TR_NOOP("Withdrawal condition met")},
        {u"payee.bank"_qs, QT_TR_NOOP("Payee bank")},
        {u"payee.name"_qs, QT_TR_NOOP("Payee account name")},
        {u"payee.account"_qs, QT_TR_NOOP("Payee account number")},
        {u"caseCause"_qs, QT_TR_NOOP("Cause of action")},
        {u"documentKind"_qs, QT_TR_NOOP("Basis document")},
        {u"filedOn"_qs, QT_TR_NOOP("Case filed on")},
        {u"creditor.name"_qs, QT_TR_NOOP("Creditor name")},
        {u"creditor.address"_qs, QT_TR_NOOP("Creditor address")},
        {u"creditor.unitName"_qs, QT_TR_NOOP("Creditor employer")},
        {u"reason"_qs, QT_TR_NOOP("Reason for rejecting")},
    };
    const auto it = labels.constFind(path);
    return it == labels.cend() ? QString() : tr(it.value());
}

QString JudicialText::message(const QString &code)
{
    static const QHash<QString, const char *> messages{
        {u"judicial.field_required"_qs, QT_TR_NOOP("Fill this in from the court's documents")},
        {u"judicial.invalid"_qs, QT_TR_NOOP("The value is not valid")},
        {u"judicial.date_format"_qs, QT_TR_NOOP("Write the date as YYYY-MM-DD, e.g. 2026-12-04")},
        {u"judicial.officers"_qs,
         QT_TR_NOOP("Two enforcement officers must be recorded, each with both cards")},
        {u"judicial.court_unknown"_qs, QT_TR_NOOP("This court is not on the center's list of courts")},
        {u"judicial.case_number"_qs,
         QT_TR_NOOP("The case number must read like （2026）京0105执1234号 and name the same court")},
        {u"judicial.document_date"_qs,
         QT_TR_NOOP("The date is after today, or the notice is dated before the ruling")},
        {u"judicial.amount_invalid"_qs, QT_TR_NOOP("Enter an amount above zero (or the whole balance)")},
        {u"judicial.period_invalid"_qs, QT_TR_NOOP("The freeze ends before it starts")},
        {u"judicial.end_in_past"_qs, QT_TR_NOOP("The end date is in the past")},
        {u"judicial.period_too_long"_qs,
         QT_TR_NOOP("The period is longer than the law allows for one freeze; the court must renew it")},
        {u"judicial.grounds"_qs, QT_TR_NOOP("Choose the grounds for unfreezing")},
        {u"judicial.deduct_basis"_qs,
         QT_TR_NOOP(
             "A deduction needs the court's explicit order or a withdrawal condition the member meets")},
        {u"judicial.hold_required"_qs, QT_TR_NOOP("Select the freeze this request acts on")},
        {u"judicial.hold_mismatch"_qs, QT_TR_NOOP("The request names another freeze than the one selected")},
        {u"judicial.not_found"_qs, QT_TR_NOOP("There is no such freeze on this account")},
        {u"judicial.not_active"_qs, QT_TR_NOOP("The freeze is not in effect (it is queued or has ended)")},
        {u"judicial.already_ended"_qs, QT_TR_NOOP("The freeze has already ended")},
        {u"judicial.renew_not_later"_qs,
         QT_TR_NOOP("The renewed end date must be later than the current one")},
        {u"judicial.deduct_exceeds_frozen"_qs, QT_TR_NOOP("The deduction is more than the frozen amount")},
        {u"judicial.deduct_exceeds_balance"_qs,
         QT_TR_NOOP("The deduction is more than the account's balance")},
        {u"judicial.no_withdrawal_condition"_qs,
         QT_TR_NOOP("The member meets no withdrawal condition; only the court's explicit order allows the "
                    "deduction")},
        {u"judicial.debtor_not_found"_qs, QT_TR_NOOP("No account of the center matches the debtor")},
        {u"judicial.not_pending"_qs, QT_TR_NOOP("The request is no longer waiting on the desk")},
        {u"account.frozen"_qs, QT_TR_NOOP("The money is held and cannot be paid out")},
    };
    const auto it = messages.constFind(code);
    return it == messages.cend() ? QString() : tr(it.value());
}

QString JudicialText::describe(const Error &error)
{
    const QString label = fieldLabel(error.field);
    QString text = message(error.code);
    if (text.isEmpty() && !label.isEmpty())
        text = errortext::message(error.code); // e.g. money.decimals on the amount
    if (text.isEmpty())
        return client::usertext::describe(error);
    return label.isEmpty() ? text : tr("%1: %2").arg(label, text);
}

QString JudicialText::riskText(const QString &code)
{
    if (code == u"risk.settled_not_judged")
        return tr("A private-lending case settled by mediation or a payment order, not judged");
    if (code == u"risk.filed_soon_after_eligible")
        return tr("The suit was filed soon after the member became able to withdraw");
    if (code == u"risk.repeat_creditor")
        return tr("Several deductions for the same creditor");
    if (code == u"risk.shared_address")
        return tr("The creditor lives at the member's address");
    if (code == u"risk.shared_unit")
        return tr("The creditor works for the member's employer");
    return code;
}

QString JudicialText::stateName(const QString &state)
{
    if (state == u"active")
        return tr("In effect");
    if (state == u"waiting")
        return tr("Queued");
    if (state == u"released")
        return tr("Released");
    if (state == u"expired")
        return tr("Expired");
    if (state == u"lapsed")
        return tr("Lapsed");
    if (state == u"deducted")
        return tr("Fully deducted");
    return state;
}

QString JudicialText::actionName(const QString &type)
{
    if (type == u"freeze")
        return tr("Freeze");
    if (type == u"renew")
        return tr("Renew");
    if (type == u"unfreeze")
        return tr("Unfreeze");
    if (type == u"deduct")
        return tr("Deduct");
    if (type == u"query")
        return tr("Query");
    return type;
}

QString JudicialText::noteText(const QString &code)
{
    if (code == u"shortfall")
        return tr(
            "The balance fell short: the rest stays frozen from future credits, up to the amount ordered");
    if (code == u"queued")
        return tr("The account is already frozen: this freeze is queued and takes effect when the earlier "
                  "one ends");
    if (code == u"promoted")
        return tr("The next queued freeze has taken effect");
    if (code == u"fully_deducted")
        return tr("The frozen money was deducted in full; the freeze has ended");
    return code;
}

QString JudicialText::groundsName(const QString &code)
{
    if (code == u"debt_paid")
        return tr("Debt paid");
    if (code == u"guarantee")
        return tr("Guarantee provided");
    if (code == u"withdrawn")
        return tr("Application withdrawn");
    if (code == u"case_closed")
        return tr("Case closed");
    if (code == u"other")
        return tr("Other (explain)");
    return code;
}

} // namespace hpf::ui
