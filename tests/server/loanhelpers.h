#pragma once

// Shared by the loan application suites (issue 18, part A): request builders and a suite base
// that opens members with remitted months on the fixture's ledger.
#include "domain/identity.h"
#include "platform/auth/userservice.h"
#include "platform/store/sql.h"
#include "server.h"
#include "serverfixture.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace hpf::test::loantest {

inline const QString kCheck = u"/api/v1/loans/check"_qs;
inline const QString kApply = u"/api/v1/loans/applications"_qs;
inline constexpr qint64 kBaseFen = 600000; // 6,000.00: 1,440.00 a month (12% + 12%)

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

// A first-home fund loan of `amount` over `term` months for the borrower `number`.
inline QJsonObject application(const QString &number, qint64 amount, int term, qint64 income = 2000000)
{
    return {{u"kind"_qs, u"fund"_qs},
            {u"amountFen"_qs, amount},
            {u"termMonths"_qs, term},
            {u"method"_qs, u"equal_installment"_qs},
            {u"homeOrder"_qs, 1},
            {u"bankCode"_qs, u"105"_qs},
            {u"property"_qs, QJsonObject{{u"address"_qs, u"测试市测试路1号"_qs},
                                         {u"priceFen"_qs, qint64(100000000)},
                                         {u"purchaseContract"_qs, u"GF2025-0001"_qs}}},
            {u"parties"_qs, QJsonArray{party(u"borrower"_qs, number, u"借款人"_qs, income)}}};
}

inline QStringList failedRules(const QJsonObject &judgement)
{
    QStringList out;
    for (const QJsonValue &v : judgement.value(u"rules"_qs).toArray()) {
        const QJsonObject r = v.toObject();
        if (!r.value(u"passed"_qs).toBool())
            out.append(r.value(u"rule"_qs).toString() + u'=' + r.value(u"code"_qs).toString() + u'@' +
                       r.value(u"field"_qs).toString());
    }
    return out;
}

} // namespace hpf::test::loantest

namespace hpf::test {

class LoanSuite : public ServerSuite
{
public:
    using ServerSuite::ServerSuite;

protected:
    QString m_teller;
    int m_units = 0;

    // A member born on `birth` with `months` remitted months ending with the clock's month
    // (2025-07): balance months × 1,440.00.
    QString member(QDate birth, int months, bool male = true)
    {
        m_teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(m_teller, ++m_units);
        QJsonObject body = ServerFixture::accountOpeningBody(unit, 7, loantest::kBaseFen);
        const QString number = loantest::citizen(birth, male);
        body.insert(u"documentNumber"_qs, number);
        const Reply opened =
            f().post(u"/api/v1/openings/accounts"_qs, body, m_teller, ServerFixture::newKey());
        if (opened.status != 201)
            qWarning() << opened.body;
        if (!f().backdateUnitHistory(unit))
            qWarning() << "backdate failed";
        for (int i = months - 1; i >= 0; --i) {
            const QString month = QDate(2025, 7, 1).addMonths(-i).toString(u"yyyy-MM"_qs);
            const Reply r = f().postRemittance(m_teller, unit, month, ServerFixture::newKey());
            if (r.status != 201)
                qWarning() << month << r.body;
        }
        return number;
    }

    qint64 sql(const QString &text)
    {
        auto conn = f().database().connection();
        if (!conn)
            return -1;
        server::Query q(*conn, text);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    bool exec(const QString &text)
    {
        auto conn = f().database().connection();
        return conn && server::Query(*conn, text).exec().ok();
    }

    // A fund loan record of the person with `number`, settled or not.
    void loanRecord(const QString &number, bool settled, int index = 1)
    {
        QVERIFY(exec(
            QStringLiteral("INSERT INTO loan_records (person_id, contract_number, granted_on, settled_on, "
                           "created_at) SELECT id, 'HT%1%2', '2015-01-01', %3, 0 FROM persons "
                           "WHERE document_number = '%1'")
                .arg(number)
                .arg(index)
                .arg(settled ? u"'2020-01-01'"_qs : u"NULL"_qs)));
    }

    void addUser(const QString &name, const QString &role, const QString &branch)
    {
        crypto::ScryptParams fast;
        fast.n = 1024;
        QVERIFY(server::addUser(f().database(), name, name, role, branch, u"pw-"_qs + name, fast,
                                f().clock().now().toMSecsSinceEpoch())
                    .ok());
    }

    Reply act(const QString &serial, const QString &verb, const QString &token, const QJsonObject &body = {})
    {
        return f().post(loantest::kApply + u'/' + serial + u'/' + verb, body, token, ServerFixture::newKey());
    }
};

} // namespace hpf::test
