#pragma once

#include "api/accounts.h"
#include "api/call.h"
#include "api/receipts.h"
#include "ops/operation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

// 转移 (issue 16): in-city transfer (市内转移) one by one and as a unit's batch, 个人合并 with its
// candidates, and the cross-city transfer (异地转移接续) between two centers — the centers, the
// application with its 联系函, the sending center's review, progress, cancel, the list and the money
// in transit. The only client code knowing their URLs and JSON. Personal account and identity
// numbers travel in bodies only; a letter number (联系函编号) is not personal and may be a path segment.
namespace hpf::client::api {

struct TransferUnit
{
    QString unitAccount;
    QString name;
    bool operator==(const TransferUnit &) const = default;
};

// POST /transfers/in-city, POST /transfers/merges, GET /transfers/{serial}.
struct InCityResult
{
    QString serial;
    QString kind; // in_city | merge
    Account from; // closed now: state 03, closeReason 06 (in-city) or 05 (merge), successorAccount
    Account to;   // the new account (in-city) or the kept one (merge)
    TransferUnit fromUnit;
    TransferUnit toUnit;
    qint64 principalFen = 0;
    qint64 interestFen = 0;
    qint64 amountFen = 0;
    QDate valueDate;
    Receipt receipt;
    bool isMerge() const { return kind == u"merge"; }
    static Result<InCityResult> fromJson(const QJsonObject &json);
};

// One row of a batch file as the server takes it.
struct InCityBatchRow
{
    QString documentType; // code table document_type; empty = 01
    QString documentNumber;
    QString name;
};

struct InCityBatchItem
{
    int row = 0; // 0-based, as sent
    QString fromAccount;
    QString toAccount;
    QString name; // masked by the server
    qint64 amountFen = 0;
};

// POST /transfers/in-city/batches.
struct InCityBatchResult
{
    QString serial;
    int count = 0;
    QList<InCityBatchItem> items;
    qint64 totalFen = 0;
    Receipt receipt;
    static Result<InCityBatchResult> fromJson(const QJsonObject &json);
};

// The 422 transfer.batch_rows problem of a batch: what is wrong with which row (nothing was done).
struct InCityBatchRowErrors
{
    struct Row
    {
        int row = 0; // 0-based
        QString field;
        QString code;
    };
    QList<Row> rows;
    // Reads the problem body kept by the refused operation; an answer without "rows" is an
    // api.contract error (the page then shows the problem's own text).
    static Result<InCityBatchRowErrors> fromJson(const QJsonObject &json);
};

// POST /transfers/merge-candidates: the other live accounts of the same person.
struct MergeCandidates
{
    QString accountNumber;
    QList<Account> items;
    static Result<MergeCandidates> fromJson(const QJsonObject &json);
};

struct TransferCenterRef
{
    QString code;
    QString name;
    bool operator==(const TransferCenterRef &) const = default;
};

// GET /transfers/centers: this center and the others of the policy's directory.
struct TransferCenters
{
    struct Center
    {
        QString code;
        QString name;
        QString nameEn;
        bool connected = false; // the channel knows a peer for it
    };
    TransferCenterRef self;
    QList<Center> items;
    const Center *find(const QString &code) const;
    static Result<TransferCenters> fromJson(const QJsonObject &json);
};

// What the sending center answered (BDC905): money and the facts the receiving center needs.
struct TransferOut
{
    qint64 principalFen = 0;
    qint64 interestFen = 0;
    qint64 amountFen = 0;
    QString openedMonth;   // YYYY-MM
    QString lastPaidMonth; // YYYY-MM
    bool sixMonthsContinuous = false;
    int loanCount = 0;
    bool openLoan = false;
    bool fraudFlag = false;
};

struct CrossHistoryEntry
{
    QDateTime at;
    QString status;
    QString statusLabel;
    QString note;
};

// One cross-city transfer as either center sees it.
struct CrossTransfer
{
    QString letterNumber; // 联系函编号, 16 digits
    QString role;         // in: this center receives; out: this center sends
    QString status;       // code table transfer_status
    QString statusLabel;
    bool final = false;
    bool cancelRequested = false;
    TransferCenterRef receivingCenter;
    TransferCenterRef sendingCenter;
    QString personName;
    QString documentType;
    QString documentNumberMasked;
    QString oldAccount; // masked in lists
    QString oldUnitName;
    QString newAccount; // role in only
    QString newUnitName;
    std::optional<TransferOut> transferOut;
    QString reason; // refusal, negotiation or failure reason
    QDateTime appliedAt;
    QDateTime updatedAt;
    QList<CrossHistoryEntry> history; // GET only
    struct ReceiptRef
    {
        QString business; // transfer_contact_letter, transfer_out, transfer_in …
        QString serial;   // for GET /receipts/{serial} and its 补打
    };
    QList<ReceiptRef> receipts; // the documents this center issued for the transfer
    bool isIncoming() const { return role == u"in"; }
    static CrossTransfer read(Reader &reader);
    static Result<CrossTransfer> fromJson(const QJsonObject &json);
};

// GET /transfers/cross-city/{letter}, and the answer of cancel, refuse, resend, progress
// ({"transfer"}), accept and fail ({"transfer", "receipt"}).
struct CrossTransferChange
{
    CrossTransfer transfer;
    std::optional<Receipt> receipt; // accept (转出凭证) and fail
    static Result<CrossTransferChange> fromJson(const QJsonObject &json);
};

// POST /transfers/cross-city: the transfer (status 01) and its 联系函.
struct CrossApplied
{
    CrossTransfer transfer;
    Receipt letter;
    static Result<CrossApplied> fromJson(const QJsonObject &json);
};

// GET /transfers/cross-city?role=&status=&limit=&cursor=
struct CrossTransferPage
{
    QList<CrossTransfer> items; // newest first
    QString nextCursor;         // empty: the last page
    static Result<CrossTransferPage> fromJson(const QJsonObject &json);
};

// GET /transfers/transit: the money this center holds for transfers not yet confirmed.
struct TransferTransit
{
    qint64 balanceFen = 0;
    int count = 0;
    static Result<TransferTransit> fromJson(const QJsonObject &json);
};

struct CrossApplication
{
    QString sendingCenter; // center code
    QString accountNumber; // the person's live account here, under the new unit
    QString oldAccount;    // at the sending center
    QString oldUnitName;
    QString phone; // optional
};

struct CrossListQuery
{
    QString role;         // in | out | empty: both
    QStringList statuses; // empty: all
    int limit = 50;
    QString cursor;
};

namespace transfers {

// In-city (Idempotency-Key through the Operation). Answer: InCityResult.
ops::Request inCity(const QString &accountNumber, const QString &toUnitAccount, const QString &memo,
                    const QString &summary);
// Answer: InCityBatchResult; 422 transfer.batch_rows → InCityBatchRowErrors.
ops::Request inCityBatch(const QString &fromUnitAccount, const QString &toUnitAccount,
                         const QList<InCityBatchRow> &rows, const QString &summary);
// 个人合并 under a supervisor grant. Answer: InCityResult (kind merge).
ops::Request merge(const QString &keepAccount, const QString &mergeAccount, const QString &summary);
// The other live accounts of the account's person (a read, POSTed: the number stays out of URLs).
ApiRequest mergeCandidatesRequest(const QString &accountNumber);
void mergeCandidates(ApiClient *api, const QString &accountNumber, QObject *context,
                     std::function<void(const Reply<MergeCandidates> &)> done);
void get(ApiClient *api, const QString &serial, QObject *context,
         std::function<void(const Reply<InCityResult> &)> done);

// Cross-city.
void centers(ApiClient *api, QObject *context, std::function<void(const Reply<TransferCenters> &)> done);
ops::Request crossApply(const CrossApplication &application, const QString &summary); // CrossApplied
ops::Request crossCancel(const QString &letter, const QString &summary);              // CrossTransferChange
ops::Request crossAccept(const QString &letter, const QString &summary);              // … with receipt
ops::Request crossRefuse(const QString &letter, const QString &reason, const QString &summary);
ops::Request crossResend(const QString &letter, const QString &summary);
ops::Request crossFail(const QString &letter, const QString &reason, const QString &summary); // receipt
ops::Request crossProgress(const QString &letter, const QString &summary);
void crossGet(ApiClient *api, const QString &letter, QObject *context,
              std::function<void(const Reply<CrossTransferChange> &)> done);
QString crossListPath(const CrossListQuery &query);
void crossList(ApiClient *api, const CrossListQuery &query, QObject *context,
               std::function<void(const Reply<CrossTransferPage> &)> done);
void transit(ApiClient *api, QObject *context, std::function<void(const Reply<TransferTransit> &)> done);

} // namespace transfers

} // namespace hpf::client::api
