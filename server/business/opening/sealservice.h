#pragma once

#include "base/result.h"

#include <QJsonObject>
#include <QString>

// 封存 / 启封 of a personal account, with the state machine enforced here:
//   seal    01 正常 → 02 封存, with a 封存原因 (codetables sealReasons)
//   unseal  02 封存 → 01 正常, in the same unit, which must be open (01)
// Refusals: account.already_sealed, account.not_sealed, account.closed (03/04/05 are terminal),
// account.state_invalid (06, 99), unit.not_open, seal.reason.
namespace hpf::server {

struct ServiceContext;

struct SealRequest
{
    QString accountNumber; // a valid personal account number
    QString reason;        // seal only: 封存原因 code
    QString memo;          // optional
};

struct AccountStateChanged
{
    QString serial;
    QJsonObject account;
    QString previousState;
    QJsonObject receipt;
};

// Before the transaction: seal.reason.
Status checkSeal(const SealRequest &request);
Result<AccountStateChanged> sealAccount(ServiceContext &ctx, const SealRequest &request);
Result<AccountStateChanged> unsealAccount(ServiceContext &ctx, const SealRequest &request);

} // namespace hpf::server
