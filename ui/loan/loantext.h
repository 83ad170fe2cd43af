#pragma once

#include "api/loans.h"

#include <QCoreApplication>
#include <QString>

namespace hpf::ui {

// What the loan pages say: the rule ids of a judgement, the limit's bounds, kinds, methods, roles
// and statuses, and the request fields a refusal names. One place, so the pages and their tests
// read the same words.
class LoanText
{
    Q_DECLARE_TR_FUNCTIONS(hpf::ui::LoanText)
public:
    static QString rule(const QString &ruleId);
    // "✓ 连续缴存" / "✗ 贷款期限：<the code's text>"
    static QString verdict(const client::api::LoanRuleVerdict &verdict);
    static QString bound(const QString &boundBy);
    static QString kind(const QString &kind);
    static QString method(const QString &method);
    static QString role(const QString &role);
    static QString status(const QString &status);
    static QString homeOrder(int order);
    // The label of a request field ("parties[1].documentNumber" → "Spouse: document number").
    // `roles` are the roles of the parties as sent, by index.
    static QString field(const QString &field, const QStringList &roles = {});
    // What a check says: every rule's verdict, the limit with the binding bound named, the rate,
    // the schedule preview (first and last payment, total interest) and the due date.
    static QString checkSummary(const client::api::LoanCheck &check);
    // A refusal as the officer reads it: the message, the input it concerns.
    static QString refusal(const QString &message, const Error &error, const QStringList &roles = {});
};

} // namespace hpf::ui
