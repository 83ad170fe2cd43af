#include "business/loan/overdue/loanoverduedemo.h"

#include "business/loan/account/loanaccount.h"
#include "business/loan/loanservice.h"
#include "business/loan/overdue/loanoverdue.h"
#include "platform/auth/systemuser.h"
#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

namespace {

// The seed's steps happen on `day` (the loan's history), not on the seed's clock.
void setDay(ServiceContext &ctx, QDate day)
{
    ctx.now = QDateTime(day, QTime(10, 0));
    ctx.nowMs = ctx.now.toMSecsSinceEpoch();
}

} // namespace

Result<QStringList> seedOverdueLoanDemo(const DemoCall &call, const QString &documentNumber,
                                        const QString &name, QDate today)
{
    const QDate applied = today.addMonths(-4).addDays(-7);
    const QDate disbursed = today.addMonths(-4);
    LoanRequest request;
    request.kind = u"fund"_qs;
    request.amountFen = 5000000; // 50,000.00 over five years
    request.termMonths = 60;
    request.methodName = u"equal_installment"_qs;
    request.homeOrder = 1;
    request.propertyAddress = u"福州市仓山区培训路 12 号 1 单元 502"_qs;
    request.priceFen = 60000000;
    request.purchaseContract = u"PX-GF-1003"_qs;
    request.bankCode = u"105"_qs;
    request.parties = {LoanParty{u"borrower"_qs, u"01"_qs, documentNumber, name, 1000000, 0, true}};
    QString serial;
    if (Status s = call(u"loan1"_qs, u"loans.apply"_qs,
                        [&](ServiceContext &ctx) -> Status {
                            setDay(ctx, applied);
                            LoanRequest in = request;
                            if (Status c = checkLoanRequest(ctx, in); !c)
                                return c;
                            auto r = applyLoan(ctx, in, nullptr);
                            if (!r)
                                return r.error();
                            serial = r->value(u"serial"_qs).toString();
                            return {};
                        });
        !s)
        return s.error();
    const auto step = [&](const QString &user, const QString &operation, QDate day,
                          Result<QJsonObject> (*action)(ServiceContext &, const QString &)) {
        return call(user, operation, [&](ServiceContext &ctx) -> Status {
            setDay(ctx, day);
            auto r = action(ctx, serial);
            return r ? Status{} : Status{r.error()};
        });
    };
    if (Status s = step(u"loan2"_qs, u"loans.review"_qs, applied.addDays(2), reviewLoan); !s)
        return s.error();
    if (Status s = step(u"supervisor1"_qs, u"loans.approve"_qs, applied.addDays(4), approveLoan); !s)
        return s.error();
    // TRAINING DATA: the 面签 of this loan (signed on paper before the training period) is not
    // replayed — its session needs the ID card, the photo and the client's rendered contracts. The
    // application is recorded as signed, audited as such; the counter's 面签 desk is unchanged.
    if (Status s = call(u"loan1"_qs, u"demo.loan_signed"_qs,
                        [&](ServiceContext &ctx) -> Status {
                            setDay(ctx, disbursed);
                            Query q(ctx.db,
                                    u"UPDATE loan_applications SET status = 'signed' WHERE serial = :s "
                                    "AND status = 'approved'"_qs);
                            q.bind(u":s"_qs, serial);
                            if (Status e = q.exec(); !e)
                                return e;
                            return ctx.audit(ctx.operation, u"loan:"_qs + serial, u"ok"_qs,
                                             {{u"status"_qs, u"approved"_qs}},
                                             {{u"status"_qs, u"signed"_qs}, {u"training"_qs, true}});
                        });
        !s)
        return s.error();
    QString contract;
    if (Status s = call(u"loan1"_qs, u"loans.disburse"_qs,
                        [&](ServiceContext &ctx) -> Status {
                            setDay(ctx, disbursed);
                            ctx.grantedBy = u"supervisor1"_qs;
                            auto r = disburseLoan(ctx, serial, false);
                            if (!r)
                                return r.error();
                            contract = r->value(u"loan"_qs).toObject().value(u"contractNumber"_qs).toString();
                            return {};
                        });
        !s)
        return s.error();
    // Today's overdue run, as the daily job does it.
    OverdueRun run;
    if (Status s = call(u"loan1"_qs, u"loans.overdue_run"_qs,
                        [&](ServiceContext &ctx) -> Status {
                            auto system = systemPrincipal(ctx.db, ctx.nowMs);
                            if (!system)
                                return system.error();
                            ctx.principal = *system;
                            auto r = runOverdue(ctx);
                            if (!r)
                                return r.error();
                            run = *r;
                            return {};
                        });
        !s)
        return s.error();
    return QStringList{u"loans: "_qs + contract + u" ("_qs + serial + u") disbursed "_qs +
                       disbursed.toString(Qt::ISODate) + u", never repaid: overdue, "_qs +
                       QString::number(run.reminders) + u" reminder(s) queued"_qs};
}

} // namespace hpf::server
