#include "demo/demoseed.h"

#include "business/accounts/accountrecords.h"
#include "business/accounts/unitrecords.h"
#include "business/contribution/contributiondemo.h"
#include "business/contribution/remittanceservice.h"
#include "business/judicial/judicialservice.h"
#include "business/loan/loandemo.h"
#include "business/loan/overdue/loanoverduedemo.h" // issue 18
#include "business/opening/openingcommon.h"
#include "business/opening/openingservice.h"
#include "business/withdrawal/withdrawaldemo.h"
#include "domain/identity.h"
#include "platform/auth/userservice.h"
#include "platform/context.h"
#include "platform/localcall.h"
#include "platform/numbering/numbering.h"
#include "platform/store/sql.h"

namespace hpf::server {

QList<DemoUser> demoUsers()
{
    return {{u"teller1"_qs, access::role::teller, u"0001"_qs, u"王晓燕"_qs},
            {u"teller2"_qs, access::role::teller, u"0002"_qs, u"赵磊"_qs},
            {u"loan1"_qs, access::role::loanOfficer, u"0001"_qs, u"周涛"_qs},
            {u"loan2"_qs, access::role::loanOfficer, u"0001"_qs, u"何敏"_qs}, // reviews loan1's applications
            {u"archivist1"_qs, access::role::archivist, u"0001"_qs, u"吴静"_qs},
            {u"judicial1"_qs, access::role::judicial, u"0001"_qs, u"孙丽"_qs},
            {u"supervisor1"_qs, access::role::supervisor, u"0001"_qs, u"陈建国"_qs},
            {u"auditor1"_qs, access::role::auditor, u"0001"_qs, u"郑强"_qs}};
}

QString demoPassword(const QString &username)
{
    return u"train-"_qs + username;
}

QString demoIdentityNumber(int index)
{
    static const char16_t *regions[] = {u"110105", u"440305", u"350102", u"310104"};
    const QDate birth = QDate(1970, 1, 1).addDays(index * 977 % 12000);
    const QString first17 = QString::fromUtf16(regions[index % 4]) + birth.toString(u"yyyyMMdd"_qs) +
                            QStringLiteral("%1").arg(100 + index * 7 % 890, 3, 10, QLatin1Char('0'));
    return first17 + identity::checkCharacter(first17);
}

Result<QString> insertLegacyDuplicate(ServiceContext &ctx, const QString &number18, const QString &name,
                                      const QString &unitAccount, qint64 balanceFen)
{
    if (number18.size() != 18 || !number18.mid(6, 2).startsWith(u"19"_qs))
        return makeError(u"identity.length"_qs, u"documentNumber"_qs, u"no 15-digit form"_qs);
    const QString number15 = number18.left(6) + number18.mid(8, 9);
    auto unit = findUnitByAccount(ctx, unitAccount);
    if (!unit)
        return unit.error();
    const QString today = ctx.now.toLocalTime().date().toString(Qt::ISODate);
    // Stored as the old system kept it: the 15-digit number, not upgraded (the opening service would
    // upgrade it and then find the 18-digit record).
    Query person(ctx.db,
                 u"INSERT INTO persons (document_type, document_number, name, birth_date, sex, mobile, "
                 "created_at) VALUES ('01', :n, :name, :b, :s, '', :now) RETURNING id"_qs);
    person.bind(u":n"_qs, number15)
        .bind(u":name"_qs, name)
        .bind(u":b"_qs, QDate::fromString(number18.mid(6, 8), u"yyyyMMdd"_qs).toString(Qt::ISODate))
        .bind(u":s"_qs, number18.at(16).digitValue() % 2 == 1 ? u"1"_qs : u"2"_qs)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = person.exec(); !s)
        return s.error();
    if (!person.next())
        return makeError(u"db.error"_qs, {}, u"no person id returned"_qs);
    const qint64 personId = person.int64(0);
    person.finish();
    auto number = nextPersonalAccount(ctx);
    if (!number)
        return number.error();
    Query account(ctx.db,
                  u"INSERT INTO accounts (account_number, person_id, unit_id, branch_id, state, base_fen, "
                  "opened_on, created_at) VALUES (:a, :p, :u, :b, '01', 500000, :d, :now) RETURNING id"_qs);
    account.bind(u":a"_qs, *number)
        .bind(u":p"_qs, personId)
        .bind(u":u"_qs, unit->id)
        .bind(u":b"_qs, unit->branchId)
        .bind(u":d"_qs, today)
        .bind(u":now"_qs, ctx.nowMs);
    if (Status s = account.exec(); !s)
        return s.error();
    if (!account.next())
        return makeError(u"db.error"_qs, {}, u"no account id returned"_qs);
    const qint64 accountId = account.int64(0);
    account.finish();
    auto serial = nextSerial(ctx);
    if (!serial)
        return serial.error();
    // One journal row per account and serial: the carried-over balance, or the opening event.
    if (balanceFen > 0) {
        if (auto b =
                postJournal(ctx, {accountId, *serial, u"99"_qs, balanceFen, {}, 0, u"旧系统迁移余额"_qs});
            !b)
            return b.error();
    } else if (Status s = postEvent(ctx, accountId, 0, *serial, u"03"_qs, u"开户 旧系统迁移"_qs); !s) {
        return s.error();
    }
    if (Status s = ctx.audit(ctx.operation, u"account:"_qs + *number, u"ok"_qs, {},
                             {{u"accountNumber"_qs, *number},
                              {u"unitAccount"_qs, unitAccount},
                              {u"balanceFen"_qs, balanceFen},
                              {u"serial"_qs, *serial},
                              {u"legacy"_qs, true}});
        !s)
        return s.error();
    return *number;
}

