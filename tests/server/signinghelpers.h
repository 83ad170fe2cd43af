#pragma once

// The 面签 server suites (tst_server_signing, tst_server_signingarchive): a borrower and spouse
// whose application is accepted by loan1 and, unless told to stop there, reviewed by loan2 and
// approved by supervisor1 — the state in which signing may start.
#include "domain/identity.h"
#include "serverfixture.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace hpf::test::signingtest {

inline const QString kApply = u"/api/v1/loans/applications"_qs;
inline constexpr qint64 kBaseFen = 600000; // 6,000.00 a month

inline QString citizen(QDate birth, bool male = true)
{
    const QString first17 = u"110105"_qs + birth.toString(u"yyyyMMdd"_qs) + (male ? u"131"_qs : u"122"_qs);
    return first17 + identity::checkCharacter(first17);
}

inline QJsonObject party(const QString &role, const QString &number, const QString &name, qint64 income)
{
    return {{u"role"_qs, role}, {u"documentType"_qs, u"01"_qs},   {u"documentNumber"_qs, number},
            {u"name"_qs, name}, {u"monthlyIncomeFen"_qs, income}, {u"creditAuthorised"_qs, true}};
}

struct Couple
{
    QString borrower;
    QString spouse;
};

// A borrower with 7 remitted months (a new unit of teller1) and a spouse named `spouseName`, applied
// for by `officer` (loan1's token); reviewed and approved unless `stopAt` is "accepted". Fills
// `couple` with their identity numbers; returns the application's serial, empty on failure.
inline QString coupleApplication(ServerFixture &f, const QString &officer, const QString &spouseName,
                                 Couple &couple, const QString &stopAt = {})
{
    const QString teller = f.login(u"teller1"_qs);
    const QString unit = f.createUnit(teller, 1);
    QJsonObject body = ServerFixture::accountOpeningBody(unit, 7, kBaseFen);
    couple.borrower = citizen(QDate(1990, 3, 1));
    couple.spouse = citizen(QDate(1991, 5, 2), false);
    body.insert(u"documentNumber"_qs, couple.borrower);
    if (f.post(u"/api/v1/openings/accounts"_qs, body, teller, ServerFixture::newKey()).status != 201)
        return {};
    if (!f.backdateUnitHistory(unit))
        return {};
    for (int i = 6; i >= 0; --i)
        f.postRemittance(teller, unit, QDate(2025, 7, 1).addMonths(-i).toString(u"yyyy-MM"_qs),
                         ServerFixture::newKey());
    const QJsonObject request{
        {u"kind"_qs, u"fund"_qs},
        {u"amountFen"_qs, qint64(10000000)},
        {u"termMonths"_qs, 120},
        {u"method"_qs, u"equal_installment"_qs},
        {u"homeOrder"_qs, 1},
        {u"bankCode"_qs, u"105"_qs},
        {u"property"_qs, QJsonObject{{u"address"_qs, u"测试市测试路1号"_qs},
                                     {u"priceFen"_qs, qint64(100000000)},
                                     {u"purchaseContract"_qs, u"GF2025-0001"_qs}}},
        {u"parties"_qs, QJsonArray{party(u"borrower"_qs, couple.borrower, u"借款人"_qs, 2000000),
                                   party(u"spouse"_qs, couple.spouse, spouseName, 1000000)}}};
    const Reply applied = f.post(kApply, request, officer, ServerFixture::newKey());
    if (applied.status != 201) {
        qWarning() << applied.body;
        return {};
    }
    const QString serial = applied.json.value(u"serial"_qs).toString();
    if (stopAt == u"accepted")
        return serial;
    const auto act = [&](const QString &verb, const QString &user) {
        return f
            .post(kApply + u'/' + serial + u'/' + verb, QJsonObject{}, f.login(user), ServerFixture::newKey())
            .status;
    };
    if (act(u"review"_qs, u"loan2"_qs) != 200 || act(u"approve"_qs, u"supervisor1"_qs) != 200)
        return {};
    return serial;
}

} // namespace hpf::test::signingtest
