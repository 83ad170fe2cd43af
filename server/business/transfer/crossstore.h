#pragma once

#include "base/result.h"
#include "transfer/message.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <optional>

// The rows of cross-city transfers (异地转移接续, migration 14 in crossschema.cpp) and what every
// step of the state machine does to them: the history row and the audit record of a status change,
// the API's JSON. No HTTP; the services (crossservice.h) and the inbound messages
// (crossmessages.cpp) build on it.
namespace hpf::server {

Q_DECLARE_LOGGING_CATEGORY(lcCrossTransfer)

struct ServiceContext;
struct AccountRow;

namespace cross {

inline constexpr char kRoleIn[] = "in";   // this center receives the person (issued the letter)
inline constexpr char kRoleOut[] = "out"; // this center sends the money (received the letter)

// Platform statuses (code table transfer_status).
inline constexpr char kIssued[] = "01";      // 联系函复核通过
inline constexpr char kReceived[] = "02";    // 联系函确认接收
inline constexpr char kCompleted[] = "00";   // 正常办结
inline constexpr char kCancelled[] = "05";   // 转入撤销办结
inline constexpr char kNegotiating[] = "06"; // 协商中
inline constexpr char kAccepted[] = "08";    // 账户信息复核通过
inline constexpr char kRefused[] = "13";     // 转出审核不通过
inline constexpr char kNegotiated[] = "20";  // 协商后办结
inline constexpr char kFailed[] = "40";      // 转出失败办结
bool isFinalStatus(QStringView status);

struct Row
{
    qint64 id = 0;
    QString letter;
    QString role;
    QString status;
    bool final = false;
    bool cancelRequested = false;
    bool negotiated = false;
    QString receivingCenter;
    QString sendingCenter;
    QString personName;
    QString documentType;
    QString documentNumber;
    qint64 accountId = 0;
    QString oldAccount;
    QString oldUnitName;
    QString newUnitName;
    QString phone;
    QJsonObject figures; // the API's transferOut object; empty before the transfer-out
    QString prevState;
    QString peerStatus;
    QString reason;
    qint64 branchId = 0;
    qint64 appliedAt = 0;
    qint64 updatedAt = 0;

    bool isIn() const { return role == QLatin1String(kRoleIn); }
    // The other center of the exchange: where this center's messages for the letter go.
    QString peer() const { return isIn() ? sendingCenter : receivingCenter; }
};

// The transfer of `letter` in `role` (empty role: either), the row locked on PostgreSQL when
// `lock` (SQLite's write transaction excludes other writers anyway). nullopt when there is none.
Result<std::optional<Row>> load(ServiceContext &ctx, const QString &letter, const QString &role, bool lock);
Status insert(ServiceContext &ctx, Row &row, const QString &note);
// Writes the mutable columns of `row` (status and flags, figures, reason, peer status).
Status save(ServiceContext &ctx, Row &row);
// status → `status` (final when an end state), a history row with `note`, an audit record
// (object transfer:<letter>, statuses only), saved.
Status changeStatus(ServiceContext &ctx, Row &row, const QString &status, const QString &note);
// A history row under the current status (e.g. a progress answer), audited like a change.
Status addNote(ServiceContext &ctx, Row &row, const QString &note);

// The CrossTransfer JSON of the contract. `full`: the old account unmasked and the history.
Result<QJsonObject> toJson(ServiceContext &ctx, const Row &row, bool full);
QJsonObject centerJson(const ServiceContext &ctx, const QString &code);

// The person's identity across document records (identityKeySql in C++): a citizen number by its
// 17-digit body, else type and number.
QString identityKey(const QString &documentType, const QString &documentNumber);

// Error helpers (field names the JSON field of the request).
Error stateError(const Row &row, const QString &what);

} // namespace cross
} // namespace hpf::server
