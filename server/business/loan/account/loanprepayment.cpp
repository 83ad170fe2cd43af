// Prepayment (提前还款, issue 18 part B): partial — the principal `amountFen` plus its interest to
// the day — with a new schedule version from core on the remaining principal that keeps the term
// (a lower payment) or keeps the payment (a shorter term); or full — the whole outstanding
// principal plus its interest to the day, which settles the loan.
//
// Interest to the day: principal × annual rate × days ÷ 360 (日利率 = 年利率 ÷ 360), rounded half
// up to the fen, the days counted from the last date the schedule has covered (the latest due
// date paid, or the disbursement) to today. The remaining principal keeps its whole next month's
// interest in the new schedule (it was owed for the whole period), so nothing is charged twice.
#include "base/rounding.h"
#include "business/loan/account/loanaccount.h"
#include "business/loan/loanservice.h"
#include "business/opening/openingcommon.h"
#include "domain/money.h"
#include "platform/context.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

qint64 interestToDay(qint64 principal, qint64 ratePpm, qint64 days)
{
    if (days <= 0 || principal <= 0)
        return 0;
    return divideRounded(Int128(principal) * ratePpm * days, finance::Rate::kScale * 360,
                         RoundingMode::HalfUp);
}

// The last day the schedule has covered: the latest paid due date, or the disbursement.
Result<QDate> coveredUntil(ServiceContext &ctx, const LoanAccountRow &loan)
{
    Query q(ctx.db, u"SELECT MAX(due_on) FROM loan_instalments WHERE loan_id = :l AND schedule_version = :v "
                    "AND paid_on IS NOT NULL"_qs);
    q.bind(u":l"_qs, loan.id).bind(u":v"_qs, loan.scheduleVersion);
    if (Status s = q.exec(); !s)
        return s.error();
    const QString last = q.next() ? q.str(0) : QString();
    q.finish();
    return QDate::fromString(last.isEmpty() ? loan.disbursedOn : last, Qt::ISODate);
}

// Keep the payment: the shortest term whose first payment is not above the current one.
Result<int> termForPayment(finance::RepaymentMethod method, qint64 principal, finance::Rate rate,
                           int maxMonths, qint64 payment)
{
    for (int n = 1; n <= maxMonths; ++n) {
        auto first = finance::firstPayment(method, principal, rate, n);
        if (!first)
            return first.error();
        if (*first <= payment)
            return n;
    }
    return maxMonths;
}

} // namespace

