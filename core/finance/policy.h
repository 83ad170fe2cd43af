#pragma once

#include "base/result.h"
#include "base/rounding.h"
#include "finance/rate.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// City-specific numbers as data with effective dates (DESIGN.md "Conventions"). A Policy is a value:
// load it once (Policy::defaults(), fromFile(), fromJson()) and pass it, or the rows taken from it,
// to the deposit, interest, loan and hold rules.
namespace hpf::finance {

// The unit a computed amount is rounded to: 分, 角 or 元.
enum class Precision { Fen, Jiao, Yuan };

// Fen per unit of the precision: 1, 10 or 100.
qint64 precisionFen(Precision precision);

struct RoundingRule
{
    Precision precision = Precision::Fen;
    RoundingMode mode = RoundingMode::HalfUp;
    bool operator==(const RoundingRule &) const = default;
};

// An inclusive range of ratios, e.g. 5%..12%.
struct RatioRange
{
    Rate min;
    Rate max;
    bool contains(Rate r) const { return r >= min && r <= max; }
    bool operator==(const RatioRange &) const = default;
};

// What to do with a deposit base below the floor or above the ceiling.
enum class OutOfRangeBase {
    Clamp,  // raise to the floor / lower to the ceiling, and say so
    Refuse, // error deposit.base_range
};

// An inclusive range of deposit bases, in fen.
struct BaseRange
{
    qint64 floor = 0;
    qint64 ceiling = 0;
    OutOfRangeBase outOfRange = OutOfRangeBase::Clamp;
    bool operator==(const BaseRange &) const = default;
};

// One row of the employed-worker deposit policy (the policy year usually starts 1 July).
struct DepositPolicy
{
    QDate effectiveFrom;
    RatioRange unitRatio;
    RatioRange personalRatio;
    BaseRange base;
    RoundingRule unitRounding;
    RoundingRule personalRounding;
    bool operator==(const DepositPolicy &) const = default;
};

// One row of the flexible-employment (灵活就业) policy: the worker pays the total ratio alone.
struct FlexiblePolicy
{
    QDate effectiveFrom;
    RatioRange ratio; // total ratio, e.g. 10%..24%
    BaseRange base;
    RoundingRule rounding;
    bool operator==(const FlexiblePolicy &) const = default;
};

// The uniform deposit interest rate from a date on (1.50% since 2016-02-21).
struct DepositRate
{
    QDate effectiveFrom;
    Rate annual;
    bool operator==(const DepositRate &) const = default;
};

// Annual interest settlement (结息) day, 30 June by default.
struct SettlementDay
{
    int month = 6;
    int day = 30;
    bool operator==(const SettlementDay &) const = default;
};

enum class HomeOrder {
    First = 1,  // 首套
    Second = 2, // 二套 (the first loan settled)
    Third = 3,  // 三套及以上: always refused (loan.third_home)
};

// One row of the loan rate table (PBoC rates for provident fund loans).
struct LoanRates
{
    QDate effectiveFrom;
    Rate firstUpTo5Years;  // 首套, term ≤ 60 months
    Rate firstOver5Years;  // 首套, term > 60 months
    Rate secondUpTo5Years; // 二套, term ≤ 60 months
    Rate secondOver5Years; // 二套, term > 60 months

