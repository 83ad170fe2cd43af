#pragma once

#include "base/clock.h"
#include "base/result.h"
#include "crypto/kdf.h"
#include "finance/policy.h"
#include "platform/store/database.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

// A demo center for training and first runs: two branches, one user per role (password
// "train-<username>", e.g. teller1 / train-teller1), three units with valid credit codes, twelve
// employees with valid GB 11643 identity numbers, twelve months of remittances, withdrawals (a purchase made,
// a retiree to close, training shared data) and judicial holds, and one person with a second, migrated
// account under a 15-digit ID number (一人多户, to merge). Runs through the same services as the HTTP routes.
// Refuses a seeded database.
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

struct ServiceContext;

// 一人多户 as data migrated from an old system has it (issue 16): a second person record under the
// 15-digit legacy form of the 18-digit citizen number `number18` (the same human; the identity key
// says so), with a live account under `unitAccount` carrying `balanceFen` over (journal 99,
// "旧系统迁移余额"). Inside the caller's write transaction; the new account number. Errors:
// identity.length (`number18` has no 15-digit form: born after 1999), unit.not_found, db.*.
Result<QString> insertLegacyDuplicate(ServiceContext &ctx, const QString &number18, const QString &name,
                                      const QString &unitAccount, qint64 balanceFen);

// A valid citizen number of a man of 62 on `today` (the withdrawal demo's retiree).
QString demoRetireeNumber(QDate today);

// `sharedData`, when given, receives the training shared-data file for the seeded people
// (integration/sharing/trainingshareddata.h); demo-seed writes it beside the database.
Result<QStringList> seedDemo(Database &database, const finance::Policy &policy, const Clock &clock,
                             const crypto::ScryptParams &params, QJsonObject *sharedData = nullptr);

} // namespace hpf::server
