// Judicial assistance on the server (issue 15): freeze (amount, whole balance, 轮候), renew,
// unfreeze (whole, part, promotion), deduct (caps, ledger, risk flags), shortfall and later
// credits, confidentiality and audit of reads, grants and replays, expiry — on SQLite and
// PostgreSQL through the real HTTP stack.
#include "business/judicial/courtchannel.h"
#include "business/judicial/expiryjob.h"
#include "crypto/kdf.h"
#include "platform/auth/userservice.h"
#include "platform/localcall.h"
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace hpf;
using namespace hpf::test;

namespace {

const QString kFreezes = u"/api/v1/judicial/freezes"_qs;

QString holdPath(const QString &holdId, const char *action)
{
    return kFreezes + u'/' + holdId + u'/' + QLatin1String(action);
}

QJsonObject freezeOf(const Reply &r)
{
    return r.json.value(u"freeze"_qs).toObject();
}

} // namespace

class TestServerJudicial : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

private:
    // An account of teller1's branch with one remittance posted; its balance in m_balance.
    QString fundedAccount(int person = 1)
    {
        const QString teller = f().login(u"teller1"_qs);
        const QString unit = f().createUnit(teller, person);
        const QString account = f().openAccount(teller, unit, person, 1000000);
        const Reply r = f().postRemittance(teller, unit, u"2025-06"_qs, ServerFixture::newKey());
        m_unit = unit;
        m_balance = r.json.value(u"items"_qs).toArray().at(0).toObject().value(u"balanceFen"_qs).toInteger();
        if (m_balance <= 0)
            qWarning() << "remittance" << r.status << r.body;
        return account;
    }

    QJsonObject search(const QString &account, const QString &user = u"judicial1"_qs)
    {
        const Reply r =
            f().post(u"/api/v1/judicial/search"_qs, {{u"accountNumber"_qs, account}}, f().login(user));
        return r.json;
    }

    qint64 countSql(const QString &sql)
    {
        auto conn = f().database().connection();
        server::Query q(*conn, sql);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    QString m_unit;
    qint64 m_balance = 0;

private slots:
    void courts()
    {
        const Reply r = f().get(u"/api/v1/judicial/courts"_qs, f().login(u"teller1"_qs));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"courts"_qs).toArray().size(), 5);
        QCOMPARE(r.json.value(u"expiringDays"_qs).toInt(), 30);
        QVERIFY(r.json.value(u"unfreezeGrounds"_qs).toArray().contains(u"debt_paid"_qs));
    }

    void freezeQueueAndPromotion()
    {
        const QString account = fundedAccount();
        QVERIFY(m_balance > 150000);
        const Reply first = f().judicialPost(kFreezes, f().freezeRequest(account, 100000, 1));
        QCOMPARE(first.status, 201);
        QCOMPARE(freezeOf(first).value(u"state"_qs).toString(), u"active"_qs);
        QCOMPARE(freezeOf(first).value(u"heldFen"_qs).toInteger(), 100000);
        QCOMPARE(first.json.value(u"account"_qs).toObject().value(u"availableFen"_qs).toInteger(),
                 m_balance - 100000);
        QCOMPARE(first.json.value(u"request"_qs).toObject().value(u"channel"_qs).toString(), u"counter"_qs);
        const Reply second = f().judicialPost(kFreezes, f().freezeRequest(account, 50000, 2));
        QCOMPARE(second.status, 201);
        QCOMPARE(freezeOf(second).value(u"state"_qs).toString(), u"waiting"_qs);
        QCOMPARE(freezeOf(second).value(u"queuePosition"_qs).toInt(), 1);
        QCOMPARE(second.json.value(u"receipt"_qs).toObject().value(u"notes"_qs).toArray(),
                 QJsonArray{u"queued"_qs});
        const QJsonObject found = search(account);
        QCOMPARE(found.value(u"active"_qs).toObject().value(u"holdId"_qs),
                 freezeOf(first).value(u"holdId"_qs));
        QCOMPARE(found.value(u"queue"_qs).toArray().size(), 1);
        QCOMPARE(found.value(u"account"_qs).toObject().value(u"heldFen"_qs).toInteger(), 100000);
        QCOMPARE(f().ledgerInvariantViolation(), QString());

        // 解冻 of the active freeze: the waiting one takes effect in the same transaction.
        const QString firstId = freezeOf(first).value(u"holdId"_qs).toString();
        const QJsonObject body = f().courtRequest(u"unfreeze"_qs, account, firstId, 1);
        const Reply lifted = f().judicialPost(holdPath(firstId, "unfreeze"), body);
        QCOMPARE(lifted.status, 200);
        QCOMPARE(freezeOf(lifted).value(u"state"_qs).toString(), u"released"_qs);
        const QJsonObject promoted = lifted.json.value(u"promoted"_qs).toObject();
        QCOMPARE(promoted.value(u"holdId"_qs), freezeOf(second).value(u"holdId"_qs));
        QCOMPARE(promoted.value(u"state"_qs).toString(), u"active"_qs);
        QCOMPARE(promoted.value(u"heldFen"_qs).toInteger(), 50000);
        QCOMPARE(lifted.json.value(u"receipt"_qs).toObject().value(u"notes"_qs).toArray(),
                 QJsonArray{u"promoted"_qs});
        QCOMPARE(f().ledgerInvariantViolation(), QString());
        // Lifting it again: already ended.
        const Reply again = f().judicialPost(holdPath(firstId, "unfreeze"), body);
        QCOMPARE(again.status, 422);
        QCOMPARE(again.code(), u"judicial.already_ended"_qs);
        QCOMPARE(again.json.value(u"field"_qs).toString(), u"holdId"_qs);
    }

    void renewBeforeExpiryOnly()
    {
        const QString account = fundedAccount();
        const QDate today = f().clock().now().toLocalTime().date();
        const QString id = f().registerFreeze(account, 10000, 1, today.addDays(10));
        QVERIFY(!id.isEmpty());
        QJsonObject renew = f().courtRequest(u"renew"_qs, account, id, 1);
        renew.insert(u"newEndDate"_qs, today.addDays(5).toString(Qt::ISODate));
        const Reply notLater = f().judicialPost(holdPath(id, "renew"), renew);
        QVERIFY2(notLater.code() == u"judicial.renew_not_later", notLater.body.constData());
        QCOMPARE(notLater.json.value(u"field"_qs).toString(), u"newEndDate"_qs);
        renew.insert(u"newEndDate"_qs, today.addDays(40).toString(Qt::ISODate));
        const Reply renewed = f().judicialPost(holdPath(id, "renew"), renew);
        QCOMPARE(renewed.status, 200);
        QCOMPARE(freezeOf(renewed).value(u"endDate"_qs).toString(), today.addDays(40).toString(Qt::ISODate));
        QCOMPARE(freezeOf(renewed).value(u"renewals"_qs).toInt(), 1);
        // After the end date the freeze has expired: a renewal comes too late.
        f().clock().advanceDays(41);
        renew = f().courtRequest(u"renew"_qs, account, id, 1);
        const Reply late = f().judicialPost(holdPath(id, "renew"), renew);
        QCOMPARE(late.status, 422);
        QCOMPARE(late.code(), u"judicial.already_ended"_qs);
        QCOMPARE(
            search(account).value(u"history"_qs).toArray().at(0).toObject().value(u"state"_qs).toString(),
            u"expired"_qs);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    // The "bad input and races": every refusal with its code, field and status, and
    // nothing changed by it. Set-up: an active freeze A (10,000.00... of case 1) and a waiting B.
    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, int which, int status, const char *code, const char *field) {
            QTest::newRow(name) << which << status << QString::fromLatin1(code) << QString::fromUtf8(field);
        };
        row("freeze: no amount, not whole", 0, 422, "judicial.amount_invalid", "amountFen");
        row("freeze: negative amount", 1, 422, "judicial.invalid", "amountFen");
        row("freeze: court not in the policy", 2, 422, "judicial.court_unknown", "courtCode");
        row("freeze: case number of another court", 3, 422, "judicial.case_number", "caseNumber");
        row("freeze: one officer", 4, 422, "judicial.officers", "officers");
        row("freeze: officer without 执行公务证", 5, 422, "judicial.field_required", "officers[1].dutyCard");
        row("freeze: notice dated tomorrow", 6, 422, "judicial.document_date", "notice.date");
        row("freeze: ends before it starts", 7, 422, "judicial.period_invalid", "endDate");
        row("freeze: unknown field", 8, 422, "judicial.invalid", "color");
        row("freeze: a renew on the freeze route", 9, 422, "judicial.invalid", "type");
        row("freeze: unknown account", 10, 404, "account.not_found", "accountNumber");
        row("freeze: 30 February", 11, 422, "judicial.invalid", "endDate");
        row("renew: body names another freeze", 12, 422, "judicial.hold_mismatch", "holdId");
        row("renew: no such freeze", 13, 404, "judicial.not_found", "holdId");
        row("renew: path is not an id", 14, 404, "judicial.not_found", "holdId");
        row("renew: the freeze is on another account", 15, 422, "judicial.hold_mismatch", "accountNumber");
        row("renew: not later", 16, 422, "judicial.renew_not_later", "newEndDate");
        row("renew: new end in the past", 17, 422, "judicial.end_in_past", "newEndDate");
        row("unfreeze: unknown grounds", 18, 422, "judicial.grounds", "grounds");
        row("unfreeze: part above the frozen amount", 19, 422, "judicial.unfreeze_exceeds_frozen",
            "amountFen");
        row("unfreeze: negative part", 20, 422, "judicial.invalid", "amountFen");
        row("deduct: from a waiting freeze", 21, 422, "judicial.not_active", "holdId");
        row("deduct: above the frozen amount", 22, 422, "judicial.deduct_exceeds_frozen", "amountFen");
        row("deduct: neither order nor withdrawal condition", 23, 422, "judicial.deduct_basis",
            "withdrawalCondition");
        row("deduct: unknown withdrawal condition", 24, 422, "judicial.deduct_basis", "withdrawalCondition");
        row("deduct: zero", 25, 422, "judicial.amount_invalid", "amountFen");
        row("deduct: no payee account", 26, 422, "judicial.field_required", "payee.account");
        row("a teller registers a freeze", 27, 403, "auth.role_denied", "");
        row("/holds with a judicial freeze", 28, 422, "hold.kind", "kind");
        row("unfreeze: part of a whole-balance freeze", 29, 422, "judicial.unfreeze_whole_balance",
            "amountFen");
        row("deduct: above the balance", 30, 422, "judicial.deduct_exceeds_balance", "amountFen");
    }
    void refusals()
    {
        QFETCH(int, which);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const QString account = fundedAccount();
        const QString other = fundedAccount(2);
        const QString a = f().registerFreeze(account, 10000, 1);
        const QString b = f().registerFreeze(account, 5000, 2);
        const QString whole = f().registerFreeze(other, 0, 3);
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !whole.isEmpty());
        const QDate today = f().clock().now().toLocalTime().date();
        const QString tomorrow = today.addDays(1).toString(Qt::ISODate);
        QJsonObject body = f().freezeRequest(account, 3000, 7);
        QString path = kFreezes;
        const auto on = [&](const QString &type, const QString &holdId, const char *action, int caseNo = 1) {
            body = f().courtRequest(type, account, holdId, caseNo);
            path = holdPath(holdId, action);
        };
        const auto officers = [&](int drop) {
            QJsonArray list = body.value(u"officers"_qs).toArray();
            if (drop < 0) {
                list.removeLast();
            } else {
                QJsonObject o = list.at(drop).toObject();
                o.remove(u"dutyCard"_qs);
                list.replace(drop, o);
            }
            body.insert(u"officers"_qs, list);
        };
        switch (which) {
        case 0:
            body.insert(u"amountFen"_qs, 0);
            break;
        case 1:
            body.insert(u"amountFen"_qs, -5);
            break;
        case 2:
            body.insert(u"courtCode"_qs, u"沪0101"_qs);
            break;
        case 3:
            body.insert(u"caseNumber"_qs, u"（2025）京0108执7号"_qs);
            break;
        case 4:
            officers(-1);
            break;
        case 5:
            officers(1);
            break;
        case 6:
            body.insert(u"notice"_qs,
                        QJsonObject{{u"number"_qs, u"京0105协执7号"_qs}, {u"date"_qs, tomorrow}});
            break;
        case 7:
            body.insert(u"endDate"_qs, today.addDays(-1).toString(Qt::ISODate));
            break;
        case 8:
            body.insert(u"color"_qs, u"red"_qs);
            break;
        case 9:
            body.insert(u"type"_qs, u"renew"_qs);
            break;
        case 10:
            body.insert(u"accountNumber"_qs, u"1999999999999"_qs);
            break;
        case 11:
            body.insert(u"endDate"_qs, u"2026-02-30"_qs);
            break;
        case 12:
            on(u"renew"_qs, a, "renew");
            path = holdPath(b, "renew");
            break;
        case 13:
            on(u"renew"_qs, u"999999"_qs, "renew");
            break;
        case 14:
            on(u"renew"_qs, a, "renew");
            body.remove(u"holdId"_qs);
            path = holdPath(u"abc"_qs, "renew");
            break;
        case 15:
            on(u"renew"_qs, whole, "renew");
            break; // the body names `account`, the freeze is on `other`
        case 16:
            on(u"renew"_qs, a, "renew");
            body.insert(u"newEndDate"_qs, today.addMonths(3).toString(Qt::ISODate));
            break;
        case 17:
            on(u"renew"_qs, a, "renew");
            body.insert(u"newEndDate"_qs, today.addDays(-1).toString(Qt::ISODate));
            break;
        case 18:
            on(u"unfreeze"_qs, a, "unfreeze");
            body.insert(u"grounds"_qs, u"tired"_qs);
            break;
        case 19:
            on(u"unfreeze"_qs, a, "unfreeze");
            body.insert(u"amountFen"_qs, 10001);
            break;
        case 20:
            on(u"unfreeze"_qs, a, "unfreeze");
            body.insert(u"amountFen"_qs, -1);
            break;
        case 21:
            on(u"deduct"_qs, b, "deduct", 2);
            body.insert(u"amountFen"_qs, 100);
            break;
        case 22:
            on(u"deduct"_qs, a, "deduct");
            body.insert(u"amountFen"_qs, 10001);
            break;
        case 23:
            on(u"deduct"_qs, a, "deduct");
            body.insert(u"amountFen"_qs, 100);
            body.insert(u"courtOrdered"_qs, false);
            break;
        case 24:
            on(u"deduct"_qs, a, "deduct");
            body.insert(u"amountFen"_qs, 100);
            body.insert(u"withdrawalCondition"_qs, u"ZZ"_qs);
            break;
        case 25:
            on(u"deduct"_qs, a, "deduct");
            body.insert(u"amountFen"_qs, 0);
            break;
        case 26:
            on(u"deduct"_qs, a, "deduct");
            body.insert(u"amountFen"_qs, 100);
            body.insert(u"payee"_qs, QJsonObject{{u"bank"_qs, u"某银行"_qs}, {u"name"_qs, u"某法院"_qs}});
            break;
        case 27:
            break;
        case 28:
            break;
        case 29:
            body = f().courtRequest(u"unfreeze"_qs, other, whole, 3);
            body.insert(u"amountFen"_qs, 100);
            path = holdPath(whole, "unfreeze");
            break;
        case 30:
            body = f().courtRequest(u"deduct"_qs, other, whole, 3);
            body.insert(u"amountFen"_qs, m_balance + 1);
            path = holdPath(whole, "deduct");
            break;
        }
        const QJsonObject before = search(account);
        const qint64 requests = countSql(u"SELECT COUNT(*) FROM judicial_requests"_qs);
        Reply r;
        if (which == 27) {
            r = f().post(path, body, f().login(u"teller1"_qs), ServerFixture::newKey());
        } else if (which == 28) {
            r = f().post(u"/api/v1/holds"_qs,
                         {{u"accountNumber"_qs, account},
                          {u"kind"_qs, u"judicial"_qs},
                          {u"amountFen"_qs, 100},
                          {u"caseNumber"_qs, u"（2025）京0105执9号"_qs}},
                         f().login(u"judicial1"_qs), ServerFixture::newKey());
            QVERIFY2(r.json.value(u"detail"_qs).toString().contains(u"/api/v1/judicial/freezes"_qs),
                     r.body.constData());
        } else {
            r = f().judicialPost(path, body);
        }
        QVERIFY2(r.status == status, r.body.constData());
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json.value(u"field"_qs).toString(), field);
        // Nothing changed: the freezes and the stored requests are as before.
        QCOMPARE(search(account), before);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM judicial_requests"_qs), requests);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    void partialUnfreeze()
    {
        const QString account = fundedAccount();
        const QString id = f().registerFreeze(account, 100000, 1);
        QJsonObject body = f().courtRequest(u"unfreeze"_qs, account, id, 1);
        body.insert(u"amountFen"_qs, 30000);
        const Reply r = f().judicialPost(holdPath(id, "unfreeze"), body);
        QCOMPARE(r.status, 200);
        QCOMPARE(freezeOf(r).value(u"state"_qs).toString(), u"active"_qs);
        QCOMPARE(freezeOf(r).value(u"amountFen"_qs).toInteger(), 70000);
        QCOMPARE(freezeOf(r).value(u"heldFen"_qs).toInteger(), 70000);
        const QJsonObject receipt = r.json.value(u"receipt"_qs).toObject();
        QCOMPARE(receipt.value(u"requestedFen"_qs).toInteger(), 30000);
        QCOMPARE(receipt.value(u"achievedFen"_qs).toInteger(), 30000);
        QCOMPARE(r.json.value(u"account"_qs).toObject().value(u"heldFen"_qs).toInteger(), 70000);
        QVERIFY(r.json.value(u"promoted"_qs).isNull());
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    // 扣划: capped at the freeze, posted to the ledger with the request's own serial; a freeze
    // deducted to nothing ends and promotes the next.
    void deductPostsAndEnds()
    {
        const QString account = fundedAccount();
        const QString a = f().registerFreeze(account, 100000, 1);
        const QString b = f().registerFreeze(account, 20000, 2);
        QJsonObject body = f().courtRequest(u"deduct"_qs, account, a, 1);
        body.insert(u"amountFen"_qs, 40000);
        const Reply first = f().judicialPost(holdPath(a, "deduct"), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(freezeOf(first).value(u"deductedFen"_qs).toInteger(), 40000);
        QCOMPARE(freezeOf(first).value(u"heldFen"_qs).toInteger(), 60000);
        QCOMPARE(first.json.value(u"account"_qs).toObject().value(u"balanceFen"_qs).toInteger(),
                 m_balance - 40000);
        const QString serial = first.json.value(u"request"_qs).toObject().value(u"serial"_qs).toString();
        QCOMPARE(
            countSql(
                u"SELECT COUNT(*) FROM journal WHERE business_type = '16' AND amount_fen = -40000 AND serial = '"_qs +
                serial + u"'"_qs),
            1);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
        body.insert(u"amountFen"_qs, 60000);
        const Reply last = f().judicialPost(holdPath(a, "deduct"), body);
        QCOMPARE(last.status, 200);
        QCOMPARE(freezeOf(last).value(u"state"_qs).toString(), u"deducted"_qs);
        QCOMPARE(last.json.value(u"promoted"_qs).toObject().value(u"holdId"_qs).toString(), b);
        QCOMPARE(last.json.value(u"receipt"_qs).toObject().value(u"notes"_qs).toArray(),
                 (QJsonArray{u"fully_deducted"_qs, u"promoted"_qs}));
        const Reply after = f().judicialPost(holdPath(a, "deduct"), body);
        QCOMPARE(after.code(), u"judicial.already_ended"_qs);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    // A freeze above the balance holds the balance and records the shortfall; later credits are
    // frozen up to its amount (remittances keep held right); a whole-balance freeze takes them all.
    void shortfallAndLaterCredits_data()
    {
        QTest::addColumn<bool>("whole");
        QTest::newRow("amount above the balance") << false;
        QTest::newRow("whole balance") << true;
    }
    void shortfallAndLaterCredits()
    {
        QFETCH(bool, whole);
        const QString account = fundedAccount();
        const qint64 amount = m_balance + 50000;
        const Reply r = f().judicialPost(kFreezes, f().freezeRequest(account, whole ? 0 : amount, 1));
        QCOMPARE(r.status, 201);
        QCOMPARE(freezeOf(r).value(u"heldFen"_qs).toInteger(), m_balance);
        QCOMPARE(freezeOf(r).value(u"shortfallFen"_qs).toInteger(), whole ? 0 : 50000);
        QCOMPARE(r.json.value(u"receipt"_qs).toObject().value(u"notes"_qs).toArray(),
                 whole ? QJsonArray{} : QJsonArray{u"shortfall"_qs});
        QCOMPARE(r.json.value(u"account"_qs).toObject().value(u"availableFen"_qs).toInteger(), 0);
        // Two more months credited: the freeze catches up to its amount (or all of it).
        const QString teller = f().login(u"teller1"_qs);
        QCOMPARE(f().postRemittance(teller, m_unit, u"2025-07"_qs, ServerFixture::newKey()).status, 201);
        QCOMPARE(f().postRemittance(teller, m_unit, u"2025-05"_qs, ServerFixture::newKey()).status, 201);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
        const QJsonObject acc = search(account).value(u"account"_qs).toObject();
        const qint64 balance = acc.value(u"balanceFen"_qs).toInteger();
        QCOMPARE(balance, 3 * m_balance);
        QCOMPARE(acc.value(u"heldFen"_qs).toInteger(), whole ? balance : amount);
        QCOMPARE(acc.value(u"availableFen"_qs).toInteger(), whole ? 0 : balance - amount);
        const QJsonObject active = search(account).value(u"active"_qs).toObject();
        QCOMPARE(active.value(u"shortfallFen"_qs).toInteger(), 0);
    }

    // Defect: a withdrawal refused because a court froze the money said only "insufficient
    // available"; it now says account.frozen (field amountFen) without naming the court or case.
    void withdrawalRefusedAsFrozen_data()
    {
        QTest::addColumn<QString>("hold");        // judicial, loan_security, none
        QTest::addColumn<qint64>("belowBalance"); // the withdrawal = balance − this
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("judicial freeze holds it")
            << u"judicial"_qs << qint64(50000) << 422 << u"account.frozen"_qs;
        QTest::newRow("the whole balance, judicial")
            << u"judicial"_qs << qint64(0) << 422 << u"account.frozen"_qs;
        QTest::newRow("more than the balance, judicial")
            << u"judicial"_qs << qint64(-1) << 422 << u"account.insufficient_available"_qs;
        QTest::newRow("within available, judicial") << u"judicial"_qs << qint64(100001) << 201 << QString();
        QTest::newRow("loan security holds it")
            << u"loan_security"_qs << qint64(50000) << 422 << u"account.insufficient_available"_qs;
        QTest::newRow("no hold, more than the balance")
            << u"none"_qs << qint64(-1) << 422 << u"account.insufficient_available"_qs;
    }
    void withdrawalRefusedAsFrozen()
    {
        QFETCH(QString, hold);
        QFETCH(qint64, belowBalance);
        QFETCH(int, status);
        QFETCH(QString, code);
        const QString account = fundedAccount();
        if (hold == u"judicial")
            QVERIFY(!f().registerFreeze(account, 100000, 1).isEmpty());
        if (hold == u"loan_security") {
            const QJsonObject h{
                {u"accountNumber"_qs, account}, {u"kind"_qs, u"loan_security"_qs}, {u"amountFen"_qs, 100000}};
            const QString loan = f().login(u"loan1"_qs);
            const QString key = ServerFixture::newKey();
            const QByteArray grant = f().grantFor(loan, u"supervisor1"_qs, key, u"/api/v1/holds"_qs, h);
            QCOMPARE(f().post(u"/api/v1/holds"_qs, h, loan, key, {{"X-Supervisor-Grant", grant}}).status,
                     201);
        }
        const Reply r = f().post(ServerFixture::withdrawalPath(),
                                 ServerFixture::withdrawalBody(account, m_balance - belowBalance),
                                 f().login(u"teller1"_qs), ServerFixture::newKey());
        QVERIFY2(r.status == status, r.body.constData());
        if (!code.isEmpty()) {
            QCOMPARE(r.code(), code);
            QCOMPARE(r.json.value(u"field"_qs).toString(), u"amountFen"_qs);
            for (const QString &secret : {u"京0105"_qs, u"执"_qs, u"法院"_qs, u"court"_qs})
                QVERIFY2(!r.body.contains(secret.toUtf8()), r.body.constData());
        }
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    // Only judicial staff, supervisors and auditors see holds and court details; every read is
    // audited; the teller sees that a judicial hold exists and nothing more.
    void confidentiality()
    {
        const QString account = fundedAccount();
        const QString id = f().registerFreeze(account, 100000, 1);
        const QString teller = f().login(u"teller1"_qs);
        const Reply listed = f().get(u"/api/v1/accounts/"_qs + account + u"/holds"_qs, teller);
        QCOMPARE(listed.status, 200);
        const QJsonArray items = listed.json.value(u"items"_qs).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject(),
                 (QJsonObject{{u"kind"_qs, u"judicial"_qs}, {u"restricted"_qs, true}}));
        QVERIFY(!listed.body.contains("京0105"));
        const Reply seen =
            f().get(u"/api/v1/accounts/"_qs + account + u"/holds"_qs, f().login(u"auditor1"_qs));
        QCOMPARE(seen.json.value(u"items"_qs)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"caseNumber"_qs)
                     .toString()
                     .isEmpty(),
                 false);
        for (const QString &user : {u"teller1"_qs, u"loan1"_qs, u"admin"_qs}) {
            const QString token = f().login(user);
            QVERIFY2(!token.isEmpty(), qPrintable(user));
            QCOMPARE(f().post(u"/api/v1/judicial/search"_qs, {{u"accountNumber"_qs, account}}, token).status,
                     403);
            QCOMPARE(f().get(u"/api/v1/judicial/expiring"_qs, token).status, 403);
            QCOMPARE(f().get(u"/api/v1/judicial/requests/1"_qs, token).status, 403);
            QCOMPARE(f().get(u"/api/v1/judicial/inbox"_qs, token).status, 403);
        }
        // Reads by view roles are audited, one record each.
        const QString readSql =
            u"SELECT COUNT(*) FROM audit_log WHERE operation = '%1' AND outcome = 'ok'"_qs;
        const qint64 searches = countSql(readSql.arg(u"judicial.search"_qs));
        QCOMPARE(
            search(account, u"supervisor1"_qs).value(u"active"_qs).toObject().value(u"holdId"_qs).toString(),
            id);
        QCOMPARE(countSql(readSql.arg(u"judicial.search"_qs)), searches + 1);
        const qint64 reads = countSql(readSql.arg(u"judicial.request"_qs));
        QCOMPARE(f().get(u"/api/v1/judicial/requests/1"_qs, f().login(u"auditor1"_qs)).status, 200);
        QCOMPARE(countSql(readSql.arg(u"judicial.request"_qs)), reads + 1);
        const qint64 expiring = countSql(readSql.arg(u"judicial.expiring"_qs));
        QCOMPARE(f().get(u"/api/v1/judicial/expiring?days=365"_qs, f().login(u"judicial1"_qs)).status, 200);
        QCOMPARE(countSql(readSql.arg(u"judicial.expiring"_qs)), expiring + 1);
        // The audit trail keeps no case number or court in clear.
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM audit_log WHERE after_state LIKE '%京0105执%' OR "
                          "before_state LIKE '%京0105执%' OR object LIKE '%京0105执%'"_qs),
                 0);
    }

    // A supervisor's grant is needed; without one nothing is stored; one grant, one operation.
    void grantNeededAndReplay()
    {
        const QString account = fundedAccount();
        const QString judicial = f().login(u"judicial1"_qs);
        const QJsonObject body = f().freezeRequest(account, 1000, 1);
        const QString key = ServerFixture::newKey();
        const Reply without = f().post(kFreezes, body, judicial, key);
        QCOMPARE(without.status, 403);
        QCOMPARE(without.code(), u"grant.required"_qs);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM judicial_requests"_qs), 0);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM holds"_qs), 0);
        const QByteArray grant = f().grantFor(judicial, u"supervisor2"_qs, key, kFreezes, body);
        const Reply first = f().post(kFreezes, body, judicial, key, {{"X-Supervisor-Grant", grant}});
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json.value(u"receipt"_qs).toObject().value(u"supervisor"_qs).toString().isEmpty(),
                 false);
        // The same submission again (a double click, a retry): the stored answer, nothing new.
        const Reply again = f().post(kFreezes, body, judicial, key, {{"X-Supervisor-Grant", grant}});
        QCOMPARE(again.status, 201);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.json, first.json);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM holds"_qs), 1);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM judicial_requests"_qs), 1);
        // The grant is spent: a new key with it is refused.
        const Reply reused = f().post(kFreezes, f().freezeRequest(account, 1000, 2), judicial,
                                      ServerFixture::newKey(), {{"X-Supervisor-Grant", grant}});
        QCOMPARE(reused.status, 403);
    }

    // T9 (one process): the active freeze ends on its end date; the expiry job applies it exactly
    // once (run twice, and concurrently), promotes the next freeze, and audits each event once.
    void expiryExactlyOnce()
    {
        const QString account = fundedAccount();
        const QDate today = f().clock().now().toLocalTime().date();
        const QString a = f().registerFreeze(account, 100000, 1, today.addDays(10));
        const QString b = f().registerFreeze(account, 20000, 2, today.addDays(100));
        const QString c = f().registerFreeze(account, 30000, 3, today.addDays(5)); // lapses unseen
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        f().clock().advanceDays(11);
        // A read shows today's state without writing it.
        const QJsonObject seen = search(account);
        QCOMPARE(seen.value(u"active"_qs).toObject().value(u"holdId"_qs).toString(), b);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM holds WHERE status = 'active' AND id = "_qs + a), 1);
        const auto runJob = [this]() {
            int changed = -1;
            const Status s =
                server::runLocally(f().server().context(), {u"admin"_qs, u"judicial.expiry"_qs, u"job"_qs},
                                   [&](server::ServiceContext &ctx) -> Status {
                                       auto r = server::expireDueFreezes(ctx, 100);
                                       if (!r)
                                           return r.error();
                                       changed = *r;
                                       return {};
                                   });
            return s ? changed : -1;
        };
        auto one = QtConcurrent::run(runJob);
        auto two = QtConcurrent::run(runJob);
        const int total = one.result() + two.result();
        QCOMPARE(total, 1); // one of them settled the account, the other found nothing to do
        QCOMPARE(runJob(), 0);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM holds WHERE status = 'expired' AND id = "_qs + a), 1);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM holds WHERE status = 'lapsed' AND id = "_qs + c), 1);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM holds WHERE status = 'active' AND id = "_qs + b), 1);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'judicial.hold_event' AND "
                          "after_state LIKE '%\"expired\"%'"_qs),
                 1);
        QCOMPARE(countSql(u"SELECT COUNT(*) FROM audit_log WHERE operation = 'judicial.hold_event' AND "
                          "after_state LIKE '%\"lapsed\"%'"_qs),
                 1);
        const QJsonObject active = search(account).value(u"active"_qs).toObject();
        QCOMPARE(active.value(u"activatedOn"_qs).toString(), today.addDays(11).toString(Qt::ISODate));
        QCOMPARE(search(account).value(u"account"_qs).toObject().value(u"heldFen"_qs).toInteger(), 20000);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }

    // The 回执 as printed, and its reprint from the stored request.
    void receiptFields()
    {
        const QString account = fundedAccount();
        const Reply r = f().judicialPost(kFreezes, f().freezeRequest(account, 12345, 1));
        QCOMPARE(r.status, 201);
        const QJsonObject receipt = r.json.value(u"receipt"_qs).toObject();
        const QDate today = f().clock().now().toLocalTime().date();
        QCOMPARE(receipt.value(u"number"_qs), r.json.value(u"request"_qs).toObject().value(u"serial"_qs));
        QVERIFY(receipt.value(u"number"_qs).toString().startsWith(u"YW"_qs));
        QVERIFY(!receipt.value(u"centerName"_qs).toString().isEmpty());
        QVERIFY(!receipt.value(u"branchName"_qs).toString().isEmpty());
        QCOMPARE(receipt.value(u"action"_qs).toString(), u"freeze"_qs);
        QVERIFY(!receipt.value(u"courtName"_qs).toString().isEmpty());
        QCOMPARE(receipt.value(u"caseNumber"_qs).toString(),
                 QStringLiteral("（%1）京0105执1号").arg(today.year()));
        QCOMPARE(receipt.value(u"noticeNumber"_qs).toString(), u"京0105协执1号"_qs);
        QCOMPARE(receipt.value(u"accountNumber"_qs).toString(), account);
        QVERIFY(!receipt.value(u"personName"_qs).toString().isEmpty());
        QCOMPARE(receipt.value(u"requestedFen"_qs).toInteger(), 12345);
        QCOMPARE(receipt.value(u"achievedFen"_qs).toInteger(), 12345);
        QCOMPARE(receipt.value(u"shortfallFen"_qs).toInteger(), 0);
        QCOMPARE(receipt.value(u"state"_qs).toString(), u"active"_qs);
        QCOMPARE(receipt.value(u"startDate"_qs).toString(), today.toString(Qt::ISODate));
        QCOMPARE(receipt.value(u"endDate"_qs).toString(), today.addMonths(6).toString(Qt::ISODate));
        QCOMPARE(receipt.value(u"queuePosition"_qs).toInt(), 0);
        QCOMPARE(receipt.value(u"notes"_qs).toArray(), QJsonArray{});
        QVERIFY(receipt.value(u"at"_qs).toString().endsWith(u'Z'));
        QVERIFY(!receipt.value(u"teller"_qs).toString().isEmpty());
        QVERIFY(!receipt.value(u"supervisor"_qs).toString().isEmpty());
        const QString id = r.json.value(u"request"_qs).toObject().value(u"id"_qs).toString();
        const Reply stored = f().get(u"/api/v1/judicial/requests/"_qs + id, f().login(u"judicial1"_qs));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json.value(u"outcome"_qs).toObject(), r.json);
        QCOMPARE(stored.json.value(u"status"_qs).toString(), u"done"_qs);
        QCOMPARE(stored.json.value(u"channel"_qs).toString(), u"counter"_qs);
        QCOMPARE(stored.json.value(u"request"_qs).toObject().value(u"amountFen"_qs).toInteger(), 12345);
    }

    // The online channel's side: requests wait on the desk; handling and rejecting queue the
    // court's answers in order; a message is stored once.
    void inboxAndCourtAnswers()
    {
        const QString account = fundedAccount();
        const QString messageId = ServerFixture::newKey();
        const QString handled = f().receiveOnline(f().freezeRequest(account, 700, 3), messageId);
        const QString rejected =
            f().receiveOnline(f().freezeRequest(account, 800, 4), ServerFixture::newKey());
        QVERIFY(!handled.isEmpty() && !rejected.isEmpty());
        QVERIFY(f().receiveOnline(f().freezeRequest(account, 700, 3), messageId).isEmpty()); // duplicate
        const QString judicial = f().login(u"judicial1"_qs);
        const Reply inbox = f().get(u"/api/v1/judicial/inbox"_qs, judicial);
        QCOMPARE(inbox.json.value(u"items"_qs).toArray().size(), 2);
        QCOMPARE(inbox.json.value(u"items"_qs).toArray().at(0).toObject().value(u"id"_qs).toString(),
                 handled);
        const Reply done = f().judicialPost(u"/api/v1/judicial/inbox/"_qs + handled + u"/handle"_qs, {});
        QVERIFY2(done.status == 200, done.body.constData());
        QCOMPARE(done.json.value(u"request"_qs).toObject().value(u"channel"_qs).toString(), u"online"_qs);
        QCOMPARE(freezeOf(done).value(u"state"_qs).toString(), u"active"_qs);
        const Reply no = f().judicialPost(u"/api/v1/judicial/inbox/"_qs + rejected + u"/reject"_qs,
                                          {{u"reason"_qs, u"账户信息不符"_qs}});
        QCOMPARE(no.status, 200);
        QCOMPARE(no.json.value(u"status"_qs).toString(), u"rejected"_qs);
        const Reply twice = f().judicialPost(u"/api/v1/judicial/inbox/"_qs + handled + u"/handle"_qs, {});
        QCOMPARE(twice.code(), u"judicial.not_pending"_qs);
        QCOMPARE(f().get(u"/api/v1/judicial/inbox"_qs, judicial).json.value(u"items"_qs).toArray().size(), 0);
        QList<server::CourtAnswer> answers;
        const Status s =
            server::runLocally(f().server().context(), {u"judicial1"_qs, u"court.messages"_qs, u"court"_qs},
                               [&](server::ServiceContext &ctx) -> Status {
                                   auto r = server::courtAnswers(ctx, u"京0105"_qs, 0);
                                   if (!r)
                                       return r.error();
                                   answers = *r;
                                   return {};
                               });
        QVERIFY(s.ok());
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).messageId, messageId);
        QCOMPARE(answers.at(0).status, u"done"_qs);
        QCOMPARE(answers.at(0).body.value(u"action"_qs).toString(), u"freeze"_qs);
        QCOMPARE(answers.at(1).status, u"rejected"_qs);
        QCOMPARE(answers.at(1).body.value(u"reason"_qs).toString(), u"账户信息不符"_qs);
        QVERIFY(answers.at(0).sequence < answers.at(1).sequence);
    }

    // Risk flags on 扣划 (judicial::evaluateRisk with the facts the server has); they never block.
    void deductRiskFlags()
    {
        const QString account = fundedAccount();
        const QString id = f().registerFreeze(account, 100000, 1);
        QJsonObject body = f().courtRequest(u"deduct"_qs, account, id, 1);
        body.insert(u"amountFen"_qs, 1000);
        body.insert(u"caseCause"_qs, u"民间借贷纠纷"_qs);
        body.insert(u"documentKind"_qs, u"mediation"_qs);
        const Reply first = f().judicialPost(holdPath(id, "deduct"), body);
        QCOMPARE(first.status, 200);
        QStringList codes;
        for (const QJsonValue &v : first.json.value(u"riskFlags"_qs).toArray())
            codes << v.toObject().value(u"code"_qs).toString();
        QVERIFY2(codes.contains(u"risk.settled_not_judged"_qs), qPrintable(codes.join(u',')));
        QVERIFY(!codes.contains(u"risk.repeat_creditor"_qs));
        const Reply second = f().judicialPost(holdPath(id, "deduct"), body);
        QCOMPARE(second.status, 200);
        codes.clear();
        for (const QJsonValue &v : second.json.value(u"riskFlags"_qs).toArray())
            codes << v.toObject().value(u"code"_qs).toString();
        QVERIFY2(codes.contains(u"risk.repeat_creditor"_qs), qPrintable(codes.join(u',')));
    }

    // 8001: the court papers of a judicial request are archived against its serial; only judicial
    // staff (and supervisors, auditors) reach the record, its subject's name masked.
    void archiveRecordOfARequest()
    {
        const QString account = fundedAccount();
        const Reply r = f().judicialPost(kFreezes, f().freezeRequest(account, 1000, 1));
        QCOMPARE(r.status, 201);
        const QString serial = r.json.value(u"request"_qs).toObject().value(u"serial"_qs).toString();
        const Reply record = f().get(u"/api/v1/archive/records/"_qs + serial, f().login(u"judicial1"_qs));
        QVERIFY2(record.status == 200, record.body.constData());
        QCOMPARE(record.json.value(u"business"_qs).toString(), u"judicial.freeze"_qs);
        QCOMPARE(record.json.value(u"businessName"_qs).toString(), u"协助冻结"_qs);
        const QJsonObject subject = record.json.value(u"subject"_qs).toObject();
        QCOMPARE(subject.value(u"accountNumber"_qs).toString(), account);
        QVERIFY2(subject.value(u"personName"_qs).toString().contains(u'*'), record.body.constData());
        const Reply teller = f().get(u"/api/v1/archive/records/"_qs + serial, f().login(u"teller1"_qs));
        QCOMPARE(teller.status, 403);
        QCOMPARE(teller.code(), u"auth.role_denied"_qs);
        QVERIFY(!teller.body.contains(account.toUtf8()));
    }

    // Branch scope of the desk's reads: a judicial officer of 0002 does not reach an account, its
    // freezes or its requests of 0001; the expiring list is filtered to the branch; the auditor
    // (head office) sees every branch; the online inbox is center-wide.
    void branchScope()
    {
        crypto::ScryptParams fast;
        fast.n = 1024;
        QVERIFY(server::addUser(f().database(), u"judicial2"_qs, u"judicial2"_qs, u"judicial"_qs, u"0002"_qs,
                                u"pw-judicial2"_qs, fast, f().clock().now().toMSecsSinceEpoch())
                    .ok());
        const QString account = fundedAccount();
        const Reply r = f().judicialPost(kFreezes, f().freezeRequest(account, 1000, 1));
        QCOMPARE(r.status, 201);
        const QString id = r.json.value(u"request"_qs).toObject().value(u"id"_qs).toString();
        const QString other = f().login(u"judicial2"_qs);
        QVERIFY(!other.isEmpty());
        const Reply search = f().post(u"/api/v1/judicial/search"_qs, {{u"accountNumber"_qs, account}}, other);
        QCOMPARE(search.status, 403);
        QCOMPARE(search.code(), u"auth.branch_denied"_qs);
        const Reply request = f().get(u"/api/v1/judicial/requests/"_qs + id, other);
        QCOMPARE(request.status, 403);
        QCOMPARE(request.code(), u"auth.branch_denied"_qs);
        QVERIFY(!request.body.contains(account.toUtf8()));
        const Reply expiring = f().get(u"/api/v1/judicial/expiring?days=365"_qs, other);
        QCOMPARE(expiring.status, 200);
        QCOMPARE(expiring.json.value(u"items"_qs).toArray().size(), 0);
        const Reply own = f().get(u"/api/v1/judicial/expiring?days=365"_qs, f().login(u"judicial1"_qs));
        QCOMPARE(own.json.value(u"items"_qs).toArray().size(), 1);
        const Reply head = f().get(u"/api/v1/judicial/expiring?days=365"_qs, f().login(u"auditor1"_qs));
        QCOMPARE(head.json.value(u"items"_qs).toArray().size(), 1);
        QCOMPARE(f().get(u"/api/v1/judicial/requests/"_qs + id, f().login(u"auditor1"_qs)).status, 200);
        const QString online = f().receiveOnline(f().freezeRequest(account, 500, 2), ServerFixture::newKey());
        QCOMPARE(f().get(u"/api/v1/judicial/inbox"_qs, other).json.value(u"items"_qs).toArray().size(), 1);
        QCOMPARE(f().get(u"/api/v1/judicial/requests/"_qs + online, other).status, 200);
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerJudicial(b); });
}

#include "tst_server_judicial.moc"
