#pragma once

#include "finance/policy.h"
#include "judicial/request.h"

#include <QDate>
#include <QList>
#include <QString>

// Signs of a fraudulent private-lending suit (虚假民间借贷诉讼) draining a member's fund, checked on
// every 扣划 (2024 work points on judicial query and control). The rules are policy data
// (judicial.risk). A flag asks for the supervisor's review and a report back to the court; it
// never blocks a lawful order by itself.
namespace hpf::judicial {

// What the server knows when a deduction is registered.
struct RiskFacts
{
    QString caseCause; // 案由
    DocumentKind documentKind = DocumentKind::Judgment;
    QDate filedOn;                        // 立案日期 (may be null)
    QDate eligibleSince;                  // when the member first met a withdrawal condition (may be null)
    int earlierDeductionsForCreditor = 0; // deductions already registered for the same creditor
    Party creditor;
    QString debtorAddress;
    QString debtorUnitName;
};

struct RiskFlag
{
    // risk.settled_not_judged      a private-lending case settled by mediation or payment order
    // risk.filed_soon_after_eligible  filed within N days after the member could withdraw
    // risk.repeat_creditor         the N-th or later deduction for the same creditor
    // risk.shared_address          the creditor's address is the debtor's
    // risk.shared_unit             the creditor's unit is the debtor's
    QString code;
    QString reason; // English, for the audit log and the developer; the client translates the code
    bool operator==(const RiskFlag &) const = default;
};

// Addresses and unit names are compared after removing spaces and punctuation and turning
// full-width characters half-width; an empty value never matches.
QList<RiskFlag> evaluateRisk(const RiskFacts &facts, const finance::JudicialRiskRules &rules);

} // namespace hpf::judicial
