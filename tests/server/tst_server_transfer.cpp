// In-city transfers (市内转移, single and batch) and merges (个人合并) through the HTTP API (issue 16):
// every refusal code, the balances to the fen (interest to date checked against
// finance::closingInterest computed here from the remittance), receipts, audit records, idempotent
// replays, the lookup's 一人多户 count and the history across the move. The ledger invariant holds
// after every case. SQLite and PostgreSQL.
#include "domain/accountnumber.h"
#include "finance/interest.h"
#include "platform/store/sql.h"
#include "server.h"
#include "suitebase.h"
#include "transferhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

const QString kInCity = u"/api/v1/transfers/in-city"_qs;
const QString kBatch = u"/api/v1/transfers/in-city/batches"_qs;
const QString kMerge = u"/api/v1/transfers/merges"_qs;
const QDate kOpened(2025, 7, 15); // the fixture's clock: openings and the remittance

QString unknownAccount()
{
    return accountnumber::make(accountnumber::Kind::Personal, 987654321).value();
}

// A demo person born before 2000 whose citizen number ends in X (the lower-case x case).
int personWithX()
{
    for (int i = 100; i < 2000; ++i) {
        const QString n = server::demoIdentityNumber(i);
        if (n.endsWith(u'X') && n.mid(6, 2) == u"19")
            return i;
    }
    return -1;
}

QString fullWidth(const QString &s)
{
    QString out;
    for (QChar c : s)
        out += c.isDigit() ? QChar(c.unicode() - u'0' + 0xFF10) : c;
    return out;
}

} // namespace

class TestServerTransfer : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    QString m_teller;
    QString m_unitA;
    QString m_unitB;
    QMap<int, QString> m_accounts; // person → account under unit A

    // Units A and B (branch 0001) and the people under A, one remittance (2025-07), then 30 days.
    void setUpUnits(const QList<int> &people)
    {
        m_teller = f().login(u"teller1"_qs);
        m_unitA = f().createUnit(m_teller, 1);
        m_unitB = f().createUnit(m_teller, 2);
        QVERIFY(!m_unitA.isEmpty() && !m_unitB.isEmpty());
        m_accounts.clear();
        for (int p : people) {
            m_accounts.insert(p, f().openAccount(m_teller, m_unitA, p, 500000 + p * 1000));
            QVERIFY(!m_accounts.value(p).isEmpty());
        }
        QCOMPARE(f().postRemittance(m_teller, m_unitA, u"2025-07"_qs, ServerFixture::newKey()).status, 201);
        later(30);
    }

    // Days pass; the teller signs in again (the access token does not outlive them).
    void later(int days)
    {
        f().clock().advanceDays(days);
        m_teller = f().login(u"teller1"_qs);
    }

    QDate today() { return f().clock().now().toLocalTime().date(); }

    QJsonObject account(const QString &number)
    {
        return f().get(u"/api/v1/accounts/"_qs + number, m_teller).json;
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

    // Interest from `opened` to today on one credit of `amount` on `opened`, as the policy says.
    qint64 expectedInterest(QDate opened, qint64 amount)
    {
        auto r = finance::closingInterest(f().server().context().policy, opened, today(), 0,
                                          {finance::Movement{opened, amount}});
        return r ? r->interest : -1;
    }

    Reply merge(const QJsonObject &body, const QString &key = ServerFixture::newKey())
    {
        const QByteArray grant = f().grantFor(m_teller, u"supervisor1"_qs, key, kMerge, body);
        return f().post(kMerge, body, m_teller, key, {{"X-Supervisor-Grant", grant}});
    }

    void loanHold(const QString &accountNumber)
    {
        const QString loan = f().login(u"loan1"_qs);
        const QJsonObject body{
            {u"accountNumber"_qs, accountNumber}, {u"kind"_qs, u"loan_security"_qs}, {u"amountFen"_qs, 1000}};
        const QString key = ServerFixture::newKey();
        const QByteArray grant = f().grantFor(loan, u"supervisor1"_qs, key, u"/api/v1/holds"_qs, body);
        const Reply r = f().post(u"/api/v1/holds"_qs, body, loan, key, {{"X-Supervisor-Grant", grant}});
        QVERIFY2(r.status == 201, r.body.constData());
    }

    void loanRecord(const QString &personWhere, bool settled)
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO loan_records (person_id, contract_number, granted_on, "
                                    "settled_on, created_at) SELECT id, 'JK%1', '2020-01-01', %2, 0 FROM "
                                    "persons WHERE %3")
                         .arg(sql(u"SELECT COUNT(*) FROM loan_records"_qs) + 1)
                         .arg(settled ? u"'2024-01-01'"_qs : u"NULL"_qs, personWhere)));
    }

    void checkLedger()
    {
        const QString v = f().ledgerInvariantViolation();
        QVERIFY2(v.isEmpty(), qPrintable(v));
    }

