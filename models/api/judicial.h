#pragma once

#include "api/call.h"
#include "ops/operation.h"

// 司法协助: court freezes (holds of kind "judicial").
namespace hpf::client::api {

struct FreezeInput
{
    QString accountNumber;
    qint64 amountFen = 0;
    QString court;
    QString caseNumber;
    std::optional<QDate> endsOn;
};

struct FreezeRegistered
{
    QString holdId;
    QString serial;
    QString accountNumber;
    qint64 amountFen = 0;
    qint64 availableFen = 0; // the account's available balance after the freeze
    static Result<FreezeRegistered> fromJson(const QJsonObject &json);
};

namespace judicial {
ops::Request freeze(const FreezeInput &input, const QString &summary);
}

} // namespace hpf::client::api
