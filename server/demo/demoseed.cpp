#include "demo/demoseed.h"

#include "domain/identity.h"
#include "business/opening/accountservice.h"
#include "platform/auth/authservice.h"
#include "platform/context.h"
#include "business/judicial/holdservice.h"
#include "business/ledger/postingservice.h"
#include "business/opening/unitservice.h"
#include "platform/auth/userservice.h"
#include "platform/store/sql.h"

#include <QJsonArray>

namespace hpf::server {

QList<DemoUser> demoUsers()
{
    return {
        {u"teller1"_qs, roles::teller, u"0001"_qs},     {u"teller2"_qs, roles::teller, u"0002"_qs},
        {u"loan1"_qs, roles::loanOfficer, u"0001"_qs},  {u"archivist1"_qs, roles::archivist, u"0001"_qs},
        {u"judicial1"_qs, roles::judicial, u"0001"_qs}, {u"supervisor1"_qs, roles::supervisor, u"0001"_qs},
        {u"auditor1"_qs, roles::auditor, u"0001"_qs}};
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

namespace {

struct Seeder
{
    Database &database;
    ServerContext server;
    HttpRequest request;

    Result<QJsonObject> run(const QString &username, const QJsonObject &body,
                            const std::function<Result<QJsonObject>(RequestContext &)> &fn)
    {
        auto conn = database.connection();
        if (!conn)
            return conn.error();
        request.requestId = u"demo-seed"_qs;
        RequestContext ctx(server, request, *conn);
        Query q(*conn, u"SELECT u.id, u.role, b.id, b.code, b.is_head_office FROM users u JOIN branches b "
                       "ON b.id = u.branch_id WHERE u.username = :u"_qs);
        q.bind(u":u"_qs, username);
        if (Status s = q.exec(); !s || !q.next())
            return s ? makeError(u"user.not_found"_qs, username) : s.error();
        ctx.principal =
            Principal{q.int64(0), username, username, q.str(1), q.int64(2), q.str(3), q.int64(4) != 0, 0};
        ctx.workstation = u"demo-seed"_qs;
        ctx.body = body;
        for (int attempt = 0; attempt < 5; ++attempt) {
            Transaction tx(*conn, database.dialect());
            if (Status s = tx.begin(); !s)
                return s.error();
            auto r = fn(ctx);
            if (!r) {
                if (isRetryable(r.error()))
                    continue;
                return r.error();
            }
            if (Status s = tx.commit(); !s) {
                if (isRetryable(s.error()))
                    continue;
                return s.error();
            }
            return r;
        }
        return makeError(u"db.busy"_qs, {});
    }
};

} // namespace

Result<QStringList> seedDemo(Database &database, const finance::Policy &policy, const Clock &clock,
                             const crypto::ScryptParams &params)
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
        Status s = addUser(database, u.username, u.username, u.role, u.branch, demoPassword(u.username),
                           params, now);
        if (!s && s.error().code != u"user.exists")
            return s.error();
        log << QStringLiteral("user %1 (%2, branch %3) password %4")
                   .arg(u.username, u.role, u.branch, demoPassword(u.username));
    }

    Seeder seeder{database, ServerContext{database, clock, policy, {}, {}, {}}, {}};
    struct UnitSeed
    {
        QString name, creditCode, teller;
    };
    const QList<UnitSeed> units = {{u"福州示例科技有限公司"_qs, u"91350100M000100Y43"_qs, u"teller1"_qs},
                                   {u"深圳示例电子有限公司"_qs, u"91440300708461136T"_qs, u"teller1"_qs},
                                   {u"北京示例咨询有限公司"_qs, u"91110108551385082Q"_qs, u"teller2"_qs}};
    static const char16_t *names[] = {u"张伟", u"王芳", u"李娜", u"刘洋", u"陈静", u"杨磊",
                                      u"赵敏", u"黄强", u"周杰", u"吴霞", u"徐涛", u"孙丽"};
    QStringList accountNumbers;
    int person = 0;
    for (const UnitSeed &unit : units) {
        auto created = seeder.run(unit.teller,
                                  {{u"name"_qs, unit.name},
                                   {u"creditCode"_qs, unit.creditCode},
                                   {u"unitRatio"_qs, u"12"_qs},
                                   {u"personalRatio"_qs, u"12"_qs}},
                                  createUnit);
        if (!created)
            return created.error();
        const QString unitAccount = created->value(u"unitAccount"_qs).toString();
        log << QStringLiteral("unit %1 %2 (%3)").arg(unitAccount, unit.name, unit.creditCode);
        for (int i = 0; i < 4; ++i, ++person) {
            const qint64 base = 500000 + person * 123456; // 5,000.00 yuan and up
            auto acc = seeder.run(unit.teller,
                                  {{u"unitAccount"_qs, unitAccount},
                                   {u"documentType"_qs, u"01"_qs},
                                   {u"documentNumber"_qs, demoIdentityNumber(person)},
                                   {u"name"_qs, QString::fromUtf16(names[person % 12])},
                                   {u"baseFen"_qs, base}},
                                  openAccount);
            if (!acc)
                return acc.error();
            accountNumbers << acc->value(u"accountNumber"_qs).toString();
            log << QStringLiteral("  account %1 %2 %3")
                       .arg(accountNumbers.constLast(), QString::fromUtf16(names[person % 12]),
                            demoIdentityNumber(person));
        }
        const QDate thisMonth = clock.now().toLocalTime().date();
        for (int m = 6; m >= 1; --m) {
            const QString month = thisMonth.addMonths(-m).toString(u"yyyy-MM"_qs);
            auto posted = seeder.run(unit.teller, {{u"month"_qs, month}},
                                     [&](RequestContext &ctx) { return postRemittance(ctx, unitAccount); });
            if (!posted)
                return posted.error();
        }
        log << QStringLiteral("  6 months of remittances posted");
    }
    auto w = seeder.run(u"teller1"_qs, {{u"amountFen"_qs, 100000}, {u"reason"_qs, u"07"_qs}},
                        [&](RequestContext &ctx) { return withdraw(ctx, accountNumbers.value(0)); });
    if (!w)
        return w.error();
    auto h = seeder.run(u"judicial1"_qs,
                        {{u"accountNumber"_qs, accountNumbers.value(1)},
                         {u"kind"_qs, u"judicial"_qs},
                         {u"amountFen"_qs, 200000},
                         {u"court"_qs, u"福州市鼓楼区人民法院"_qs},
                         {u"caseNumber"_qs, u"(2024)闽0102执1234号"_qs}},
                        createHold);
    if (!h)
        return h.error();
    log << u"withdrawal on "_qs + accountNumbers.value(0) + u", judicial hold on "_qs +
               accountNumbers.value(1);
    return log;
}

} // namespace hpf::server
