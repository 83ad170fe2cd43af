#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "crypto/kdf.h"
#include "finance/policy.h"
#include "platform/store/database.h"

#include <QStringList>

// A demo center for training and first runs: two branches, one user per role (password
// "train-<username>", e.g. teller1 / train-teller1), three units with valid credit codes, twelve
// employees with valid GB 11643 identity numbers, six months of remittances, a withdrawal and a
// judicial hold. Runs through the same services as the HTTP routes. Refuses a seeded database.
namespace hpf::server {

struct DemoUser
{
    QString username;
    QString role;
    QString branch;
    QString displayName; // printed as 经办人 on certificates and receipts
};
QList<DemoUser> demoUsers();
QString demoPassword(const QString &username);

// The second training center: `demo-seed --center 110100` seeds the same users, the same people
// (identity numbers) and units of the same shape under this center of the policy's directory.
inline constexpr char kSecondTrainingCenter[] = "110100";

// Valid 18-digit citizen numbers for demo people (check digit computed).
QString demoIdentityNumber(int index);

Result<QStringList> seedDemo(Database &database, const finance::Policy &policy, const Clock &clock,
                             const crypto::ScryptParams &params);

} // namespace hpf::server
