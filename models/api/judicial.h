#pragma once

#include "api/call.h"
#include "judicial/request.h"
#include "ops/operation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

// 司法协助 (issue 15): the judicial desk's routes 1–11 — courts, the account's freezes (active,
// 轮候 queue, history), freeze / renew / unfreeze / deduct, the expiring list, a stored request with
// its 协助执行回执, and the online court requests waiting on the desk. The only place knowing their
// URLs and JSON. Requests are built with judicial::toJson; account numbers travel in bodies only.
namespace hpf::client::api {

struct JudicialCourt
{
    QString code; // 法院代字, e.g. 京0105
    QString name;
    QString nameEn;
    bool operator==(const JudicialCourt &) const = default;
};

// GET /judicial/courts
struct JudicialCourts
{
    QList<JudicialCourt> courts;
    int expiringDays = 30;
    QStringList unfreezeGrounds;
    const JudicialCourt *find(const QString &code) const;
    static Result<JudicialCourts> fromJson(const QJsonObject &json);
};

// One freeze (a judicial hold) of an account.
struct JudicialFreeze
{
    QString holdId;
    QString serial;
    QString state; // waiting | active | released | expired | lapsed | deducted
    bool wholeBalance = false;
    qint64 amountFen = 0;
    qint64 deductedFen = 0;
    qint64 heldFen = 0;
    qint64 shortfallFen = 0;
    QString courtCode;
    QString courtName;
    QString caseNumber;
    QString noticeNumber;
    QDate startDate;
    QDate endDate;
    QDateTime registeredAt;
    QDate activatedOn; // null while waiting
    QDate endedOn;     // null while open
    int renewals = 0;
    int queuePosition = 0; // 1 = next; 0 when not waiting
    bool isOpen() const { return state == u"active" || state == u"waiting"; }
    bool operator==(const JudicialFreeze &) const = default;
    static JudicialFreeze read(Reader &reader);
    static Result<JudicialFreeze> fromJson(const QJsonObject &json);
};

struct JudicialAccount
{
    QString accountNumber;
    QString personName;
    QString idNumberMasked;
    QString state;
    qint64 balanceFen = 0;
    qint64 heldFen = 0;
    qint64 availableFen = 0;
};

// POST /judicial/search
struct JudicialAccountFreezes
{
    JudicialAccount account;
    std::optional<JudicialFreeze> active;
    QList<JudicialFreeze> queue;
    QList<JudicialFreeze> history;
    static Result<JudicialAccountFreezes> fromJson(const QJsonObject &json);
};

// 协助执行回执, printed as the server wrote it.
struct JudicialReceipt
{
    QString number; // = the request's serial
    QString centerName;
    QString branchName;
    QString action; // freeze | renew | unfreeze | deduct
    QString courtName;
    QString caseNumber;
    QString noticeNumber;
    QString accountNumber;
    QString personName;
    std::optional<qint64> requestedFen; // empty: the whole balance
    qint64 achievedFen = 0;
    qint64 shortfallFen = 0;
    QString state;
    QDate startDate;
    QDate endDate;
    int queuePosition = 0;
    QStringList notes; // shortfall | queued | promoted | fully_deducted …
    QDateTime at;
    QString teller;
    QString supervisor;
    bool isEmpty() const { return number.isEmpty(); }
    static JudicialReceipt read(Reader &reader);
};

struct JudicialRiskFlag
{
    QString code; // risk.*
    QString reason;
};

// The answer of every judicial state change (routes 3–6, 10).
struct JudicialOutcome
{
    QString requestId;
    QString serial;
    QString type;
    QString channel; // counter | online
    QString status;
    JudicialFreeze freeze;
    std::optional<JudicialFreeze> promoted; // the next freeze took effect (unfreeze, deduct)
    qint64 balanceFen = 0;
    qint64 heldFen = 0;
    qint64 availableFen = 0;
    QList<JudicialRiskFlag> riskFlags;
    JudicialReceipt receipt;
    static JudicialOutcome read(Reader &reader);
    static Result<JudicialOutcome> fromJson(const QJsonObject &json);
};

struct JudicialExpiringItem
{
    QString holdId;
    QString accountNumber;
    QString personName;
    QString courtName;
    QString caseNumber;
    QDate endDate;
    int daysLeft = 0;
    QString state;
};

// GET /judicial/expiring?days=N
struct JudicialExpiring
{
    int days = 0;
    QList<JudicialExpiringItem> items;
    static Result<JudicialExpiring> fromJson(const QJsonObject &json);
};

// GET /judicial/requests/{id}
struct JudicialRequestRecord
{
    judicial::Request request;
    std::optional<JudicialOutcome> outcome;
    QString channel;
    QString status;
    QDateTime receivedAt;
    static Result<JudicialRequestRecord> fromJson(const QJsonObject &json);
};

struct JudicialInboxItem
{
    QString id;
    QDateTime receivedAt;
    QString type;
    QString courtName;
    QString caseNumber;
    judicial::Request request;
};

// GET /judicial/inbox
struct JudicialInbox
{
    QList<JudicialInboxItem> items; // oldest first
    static Result<JudicialInbox> fromJson(const QJsonObject &json);
};

// POST /judicial/inbox/{id}/reject
struct JudicialRejected
{
    QString id;
    QString status;
    static Result<JudicialRejected> fromJson(const QJsonObject &json);
};

namespace judicial {

// 1: every signed-in role.
void courts(ApiClient *api, QObject *context, std::function<void(const Reply<JudicialCourts> &)> done);
// 2: audited read; the account number in the body.
ApiRequest searchRequest(const QString &accountNumber);
void search(ApiClient *api, const QString &accountNumber, QObject *context,
            std::function<void(const Reply<JudicialAccountFreezes> &)> done);

// 3–6: state changes (Operations with a supervisor grant). The path follows the request's type
// (renew / unfreeze / deduct act on request.holdId). Answer: JudicialOutcome.
ops::Request submit(const hpf::judicial::Request &request, const QString &summary);

// 7: open freezes ending within `days`.
void expiring(ApiClient *api, int days, QObject *context,
              std::function<void(const Reply<JudicialExpiring> &)> done);
// 8: a stored request with its outcome (reprint of the 回执); audited.
void request(ApiClient *api, const QString &id, QObject *context,
             std::function<void(const Reply<JudicialRequestRecord> &)> done);
// 9: online requests pending on the desk.
void inbox(ApiClient *api, QObject *context, std::function<void(const Reply<JudicialInbox> &)> done);
// 10, 11: state changes with a grant. Answers: JudicialOutcome, JudicialRejected.
ops::Request handle(const QString &id, const QString &summary);
ops::Request reject(const QString &id, const QString &reason, const QString &summary);

} // namespace judicial

} // namespace hpf::client::api
