// The list of loans and the contract number on the application (issue 18, part J):
// GET /loans/accounts?status=&page= (branch-filtered, the borrower masked, paged, its query
// refused field by field) and GET /loans/applications/{serial} showing contractNumber once the
// loan is disbursed. SQLite and PostgreSQL.
//
// The signed application is made as in tst_server_loanaccount (markSignedForTest): accepted over
// HTTP, then moved to `signed` in the database. TEST ONLY: product code has no such path.
#include "crypto/kdf.h"
#include "domain/identity.h"
#include "platform/auth/userservice.h"
#include "platform/store/sql.h"
#include "server.h"
#include "serverfixture.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

const QString kApply = u"/api/v1/loans/applications"_qs;
const QString kList = u"/api/v1/loans/accounts"_qs;

QString citizen(QDate birth)
{
    const QString first17 = u"110105"_qs + birth.toString(u"yyyyMMdd"_qs) + u"131"_qs;
    return first17 + identity::checkCharacter(first17);
}

QJsonObject application(const QString &number)
{
    const QJsonObject borrower{{u"role"_qs, u"borrower"_qs},      {u"documentType"_qs, u"01"_qs},
                               {u"documentNumber"_qs, number},    {u"name"_qs, u"李借款"_qs},
                               {u"monthlyIncomeFen"_qs, 2000000}, {u"creditAuthorised"_qs, true}};
    return {{u"kind"_qs, u"fund"_qs},
            {u"amountFen"_qs, 10000000},
            {u"termMonths"_qs, 120},
            {u"method"_qs, u"equal_installment"_qs},
            {u"homeOrder"_qs, 1},
            {u"bankCode"_qs, u"105"_qs},
            {u"property"_qs, QJsonObject{{u"address"_qs, u"测试市测试路1号"_qs},
                                         {u"priceFen"_qs, qint64(100000000)},
                                         {u"purchaseContract"_qs, u"GF2025-0001"_qs}}},
            {u"parties"_qs, QJsonArray{borrower}}};
}

} // namespace

class TestServerLoanAccountList : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    int m_units = 0;
    int m_people = 0;

    // A member with seven remitted months up to the clock's month (2025-07).
    QString member()
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, ++m_units);
        QJsonObject body = ServerFixture::accountOpeningBody(unit, 7, 600000);
        const QString number = citizen(QDate(1991, 5, 1).addDays(++m_people));
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

    bool exec(const QString &text)
    {
        auto conn = f().database().connection();
        return conn && server::Query(*conn, text).exec().ok();
    }

    // An accepted application set to `signed` in the database (see the file comment).
    QString markSignedForTest()
    {
        const Reply r =
            f().post(kApply, application(member()), f().login(u"loan1"_qs), ServerFixture::newKey());
        const QString serial = r.json.value(u"serial"_qs).toString();
        if (r.status != 201 || serial.isEmpty()) {
            qWarning() << r.body;
            return {};
        }
        return exec(u"UPDATE loan_applications SET status = 'signed' WHERE serial = '"_qs + serial + u"'"_qs)
                   ? serial
                   : QString();
    }

    QString disburse(const QString &serial)
    {
        const QString token = f().login(u"loan1"_qs);
        const QString path = kApply + u'/' + serial + u"/disburse"_qs;
        const QString key = ServerFixture::newKey();
        const QJsonObject body{{u"fromFundBalance"_qs, false}};
        const Reply r =
            f().post(path, body, token, key,
                     {{"X-Supervisor-Grant", f().grantFor(token, u"supervisor1"_qs, key, path, body)}});
        if (r.status != 200)
            qWarning() << r.body;
        return r.json.value(u"loan"_qs).toObject().value(u"contractNumber"_qs).toString();
    }

    void addUser(const QString &name, const QString &role, const QString &branch)
    {
        crypto::ScryptParams fast;
        fast.n = 1024;
        QVERIFY(server::addUser(f().database(), name, name, role, branch, u"pw-"_qs + name, fast,
                                f().clock().now().toMSecsSinceEpoch())
                    .ok());
    }

    QStringList contracts(const Reply &r)
    {
        QStringList out;
        for (const QJsonValue &v : r.json.value(u"items"_qs).toArray())
            out.append(v.toObject().value(u"contractNumber"_qs).toString());
        return out;
    }