Result<QJsonObject> prepayLoan(ServiceContext &ctx, const QString &contract, const PrepaymentRequest &request)
{
    const QDate today = ctx.now.toLocalTime().date();
    auto loan = findLoanAccount(ctx, contract, true);
    if (!loan)
        return loan.error();
    if (loan->status == u"settled")
        return makeError(u"loan.settled"_qs, u"contract"_qs);
    auto rows = unpaidInstalments(ctx, *loan);
    if (!rows)
        return rows.error();
    // What is due (or begun) is paid first, through the repayment: the new schedule starts clean.
    if (!rows->isEmpty()) {
        const InstalmentRow &next = rows->constFirst();
        if (QDate::fromString(next.dueOn, Qt::ISODate) <= today ||
            next.dueFen() != next.principalFen + next.interestFen)
            return makeError(u"loan.prepay_blocked"_qs, u"contract"_qs,
                             QStringLiteral("pay instalment %1 first").arg(next.number));
    }
    const bool full = request.kind == u"full";
    const qint64 principal = full ? loan->outstandingFen : request.amountFen;
    if (!full && principal >= loan->outstandingFen)
        return makeError(u"loan.prepay_amount"_qs, u"amountFen"_qs,
                         u"below the outstanding "_qs + money::format(loan->outstandingFen) +
                             u"; or prepay in full"_qs);
    auto covered = coveredUntil(ctx, *loan);
    if (!covered)
        return covered.error();
    const qint64 days = covered->daysTo(today);
    const qint64 interest = interestToDay(principal, loan->ratePpm, days);
    const qint64 outstanding = loan->outstandingFen - principal;

    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    LoanPostingRow posting{*serial,     u"prepayment"_qs,           u"bank"_qs, 0, principal, interest, 0,
                           outstanding, today.toString(Qt::ISODate)};
    if (Status s = storePosting(ctx, loan->id, posting); !s)
        return s.error();

    int version = loan->scheduleVersion;
    int newTerm = 0;
    if (full) {
        // Nothing more is owed: the unpaid instalments are closed as not needed (paid_on stays empty,
        // the loan is settled).
        if (Status s = moveLoan(ctx, *loan, 0, u"settled"_qs, today); !s)
            return s.error();
    } else {
        const finance::Rate rate = finance::Rate::fromPpm(loan->ratePpm);
        const finance::RepaymentMethod method = repaymentMethodOf(loan->method);
        const int remaining = int(rows->size());
        newTerm = remaining;
        if (request.keep == u"payment") {
            auto term = termForPayment(method, outstanding, rate, remaining,
                                       rows->constFirst().principalFen + rows->constFirst().interestFen);
            if (!term)
                return term.error();
            newTerm = *term;
        }
        const QDate firstDue = QDate::fromString(rows->constFirst().dueOn, Qt::ISODate);
        auto schedule = finance::buildSchedule(method, outstanding, rate, newTerm, firstDue);
        if (!schedule)
            return schedule.error();
        version = loan->scheduleVersion + 1;
        // The paid instalments carry over into the new version, so it reads as the loan's whole history.
        Query copy(
            ctx.db,
            u"INSERT INTO loan_instalments (loan_id, schedule_version, number, due_on, principal_fen, "
            "interest_fen, paid_principal_fen, paid_interest_fen, penalty_fen, paid_penalty_fen, "
            "days_past_due, paid_on) SELECT loan_id, :nv, number, due_on, principal_fen, interest_fen, "
            "paid_principal_fen, paid_interest_fen, penalty_fen, paid_penalty_fen, days_past_due, "
            "paid_on FROM loan_instalments WHERE loan_id = :l AND schedule_version = :v "
            "AND paid_on IS NOT NULL"_qs);
        copy.bind(u":nv"_qs, version).bind(u":l"_qs, loan->id).bind(u":v"_qs, loan->scheduleVersion);
        if (Status s = copy.exec(); !s)
            return s.error();
        if (Status s = storeSchedule(ctx, loan->id, version, *schedule, rows->constFirst().number - 1); !s)
            return s.error();
        Query v(ctx.db, u"UPDATE loans SET schedule_version = :nv WHERE id = :l"_qs);
        v.bind(u":nv"_qs, version).bind(u":l"_qs, loan->id);
        if (Status s = v.exec(); !s)
            return s.error();
        if (Status s = moveLoan(ctx, *loan, outstanding, loan->status, today); !s)
            return s.error();
    }

    auto body = loanAccountJson(ctx, loan->id);
    if (!body)
        return body.error();
    ReceiptDraft draft;
    draft.serial = *serial;
    draft.business = u"loan_prepayment"_qs;
    draft.businessLabel = full ? u"提前结清"_qs : u"部分提前还款"_qs;
    draft.object = u"loan:"_qs + contract;
    draft.line(u"借款合同号"_qs, contract);
    if (!full)
        draft.line(u"还款调整"_qs,
                   request.keep == u"payment" ? u"月还款额不变，缩短期限"_qs : u"期限不变，减少月还款额"_qs);
    draft.line(u"计息天数"_qs, QString::number(qMax<qint64>(days, 0)));
    draft.amounts.append(amount(u"还款金额"_qs, principal + interest));
    draft.amounts.append(amount(u"其中本金"_qs, principal));
    draft.amounts.append(amount(u"其中利息"_qs, interest));
    draft.amounts.append(amount(u"剩余本金"_qs, outstanding));
    draft.fields = postingJson(posting);
    auto receipt = issueReceipt(ctx, draft);
    if (!receipt)
        return receipt.error();
    if (Status s = ctx.audit(
            ctx.operation, u"loan:"_qs + contract, u"ok"_qs,
            {{u"outstandingFen"_qs, loan->outstandingFen}, {u"scheduleVersion"_qs, loan->scheduleVersion}},
            {{u"outstandingFen"_qs, outstanding},
             {u"scheduleVersion"_qs, version},
             {u"serial"_qs, *serial},
             {u"kind"_qs, request.kind},
             {u"keep"_qs, request.keep}});
        !s)
        return s.error();
    qCInfo(lcLoan) << ctx.operation << contract << *serial << request.kind;
    return QJsonObject{{u"posting"_qs, postingJson(posting)}, {u"loan"_qs, *body}, {u"receipt"_qs, *receipt}};
}

} // namespace hpf::server
