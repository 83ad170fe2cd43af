// Business services called without HTTP (platform/localcall.h), as the demo seed and the CLI call
// them: typed inputs in, typed results or the same domain errors (code and field) as the routes
// answer, one transaction per call that leaves nothing behind when the call fails.
#include "business/contribution/remittanceservice.h"
#include "business/judicial/holdservice.h"
#include "business/lookup/lookupservice.h"
#include "business/opening/openingservice.h"
#include "business/withdrawal/withdrawalservice.h"
#include "demo/demoseed.h"
#include "platform/localcall.h"
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QTest>
#include <functional>

using namespace hpf::test;
using namespace hpf::server;
using hpf::Error;
using hpf::makeError;
using hpf::Status;

namespace {

UnitOpeningRequest unitRequest(int index)
{
    UnitOpeningRequest r;
    r.creditCode = ServerFixture::validCreditCode(index);
    r.name = QStringLiteral("直接调用单位%1").arg(index);
    r.economicType = u"150"_qs;
    r.repName = u"王法人"_qs;
    r.repDocumentType = u"01"_qs;
    r.repDocumentNumber = u"11010519491231002X"_qs;
    r.registeredAddress = u"兰州市城关区示例路1号"_qs;
    r.contactName = u"李联系"_qs;
    r.contactMobile = u"13812345678"_qs;
    r.bankCode = u"102"_qs;
    r.bankName = u"中国工商银行兰州分行"_qs;
    r.bankAccount = u"2703000109200123456"_qs;
    r.unitRatio = u"12"_qs;
    r.personalRatio = u"12"_qs;
    r.remittanceDay = 15;
    r.firstMonth = u"2025-07"_qs; // the fixture's clock: 2025-07-15
    return r;
}

PersonalOpeningRequest personRequest(const QString &unitAccount, int person)
{
    PersonalOpeningRequest r;
    r.unitAccount = unitAccount;
    r.person = {u"01"_qs, demoIdentityNumber(person), QStringLiteral("职工%1").arg(person), {}, 600000};
    return r;
}

// Runs one call; the error (or an empty one) it ended with.
Error errorOf(const Status &s)
{
    return s ? Error{} : s.error();
}

} // namespace

class TestServerServices : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    Status call(const QString &user, const QString &operation,
                const std::function<Status(ServiceContext &)> &fn)
    {
        return runLocally(f().server().context(), {user, operation, u"test-desk"_qs}, fn);
    }

    qint64 scalar(const QString &sql)
    {
        auto conn = f().database().connection();
        if (!conn)
            return -1;
        Query q(*conn, sql);
        return q.exec().ok() && q.next() ? q.int64(0) : -1;
    }

    // A unit with one account and July's remittance, opened by teller1 without HTTP.
    QString m_unit;
    QString m_account;
    void openUnitWithOneAccount()
    {
        QVERIFY(call(u"teller1"_qs, u"openings.unit"_qs, [&](ServiceContext &ctx) -> Status {
            auto r = openUnit(ctx, unitRequest(1));
            if (!r)
                return r.error();
            m_unit = r->unit.value(u"unitAccount"_qs).toString();
            return {};
        }));
        QVERIFY(call(u"teller1"_qs, u"openings.account"_qs, [&](ServiceContext &ctx) -> Status {
            auto r = openPersonal(ctx, personRequest(m_unit, 1));
            if (!r)
                return r.error();
            m_account = r->account.value(u"accountNumber"_qs).toString();
            return {};
        }));
        QVERIFY(call(u"teller1"_qs, u"remittances.post"_qs, [&](ServiceContext &ctx) -> Status {
            auto r = postRemittance(ctx, {m_unit, u"2025-07"_qs});
            return r ? Status{} : Status{r.error()};
        }));
    }

    // A purchase withdrawal as the route would read it (issue 17).
    static WithdrawalRequest purchase(const QString &account, qint64 fen)
    {
        WithdrawalRequest in;
        in.accountNumber = account;
        in.type = u"purchase"_qs;
        in.amountFen = fen;
        in.evidence.eventDate = QDate(2025, 7, 1);
        in.evidence.contractNumber = u"S-1"_qs;
        in.evidence.priceFen = 900000000000;
        in.payee = {u"105"_qs, u"6217000012345678"_qs, u"测试收款人"_qs};
        return in;
    }

