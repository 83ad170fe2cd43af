#include "business/withdrawal/withdrawaldemo.h"

#include "business/withdrawal/withdrawalservice.h"
#include "demo/demoseed.h"
#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

Result<WithdrawalDemo> seedWithdrawalDemo(const DemoCall &call, const QStringList &accounts,
                                          const QStringList &documentNumbers, const QString &unitAccount,
                                          const QString &retireeNumber18, QDate today)
{
    WithdrawalDemo out;
    // A purchase withdrawal already made (the withdrawals history is not empty).
    WithdrawalRequest done;
    done.accountNumber = accounts.value(3);
    done.type = u"purchase"_qs;
    done.amountFen = 100000;
    done.evidence.eventDate = today.addMonths(-3);
    done.evidence.contractNumber = u"PX-GF-0001"_qs;
    done.evidence.priceFen = 120000000;
    done.evidenceJson = {{u"eventDate"_qs, done.evidence.eventDate.toString(Qt::ISODate)},
                         {u"contractNumber"_qs, done.evidence.contractNumber},
                         {u"priceFen"_qs, *done.evidence.priceFen}};
    done.payee = {u"105"_qs, u"6217000012345678"_qs, u"刘洋"_qs};
    QString serial;
    Status w = call(u"teller1"_qs, u"withdrawals.create"_qs, [&](ServiceContext &ctx) -> Status {
        WithdrawalRequest in = done;
        if (Status s = checkWithdrawalRequest(ctx, in, true); !s)
            return s;
        auto r = withdraw(ctx, in, nullptr);
        if (!r)
            return r.error();
        serial = r->value(u"serial"_qs).toString();
        return {};
    });
    if (!w)
        return w.error();
    out.log << u"withdrawal: purchase "_qs + serial + u" on "_qs + accounts.value(3);

    // The retiree, migrated from the old system with his balance (one call that opens him).
    QString retiree;
    Status r = call(u"teller1"_qs, u"demo.retiree"_qs, [&](ServiceContext &ctx) -> Status {
        auto n = insertLegacyDuplicate(ctx, retireeNumber18, u"郑国强"_qs, unitAccount, 8765432);
        if (!n)
            return n.error();
        retiree = *n;
        // Migrated 90 days ago (the old system's balance since then), so that closing today pays
        // interest to the day.
        const QString since = ctx.now.toLocalTime().date().addDays(-90).toString(Qt::ISODate);
        Query opened(ctx.db, u"UPDATE accounts SET opened_on = :d WHERE account_number = :n"_qs);
        opened.bind(u":d"_qs, since).bind(u":n"_qs, retiree);
        if (Status s = opened.exec(); !s)
            return s;
        Query journal(ctx.db, u"UPDATE journal SET value_date = :d WHERE account_id = "
                              "(SELECT id FROM accounts WHERE account_number = :n)"_qs);
        journal.bind(u":d"_qs, since).bind(u":n"_qs, retiree);
        return journal.exec();
    });
    if (!r)
        return r.error();
    out.log << u"withdrawal: retiree 郑国强 (62) "_qs + retiree + u" can close with interest to the day"_qs;

    // The training registers: the buyer (account 0) owns the home she buys, the renter (account 4)
    // owns none, account 6 has a commercial mortgage.
    const QString buyer = u"01:"_qs + documentNumbers.value(0);
    out.sharedData = QJsonObject{
        {u"training"_qs, true},
        {u"property"_qs,
         QJsonObject{{buyer, QJsonObject{{u"summary"_qs, u"名下住房 1 套（福州市鼓楼区…，2026 年网签）"_qs},
                                         {u"facts"_qs, QJsonObject{{u"homes"_qs, 1}}}}},
                     {u"01:"_qs + documentNumbers.value(6),
                      QJsonObject{{u"summary"_qs, u"名下住房 1 套（深圳市南山区…）"_qs},
                                  {u"facts"_qs, QJsonObject{{u"homes"_qs, 1}}}}}}},
        {u"bank_loan"_qs,
         QJsonObject{{u"01:"_qs + documentNumbers.value(6),
                      QJsonObject{{u"summary"_qs, u"中国建设银行 个人住房贷款 未结清（合同 PX-DK-0006）"_qs},
                                  {u"facts"_qs, QJsonObject{{u"outstandingFen"_qs, 85000000},
                                                            {u"monthlyFen"_qs, 420000}}}}}}},
        {u"marriage"_qs, QJsonObject{}},
    };
    out.log
        << u"withdrawal: home purchase ready on "_qs + accounts.value(0) +
               u" (the training property register knows the home; enter a contract of the last months)"_qs;
    out.log << u"withdrawal: renter without a home on "_qs + accounts.value(4) +
                   u"; commercial mortgage on "_qs + accounts.value(6);
    return out;
}

} // namespace hpf::server