private slots:
    // ---- single transfer: the happy path to the fen ---------------------------------------------
    void inCityMovesBalanceAndInterest()
    {
        setUpUnits({1, 2});
        const QString source = m_accounts.value(1);
        const QJsonObject before = account(source);
        const qint64 principal = before.value(u"balanceFen"_qs).toInteger();
        QVERIFY(principal > 0);
        const qint64 interest = expectedInterest(kOpened, principal);
        QVERIFY2(interest > 0, "30 days of interest on a deposit");

        const Reply r = f().post(
            kInCity,
            {{u"accountNumber"_qs, source}, {u"toUnitAccount"_qs, m_unitB}, {u"memo"_qs, u"调动"_qs}},
            m_teller, ServerFixture::newKey());
        QVERIFY2(r.status == 201, r.body.constData());
        const QJsonObject from = r.json.value(u"from"_qs).toObject();
        const QJsonObject to = r.json.value(u"to"_qs).toObject();
        QCOMPARE(r.json.value(u"kind"_qs).toString(), u"in_city"_qs);
        QCOMPARE(r.json.value(u"principalFen"_qs).toInteger(), principal);
        QCOMPARE(r.json.value(u"interestFen"_qs).toInteger(), interest);
        QCOMPARE(r.json.value(u"amountFen"_qs).toInteger(), principal + interest);
        QCOMPARE(r.json.value(u"valueDate"_qs).toString(), today().toString(Qt::ISODate));
        QCOMPARE(from.value(u"accountNumber"_qs).toString(), source);
        QCOMPARE(from.value(u"state"_qs).toString(), u"03"_qs);
        QCOMPARE(from.value(u"closeReason"_qs).toString(), u"06"_qs);
        QVERIFY(!from.value(u"closeReasonLabel"_qs).toString().isEmpty());
        QCOMPARE(from.value(u"closedOn"_qs).toString(), today().toString(Qt::ISODate));
        QCOMPARE(from.value(u"balanceFen"_qs).toInteger(), 0);
        const QString newNumber = to.value(u"accountNumber"_qs).toString();
        QCOMPARE(from.value(u"successorAccount"_qs).toString(), newNumber);
        QVERIFY(newNumber != source);
        QCOMPARE(to.value(u"state"_qs).toString(), u"01"_qs);
        QCOMPARE(to.value(u"unitAccount"_qs).toString(), m_unitB);
        QCOMPARE(to.value(u"baseFen"_qs), before.value(u"baseFen"_qs));
        QCOMPARE(to.value(u"balanceFen"_qs).toInteger(), principal + interest);
        QCOMPARE(to.value(u"documentNumber"_qs), before.value(u"documentNumber"_qs));
        QCOMPARE(to.value(u"openedOn"_qs).toString(), today().toString(Qt::ISODate));
        QVERIFY(!to.contains(u"closedOn"_qs) && !to.contains(u"successorAccount"_qs));
        QCOMPARE(r.json.value(u"fromUnit"_qs).toObject().value(u"unitAccount"_qs).toString(), m_unitA);
        QCOMPARE(r.json.value(u"toUnit"_qs).toObject().value(u"unitAccount"_qs).toString(), m_unitB);

        // The receipt: stored, masked, with the amounts.
        const QJsonObject receipt = r.json.value(u"receipt"_qs).toObject();
        QCOMPARE(receipt.value(u"business"_qs).toString(), u"in_city_transfer"_qs);
        QCOMPARE(receipt.value(u"businessLabel"_qs).toString(), u"市内转移"_qs);
        QCOMPARE(receipt.value(u"serial"_qs), r.json.value(u"serial"_qs));
        const QByteArray printed = QJsonDocument(receipt).toJson(QJsonDocument::Compact);
        QVERIFY(!printed.contains(server::demoIdentityNumber(1).toUtf8()));
        QVERIFY(!printed.contains("职工1"));
        QVERIFY(printed.contains(newNumber.toUtf8()));
        const QString serial = r.json.value(u"serial"_qs).toString();
        QCOMPARE(f().get(u"/api/v1/receipts/"_qs + serial, m_teller).status, 200);
        // Read back whole.
        const Reply got = f().get(u"/api/v1/transfers/"_qs + serial, m_teller);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json, r.json);

        // History: the new account names its predecessor, whose journal holds the interest and the move.
        const QJsonObject now = account(newNumber);
        QCOMPARE(now.value(u"predecessorAccounts"_qs).toArray(), QJsonArray{source});
        QCOMPARE(now.value(u"otherAccounts"_qs).toInteger(), 0);
        const Reply journal = f().get(u"/api/v1/accounts/"_qs + source + u"/journal"_qs, m_teller);
        QCOMPARE(journal.status, 200);
        const QJsonArray items = journal.json.value(u"items"_qs).toArray();
        QVERIFY(items.size() >= 4);
        const QJsonObject credit = items.at(items.size() - 2).toObject();
        const QJsonObject debit = items.last().toObject();
        QCOMPARE(credit.value(u"businessType"_qs).toString(), u"09"_qs);
        QCOMPARE(credit.value(u"amountFen"_qs).toInteger(), interest);
        QCOMPARE(credit.value(u"memo"_qs).toString(),
                 u"转移结息 "_qs + r.json.value(u"serial"_qs).toString());
        QCOMPARE(debit.value(u"businessType"_qs).toString(), u"06"_qs);
        QCOMPARE(debit.value(u"amountFen"_qs).toInteger(), -(principal + interest));
        QCOMPARE(debit.value(u"balanceAfterFen"_qs).toInteger(), 0);
        QVERIFY(debit.value(u"memo"_qs).toString().contains(newNumber));
        const QJsonArray newItems = f().get(u"/api/v1/accounts/"_qs + newNumber + u"/journal"_qs, m_teller)
                                        .json.value(u"items"_qs)
                                        .toArray();
        QCOMPARE(newItems.size(), 1);
        QCOMPARE(newItems.at(0).toObject().value(u"amountFen"_qs).toInteger(), principal + interest);
        QVERIFY(newItems.at(0).toObject().value(u"memo"_qs).toString().contains(source));
        QCOMPARE(newItems.at(0).toObject().value(u"serial"_qs).toString(), serial);

        // Audit: the source (before → after) and the new account, both with the serial.
        QCOMPARE(
            sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'transfers.inCity' AND outcome = 'ok' "
                "AND (object = 'account:"_qs +
                source + u"' OR object = 'account:"_qs + newNumber + u"')"_qs),
            2);
        // The other person is untouched.
        QCOMPARE(account(m_accounts.value(2)).value(u"state"_qs).toString(), u"01"_qs);
        checkLedger();
    }

    // ---- single transfer: every refusal ---------------------------------------------------------
    void inCityRefused_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown account")
            << u"unknown_account"_qs << 404 << u"account.not_found"_qs << u"accountNumber"_qs;
        QTest::newRow("wrong check digit")
            << u"bad_check"_qs << 422 << u"account_number.checksum"_qs << u"accountNumber"_qs;
        QTest::newRow("empty account number")
            << u"empty_account"_qs << 400 << u"request.field_empty"_qs << u"accountNumber"_qs;
        QTest::newRow("unit account as account")
            << u"unit_as_account"_qs << 422 << u"account_number.kind"_qs << u"accountNumber"_qs;
        QTest::newRow("memo too long")
            << u"long_memo"_qs << 400 << u"request.field_too_long"_qs << u"memo"_qs;
        QTest::newRow("unknown unit")
            << u"unknown_unit"_qs << 404 << u"unit.not_found"_qs << u"toUnitAccount"_qs;
        QTest::newRow("already transferred (03)")
            << u"transferred"_qs << 422 << u"transfer.source_closed"_qs << u"accountNumber"_qs;
        QTest::newRow("closed 04") << u"state04"_qs << 422 << u"transfer.source_closed"_qs
                                   << u"accountNumber"_qs;
        QTest::newRow("closed 05") << u"state05"_qs << 422 << u"transfer.source_closed"_qs
                                   << u"accountNumber"_qs;
        QTest::newRow("same unit") << u"same_unit"_qs << 422 << u"transfer.same_unit"_qs
                                   << u"toUnitAccount"_qs;
        QTest::newRow("receiving unit sealed")
            << u"unit_sealed"_qs << 422 << u"transfer.unit_state"_qs << u"toUnitAccount"_qs;
        QTest::newRow("judicial freeze")
            << u"freeze"_qs << 422 << u"account.frozen"_qs << u"accountNumber"_qs;
        QTest::newRow("loan-security hold")
            << u"loan_hold"_qs << 422 << u"transfer.open_loan"_qs << u"accountNumber"_qs;
        QTest::newRow("open loan") << u"open_loan"_qs << 422 << u"transfer.open_loan"_qs
                                   << u"accountNumber"_qs;
        QTest::newRow("open loan under the legacy record")
            << u"open_loan_legacy"_qs << 422 << u"transfer.open_loan"_qs << u"accountNumber"_qs;
        QTest::newRow("settled loan moves") << u"settled_loan"_qs << 201 << QString() << QString();
        QTest::newRow("sealed source moves") << u"sealed"_qs << 201 << QString() << QString();
        QTest::newRow("receiving unit of another branch")
            << u"other_branch"_qs << 403 << u"auth.branch_denied"_qs << u"toUnitAccount"_qs;
    }
    void inCityRefused()
    {
        QFETCH(QString, setup);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        setUpUnits({1});
        QString source = m_accounts.value(1);
        QString toUnit = m_unitB;
        QString memo;
        const QString personWhere = u"document_number = '"_qs + server::demoIdentityNumber(1) + u"'"_qs;
        if (setup == u"unknown_account")
            source = unknownAccount();
        else if (setup == u"bad_check")
            source = source.left(source.size() - 1) + (source.endsWith(u'0') ? u'1' : u'0');
        else if (setup == u"empty_account")
            source = u"  "_qs;
        else if (setup == u"unit_as_account")
            source = m_unitA;
        else if (setup == u"long_memo")
            memo = QString(101, u'备');
        else if (setup == u"unknown_unit")
            toUnit = accountnumber::make(accountnumber::Kind::Unit, 99999999).value();
        else if (setup == u"transferred")
            QCOMPARE(f().post(kInCity, {{u"accountNumber"_qs, source}, {u"toUnitAccount"_qs, m_unitB}},
                              m_teller, ServerFixture::newKey())
                         .status,
                     201);
        else if (setup == u"state04" || setup == u"state05")
            QVERIFY(exec(u"UPDATE accounts SET state = '"_qs + setup.right(2) +
                         u"' WHERE account_number = '"_qs + source + u"'"_qs));
        else if (setup == u"same_unit")
            toUnit = m_unitA;
        else if (setup == u"unit_sealed")
            QVERIFY(exec(u"UPDATE units SET state = '05' WHERE unit_account = '"_qs + m_unitB + u"'"_qs));
        else if (setup == u"freeze")
            QVERIFY(!f().registerFreeze(source, 1000).isEmpty());
        else if (setup == u"loan_hold")
            loanHold(source);
        else if (setup == u"open_loan")
            loanRecord(personWhere, false);
        else if (setup == u"open_loan_legacy") {
            QVERIFY(!legacyDuplicate(f(), 1, m_unitB, 0).isEmpty());
            loanRecord(u"document_number = '"_qs + legacyNumber(1) + u"'"_qs, false);
        } else if (setup == u"settled_loan")
            loanRecord(personWhere, true);
        else if (setup == u"sealed")
            QCOMPARE(f().post(u"/api/v1/accounts/"_qs + source + u"/seal"_qs, {{u"reason"_qs, u"01"_qs}},
                              m_teller, ServerFixture::newKey())
                         .status,
                     200);
        else if (setup == u"other_branch")
            toUnit = f().createUnit(f().login(u"teller2"_qs), 3);
        const qint64 balanceBefore = account(m_accounts.value(1)).value(u"balanceFen"_qs).toInteger();
        const qint64 accountsBefore = sql(u"SELECT COUNT(*) FROM accounts"_qs);
        QJsonObject body{{u"accountNumber"_qs, source}, {u"toUnitAccount"_qs, toUnit}};
        if (!memo.isEmpty())
            body.insert(u"memo"_qs, memo);
        const Reply r = f().post(kInCity, body, m_teller, ServerFixture::newKey());
        QVERIFY2(r.status == status, r.body.constData());
        if (status == 201) {
            QCOMPARE(r.json.value(u"from"_qs).toObject().value(u"state"_qs).toString(), u"03"_qs);
            QCOMPARE(r.json.value(u"to"_qs).toObject().value(u"state"_qs).toString(), u"01"_qs);
        } else {
            QCOMPARE(r.code(), code);
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
            // Nothing happened: no account, the balance where it was, no court detail in the answer.
            QCOMPARE(sql(u"SELECT COUNT(*) FROM accounts"_qs), accountsBefore);
            QCOMPARE(account(m_accounts.value(1)).value(u"balanceFen"_qs).toInteger(), balanceBefore);
            QVERIFY(!r.body.contains("京0105"));
        }
        checkLedger();
    }

    // ---- idempotency ----------------------------------------------------------------------------
    void inCityReplayedOnce()
    {
        setUpUnits({1});
        const QString key = ServerFixture::newKey();
        const QJsonObject body{{u"accountNumber"_qs, m_accounts.value(1)}, {u"toUnitAccount"_qs, m_unitB}};
        const Reply first = f().post(kInCity, body, m_teller, key);
        QCOMPARE(first.status, 201);
        const qint64 accounts = sql(u"SELECT COUNT(*) FROM accounts"_qs);
        const qint64 journal = sql(u"SELECT COUNT(*) FROM journal"_qs);
        const Reply again = f().post(kInCity, body, m_teller, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json, first.json);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(sql(u"SELECT COUNT(*) FROM accounts"_qs), accounts);
        QCOMPARE(sql(u"SELECT COUNT(*) FROM journal"_qs), journal);
        checkLedger();
    }

    // ---- batch ----------------------------------------------------------------------------------
    // Rows: "p<n>" person n as registered; suffixes: "fw" full-width digits, "lx" lower-case x, "15"
    // the legacy 15-digit form, "cs" a wrong check digit, "nm" another name, "ln" a 61-character
    // name, "en" an empty number, "dt" document type 77. "out" = person 9 (under unit B only).
    // Expected: "ok" or "row:field:code" separated by ",".
    void batch_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("freezeP3");
        QTest::newRow("three people") << u"p1 p2 p3"_qs << u"ok"_qs << false;
        QTest::newRow("full-width digits and lower-case x") << u"p1fw pXlx"_qs << u"ok"_qs << false;
        QTest::newRow("15-digit legacy number") << u"p2_15"_qs << u"ok"_qs << false;
        QTest::newRow("wrong check digit")
            << u"p1 p2cs"_qs << u"1:documentNumber:identity.checksum"_qs << false;
        QTest::newRow("name mismatch") << u"p1nm p2"_qs << u"0:name:transfer.name_mismatch"_qs << false;
        QTest::newRow("not an employee of the unit")
            << u"p1 out"_qs << u"1:documentNumber:transfer.not_employee"_qs << false;
        QTest::newRow("duplicate row")
            << u"p1 p2 p1"_qs << u"2:documentNumber:transfer.duplicate_row"_qs << false;
        QTest::newRow("duplicate across 15 and 18 digits")
            << u"p2 p2_15"_qs << u"1:documentNumber:transfer.duplicate_row"_qs << false;
        QTest::newRow("empty number") << u"p1en"_qs << u"0:documentNumber:request.field_empty"_qs << false;
        QTest::newRow("oversized name") << u"p1ln p2"_qs << u"0:name:request.field_too_long"_qs << false;
        QTest::newRow("unknown document type")
            << u"p1dt"_qs << u"0:documentType:identity.document_type"_qs << false;
        QTest::newRow("frozen row") << u"p1 p3"_qs << u"1:documentNumber:account.frozen"_qs << true;
        QTest::newRow("several errors")
            << u"p1cs p2 p3nm out"_qs
            << u"0:documentNumber:identity.checksum,2:name:transfer.name_mismatch,"
               "3:documentNumber:transfer.not_employee"_qs
            << false;
    }
    void batch()
    {
        QFETCH(QString, rows);
        QFETCH(QString, expected);
        QFETCH(bool, freezeP3);
        const int px = personWithX();
        QVERIFY(px > 0);
        setUpUnits({1, 2, 3, px});
        f().openAccount(m_teller, m_unitB, 9, 500000);
        if (freezeP3)
            QVERIFY(!f().registerFreeze(m_accounts.value(3), 1000).isEmpty());
        QJsonArray array;
        QList<int> persons;
        for (const QString &spec : rows.split(u' ')) {
            const int person = spec == u"out" ? 9 : spec.startsWith(u"pX") ? px : spec.mid(1, 1).toInt();
            persons << person;
            QString number = server::demoIdentityNumber(person);
            QString name = QStringLiteral("职工%1").arg(person);
            QString type = u"01"_qs;
            if (spec.endsWith(u"fw"))
                number = fullWidth(number);
            if (spec.endsWith(u"lx"))
                number = number.toLower();
            if (spec.endsWith(u"_15"))
                number = legacyNumber(person);
            if (spec.endsWith(u"cs"))
                number = number.left(17) + (number.endsWith(u'0') ? u'1' : u'0');
            if (spec.endsWith(u"nm"))
                name = u"别人"_qs;
            if (spec.endsWith(u"ln"))
                name = QString(61, u'名');
            if (spec.endsWith(u"en"))
                number.clear();
            if (spec.endsWith(u"dt"))
                type = u"77"_qs;
            array.append(
                QJsonObject{{u"documentType"_qs, type}, {u"documentNumber"_qs, number}, {u"name"_qs, name}});
        }
        const qint64 accountsBefore = sql(u"SELECT COUNT(*) FROM accounts"_qs);
        QMap<int, qint64> balances;
        for (int p : std::as_const(persons))
            if (m_accounts.contains(p))
                balances.insert(p, account(m_accounts.value(p)).value(u"balanceFen"_qs).toInteger());
        const Reply r = f().post(
            kBatch, {{u"fromUnitAccount"_qs, m_unitA}, {u"toUnitAccount"_qs, m_unitB}, {u"rows"_qs, array}},
            m_teller, ServerFixture::newKey());
        if (expected == u"ok") {
            QVERIFY2(r.status == 201, r.body.constData());
            QCOMPARE(r.json.value(u"count"_qs).toInt(), persons.size());
            const QJsonArray items = r.json.value(u"items"_qs).toArray();
            QCOMPARE(items.size(), persons.size());
            qint64 total = 0;
            for (int i = 0; i < items.size(); ++i) {
                const QJsonObject item = items.at(i).toObject();
                const int p = persons.at(i);
                QCOMPARE(item.value(u"row"_qs).toInt(), i);
                QCOMPARE(item.value(u"fromAccount"_qs).toString(), m_accounts.value(p));
                QVERIFY(item.value(u"name"_qs).toString() != QStringLiteral("职工%1").arg(p)); // masked
                const qint64 expectedAmount =
                    balances.value(p) + expectedInterest(kOpened, balances.value(p));
                QCOMPARE(item.value(u"amountFen"_qs).toInteger(), expectedAmount);
                const QJsonObject moved = account(item.value(u"toAccount"_qs).toString());
                QCOMPARE(moved.value(u"balanceFen"_qs).toInteger(), expectedAmount);
                QCOMPARE(moved.value(u"unitAccount"_qs).toString(), m_unitB);
                const QJsonObject old = account(m_accounts.value(p));
                QCOMPARE(old.value(u"state"_qs).toString(), u"03"_qs);
                QCOMPARE(old.value(u"successorAccount"_qs), item.value(u"toAccount"_qs));
                total += expectedAmount;
            }
            QCOMPARE(r.json.value(u"totalFen"_qs).toInteger(), total);
            const QJsonObject receipt = r.json.value(u"receipt"_qs).toObject();
            QCOMPARE(receipt.value(u"business"_qs).toString(), u"in_city_batch"_qs);
            QCOMPARE(receipt.value(u"businessLabel"_qs).toString(), u"批量市内转移"_qs);
            // One serial for the whole batch, on every moving journal row.
            QCOMPARE(sql(u"SELECT COUNT(DISTINCT serial) FROM journal WHERE business_type = '06'"_qs), 1);
            QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '06'"_qs), 2 * persons.size());
        } else {
            QVERIFY2(r.status == 422, r.body.constData());
            QCOMPARE(r.code(), u"transfer.batch_rows"_qs);
            QStringList got;
            for (const QJsonValue &v : r.json.value(u"rows"_qs).toArray()) {
                const QJsonObject o = v.toObject();
                got << QStringLiteral("%1:%2:%3")
                           .arg(o.value(u"row"_qs).toInt())
                           .arg(o.value(u"field"_qs).toString(), o.value(u"code"_qs).toString());
            }
            QCOMPARE(got.join(u','), expected);
            QCOMPARE(sql(u"SELECT COUNT(*) FROM accounts"_qs), accountsBefore);
            for (auto it = balances.cbegin(); it != balances.cend(); ++it)
                QCOMPARE(account(m_accounts.value(it.key())).value(u"state"_qs).toString(), u"01"_qs);
        }
        checkLedger();
    }

    void batchLimits_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no rows") << 0 << 422 << u"list.empty"_qs;
        QTest::newRow("501 rows") << 501 << 422 << u"list.too_many_rows"_qs;
        QTest::newRow("500 rows are read (all unknown)") << 500 << 422 << u"transfer.batch_rows"_qs;
    }
    void batchLimits()
    {
        QFETCH(int, rows);
        QFETCH(int, status);
        QFETCH(QString, code);
        setUpUnits({1});
        QJsonArray array;
        for (int i = 0; i < rows; ++i)
            array.append(QJsonObject{{u"documentType"_qs, u"01"_qs},
                                     {u"documentNumber"_qs, server::demoIdentityNumber(1000 + i)},
                                     {u"name"_qs, u"某人"_qs}});
        const Reply r = f().post(
            kBatch, {{u"fromUnitAccount"_qs, m_unitA}, {u"toUnitAccount"_qs, m_unitB}, {u"rows"_qs, array}},
            m_teller, ServerFixture::newKey());
        QVERIFY2(r.status == status, r.body.left(300).constData());
        QCOMPARE(r.code(), code);
        if (code == u"transfer.batch_rows")
            QCOMPARE(r.json.value(u"rows"_qs).toArray().size(), rows);
        checkLedger();
    }

    // ---- merge ----------------------------------------------------------------------------------
    void merge_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("legacy into 18-digit") << u"ok"_qs << 201 << QString() << QString();
        QTest::newRow("18-digit into legacy") << u"reverse"_qs << 201 << QString() << QString();
        QTest::newRow("same account")
            << u"same"_qs << 422 << u"transfer.same_account"_qs << u"mergeAccount"_qs;
        QTest::newRow("not the same person")
            << u"other_person"_qs << 422 << u"transfer.not_same_person"_qs << u"mergeAccount"_qs;
        QTest::newRow("unknown merge account")
            << u"unknown"_qs << 404 << u"account.not_found"_qs << u"mergeAccount"_qs;
        QTest::newRow("merged account already closed")
            << u"merge_closed"_qs << 422 << u"transfer.source_closed"_qs << u"mergeAccount"_qs;
        QTest::newRow("kept account closed")
            << u"keep_closed"_qs << 422 << u"account.closed"_qs << u"keepAccount"_qs;
        QTest::newRow("merged account frozen")
            << u"frozen"_qs << 422 << u"account.frozen"_qs << u"mergeAccount"_qs;
        QTest::newRow("open loan") << u"open_loan"_qs << 422 << u"transfer.open_loan"_qs
                                   << u"mergeAccount"_qs;
    }
    void merge()
    {
        QFETCH(QString, setup);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        setUpUnits({1, 2});
        const QString legacy = legacyDuplicate(f(), 1, m_unitB, 88800);
        QVERIFY(!legacy.isEmpty());
        const QDate legacyOpened = today();
        later(10);
        QString keep = m_accounts.value(1);
        QString gone = legacy;
        if (setup == u"reverse")
            std::swap(keep, gone);
        else if (setup == u"same")
            gone = keep;
        else if (setup == u"other_person")
            keep = m_accounts.value(2);
        else if (setup == u"unknown")
            gone = unknownAccount();
        else if (setup == u"merge_closed")
            QVERIFY(exec(u"UPDATE accounts SET state = '05' WHERE account_number = '"_qs + gone + u"'"_qs));
        else if (setup == u"keep_closed")
            QVERIFY(exec(u"UPDATE accounts SET state = '04' WHERE account_number = '"_qs + keep + u"'"_qs));
        else if (setup == u"frozen")
            QVERIFY(!f().registerFreeze(gone, 1000).isEmpty());
        else if (setup == u"open_loan")
            loanRecord(u"document_number = '"_qs + server::demoIdentityNumber(1) + u"'"_qs, false);
        // Both accounts show the other one (一人多户) before.
        if (setup == u"ok") {
            QCOMPARE(account(keep).value(u"otherAccounts"_qs).toInteger(), 1);
            const Reply search =
                f().post(u"/api/v1/persons/search"_qs,
                         {{u"documentType"_qs, u"01"_qs}, {u"documentNumber"_qs, legacyNumber(1)}}, m_teller);
            QCOMPARE(search.json.value(u"items"_qs)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"otherAccounts"_qs)
                         .toInteger(),
                     1);
            const Reply candidates =
                f().post(u"/api/v1/transfers/merge-candidates"_qs, {{u"accountNumber"_qs, keep}}, m_teller);
            QCOMPARE(candidates.status, 200);
            QCOMPARE(candidates.json.value(u"items"_qs).toArray().size(), 1);
            QCOMPARE(candidates.json.value(u"items"_qs)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(u"accountNumber"_qs)
                         .toString(),
                     gone);
        }
        const qint64 keepBefore = account(keep).value(u"balanceFen"_qs).toInteger();
        const qint64 goneBefore = account(gone).value(u"balanceFen"_qs).toInteger();
        // Without a supervisor's grant, nothing (a request that does not validate is refused first).
        const QJsonObject body{{u"keepAccount"_qs, keep}, {u"mergeAccount"_qs, gone}};
        QCOMPARE(f().post(kMerge, body, m_teller, ServerFixture::newKey()).code(),
                 setup == u"same" ? code : u"grant.required"_qs);
        const Reply r = merge(body);
        QVERIFY2(r.status == status, r.body.constData());
        if (status == 201) {
            const QDate goneOpened = setup == u"ok" ? legacyOpened : kOpened;
            const qint64 interest = expectedInterest(goneOpened, goneBefore);
            QVERIFY(interest > 0);
            QCOMPARE(r.json.value(u"kind"_qs).toString(), u"merge"_qs);
            QCOMPARE(r.json.value(u"interestFen"_qs).toInteger(), interest);
            QCOMPARE(r.json.value(u"amountFen"_qs).toInteger(), goneBefore + interest);
            const QJsonObject from = r.json.value(u"from"_qs).toObject();
            QCOMPARE(from.value(u"accountNumber"_qs).toString(), gone);
            QCOMPARE(from.value(u"state"_qs).toString(), u"03"_qs);
            QCOMPARE(from.value(u"closeReason"_qs).toString(), u"05"_qs);
            QCOMPARE(from.value(u"successorAccount"_qs).toString(), keep);
            QCOMPARE(account(keep).value(u"balanceFen"_qs).toInteger(), keepBefore + goneBefore + interest);
            QCOMPARE(account(keep).value(u"otherAccounts"_qs).toInteger(), 0);
            QCOMPARE(account(keep).value(u"predecessorAccounts"_qs).toArray(), QJsonArray{gone});
            QCOMPARE(r.json.value(u"receipt"_qs).toObject().value(u"business"_qs).toString(), u"merge"_qs);
            QCOMPARE(r.json.value(u"receipt"_qs).toObject().value(u"businessLabel"_qs).toString(),
                     u"个人合并"_qs);
            QCOMPARE(sql(u"SELECT COUNT(*) FROM journal WHERE business_type = '71'"_qs), 2);
            QCOMPARE(
                sql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'transfers.merge' AND outcome = 'ok'"_qs),
                2);
            QCOMPARE(f().get(u"/api/v1/transfers/"_qs + r.json.value(u"serial"_qs).toString(), m_teller).json,
                     r.json);
        } else {
            QCOMPARE(r.code(), code);
            QCOMPARE(r.json.value(u"field"_qs).toString(), field);
            QCOMPARE(account(keep).value(u"balanceFen"_qs).toInteger(), keepBefore);
        }
        checkLedger();
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerTransfer(b); });
}

#include "tst_server_transfer.moc"