    // Rate for a home order and term. Errors: loan.third_home, loan.term_invalid (term ≤ 0).
    Result<Rate> rateFor(HomeOrder order, int termMonths) const;
    bool operator==(const LoanRates &) const = default;
};

// When a rate change reaches loans signed before it.
enum class Repricing {
    NextJanuaryFirst, // 次年1月1日 (the 2024/2025 practice)
    Immediately,      // from the change's effective date
};

// One row of the loan limits.
struct LoanLimits
{
    QDate effectiveFrom;
    int maxTermMonths = 360;
    int maxAgeAtEnd = 65;      // age in full years at application + term ≤ this
    qint64 centerCap = 0;      // fen
    int balanceMultiple = 0;   // limit ≤ (borrowers' balances) × this
    Rate maxLoanToValueFirst;  // 首套 price ratio
    Rate maxLoanToValueSecond; // 二套 price ratio
    Rate maxRepaymentToIncome; // installment ≤ monthly income × this
    int minContinuousDepositMonths = 6;
    qint64 amountStep = 0; // fen; a computed limit is rounded down to a multiple (0 = none)
    // Days the center has to decide after accepting an application (条例 第二十六条: 15); the due
    // date shown. Optional in the policy file (older files: 15).
    int approvalDays = 15;
    // issue 18: overdue loans. 罚息 per day on the overdue principal and interest (0.005% =
    // 0.5‱ = 50 ppm a day), and the days past due at which a reminder is queued (催收), ascending.
    // Optional in the policy file (older files: these defaults).
    Rate penaltyPerDay = Rate::fromPpm(50);
    QList<int> reminderDays{3, 30, 90};
    bool operator==(const LoanLimits &) const = default;
};

struct FreezeLimits
{
    int maxMonthsPerPeriod = 36; // longest period of one freeze or one renewal
    int defaultMonths = 12;      // suggested period when the court's document states none
    bool operator==(const FreezeLimits &) const = default;
};

struct LoginLimits
{
    int maxFailures = 5;
    int lockMinutes = 30;
    int sessionMaxHours = 12; // absolute session lifetime: refreshing never extends past it
    // Roles that must sign in with a second factor (TOTP); other users may enrol.
    QStringList secondFactorRoles{QStringLiteral("supervisor"), QStringLiteral("judicial"),
                                  QStringLiteral("auditor")};
    bool unlockNeedsSecondFactor = false; // unlocking the idle-locked screen asks for the code too
    int passwordMinLength = 10;
    int passwordMaxAgeDays = 90; // then the password must be changed at the next sign-in
    int passwordHistory = 5;     // a new password may not repeat the last N
    bool operator==(const LoginLimits &) const = default;
};

// The electronic archive (issue 14, policy "archive"): scan defaults, the 全宗号, the 档号 scheme, how
// often the 四性 job re-checks a package and the required materials of each business.
struct ArchiveMaterial
{
    QString code; // [a-z0-9_]{1,40}, unique in its business
    QString name; // Chinese label shown at the counter
    QString nameEn;
    bool required = true;
    int minPages = 1;
    bool operator==(const ArchiveMaterial &) const = default;
};

struct ArchiveBusiness
{
    QString business;  // the operation name that produced the record (core/domain/access.cpp)
    QString classCode; // 分类号 in the 档号: [A-Z0-9]{1,8}
    QString name;
    QString nameEn;
    QList<ArchiveMaterial> materials;
    bool operator==(const ArchiveBusiness &) const = default;
};

struct ArchiveScan
{
    int dpi = 300;
    QString colourMode = QStringLiteral("grey");        // bitonal | grey | colour
    QString textColourMode = QStringLiteral("bitonal"); // for text-only pages
    int minDpi = 200;
    bool operator==(const ArchiveScan &) const = default;
};

struct ArchivePolicy
{
    ArchiveScan scan;
    QString fonds = QStringLiteral("HPF"); // 全宗号
    // Tokens {fonds}, {year}, {class}, {seq6} (each at most once; {seq6} required).
    QString archiveNumberPattern = QStringLiteral("{fonds}-{year}-{class}-{seq6}");
    int checkEveryDays = 30;
    QList<ArchiveBusiness> businesses;

