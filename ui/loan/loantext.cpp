#include "loan/loantext.h"

#include "domain/errortext.h"
#include "domain/money.h"

#include <QRegularExpression>

namespace hpf::ui {

QString LoanText::rule(const QString &ruleId)
{
    if (ruleId == u"deposit_months")
        return tr("Continuous full contributions");
    if (ruleId == u"household_loan")
        return tr("No open fund loan in the household");
    if (ruleId == u"third_home")
        return tr("Not a third home or third loan");
    if (ruleId == u"second_after_settled")
        return tr("Second loan only after the first is settled");
    if (ruleId == u"age_term")
        return tr("Age plus term");
    if (ruleId == u"term")
        return tr("Term");
    if (ruleId == u"income_share")
        return tr("Repayment within the share of income");
    if (ruleId == u"amount")
        return tr("Amount within the limit");
    return ruleId; // a rule this client does not know yet: its id rather than nothing
}

QString LoanText::verdict(const client::api::LoanRuleVerdict &v)
{
    if (v.passed)
        return u"✓ "_qs + rule(v.rule);
    // The reason is the code's translated text; the server's English detail is for its log.
    return u"✗ "_qs + rule(v.rule) + u": "_qs + errortext::message(v.code);
}

QString LoanText::bound(const QString &boundBy)
{
    if (boundBy == u"center_cap")
        return tr("the center's cap");
    if (boundBy == u"price_ratio")
        return tr("price × ratio");
    if (boundBy == u"balance_multiple")
        return tr("balance × multiple");
    if (boundBy == u"repayment_ability")
        return tr("repayment ability");
    return boundBy;
}

QString LoanText::kind(const QString &kind)
{
    if (kind == u"fund")
        return tr("Fund loan");
    if (kind == u"combination")
        return tr("Combination loan (组合贷)");
    if (kind == u"conversion")
        return tr("Commercial-to-fund conversion (商转公)");
    return kind;
}

QString LoanText::method(const QString &method)
{
    if (method == u"equal_installment")
        return tr("Equal instalments (等额本息)");
    if (method == u"equal_principal")
        return tr("Equal principal (等额本金)");
    return method;
}

QString LoanText::role(const QString &role)
{
    if (role == u"borrower")
        return tr("Borrower");
    if (role == u"spouse")
        return tr("Spouse");
    if (role == u"co_borrower")
        return tr("Co-borrower");
    if (role == u"guarantor")
        return tr("Guarantor");
    return role;
}

QString LoanText::status(const QString &status)
{
    if (status == u"accepted")
        return tr("Accepted");
    if (status == u"reviewed")
        return tr("Reviewed");
    if (status == u"approved")
        return tr("Approved");
    if (status == u"refused")
        return tr("Refused");
    if (status == u"signed")
        return tr("Signed");
    if (status == u"disbursed")
        return tr("Disbursed");
    return status;
}

QString LoanText::homeOrder(int order)
{
    switch (order) {
    case 1:
        return tr("First home");
    case 2:
        return tr("Second home");
    default:
        return tr("Third home");
    }
}

QString LoanText::field(const QString &field, const QStringList &roles)
{
    static const QRegularExpression party(u"^parties\\[(\\d+)\\](?:\\.(\\w+))?$"_qs);
    if (const auto m = party.match(field); m.hasMatch()) {
        const int index = m.captured(1).toInt();
        const QString who = index < roles.size() ? role(roles.at(index)) : tr("Person %1").arg(index + 1);
        const QString member = m.captured(2);
        if (member.isEmpty())
            return who;
        QString what = member;
        if (member == u"documentNumber" || member == u"documentType")
            what = tr("document number");
        else if (member == u"name")
            what = tr("name");
        else if (member == u"monthlyIncomeFen")
            what = tr("monthly income");
        else if (member == u"monthlyDebtFen")
            what = tr("monthly debts");
        else if (member == u"role")
            what = tr("role");
        else if (member == u"creditAuthorised")
            what = tr("credit report authorisation");
        return tr("%1: %2").arg(who, what);
    }
    static const QHash<QString, const char *> labels{
        {u"kind"_qs, QT_TR_NOOP("Loan kind")},
        {u"amountFen"_qs, QT_TR_NOOP("Loan amount")},
        {u"termMonths"_qs, QT_TR_NOOP("Term (months)")},
        {u"method"_qs, QT_TR_NOOP("Repayment method")},
        {u"homeOrder"_qs, QT_TR_NOOP("First or second home")},
        {u"bankCode"_qs, QT_TR_NOOP("Disbursing bank")},
        {u"property"_qs, QT_TR_NOOP("Property")},
        {u"property.address"_qs, QT_TR_NOOP("Property address")},
        {u"property.priceFen"_qs, QT_TR_NOOP("House price")},
        {u"property.purchaseContract"_qs, QT_TR_NOOP("Purchase contract number")},
        {u"parties"_qs, QT_TR_NOOP("People on the application")},
        {u"commercial"_qs, QT_TR_NOOP("Bank's part")},
        {u"commercial.amountFen"_qs, QT_TR_NOOP("Bank's part: amount")},
        {u"commercial.bankCode"_qs, QT_TR_NOOP("Bank's part: bank")},
        {u"commercial.termMonths"_qs, QT_TR_NOOP("Bank's part: term")},
        {u"commercial.rate"_qs, QT_TR_NOOP("Bank's part: rate")},
        {u"conversion"_qs, QT_TR_NOOP("Commercial loan paid off")},
        {u"conversion.bankCode"_qs, QT_TR_NOOP("Commercial loan: bank")},
        {u"conversion.contractNumber"_qs, QT_TR_NOOP("Commercial loan: contract number")},
        {u"conversion.outstandingFen"_qs, QT_TR_NOOP("Commercial loan: outstanding")},
        {u"reason"_qs, QT_TR_NOOP("Reason")},
    };
    if (const char *label = labels.value(field))
        return tr(label);
    return errortext::fieldLabel(field);
}

QString LoanText::checkSummary(const client::api::LoanCheck &c)
{
    const client::api::LoanJudgement &j = c.judgement;
    QStringList lines{tr("Borrower's account %1 · balance %2 · %n month(s) of continuous contributions",
                         nullptr, c.borrowerDepositMonths)
                          .arg(c.borrowerAccount, money::format(c.borrowerBalanceFen))};
    for (const client::api::LoanRuleVerdict &v : j.rules)
        lines.append(verdict(v));
    if (j.priced && j.limit) {
        lines.append(tr("Limit %1, bound by %2 (center's cap %3 · price × ratio %4 · balance × multiple %5 · "
                        "repayment ability %6)")
                         .arg(money::format(j.limit->amountFen), bound(j.limit->boundBy),
                              money::format(j.limit->byCapFen), money::format(j.limit->byPriceFen),
                              money::format(j.limit->byBalanceFen), money::format(j.limit->byRepaymentFen)));
        lines.append(tr("Rate %1% a year (%2, in force on %3)")
                         .arg(j.rate, homeOrder(j.homeOrder), c.appliedOn.toString(Qt::ISODate)));
    } else {
        lines.append(tr("No limit or rate: a third home or third loan is not lent to"));
    }
    if (c.schedule && !c.schedule->installments.isEmpty()) {
        const client::api::LoanSchedule &s = *c.schedule;
        lines.append(
            tr("Schedule: %1 × %2 months · first payment %3 (due %4) · last payment %5 · total interest "
               "%6 · total %7")
                .arg(method(s.method))
                .arg(s.termMonths)
                .arg(money::format(s.installments.first().paymentFen),
                     s.installments.first().dueDate.toString(Qt::ISODate),
                     money::format(s.installments.last().paymentFen), money::format(s.totalInterestFen),
                     money::format(s.totalPaymentFen)));
    }
    if (j.commercialFirstPaymentFen > 0)
        lines.append(tr("Bank's part: first payment %1 (counted against the income)")
                         .arg(money::format(j.commercialFirstPaymentFen)));
    lines.append(j.eligible ? tr("Eligible. Decision due by %1 (%n day(s) after acceptance)", nullptr,
                                 int(c.appliedOn.daysTo(c.dueOn)))
                                  .arg(c.dueOn.toString(Qt::ISODate))
                            : tr("Not eligible"));
    return lines.join(u'\n');
}

QString LoanText::refusal(const QString &message, const Error &error, const QStringList &roles)
{
    // The outbox's message carries the request id; say which input it concerns when it names one.
    if (error.field.isEmpty())
        return message;
    const QString label = field(error.field, roles);
    if (message.contains(label))
        return message;
    return label + u": "_qs + message;
}

} // namespace hpf::ui
