#include "business/contribution/contributiondemo.h"

#include "business/contribution/contributioncore.h"
#include "business/opening/openingservice.h"
#include "platform/context.h"
#include "platform/store/sql.h"

namespace hpf::server {

Status backdateContributionHistory(ServiceContext &ctx, const QString &unitAccount, QDate month)
{
    const QString text = monthOf(month);
    Query unit(ctx.db, u"UPDATE unit_profiles SET first_month = :m WHERE unit_id = "
                       "(SELECT id FROM units WHERE unit_account = :u)"_qs);
    unit.bind(u":m"_qs, text).bind(u":u"_qs, unitAccount);
    if (Status s = unit.exec(); !s)
        return s;
    Query accounts(ctx.db, u"UPDATE account_profiles SET first_month = :m WHERE account_id IN "
                           "(SELECT a.id FROM accounts a JOIN units u ON u.id = a.unit_id "
                           "WHERE u.unit_account = :u)"_qs);
    accounts.bind(u":m"_qs, text).bind(u":u"_qs, unitAccount);
    if (Status s = accounts.exec(); !s)
        return s;
    Query opened(ctx.db, u"UPDATE accounts SET opened_on = :d WHERE unit_id = "
                         "(SELECT id FROM units WHERE unit_account = :u)"_qs);
    opened.bind(u":d"_qs, QDate(month.year(), month.month(), 1).toString(Qt::ISODate))
        .bind(u":u"_qs, unitAccount);
    return opened.exec();
}

Status dateRemittancesInTheirMonths(ServiceContext &ctx, const QString &unitAccount)
{
    Query q(ctx.db, u"UPDATE journal SET value_date = month || '-15' WHERE remittance_id IN (SELECT r.id "
                    "FROM remittances r JOIN units u ON u.id = r.unit_id WHERE u.unit_account = :u)"_qs);
    q.bind(u":u"_qs, unitAccount);
    return q.exec();
}

Result<QString> seedMissedMonths(ServiceContext &ctx, const MissedMonthPerson &person)
{
    PersonalOpeningRequest request;
    request.unitAccount = person.unitAccount;
    request.person = {u"01"_qs, person.documentNumber, person.name, {}, person.baseFen};
    auto opened = openPersonal(ctx, request);
    if (!opened)
        return opened.error();
    const QString accountNumber = opened->account.value(u"accountNumber"_qs).toString();
    Query q(ctx.db, u"UPDATE account_profiles SET first_month = :m WHERE account_id = "
                    "(SELECT id FROM accounts WHERE account_number = :a)"_qs);
    q.bind(u":m"_qs, monthOf(person.firstMonth)).bind(u":a"_qs, accountNumber);
    if (Status s = q.exec(); !s)
        return s.error();
    return accountNumber;
}

} // namespace hpf::server
