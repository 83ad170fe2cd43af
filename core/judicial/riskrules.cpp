#include "judicial/riskrules.h"

namespace hpf::judicial {
namespace {

// Spaces and punctuation out, full-width half-width, letters upper-case: "北京市朝阳区 建国路1号" and
// "北京市朝阳区建国路１号" compare equal.
QString comparable(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isSpace() || c.isPunct() || c.isSymbol())
            continue;
        out.append(c.toUpper());
    }
    return out;
}

bool same(const QString &a, const QString &b)
{
    const QString x = comparable(a);
    return !x.isEmpty() && x == comparable(b);
}

} // namespace

QList<RiskFlag> evaluateRisk(const RiskFacts &facts, const finance::JudicialRiskRules &rules)
{
    QList<RiskFlag> flags;
    const bool privateLending = rules.privateLendingCauses.contains(facts.caseCause.trimmed());
    if (privateLending && rules.settledDocumentKinds.contains(documentKindCode(facts.documentKind)))
        flags.append({QStringLiteral("risk.settled_not_judged"),
                      QStringLiteral("private lending settled by %1, not by judgment")
                          .arg(documentKindCode(facts.documentKind))});
    if (rules.filedWithinDaysOfEligibility > 0 && facts.filedOn.isValid() && facts.eligibleSince.isValid() &&
        facts.filedOn >= facts.eligibleSince &&
        facts.eligibleSince.daysTo(facts.filedOn) <= rules.filedWithinDaysOfEligibility)
        flags.append({QStringLiteral("risk.filed_soon_after_eligible"),
                      QStringLiteral("filed %1 days after the member could withdraw (rule: %2)")
                          .arg(facts.eligibleSince.daysTo(facts.filedOn))
                          .arg(rules.filedWithinDaysOfEligibility)});
    if (rules.sameCreditorDeductions > 0 &&
        facts.earlierDeductionsForCreditor + 1 >= rules.sameCreditorDeductions)
        flags.append({QStringLiteral("risk.repeat_creditor"),
                      QStringLiteral("deduction %1 for the same creditor (rule: %2)")
                          .arg(facts.earlierDeductionsForCreditor + 1)
                          .arg(rules.sameCreditorDeductions)});
    if (rules.sharedAddressOrUnit) {
        if (same(facts.creditor.address, facts.debtorAddress))
            flags.append({QStringLiteral("risk.shared_address"),
                          QStringLiteral("the creditor's address is the debtor's")});
        if (same(facts.creditor.unitName, facts.debtorUnitName))
            flags.append(
                {QStringLiteral("risk.shared_unit"), QStringLiteral("the creditor's unit is the debtor's")});
    }
    return flags;
}

} // namespace hpf::judicial
