#pragma once

#include "api/withdrawals.h"

#include <QCoreApplication>
#include <QString>

namespace hpf::finance {
struct WithdrawalType;
}

namespace hpf::ui {

// What the withdrawal pages say: the rule ids of a check, the sources of shared answers, the
// statuses of standing instructions, a type's name in the UI language. One place, so the pages and
// their tests read the same words.
class WithdrawalText
{
    Q_DECLARE_TR_FUNCTIONS(hpf::ui::WithdrawalText)
public:
    static QString rule(const QString &ruleId);
    // "✓ 账户状态" / "✗ 事件时间：<the error's text>"
    static QString verdict(const client::api::WithdrawalRuleVerdict &verdict);
    static QString source(const QString &source);
    static QString typeName(const finance::WithdrawalType &type);
    static QString instructionStatus(const QString &status);
    static QString frequency(const QString &frequency);
    // Why an instruction stopped or a payment was skipped: the platform's codes ("own_home",
    // "end_month" …) in words; a reason a teller typed when ending one is shown as typed.
    static QString instructionReason(const QString &reason);
    static QString material(const client::api::WithdrawalMaterial &material);
    static QString sharedAnswer(const client::api::SharedAnswer &answer);
    // One line of an instruction for the list.
    static QString instructionLine(const client::api::Instruction &instruction);
    static QString payment(const client::api::InstructionPayment &payment);
    // What a check says: account, every rule's verdict, the largest amount, closure figures, the
    // grant threshold, the materials (those a shared answer satisfies) and the shared answers.
    static QString checkSummary(const client::api::WithdrawalCheck &check);
    // A refusal as the teller reads it: a judicial hold as 受限 (no court detail), else as elsewhere.
    static QString refusal(const QString &message, const Error &error);
};

} // namespace hpf::ui
