#pragma once

#include "base/result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hpf::finance {
class Policy;
}

// One court request (司法协助: 查询, 冻结, 续冻, 解冻, 扣划) as the court sends it, whether its papers
// are brought to the counter or it arrives through the online court channel. The record is stored
// in full (reference/domain.md §5): court, 案号, the 执行裁定书 and 协助执行通知书 numbers and dates,
// two officers with their 工作证 and 执行公务证 numbers, amount, court-stated dates, grounds. The
// server, the court channel and the client forms all read and write exactly this JSON.
namespace hpf::judicial {

enum class RequestType { Query, Freeze, Renew, Unfreeze, Deduct };
QString typeCode(RequestType type); // "query", "freeze", "renew", "unfreeze", "deduct"
std::optional<RequestType> typeFromCode(QStringView code);

// The kind of the court document the claim rests on (for the risk rules): 判决书, 调解书, 支付令…
enum class DocumentKind { Judgment, Mediation, PaymentOrder, Other };
QString documentKindCode(DocumentKind kind); // "judgment", "mediation", "payment_order", "other"
std::optional<DocumentKind> documentKindFromCode(QStringView code);

// 解冻 grounds (查封扣押冻结规定 第二十八条).
const QStringList &unfreezeGrounds(); // debt_paid, guarantee, withdrawn, case_closed, other

struct Officer
{
    QString name;
    QString workCard; // 工作证 number
    QString dutyCard; // 执行公务证 number
    bool operator==(const Officer &) const = default;
};

struct CourtDocument
{
    QString number; // 文书号
    QDate date;
    bool operator==(const CourtDocument &) const = default;
};

struct Party
{
    QString name;
    QString idNumber; // 身份证件号码 (a debtor's identifies the account on the online channel)
    QString address;
    QString unitName;
    bool operator==(const Party &) const = default;
};

struct Payee // the court's account a 扣划 pays into
{
    QString bank;
    QString name;
    QString account;
    bool operator==(const Payee &) const = default;
};

struct Request
{
    RequestType type = RequestType::Freeze;
    QString accountNumber;   // 个人账号; on the online channel it may be empty (debtor identifies)
    Party debtor;            // online channel: name + idNumber; at the counter optional
    QString courtCode;       // a court of the policy's judicial.courts
    QString caseNumber;      // 案号, normalised by normalizeCaseNumber()
    CourtDocument ruling;    // 执行裁定书
    CourtDocument notice;    // 协助执行通知书
    QList<Officer> officers; // exactly two

    // freeze: an amount (fen) or the whole balance, the court-stated period (inclusive end)
    bool wholeBalance = false;
    qint64 amountFen = 0; // freeze: the amount; unfreeze: 0 = all, else the part lifted; deduct: the amount
    QDate startDate;
    QDate endDate;

    // renew / unfreeze / deduct act on one freeze
    qint64 holdId = 0;
    QDate newEndDate; // renew

    QString grounds; // unfreeze: unfreezeGrounds()
    QString groundsText;

    // deduct
    bool courtOrdered = false;   // the court orders the deduction explicitly
    QString withdrawalCondition; // a 提取原因 (TQYY) code the debtor meets, e.g. retirement
    Payee payee;
    QString caseCause; // 案由, e.g. 民间借贷纠纷
    DocumentKind documentKind = DocumentKind::Judgment;
    QDate filedOn; // 立案日期
    Party creditor;

    bool operator==(const Request &) const = default;
};

// Case numbers (案号, 最高人民法院《关于人民法院案件案号的若干规定》): （收案年度）法院代字 类型代字 编号 号,
// e.g. （2026）京0105执1234号. Normalising turns full-width digits half-width and half-width
// parentheses full-width and drops spaces; the court part is returned by caseCourtPart().
QString normalizeCaseNumber(QStringView input);
// Errors judicial.case_number (field "caseNumber") when the normalised number does not parse.
Result<QString> caseCourtPart(QStringView normalizedCaseNumber);

// The JSON form (field names as the members; dates YYYY-MM-DD; fen as integers; holdId a string).
// Fields that do not apply to the type are left out.
QJsonObject toJson(const Request &request);
// Strict: unknown fields, wrong types, bad dates and oversized strings are refused with code
// judicial.invalid and the field's path ("officers[1].dutyCard", "ruling.date").
Result<Request> fromJson(const QJsonObject &json);

// The rules that need no stored data, checked by every channel before anything is written
// (`today` is the center's date). Each error names its field:
//   judicial.field_required   a required field is empty (e.g. "officers[0].workCard", "notice.number")
//   judicial.officers         not exactly two officers
//   judicial.court_unknown    courtCode not in the policy's court list ("courtCode")
//   judicial.case_number      案号 does not parse, or its court part is not the court's ("caseNumber")
//   judicial.document_date    a document dated after today, or the notice before the ruling
//   judicial.amount_invalid   freeze: amount ≤ 0 without wholeBalance, or above the money maximum;
//                             deduct: ≤ 0 or above the maximum; unfreeze: < 0 or above it ("amountFen")
//   judicial.period_invalid   end before start ("endDate")
//   judicial.end_in_past      end before today ("endDate"; renew: "newEndDate")
//   judicial.period_too_long  freeze: beyond policy freeze.maxMonthsPerPeriod from the start
//                             ("endDate"); a renewal's length counts from the freeze's current
//                             end, which finance::AccountHolds checks (hold.renew_too_long)
//   judicial.grounds          unfreeze grounds not a known code ("grounds")
//   judicial.deduct_basis     deduct with neither courtOrdered nor a withdrawal condition
//                             ("withdrawalCondition"; a code not in the TQYY table is also refused)
//   judicial.hold_required    renew / unfreeze / deduct without holdId ("holdId")
Status validate(const Request &request, QDate today, const finance::Policy &policy);

} // namespace hpf::judicial
