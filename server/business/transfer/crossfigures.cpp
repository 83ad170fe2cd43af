#include "business/accounts/accountrecords.h"
#include "business/transfer/crossflow_p.h"
#include "platform/context.h"
#include "platform/store/sql.h"

#include <QSet>

// The figures a sending center sends with the money (BDC905): principal and interest, the first and
// last deposit months, the continuity flag, the person's fund loans; and the 905 bodies.
namespace hpf::server {
namespace cross {

// The platform's figures of the transfer-out (BDC905) from the journal and the loan records.
Result<QJsonObject> transferOutBody(ServiceContext &ctx, const AccountRow &account, qint64 principal,
                                    qint64 interest)
{
    QStringList months; // remittance months, ascending, "YYYYMM"
    {
        Query q(ctx.db, u"SELECT DISTINCT month FROM journal WHERE account_id = :a AND month IS NOT NULL AND "
                        "month <> '' AND business_type IN ('01', '02') ORDER BY month"_qs);
        q.bind(u":a"_qs, account.id);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            months.append(platformMonth(q.str(0)));
    }
    const QString opened = platformMonth(account.openedOn);
    const QString first = months.isEmpty() ? opened : months.constFirst();
    const QString last = months.isEmpty() ? opened : months.constLast();
    // SixMconFlag: the policy's continuity months up to and including the last paid one all paid.
    const int need = ctx.server.policy.transfer().continuityMonths;
    const QSet<QString> paid(months.cbegin(), months.cend());
    bool continuous = !months.isEmpty();
    QDate m = QDate::fromString(last + u"01"_qs, u"yyyyMMdd"_qs);
    for (int i = 0; continuous && i < need; ++i, m = m.addMonths(-1))
        continuous = paid.contains(m.toString(u"yyyyMM"_qs));
    Query loans(ctx.db, u"SELECT count(*), coalesce(sum(CASE WHEN settled_on IS NULL THEN 1 ELSE 0 END), 0) "
                        "FROM loan_records WHERE person_id = :p"_qs);
    loans.bind(u":p"_qs, account.personId);
    if (Status s = loans.exec(); !s)
        return s.error();
    const qint64 loanCount = loans.next() ? loans.int64(0) : 0;
    const bool openLoan = loans.int64(1) > 0;
    const auto *self = ctx.server.policy.transfer().center(ctx.server.policy.centerCode());
    return QJsonObject{{u"TranAmt"_qs, transfer::amountText(principal + interest)},
                       {u"OrAcctAmt"_qs, transfer::amountText(principal)},
                       {u"Yinter"_qs, transfer::amountText(interest)},
                       {u"OAcctDate"_qs, first},
                       {u"PayEndDate"_qs, last},
                       {u"SixMconFlag"_qs, continuous ? u"1"_qs : u"2"_qs},
                       {u"LoanNum"_qs, QString::number(loanCount)},
                       {u"LoanEndFlag"_qs, openLoan ? u"1"_qs : u"2"_qs},
                       {u"FrLoanFlag"_qs, u"2"_qs},
                       {u"ContPhone"_qs, self ? self->contact : QString()}};
}

namespace {

QJsonObject envelopeBody(const Row &row, const QString &txFunc, const QString &result, const QString &status)
{
    return {{u"ConNum"_qs, row.letter},       {u"TxFunc"_qs, txFunc},
            {u"TranRstCode"_qs, result},      {u"StatusCode"_qs, status},
            {u"EmpName"_qs, row.personName},  {u"DocType"_qs, row.documentType},
            {u"IdNum"_qs, row.documentNumber}};
}

} // namespace

// BDC905 with the funds (TranRstCode 0) from the figures stored at acceptance.
QJsonObject fundsBody(const Row &row, const QString &txFunc)
{
    QJsonObject body = envelopeBody(row, txFunc, u"0"_qs, QString::fromLatin1(kAccepted));
    const QJsonObject platform = row.figures.value(u"platform"_qs).toObject();
    for (auto it = platform.begin(); it != platform.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

// BDC905 without funds: refused (13) or failed (40), with the reason.
QJsonObject endBody(const Row &row, const QString &status, const QString &reason)
{
    QJsonObject body = envelopeBody(row, u"0"_qs, u"1"_qs, status);
    body.insert(u"Reason"_qs, reason);
    return body;
}

} // namespace cross
} // namespace hpf::server