    // Null when the policy has no checklist for `business`.
    const ArchiveBusiness *business(const QString &code) const;
    // 档号 for `sequence` (1..999999) of the class in the registration year.
    QString archiveNumber(int year, const QString &classCode, qint64 sequence) const;
    bool operator==(const ArchivePolicy &) const = default;
};

// Judicial assistance (issue 15, policy "judicial"): the courts the center accepts requests from,
// how far ahead the desk lists freezes about to end, and the fraud-risk rules for 扣划.
struct Court
{
    QString code; // the court's 法院代字 as it appears in its 案号, e.g. 京0105
    QString name;
    QString nameEn;
    bool operator==(const Court &) const = default;
};

struct JudicialRiskRules
{
    QStringList privateLendingCauses{QStringLiteral("民间借贷纠纷")}; // 案由 that count as private lending
    QStringList settledDocumentKinds{QStringLiteral("mediation"), QStringLiteral("payment_order")};
    int filedWithinDaysOfEligibility = 180; // 0 disables the rule
    int sameCreditorDeductions = 2;         // flag the N-th deduction for one creditor (0 disables)
    bool sharedAddressOrUnit = true;
    bool operator==(const JudicialRiskRules &) const = default;
};

struct JudicialPolicy
{
    QList<Court> courts;
    int expiringDays = 30;
    JudicialRiskRules risk;
    const Court *court(QStringView code) const; // null when not listed
    bool operator==(const JudicialPolicy &) const = default;
};

// Transfers (issue 16, policy "transfer"): the housing provident fund centers of the national
// transfer platform's directory (BDC909 answers from it; the first listed is not special), where a
// center receives transferred funds, and which transfers an open fund loan refuses.
struct TransferCenter
{
    QString code; // 机构代码, 6 digits
    QString name;
    QString nameEn;
    QString bank;            // TranBank: the bank of the center's receiving account
    QString bankAccount;     // TranRefAcctNo
    QString bankAccountName; // TranRefAcctName
    QString contact;         // TrenCenInfo: the center's contact (phone)
    bool operator==(const TransferCenter &) const = default;
};

struct TransferPolicy
{
    QList<TransferCenter> centers;
    bool inCityRefusesOpenLoan = true;     // 市内转移 / 个人合并 of an account with an open fund loan
    bool crossCityRefusesOpenLoan = false; // 异地转出: the platform carries it as LoanEndFlag
    int continuityMonths = 6;              // SixMconFlag: months of continuous deposits
    const TransferCenter *center(QStringView code) const; // null when not listed
    bool operator==(const TransferPolicy &) const = default;
};

// Withdrawals (issue 17, policy "withdrawal"): the 条例 第二十四条 types, each with its rules by
// effective date, the materials it needs (an archive business of the "archive" section) and the
// sharing interfaces whose stored answer can stand in for a material (零要件); the amount above
// which a supervisor authorises a withdrawal.
// Read by policywithdrawal.cpp; the rules themselves are judged by finance/withdrawalrules.h.
struct WithdrawalRule
{
    QDate effectiveFrom;
    QStringList accountStates; // states the account must be in, e.g. {"01","02"}; {"02"} for incapacity
    int withinMonthsOfEvent =
        0;                  // the evidence's event date (contract, permit, 认定) at most this old; 0 = any
    int intervalMonths = 0; // since the last withdrawal of this type; 0 = none
    int minAgeMale = 0;     // retirement: minimum age in full years by sex; 0 = not checked
    int minAgeFemale = 0;
    qint64 monthlyCapFen = 0; // rent: at most this per month; 0 = none
    Rate maxShareOfEvidence; // at most this share of the evidence amount (price, cost, loan); 0 = not limited
    qint64 keepBalanceFen = 0;   // a partial withdrawal must leave this much; 0 = none
    bool noHomeRequired = false; // rent: refused when the property answer shows an own home
    // The evidence amount maxShareOfEvidence applies to: "priceFen" (price or cost, less what was
    // withdrawn on the same contract already) or "loanOutstandingFen"; empty = none.
    QString limitEvidence;
    bool heirRequired = false;     // death: an heir (evidence.heir) collects
    bool loanOpenRequired = false; // loan repayment: an open loan (a fund loan, a bank answer or evidence)
    bool operator==(const WithdrawalRule &) const = default;
};

struct WithdrawalType
{
    QString type;   // stable id: purchase, build, retirement, incapacity, abroad, loan_fund, loan_commercial,
                    // rent, death
    QString reason; // 提取原因 TQYY (codes::withdrawalReasons)
    QString name;
    QString nameEn;
    bool closesAccount = false;
    QString closeReason;        // close_reason code when closesAccount
    QString business;           // archive business (materials), e.g. "withdrawals.purchase"
    QStringList sharedSources;  // property | bank_loan | marriage: answers that may replace a material
    QStringList frequencies;    // standing instructions allowed: monthly | quarterly (rent only)
    QList<WithdrawalRule> rows; // ascending effectiveFrom
    // Error policy.not_in_effect (field "withdrawal.types") before the first row.
    Result<WithdrawalRule> ruleAt(QDate date) const;
    bool operator==(const WithdrawalType &) const = default;
};

struct WithdrawalPolicy
{
    qint64 grantAboveFen = 0; // a withdrawal above this needs a supervisor's grant; 0 = never
    QList<WithdrawalType> types;
    const WithdrawalType *type(QStringView id) const; // null when not listed
    bool operator==(const WithdrawalPolicy &) const = default;
};

// Contributions (issue 17, policy "contribution"): how far back a 补缴 may go, the longest 缓缴,
// and the day the yearly base and ratio adjustment takes effect (usually 1 July).
// FILLED IN BY THE CONTRIBUTION ENGINEER (policycontribution.cpp).
struct ContributionPolicy
{
    int adjustmentMonth = 7;
    int adjustmentDay = 1;
    int backPayMaxMonths = 60;
    int deferralMaxMonths = 12;
    bool operator==(const ContributionPolicy &) const = default;
};

// Loader errors: code policy.invalid, field = the JSON path of the bad value (e.g.
// "deposit[0].ratio.unit.max"), detail = "<source>: <path>: <what is wrong>".
// Lookups by date: code policy.not_in_effect when the date is before the first row or invalid,
// field = the table ("deposit", "flexibleEmployment", "depositInterest.rates", "loanRates.rows",
// "loanLimits").
class Policy
{
public:
    Policy() = default; // empty; every lookup fails. Use the loaders.