namespace {

// 单位开户 as a teller at the counter would fill it in.
UnitOpeningRequest unitRequest(const QString &name, const QString &creditCode, int index,
                               const QDate &firstMonth)
{
    UnitOpeningRequest r;
    r.creditCode = creditCode;
    r.name = name;
    r.economicType = u"150"_qs; // 有限责任(公司)
    r.repName = u"王法人"_qs;
    r.repDocumentType = u"01"_qs;
    r.repDocumentNumber = demoIdentityNumber(900 + index);
    r.registeredAddress = name + u"注册地址"_qs;
    r.contactName = u"李联系"_qs;
    r.contactMobile = QStringLiteral("1380013%1").arg(index, 4, 10, QLatin1Char('0'));
    r.bankCode = u"102"_qs;
    r.bankName = u"中国工商银行"_qs;
    r.bankAccount = QStringLiteral("27030001092%1").arg(index, 8, 10, QLatin1Char('0'));
    r.unitRatio = u"12"_qs;
    r.personalRatio = u"12"_qs;
    r.remittanceDay = 15;
    r.firstMonth = firstMonth.toString(u"yyyy-MM"_qs);
    return r;
}

} // namespace

QString demoRetireeNumber(QDate today)
{
    // A man (odd sequence digit) of 62 on `today`.
    const QString first17 =
        u"110105"_qs + today.addYears(-62).addDays(-30).toString(u"yyyyMMdd"_qs) + u"131"_qs;
    return first17 + identity::checkCharacter(first17);
}

