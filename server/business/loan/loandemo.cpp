#include "business/loan/loandemo.h"

#include "business/loan/loanservice.h"
#include "platform/context.h"

namespace hpf::server {

namespace {

LoanRequest demoApplication(const QString &documentNumber, const QString &name, const QString &contract)
{
    LoanRequest r;
    r.kind = u"fund"_qs;
    r.amountFen = 10000000; // 100,000.00 over ten years
    r.termMonths = 120;
    r.methodName = u"equal_installment"_qs;
    r.homeOrder = 1;
    r.propertyAddress = u"福州市鼓楼区培训路 8 号 2 单元 301"_qs;
    r.priceFen = 90000000;
    r.purchaseContract = contract;
    r.bankCode = u"105"_qs;
    r.parties = {LoanParty{u"borrower"_qs, u"01"_qs, documentNumber, name, 1200000, 0, true}};
    return r;
}

// Accepts `request` as `officer`; the serial.
Result<QString> accept(const DemoCall &call, const QString &officer, const LoanRequest &request)
{
    QString serial;
    Status s = call(officer, u"loans.apply"_qs, [&](ServiceContext &ctx) -> Status {
        LoanRequest in = request;
        if (Status c = checkLoanRequest(ctx, in); !c)
            return c;
        auto r = applyLoan(ctx, in, nullptr);
        if (!r)
            return r.error();
        serial = r->value(u"serial"_qs).toString();
        return {};
    });
    if (!s)
        return s.error();
    return serial;
}

} // namespace

Result<QStringList> seedLoanDemo(const DemoCall &call, const QStringList &documentNumbers)
{
    QStringList log;
    auto approved =
        accept(call, u"loan1"_qs, demoApplication(documentNumbers.value(1), u"王芳"_qs, u"PX-GF-1001"_qs));
    if (!approved)
        return approved.error();
    const auto step = [&](const QString &user, const QString &operation,
                          Result<QJsonObject> (*action)(ServiceContext &, const QString &)) {
        return call(user, operation, [&](ServiceContext &ctx) -> Status {
            auto r = action(ctx, *approved);
            return r ? Status{} : Status{r.error()};
        });
    };
    if (Status s = step(u"loan2"_qs, u"loans.review"_qs, reviewLoan); !s)
        return s.error();
    if (Status s = step(u"supervisor1"_qs, u"loans.approve"_qs, approveLoan); !s)
        return s.error();
    log << u"loans: application "_qs + *approved +
               u" accepted by loan1, reviewed by loan2, approved by supervisor1"_qs;

    auto waiting =
        accept(call, u"loan2"_qs, demoApplication(documentNumbers.value(2), u"李娜"_qs, u"PX-GF-1002"_qs));
    if (!waiting)
        return waiting.error();
    log << u"loans: application "_qs + *waiting + u" accepted by loan2, waiting for loan1's review"_qs;
    return log;
}

} // namespace hpf::server