    // `sourceName` (a file path or a name) prefixes every error detail.
    static Result<Policy> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<Policy> fromFile(const QString &path);
    // The embedded demo policy (":/hpf/policy/default-policy.json").
    static Result<Policy> defaults();
    static QString defaultResourcePath();

    QString sourceName() const { return m_sourceName; }
    // The JSON object this policy was loaded from: what the server publishes so that clients load
    // the very same rules with fromJson().
    QJsonObject document() const { return m_document; }
    QString centerCode() const { return m_centerCode; }
    QString centerName() const { return m_centerName; }

    Result<DepositPolicy> depositAt(QDate date) const;
    Result<FlexiblePolicy> flexibleAt(QDate date) const;
    Result<DepositRate> depositRateAt(QDate date) const;
    Result<LoanRates> loanRatesAt(QDate date) const;
    Result<LoanLimits> loanLimitsAt(QDate date) const;

    // Whole tables, sorted by effectiveFrom (strictly ascending).
    const QList<DepositPolicy> &depositRows() const { return m_deposit; }
    const QList<FlexiblePolicy> &flexibleRows() const { return m_flexible; }
    const QList<DepositRate> &depositRates() const { return m_depositRates; }
    const QList<LoanRates> &loanRateRows() const { return m_loanRates; }
    const QList<LoanLimits> &loanLimitRows() const { return m_loanLimits; }

    SettlementDay settlementDay() const { return m_settlementDay; }
    Repricing repricing() const { return m_repricing; }
    FreezeLimits freezeLimits() const { return m_freeze; }
    LoginLimits loginLimits() const { return m_login; }
    int idleLockMinutes() const { return m_idleLockMinutes; }
    // Policy files without an "archive" section get the embedded default policy's.
    const ArchivePolicy &archive() const { return m_archive; }
    // Policy files without a "judicial" section get the embedded default policy's.
    const JudicialPolicy &judicial() const { return m_judicial; }
    // Policy files without a "transfer" section get the embedded default policy's.
    const TransferPolicy &transfer() const { return m_transfer; }
    // Policy files without a "withdrawal" / "contribution" section get the embedded default's.
    const WithdrawalPolicy &withdrawal() const { return m_withdrawal; }
    const ContributionPolicy &contribution() const { return m_contribution; }
    // This policy as center `code` of the transfer directory runs it (the name from the directory):
    // a second training center runs the same rules under its own code. Error policy.invalid
    // (field "center") when the directory does not list the code.
    Result<Policy> forCenter(const QString &code) const;

    // Validity of a certificate type (e.g. "remote_loan_deposit_use" → 2). Error
    // policy.unknown_certificate (field "certificateType") for a type the policy does not list.
    Result<int> certificateValidityMonths(const QString &certificateType) const;
    const QMap<QString, int> &certificateValidity() const { return m_certificateValidity; }

private:
    friend class PolicyLoader;

    QString m_sourceName;
    QJsonObject m_document;
    QString m_centerCode;
    QString m_centerName;
    QList<DepositPolicy> m_deposit;
    QList<FlexiblePolicy> m_flexible;
    QList<DepositRate> m_depositRates;
    SettlementDay m_settlementDay;
    QList<LoanRates> m_loanRates;
    Repricing m_repricing = Repricing::NextJanuaryFirst;
    QList<LoanLimits> m_loanLimits;
    QMap<QString, int> m_certificateValidity;
    FreezeLimits m_freeze;
    int m_idleLockMinutes = 10;
    LoginLimits m_login;
    ArchivePolicy m_archive;
    JudicialPolicy m_judicial;
    TransferPolicy m_transfer;
    WithdrawalPolicy m_withdrawal;
    ContributionPolicy m_contribution;
};

} // namespace hpf::finance