Result<QStringList> seedDemo(Database &database, const finance::Policy &policy, const Clock &clock,
                             const crypto::ScryptParams &params, QJsonObject *sharedData)
{
    QStringList log;
    const qint64 now = clock.now().toMSecsSinceEpoch();
    {
        auto conn = database.connection();
        if (!conn)
            return conn.error();
        Query q(*conn, u"SELECT COUNT(*) FROM units"_qs);
        if (Status s = q.exec(); !s || !q.next())
            return s ? makeError(u"db.error"_qs, {}) : s.error();
        if (q.int64(0) > 0)
            return makeError(u"demo.already_seeded"_qs, {}, u"the database already has units"_qs);
    }
    for (const auto &[code, name, head] :
         {std::tuple{u"0001"_qs, u"中心营业部"_qs, true}, std::tuple{u"0002"_qs, u"城东管理部"_qs, false}}) {
        auto id = ensureBranch(database, code, name, head, now);
        if (!id)
            return id.error();
    }
    for (const DemoUser &u : demoUsers()) {
        Status s = addUser(database, u.username, u.displayName, u.role, u.branch, demoPassword(u.username),
                           params, now);
        if (!s && s.error().code != u"user.exists")
            return s.error();
        log << QStringLiteral("user %1 (%2, branch %3) password %4")
                   .arg(u.username, u.role, u.branch, demoPassword(u.username));
    }

    ServerContext server(database, clock, policy);
    const auto call = [&server](const QString &username, const QString &operation,
                                const std::function<Status(ServiceContext &)> &fn) {
        return runLocally(server, {username, operation, u"demo-seed"_qs}, fn);
    };
    struct UnitSeed
    {
        QString name, creditCode, teller;
    };
    // The second training center (demo-seed --center 110100) has the same structure and the same
    // people, employed by units of its own city: everyone can move between the two (异地转移接续).
    const bool secondCenter = policy.centerCode() == QLatin1String(kSecondTrainingCenter);
    const QList<UnitSeed> units =
        secondCenter ? QList<UnitSeed>{{u"北京示例软件有限公司"_qs, u"91350100M000100Y43"_qs, u"teller1"_qs},
                                       {u"北京示例物流有限公司"_qs, u"91440300708461136T"_qs, u"teller1"_qs},
                                       {u"北京示例建设有限公司"_qs, u"91110108551385082Q"_qs, u"teller2"_qs}}
                     : QList<UnitSeed>{{u"福州示例科技有限公司"_qs, u"91350100M000100Y43"_qs, u"teller1"_qs},
                                       {u"深圳示例电子有限公司"_qs, u"91440300708461136T"_qs, u"teller1"_qs},
                                       {u"北京示例咨询有限公司"_qs, u"91110108551385082Q"_qs, u"teller2"_qs}};
    log << QStringLiteral("center %1 %2").arg(policy.centerCode(), policy.centerName());
    static const char16_t *names[] = {u"张伟", u"王芳", u"李娜", u"刘洋", u"陈静", u"杨磊",
                                      u"赵敏", u"黄强", u"周杰", u"吴霞", u"徐涛", u"孙丽"};
    const QDate thisMonth = clock.now().toLocalTime().date();
    // The earliest first month the opening rules allow; the demo's remittance history goes back
    // twelve months, as if the units had been opened at another counter before (so the last
    // settlement day's interest has deposits to settle).
    const QDate firstMonth = QDate(thisMonth.year(), thisMonth.month(), 1).addMonths(-1);
    QStringList accountNumbers;
    QStringList unitAccounts;
    QString firstOpeningSerial; // nothing is archived: the archive desk starts from this record
    int person = 0;
    for (qsizetype u = 0; u < units.size(); ++u) {
        const UnitSeed &unit = units.at(u);
        QString unitAccount;
        Status opened = call(unit.teller, u"openings.unit"_qs, [&](ServiceContext &ctx) -> Status {
            auto r = openUnit(ctx, unitRequest(unit.name, unit.creditCode, int(u), firstMonth));
            if (!r)
                return r.error();
            unitAccount = r->unit.value(u"unitAccount"_qs).toString();
            return {};
        });
        if (!opened)
            return opened.error();
        unitAccounts << unitAccount;
        log << QStringLiteral("unit %1 %2 (%3)").arg(unitAccount, unit.name, unit.creditCode);
        for (int i = 0; i < 4; ++i, ++person) {
            const qint64 base = 500000 + person * 123456; // 5,000.00 yuan and up
            PersonalOpeningRequest request;
            request.unitAccount = unitAccount;
            request.firstMonth = firstMonth.toString(u"yyyy-MM"_qs);
            request.person = {
                u"01"_qs, demoIdentityNumber(person), QString::fromUtf16(names[person % 12]), {}, base};
            QString accountNumber;
            Status acc = call(unit.teller, u"openings.account"_qs, [&](ServiceContext &ctx) -> Status {
                auto r = openPersonal(ctx, request);
                if (!r)
                    return r.error();
                accountNumber = r->account.value(u"accountNumber"_qs).toString();
                if (person == 0)
                    firstOpeningSerial = r->serial;
                return {};
            });
            if (!acc)
                return acc.error();
            accountNumbers << accountNumber;
            log << QStringLiteral("  account %1 %2 %3")
                       .arg(accountNumbers.constLast(), QString::fromUtf16(names[person % 12]),
                            demoIdentityNumber(person));
        }
        // Issue 17: the unit and its people came from an older system twelve months ago.
        Status history = call(unit.teller, u"demo.contribution_history"_qs, [&](ServiceContext &ctx) {
            return backdateContributionHistory(ctx, unitAccount,
                                               QDate(thisMonth.year(), thisMonth.month(), 1).addMonths(-12));
        });
        if (!history)
            return history.error();
        for (int m = 12; m >= 1; --m) {
            const RemittanceInput remittance(unitAccount, thisMonth.addMonths(-m).toString(u"yyyy-MM"_qs));
            Status posted = call(unit.teller, u"remittances.post"_qs, [&](ServiceContext &ctx) -> Status {
                auto r = postRemittance(ctx, remittance);
                return r ? Status{} : Status{r.error()};
            });
            if (!posted)
                return posted.error();
        }
        Status dated = call(unit.teller, u"demo.contribution_history"_qs, [&](ServiceContext &ctx) {
            return dateRemittancesInTheirMonths(ctx, unitAccount);
        });
        if (!dated)
            return dated.error();
        log << QStringLiteral("  12 months of remittances posted, each dated in its month");
    }
    // Issue 17: this month is unpaid for every unit (the teller runs the remittance); 郑敏 joined the
    // first unit three months ago but was left out of its remittances since (补缴, reason 01 漏缴).
    QString missed;
    Status late = call(u"teller1"_qs, u"openings.account"_qs, [&](ServiceContext &ctx) -> Status {
        auto r = seedMissedMonths(ctx, {unitAccounts.value(0), demoIdentityNumber(person), u"郑敏"_qs, 650000,
                                        QDate(thisMonth.year(), thisMonth.month(), 1).addMonths(-3)});
        if (!r)
            return r.error();
        missed = *r;
        return {};
    });
    if (!late)
        return late.error();
    log << QStringLiteral("contributions: this month is unremitted for every unit; %1 of %2 misses the "
                          "last three months (back payment, reason 01)")
               .arg(missed, unitAccounts.value(0));
    // Withdrawals (issue 17): business/withdrawal/withdrawaldemo.cpp.
    QStringList documentNumbers;
    for (int i = 0; i < accountNumbers.size(); ++i)
        documentNumbers << demoIdentityNumber(i);
    auto withdrawals = seedWithdrawalDemo(call, accountNumbers, documentNumbers, unitAccounts.value(0),
                                          demoRetireeNumber(clock.now().toLocalTime().date()),
                                          clock.now().toLocalTime().date());
    if (!withdrawals)
        return withdrawals.error();
    log << withdrawals->log;
    if (sharedData)
        *sharedData = withdrawals->sharedData;
    // Loans (issue 18): business/loan/loandemo.cpp.
    auto loans = seedLoanDemo(call, documentNumbers);
    if (!loans)
        return loans.error();
    log << *loans;
    // issue 18: an overdue loan for 逾期管理 (7005), business/loan/overdue/loanoverduedemo.cpp.
    auto overdue = seedOverdueLoanDemo(call, documentNumbers.value(7), QString::fromUtf16(names[7]),
                                       clock.now().toLocalTime().date());
    if (!overdue)
        return overdue.error();
    log << *overdue;
    // Judicial assistance (issue 15): an active freeze of 2,000.00 yuan by a training court, a
    // whole-balance freeze of another court waiting behind it (轮候), and one on a third account
    // ending within the desk's expiring window.
    const QDate today = clock.now().toLocalTime().date();
    const auto demoFreeze = [&](const QString &account, const QString &court, int caseNo, qint64 amountFen,
                                QDate endDate) -> Status {
        return call(u"judicial1"_qs, u"judicial.freeze"_qs, [&](ServiceContext &ctx) -> Status {
            ctx.grantedBy = u"supervisor1"_qs;
            judicial::Request r;
            r.type = judicial::RequestType::Freeze;
            r.accountNumber = account;
            r.courtCode = court;
            r.caseNumber = QStringLiteral("（%1）%2执%3号").arg(today.year()).arg(court).arg(caseNo);
            r.ruling = {QStringLiteral("（%1）%2执%3号之一").arg(today.year()).arg(court).arg(caseNo),
                        today.addDays(-5)};
            r.notice = {QStringLiteral("%1协执%2号").arg(court).arg(caseNo), today.addDays(-4)};
            r.officers = {{u"培训法官甲"_qs, u"PX-GZ-001"_qs, u"PX-ZW-001"_qs},
                          {u"培训书记员乙"_qs, u"PX-GZ-002"_qs, u"PX-ZW-002"_qs}};
            r.wholeBalance = amountFen == 0;
            r.amountFen = amountFen;
            r.startDate = today;
            r.endDate = endDate;
            auto out = runCourtRequest(ctx, r);
            return out ? Status{} : Status{out.error()};
        });
    };
    if (Status h = demoFreeze(accountNumbers.value(1), u"京0105"_qs, 1234, 200000, today.addYears(1)); !h)
        return h.error();
    if (Status h = demoFreeze(accountNumbers.value(1), u"甘0102"_qs, 88, 0, today.addYears(1)); !h)
        return h.error();
    if (Status h = demoFreeze(accountNumbers.value(2), u"京0108"_qs, 56, 50000, today.addDays(20)); !h)
        return h.error();
    log << u"judicial freezes on "_qs + accountNumbers.value(1) + u" (one active, one waiting) and "_qs +
               accountNumbers.value(2) + u" (ending within 30 days)"_qs;
    // 一人多户 (issue 16): 杨磊 (person 5, under the second unit) also has an account migrated from the
    // old system under his 15-digit ID number, under the first unit: the lookup shows two accounts
    // and the teller can merge them (个人合并).
    QString legacyAccount;
    Status dup = call(u"teller1"_qs, u"demo.legacy_duplicate"_qs, [&](ServiceContext &ctx) -> Status {
        auto r = insertLegacyDuplicate(ctx, demoIdentityNumber(5), QString::fromUtf16(names[5]),
                                       unitAccounts.value(0), 1234500);
        if (!r)
            return r.error();
        legacyAccount = *r;
        return {};
    });
    if (!dup)
        return dup.error();
    log << QStringLiteral("一人多户: %1 (migrated, 15-digit ID number) and %2 belong to one person")
               .arg(legacyAccount, accountNumbers.value(5));
    // Electronic archives: no package yet; archivist1 (branch 0001) captures this opening's papers.
    log << u"archive: nothing archived; account opening "_qs + firstOpeningSerial + u" of "_qs +
               accountNumbers.value(0) + u" (branch 0001) awaits capture"_qs;
    return log;
}

} // namespace hpf::server
