#pragma once

// The loan account's server tests (tst_server_loanaccount, tst_server_loanoverdue): a member with
// remitted months, a signed application standing in for the steps before disbursement, and the
// account's calls. markSignedForTest() is TEST ONLY: product code never skips 面签 (the real path is
// covered by tst_server_signing and tst_server_loanjourney).
#include "domain/identity.h"
#include "platform/auth/userservice.h"
#include "platform/store/sql.h"
#include "serverfixture.h"
#include "suitebase.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace hpf::test::loanaccounttest {

using namespace hpf;

inline const QString kApply = u"/api/v1/loans/applications"_qs;
inline constexpr qint64 kBaseFen = 600000;     // 6,000.00: 1,440.00 a month (12% + 12%)
inline constexpr qint64 kPrincipal = 50000000; // 500,000.00: the domain.md §7 reference loan

inline QString citizen(QDate birth)
{
    const QString first17 = u"110105"_qs + birth.toString(u"yyyyMMdd"_qs) + u"131"_qs;
    return first17 + identity::checkCharacter(first17);
}

inline QJsonObject application(const QString &number, const QString &method)
{
    const QJsonObject borrower{{u"role"_qs, u"borrower"_qs},      {u"documentType"_qs, u"01"_qs},
                               {u"documentNumber"_qs, number},    {u"name"_qs, u"借款人"_qs},
                               {u"monthlyIncomeFen"_qs, 2000000}, {u"creditAuthorised"_qs, true}};
    return {{u"kind"_qs, u"fund"_qs},
            {u"amountFen"_qs, 10000000},
            {u"termMonths"_qs, 120},
            {u"method"_qs, method},
            {u"homeOrder"_qs, 1},
            {u"bankCode"_qs, u"105"_qs},
            {u"property"_qs, QJsonObject{{u"address"_qs, u"测试市测试路1号"_qs},
                                         {u"priceFen"_qs, qint64(100000000)},
                                         {u"purchaseContract"_qs, u"GF2025-0001"_qs}}},
            {u"parties"_qs, QJsonArray{borrower}}};
}

} // namespace hpf::test::loanaccounttest

namespace hpf::test {

using namespace loanaccounttest;

class LoanAccountSuite : public ServerSuite
{

public:
    using ServerSuite::ServerSuite;

protected:
    int m_units = 0;
    int m_people = 0;

    // A member with seven remitted months up to the clock's month (2025-07).
    QString member()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, ++m_units);
        QJsonObject body = ServerFixture::accountOpeningBody(unit, 7, kBaseFen);
        const QString number = citizen(QDate(1990, 3, 1).addDays(++m_people));
        body.insert(u"documentNumber"_qs, number);
        const Reply opened = f().post(u"/api/v1/openings/accounts"_qs, body, teller, ServerFixture::newKey());
        if (opened.status != 201)
            qWarning() << opened.body;
        if (!f().backdateUnitHistory(unit))
            qWarning() << "backdate failed";
        for (int i = 6; i >= 0; --i)
            f().postRemittance(teller, unit, QDate(2025, 7, 1).addMonths(-i).toString(u"yyyy-MM"_qs),
                               ServerFixture::newKey());
        return number;
    }

    void addUser(const QString &name, const QString &role, const QString &branch)
    {
        crypto::ScryptParams fast;
        fast.n = 1024;
        QVERIFY(server::addUser(f().database(), name, name, role, branch, u"pw-"_qs + name, fast,
                                f().clock().now().toMSecsSinceEpoch())
                    .ok());
    }

    // Runs due jobs until none is left (at most 40 rounds); how many ran.
    int runJobs()
    {
        int total = 0;
        for (int i = 0; i < 40; ++i) {
            auto n = f().server().jobs().runDue();
            if (!n || *n == 0)
                break;
            total += *n;
        }
        return total;
    }

    // A disbursed loan (markSignedForTest, then disburse); its contract number.
    QString disbursed(qint64 principal = kPrincipal, int term = 360)
    {
        const QString serial = markSignedForTest(u"equal_installment"_qs, principal, term);
        const Reply r = disburse(serial);
        if (r.status != 200)
            qWarning() << r.body;
        return r.json.value(u"loan"_qs).toObject().value(u"contractNumber"_qs).toString();
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

    QString sqlText(const QString &text)
    {
        auto conn = f().database().connection();
        if (!conn)
            return u"?"_qs;
        server::Query q(*conn, text);
        if (!q.exec() || !q.next())
            return u"?"_qs;
        return q.str(0);
    }

    bool exec(const QString &text)
    {
        auto conn = f().database().connection();
        return conn && server::Query(*conn, text).exec().ok();
    }

    // An accepted application (loan1), then — standing in for review, approval and the 面签 of a
    // later session — set to `signed` in the database with the contract's amount, term and rate
    // (the domain.md reference loan: 500,000.00 at 2.6%). TEST ONLY: product code has no such path.
    QString markSignedForTest(const QString &method, qint64 principal = kPrincipal, int term = 360,
                              qint64 ratePpm = 26000, const QString &status = u"signed"_qs)
    {
        const Reply r =
            f().post(kApply, application(member(), method), f().login(u"loan1"_qs), ServerFixture::newKey());
        const QString serial = r.json.value(u"serial"_qs).toString();
        if (r.status != 201 || serial.isEmpty()) {
            qWarning() << r.body;
            return {};
        }
        if (!exec(QStringLiteral(
                      "UPDATE loan_applications SET status = '%1', amount_fen = %2, term_months = %3, "
                      "rate_ppm = %4 WHERE serial = '%5'")
                      .arg(status)
                      .arg(principal)
                      .arg(term)
                      .arg(ratePpm)
                      .arg(serial)))
            return {};
        return serial;
    }

    // POST …/disburse as loan1 under supervisor1's grant (none when `grant` is false).
    Reply disburse(const QString &serial, const QJsonObject &body = {}, const QString &key = {},
                   bool grant = true)
    {
        const QString token = f().login(u"loan1"_qs);
        const QString path = kApply + u'/' + serial + u"/disburse"_qs;
        const QString k = key.isEmpty() ? ServerFixture::newKey() : key;
        QList<QPair<QByteArray, QByteArray>> extra;
        if (grant)
            extra.append({"X-Supervisor-Grant", f().grantFor(token, u"supervisor1"_qs, k, path, body)});
        return f().post(path, body, token, k, extra);
    }

    Reply repay(const QString &contract, const QJsonObject &body)
    {
        return f().post(u"/api/v1/loans/accounts/"_qs + contract + u"/repayments"_qs, body,
                        f().login(u"loan1"_qs), ServerFixture::newKey());
    }
};

} // namespace hpf::test
