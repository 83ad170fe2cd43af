#pragma once

#include "api/transfers.h"

#include <QCoreApplication>
#include <QString>

class QLabel;
class QWidget;

namespace hpf::ui {

// What the transfer pages say about accounts, units and cross-city transfers: every code through
// its code table's label (account_state, close_reason, transfer_status, unit_account_state), names
// masked, money in the shared format. One place, so the pages and their tests read the same words.
class TransferText
{
    Q_DECLARE_TR_FUNCTIONS(hpf::ui::TransferText)
public:
    static QString codeLanguage();
    static QString accountState(const QString &code);
    static QString closeReason(const QString &code);
    static QString transferStatus(const QString &code);
    static QString unitState(const QString &code);
    static QString documentType(const QString &code);
    // "01 正常 · 张* · 单位 80000000017 · 余额 1,234.00", and the 受限 mark when money is held.
    static QString account(const client::api::Account &account);
    // Whether the account carries a hold (judicial freeze or loan security): shown as 受限.
    static bool isRestricted(const client::api::Account &account);
    static QString unit(const QString &name, const QString &stateCode);
    // "已转入 …" one line of a transfer for lists: letter, status, person (masked), centers.
    static QString transferLine(const client::api::CrossTransfer &transfer);
    // The details of a transfer as rich text (status, centers, person, old/new account, what the
    // sending center answered, reason, history).
    static QString transferDetails(const client::api::CrossTransfer &transfer);
    // A refusal as the teller reads it: the server's message, plus the field the error names.
    static QString refusal(const QString &message, const Error &error);
    static void setStatus(QLabel *label, const QString &text, bool error);
};

} // namespace hpf::ui
