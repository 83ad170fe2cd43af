#pragma once

#include "base/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace hpf::crypto {
class Sm2Key;
}

// The messages of cross-city transfers (异地转移接续, reference/domain.md §4) as two centers
// exchange them, peer to peer or through the national platform's channel. A message is
//   {"msgType": "BDC901", "messageId": UUID, "sender": "620100", "receiver": "110100",
//    "sentAt": ISO UTC, "letterNumber": 联系函编号, "body": {platform fields}, "kid", "signature"}
// and the receiver answers every message it could read with a signed reply
//   {"inReplyTo": messageId, "sender", "receiver", "sentAt", "result": "ok" | "refused",
//    "code": error code (refused only), "body": {...}, "kid", "signature"}.
// Signatures are the court channel's: base64 DER SM2 (SM3, distinguishing id 1234567812345678) over
// the object without "signature" as QJsonDocument::Compact (sorted keys), so openssl checks them.
// Bodies carry the platform's own field names (ConNum, TxFunc, EmpName, IdNum, TranAmt …); amounts
// are yuan with two decimals as text ("1234.50"), months YYYYMM, dates YYYYMMDD, flags "1"/"2".
namespace hpf::transfer {

inline constexpr int kMaxClockSkewSeconds = 10 * 60; // sentAt within ±10 minutes of the receiver's clock
inline constexpr int kMaxMessageBytes = 64 * 1024;

enum class MessageType {
    Apply,        // BDC901 转入申请 (receiving → sending center), TxFunc 0
    BatchApply,   // BDC902 批量转入申请 (read and answered like 901 per item; not sent by this center)
    Cancel,       // BDC903 撤销申请 (receiving → sending), only before the sending center accepts
    Progress,     // BDC904 进度查询 (receiving → sending); the reply body carries the status
    TransferOut,  // BDC905 转出信息及资金 (sending → receiving), TxFunc 0 new / 1 modified (after
                  // negotiation); TranRstCode 0 = funds sent, 1 = refused (StatusCode 13) or failed (40)
    Confirm,      // BDC906 (receiving → sending): TxFunc 2 = completion confirmed, 1 = negotiation
                  // asked for (Reason)
    CenterLookup, // BDC909 机构代码查询 (either way); the reply body is the answering center's entry
};
QString typeCode(MessageType type); // "BDC901"
std::optional<MessageType> typeFromCode(QStringView code);

struct Message
{
    MessageType type = MessageType::Apply;
    QString messageId;    // UUID, lower case, no braces
    QString sender;       // center code (6 digits)
    QString receiver;     // center code
    QDateTime sentAt;     // UTC, whole milliseconds
    QString letterNumber; // 联系函编号; empty only for BDC909
    QJsonObject body;
};

struct Reply
{
    QString inReplyTo; // the message's id
    QString sender;
    QString receiver;
    QDateTime sentAt;
    bool ok = true;
    QString code; // refused: the error code (e.g. transfer.state, transfer.cancel_too_late)
    QJsonObject body;
};

// Unsigned objects; sign with sign().
QJsonObject toJson(const Message &message);
QJsonObject toJson(const Reply &reply);
// Strict readers of received objects ("kid" and "signature" allowed and ignored here: the signature
// is checked separately against the sender's key). Unknown or missing envelope fields, wrong types,
// a messageId that is not a UUID, a sentAt that is not ISO UTC, a center code that is not 6 digits,
// a letter number that is not isLetterNumber() (except BDC909) → transfer.message_invalid with the
// field name ("body.IdNum" for body fields; see validateBody).
Result<Message> readMessage(const QJsonObject &object);
Result<Reply> readReply(const QJsonObject &object);
// The body's platform fields for its type: required fields present, strings, formats (DocType in
// code table document_type, IdNum a valid number of that type, amounts "d+.dd", months YYYYMM,
// flags "1"/"2", TxFunc/TranRstCode values of the type, Reason 1..200 characters where required).
// Error transfer.message_invalid, field "body.<Field>". Fields not listed are ignored (the platform
// adds fields over time). Per type (? = optional):
//   BDC901  ConNum (= letterNumber), TxFunc "0", TranOutUnitNo (the sending center's code),
//           TranCenName, TranRefAcctNo, TranRefAcctName, TranBank, TrenCenInfo (the receiving
//           center's account and contact), GenDate, EmpName, DocType, IdNum, SocUnitName (old unit),
//           SocRefAcctNo (old account, 1..20), ContPhone?
//   BDC902  the 901 center fields and "Items": [1..500 × {EmpName, DocType, IdNum, SocUnitName,
//           SocRefAcctNo, ContPhone?}] (fields "body.Items[i].IdNum")
//   BDC903  ConNum, Reason?            BDC904  ConNum
//   BDC905  ConNum, TxFunc "0"|"1", TranRstCode "0"|"1", ContPhone?; TranRstCode 0: EmpName,
//           DocType, IdNum, OrAcctAmt, Yinter, TranAmt (= OrAcctAmt + Yinter), OAcctDate,
//           PayEndDate (≥ OAcctDate), SixMconFlag, LoanNum (0..999), LoanEndFlag, FrLoanFlag,
//           Reason?; TranRstCode 1: StatusCode "13"|"40", Reason
//   BDC906  ConNum, TxFunc "1"|"2", Reason (required with TxFunc 1)
//   BDC909  UnitNo? (the center asked about); the reply body is the answering center's directory
//           entry {UnitNo, TranCenName, TranBank, TranRefAcctNo, TranRefAcctName, TrenCenInfo}.
// IdNum is checked as of sentAt's date and must already be normalised (half-width, upper-case X,
// 18 digits for a citizen).
Status validateBody(const Message &message);

// The bytes a signature covers, and the signature itself (the center's SM2 key).
QByteArray canonicalBytes(QJsonObject object);
Result<QJsonObject> sign(QJsonObject object, const crypto::Sm2Key &key);
bool verify(const QJsonObject &object, const crypto::Sm2Key &publicKey);

// 联系函编号: the receiving center's 6-digit code + YYMMDD + a 4-digit sequence of that day
// (0001..9999), 16 digits.
QString letterNumber(const QString &centerCode, QDate date, int sequence);
bool isLetterNumber(QStringView text);

// Amounts as the platform writes them: fen ↔ "1234.50". parseAmount: error transfer.message_invalid.
QString amountText(qint64 fen);
Result<qint64> parseAmount(const QString &text, const QString &field);

} // namespace hpf::transfer
