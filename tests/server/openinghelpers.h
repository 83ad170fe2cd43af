#pragma once

// Request bodies and database probes shared by the account-opening suites (issue 5).
#include "demo/demoseed.h"
#include "domain/accountnumber.h"
#include "platform/store/sql.h"
#include "serverfixture.h"

#include <QJsonArray>

namespace hpf::test {

inline QJsonObject unitOpeningBody(int index)
{
    return {{u"creditCode"_qs, ServerFixture::validCreditCode(index)},
            {u"name"_qs, QStringLiteral("兰州示例单位%1有限公司").arg(index)},
            {u"economicType"_qs, u"150"_qs},
            {u"legalRepresentative"_qs, QJsonObject{{u"name"_qs, u"王法人"_qs},
                                                    {u"documentType"_qs, u"01"_qs},
                                                    {u"documentNumber"_qs, u"11010519491231002X"_qs}}},
            {u"registeredAddress"_qs, u"兰州市城关区示例路1号"_qs},
            {u"officeAddress"_qs, u"兰州市城关区示例路2号"_qs},
            {u"contact"_qs, QJsonObject{{u"name"_qs, u"李联系"_qs}, {u"mobile"_qs, u"13812345678"_qs}}},
            {u"bank"_qs, QJsonObject{{u"code"_qs, u"102"_qs},
                                     {u"name"_qs, u"中国工商银行兰州分行"_qs},
                                     {u"account"_qs, u"2703000109200123456"_qs}}},
            {u"unitRatio"_qs, u"12"_qs},
            {u"personalRatio"_qs, u"10"_qs},
            {u"remittanceDay"_qs, 15},
            {u"firstMonth"_qs, u"2025-07"_qs}};
}

inline QString personName(int person)
{
    return QStringLiteral("职工%1").arg(person);
}

inline QJsonObject personRow(int person, qint64 baseFen)
{
    return {{u"documentType"_qs, u"01"_qs},
            {u"documentNumber"_qs, server::demoIdentityNumber(person)},
            {u"name"_qs, personName(person)},
            {u"wageBaseFen"_qs, baseFen}};
}

inline QJsonObject personalOpeningBody(const QString &unitAccount, int person, qint64 baseFen)
{
    QJsonObject o = personRow(person, baseFen);
    o.insert(u"unitAccount"_qs, unitAccount);
    o.insert(u"mobile"_qs, u"13900001111"_qs);
    return o;
}

// Opens a unit through the full opening route; its account number, or empty.
inline QString openUnit(ServerFixture &f, const QString &token, int index)
{
    const Reply r =
        f.post(u"/api/v1/openings/units"_qs, unitOpeningBody(index), token, ServerFixture::newKey());
    return r.json.value(u"unit"_qs).toObject().value(u"unitAccount"_qs).toString();
}

inline Reply openPerson(ServerFixture &f, const QString &token, const QString &unit, int person,
                        qint64 baseFen = 600000)
{
    return f.post(u"/api/v1/openings/accounts"_qs, personalOpeningBody(unit, person, baseFen), token,
                  ServerFixture::newKey());
}

inline QString accountOf(const Reply &r)
{
    return r.json.value(u"account"_qs).toObject().value(u"accountNumber"_qs).toString();
}

// One integer from the database (-1 on error).
inline qint64 scalar(ServerFixture &f, const QString &sql, const QVariantMap &binds = {})
{
    auto conn = f.database().connection();
    if (!conn)
        return -1;
    server::Query q(*conn, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    if (!q.exec().ok() || !q.next())
        return -1;
    return q.int64(0);
}

inline bool execDb(ServerFixture &f, const QString &sql)
{
    auto conn = f.database().connection();
    return conn && server::execSql(*conn, sql).ok();
}

inline qint64 auditCount(ServerFixture &f, const QString &operation, const QString &outcome = u"ok"_qs)
{
    return scalar(f, u"SELECT COUNT(*) FROM audit_log WHERE operation = :o AND outcome = :r"_qs,
                  {{u":o"_qs, operation}, {u":r"_qs, outcome}});
}

} // namespace hpf::test
