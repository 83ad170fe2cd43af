#pragma once

#include "base/result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <functional>

// The withdrawal part of the training center (demo-seed, issue 17): a purchase withdrawal already
// made, a member ready to withdraw for a home purchase (the training property register knows her
// home), a retiree to close with interest to the day, a renter without a home and a member with a
// commercial mortgage on the training bank-loan register.
namespace hpf::server {

struct ServiceContext;

using DemoCall = std::function<Status(const QString &username, const QString &operation,
                                      const std::function<Status(ServiceContext &)> &fn)>;

struct WithdrawalDemo
{
    QStringList log;
    // The training shared-data file (integration/sharing/trainingshareddata.h) for these people.
    QJsonObject sharedData;
};

// `accounts`: the seed's employee accounts (at least 8); `documentNumbers` their identity numbers;
// `unitAccount`: the unit the retiree worked for; `retireeNumber18`: a valid citizen number of a man
// of 62 (migrated with a 15-digit number and a balance, so his closure pays interest).
Result<WithdrawalDemo> seedWithdrawalDemo(const DemoCall &call, const QStringList &accounts,
                                          const QStringList &documentNumbers, const QString &unitAccount,
                                          const QString &retireeNumber18, QDate today);

} // namespace hpf::server