private slots:
    // null while signed, the loan's number once disbursed: the desk opens the loan from the application.
    void contractOnApplication()
    {
        const QString serial = markSignedForTest();
        QVERIFY(!serial.isEmpty());
        const QString officer = f().login(u"loan1"_qs);
        Reply r = f().get(kApply + u'/' + serial, officer);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.contains(u"contractNumber"_qs));
        QVERIFY(r.json.value(u"contractNumber"_qs).isNull());
        const QString contract = disburse(serial);
        QVERIFY(contract.startsWith(u"DK"_qs));
        r = f().get(kApply + u'/' + serial, officer);
        QCOMPARE(r.json.value(u"status"_qs).toString(), u"disbursed"_qs);
        QCOMPARE(r.json.value(u"contractNumber"_qs).toString(), contract);
    }

    // Two loans, one settled: the filter, the masked borrower, the branches, the pages.
    void list()
    {
        const QString first = disburse(markSignedForTest());
        const QString second = disburse(markSignedForTest());
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QString officer = f().login(u"loan1"_qs);
        const Reply full = f().post(kList + u'/' + first + u"/prepayments"_qs, {{u"kind"_qs, u"full"_qs}},
                                    officer, ServerFixture::newKey());
        QVERIFY2(full.status == 201, full.body.constData());

        Reply r = f().get(kList, officer);
        QCOMPARE(r.status, 200);
        QCOMPARE(contracts(r), (QStringList{second, first})); // newest first
        QCOMPARE(r.json.value(u"total"_qs).toInteger(), 2);
        QCOMPARE(r.json.value(u"pageSize"_qs).toInteger(), 20);
        const QJsonObject item = r.json.value(u"items"_qs).toArray().at(1).toObject();
        QCOMPARE(item.value(u"status"_qs).toString(), u"settled"_qs);
        QCOMPARE(item.value(u"outstandingFen"_qs).toInteger(), 0);
        QCOMPARE(item.value(u"principalFen"_qs).toInteger(), 10000000);
        QCOMPARE(item.value(u"borrowerName"_qs).toString(), identity::maskName(u"李借款"));
        QVERIFY(item.value(u"borrowerName"_qs).toString() != u"李借款"_qs);
        QCOMPARE(item.value(u"branchCode"_qs).toString(), u"0001"_qs);

        QCOMPARE(contracts(f().get(kList + u"?status=settled"_qs, officer)), QStringList{first});
        QCOMPARE(contracts(f().get(kList + u"?status=repaying"_qs, officer)), QStringList{second});
        QCOMPARE(contracts(f().get(kList + u"?status=overdue"_qs, officer)), QStringList{});
        r = f().get(kList + u"?page=2"_qs, officer);
        QCOMPARE(r.status, 200);
        QCOMPARE(contracts(r), QStringList{});
        QCOMPARE(r.json.value(u"total"_qs).toInteger(), 2);

        // Another branch's officer sees none; the auditor (head office) sees both; a teller none at all.
        addUser(u"loan9"_qs, u"loan_officer"_qs, u"0002"_qs);
        r = f().get(kList, f().login(u"loan9"_qs));
        QCOMPARE(r.status, 200);
        QCOMPARE(contracts(r), QStringList{});
        QCOMPARE(contracts(f().get(kList, f().login(u"auditor1"_qs))).size(), 2);
        QCOMPARE(contracts(f().get(kList, f().login(u"supervisor1"_qs))).size(), 2);
        r = f().get(kList, f().login(u"teller1"_qs));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"auth.role_denied"_qs);
    }

    void listBad_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown status") << u"status=lost"_qs << u"status"_qs;
        QTest::newRow("application status") << u"status=signed"_qs << u"status"_qs;
        QTest::newRow("upper case") << u"status=REPAYING"_qs << u"status"_qs;
        QTest::newRow("full-width") << u"status=%EF%BD%92epaying"_qs << u"status"_qs;
        QTest::newRow("oversized") << u"status="_qs + QString(300, u'x') << u"status"_qs;
        QTest::newRow("page 0") << u"page=0"_qs << u"page"_qs;
        QTest::newRow("page text") << u"page=two"_qs << u"page"_qs;
        QTest::newRow("page full-width") << u"page=%EF%BC%92"_qs << u"page"_qs;
        QTest::newRow("page too far") << u"page=100001"_qs << u"page"_qs;
        QTest::newRow("page negative") << u"page=-1"_qs << u"page"_qs;
    }

    void listBad()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const Reply r = f().get(kList + u'?' + query, f().login(u"loan1"_qs));
        QVERIFY2(r.status == 400, r.body.constData());
        QCOMPARE(r.code(), u"request.field_range"_qs);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerLoanAccountList(b); });
}

#include "tst_server_loanaccountlist.moc"