private slots:
    void servicesRunWithoutHttp()
    {
        openUnitWithOneAccount();
        QVERIFY(!m_unit.isEmpty());
        QVERIFY(!m_account.isEmpty());
        // What the routes show is what the services wrote.
        const QString teller = f().login(u"teller1"_qs);
        const Reply account = f().get(u"/api/v1/accounts/"_qs + m_account, teller);
        QCOMPARE(account.status, 200);
        QCOMPARE(account.json.value(u"balanceFen"_qs).toInteger(), 2 * 72000); // 6,000.00 × 12% per side
        QJsonObject withdrawn;
        QVERIFY(call(u"teller1"_qs, u"withdrawals.create"_qs, [&](ServiceContext &ctx) -> Status {
            auto r = withdraw(ctx, purchase(m_account, 10000), nullptr);
            if (!r)
                return r.error();
            withdrawn = *r;
            return {};
        }));
        QCOMPARE(withdrawn.value(u"balanceFen"_qs).toInteger(), 2 * 72000 - 10000);
        QCOMPARE(withdrawn.value(u"availableFen"_qs).toInteger(), 2 * 72000 - 10000);
        QVERIFY(withdrawn.value(u"serial"_qs).toString().startsWith(u"YW"_qs));
        // Audit records name the operation and the desk the call came from.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE workstation = 'test-desk' AND operation IN "
                        "('openings.unit', 'openings.account', 'remittances.post', 'withdrawals.create')"_qs),
                 4);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
        // Lookups return typed rows.
        JournalPage page;
        QVERIFY(call(u"teller1"_qs, u"accounts.journal"_qs, [&](ServiceContext &ctx) -> Status {
            auto r = accountJournal(ctx, {m_account, 0, 50});
            if (!r)
                return r.error();
            page = *r;
            return {};
        }));
        QCOMPARE(page.total, 3); // 开户, the remittance, the withdrawal
        QCOMPARE(page.items.at(0).businessType, u"03"_qs);
        QCOMPARE(page.items.at(1).month.value_or(QString()), u"2025-07"_qs);
        QVERIFY(!page.items.at(2).month.has_value());
    }

    // The same domain errors, code and field, as the routes answer.
    void errorsKeepCodeAndField_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown user") << u"nobody"_qs << 0 << u"user.not_found"_qs << u"nobody"_qs;
        QTest::newRow("withdraw from no account")
            << u"teller1"_qs << 1 << u"account.not_found"_qs << u"accountNumber"_qs;
        QTest::newRow("withdraw more than available")
            << u"teller1"_qs << 2 << u"account.insufficient_available"_qs << u"amountFen"_qs;
        QTest::newRow("withdraw in another branch")
            << u"teller2"_qs << 3 << u"auth.branch_denied"_qs << QString();
        QTest::newRow("remit a posted month")
            << u"teller1"_qs << 4 << u"remittance.duplicate"_qs << u"month"_qs;
        QTest::newRow("teller places a loan-security hold")
            << u"teller1"_qs << 5 << u"auth.role_denied"_qs << u"kind"_qs;
        // Issue 15: judicial freezes have their own routes (/api/v1/judicial/freezes).
        QTest::newRow("judicial hold through /holds")
            << u"judicial1"_qs << 6 << u"hold.kind"_qs << u"kind"_qs;
        QTest::newRow("hold ending on 30 February") << u"loan1"_qs << 7 << u"hold.ends_on"_qs << u"endsOn"_qs;
        QTest::newRow("open the same unit twice")
            << u"teller1"_qs << 8 << u"unit.exists"_qs << u"creditCode"_qs;
        QTest::newRow("remittance day 0")
            << u"teller1"_qs << 9 << u"unit.remittance_day"_qs << u"remittanceDay"_qs;
        QTest::newRow("same person twice")
            << u"teller1"_qs << 10 << u"account.exists_active"_qs << u"documentNumber"_qs;
        QTest::newRow("journal limit 0") << u"teller1"_qs << 11 << u"request.field_range"_qs << u"limit"_qs;
    }
    void errorsKeepCodeAndField()
    {
        QFETCH(QString, user);
        QFETCH(int, which);
        QFETCH(QString, code);
        QFETCH(QString, field);
        openUnitWithOneAccount();
        const qint64 auditBefore = scalar(u"SELECT COUNT(*) FROM audit_log"_qs);
        Refusal refusal;
        const Status s = call(user, u"test.call"_qs, [&](ServiceContext &ctx) -> Status {
            const auto status = [](const auto &r) { return r ? Status{} : Status{r.error()}; };
            HoldInput hold{m_account, u"loan_security"_qs, 100, {}, {}, QString()};
            switch (which) {
            case 0:
                return {};
            case 1:
                return status(withdraw(ctx, purchase(u"1000000099999"_qs, 100), nullptr));
            case 2:
                return status(withdraw(ctx, purchase(m_account, 2 * 72000 + 1), nullptr));
            case 3:
                return status(withdraw(ctx, purchase(m_account, 100), nullptr));
            case 4:
                return status(postRemittance(ctx, {m_unit, u"2025-07"_qs}));
            case 5:
                return checkHold(ctx, hold);
            case 6:
                hold.kind = u"judicial"_qs;
                hold.caseNumber = u"(2025)执1号"_qs;
                return checkHold(ctx, hold);
            case 7:
                hold.endsOn = u"2026-02-30"_qs;
                return checkHold(ctx, hold);
            case 8:
                return status(openUnit(ctx, unitRequest(1), &refusal));
            case 9: {
                UnitOpeningRequest r = unitRequest(2);
                r.remittanceDay = 0;
                return checkUnitOpening(ctx, r);
            }
            case 10:
                return status(openPersonal(ctx, personRequest(m_unit, 1), &refusal));
            case 11:
                return status(accountJournal(ctx, {m_account, 0, 0}));
            }
            return makeError(u"test.no_case"_qs, {});
        });
        const Error e = errorOf(s);
        QCOMPARE(e.code, code);
        QCOMPARE(e.field, field);
        // A failed call commits nothing, not even its audit records.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_qs), auditBefore);
        // Refusals that carry data for the client name what exists.
        if (which == 8)
            QCOMPARE(refusal.members.value(u"existingUnit"_qs).toObject().value(u"unitAccount"_qs).toString(),
                     m_unit);
        else if (which == 10)
            QCOMPARE(
                refusal.members.value(u"existingAccount"_qs).toObject().value(u"accountNumber"_qs).toString(),
                m_account);
        else
            QVERIFY(refusal.isEmpty());
    }

    // A call that fails after writing leaves nothing behind.
    void failedCallRollsBack()
    {
        const qint64 units = scalar(u"SELECT COUNT(*) FROM units"_qs);
        const Status s = call(u"teller1"_qs, u"openings.unit"_qs, [&](ServiceContext &ctx) -> Status {
            auto r = openUnit(ctx, unitRequest(3));
            if (!r)
                return r.error();
            return makeError(u"test.after_effect"_qs, {});
        });
        QCOMPARE(errorOf(s).code, u"test.after_effect"_qs);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM units"_qs), units);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM receipts"_qs), 0);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerServices(b); });
}

#include "tst_server_services.moc"
