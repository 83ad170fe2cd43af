// Judicial holds under random interleavings (issue 15): freeze, renew, unfreeze (whole and part),
// deduct, expiry (the clock advanced) and withdrawals through the HTTP API, in an order drawn from a
// fixed, printed seed (HPF_RACE_SEED overrides it, HPF_RACE_STEPS the number of steps). After every
// step: no 5xx; the server agreed or refused exactly when finance::AccountHolds — the pure model —
// replayed with the same operations does; balance, held and available equal the model's and
// available ≥ 0; at most one active freeze; the queue in registration order; every freeze's state
// the model's. Then concurrent races on one account (several connections): two courts freezing at
// once, freezes against withdrawals. SQLite and PostgreSQL.
#include "finance/holds.h"
#include "judicial/request.h"
#include "platform/store/sql.h"
#include "server.h"
#include "suitebase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

const QString kFreezes = u"/api/v1/judicial/freezes"_qs;

QString stateCode(finance::HoldState s)
{
    switch (s) {
    case finance::HoldState::Waiting:
        return u"waiting"_qs;
    case finance::HoldState::Active:
        return u"active"_qs;
    case finance::HoldState::Released:
        return u"released"_qs;
    case finance::HoldState::Expired:
        return u"expired"_qs;
    case finance::HoldState::Lapsed:
        return u"lapsed"_qs;
    case finance::HoldState::Deducted:
        return u"deducted"_qs;
    }
    return u"?"_qs;
}

} // namespace

class TestServerJudicialRaces : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

protected:
    // The grants (柜面授权) are tested in tst_server_judicial; here every step is one request.
    server::ServerOptions options() const override
    {
        server::ServerOptions o;
        o.grantRequired.removeIf([](const QString &op) { return op.startsWith(u"judicial."); });
        return o;
    }

private:
    QString m_judicial;
    QString m_teller;
    QString m_account;
    qint64 m_balance = 0;

    void fund(int person)
    {
        m_teller = f().login(u"teller1"_qs);
        m_judicial = f().login(u"judicial1"_qs);
        const QString unit = f().createUnit(m_teller, person);
        m_account = f().openAccount(m_teller, unit, person, 2000000);
        const Reply r = f().postRemittance(m_teller, unit, u"2025-06"_qs, ServerFixture::newKey());
        QCOMPARE(r.status, 201);
        m_balance = r.json.value(u"items"_qs).toArray().at(0).toObject().value(u"balanceFen"_qs).toInteger();
        QVERIFY(m_balance > 0);
    }

    QDate today() { return f().clock().now().toLocalTime().date(); }

    // A second server instance (its own connection pool, worker threads and HTTP listener) on the
    // fixture's database and clock, as a second hpf-server on the same PostgreSQL would be.
    struct Second
    {
        std::unique_ptr<server::Database> database;
        std::unique_ptr<server::Server> server;
        quint16 port = 0;
    };
    std::unique_ptr<Second> startSecond()
    {
        auto second = std::make_unique<Second>();
        auto config = server::DatabaseConfig::parse(f().databaseUrl());
        if (!config)
            return nullptr;
        second->database = std::make_unique<server::Database>(*config);
        second->server = std::make_unique<server::Server>(*second->database, f().clock(),
                                                          f().server().context().policy, options());
        auto port = second->server->listen(QHostAddress::LocalHost, 0);
        if (!port)
            return nullptr;
        second->port = *port;
        return second;
    }

    // The same POSTs sent at once, call i to port i % 2 (the fixture's and the second instance's).
    QList<Reply> racePosts(const QList<std::tuple<QString, QJsonObject, QString>> &calls, quint16 secondPort)
    {
        QNetworkAccessManager nams[2];
        QList<QNetworkReply *> replies;
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const auto &[path, body, token] = calls.at(i);
            const quint16 port = i % 2 == 0 ? f().port() : secondPort;
            QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            req.setRawHeader("Idempotency-Key", ServerFixture::newKey().toLatin1());
            replies.append(nams[i % 2].post(req, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        }
        (void)QTest::qWaitFor(
            [&] {
                return std::all_of(replies.cbegin(), replies.cend(),
                                   [](QNetworkReply *r) { return r->isFinished(); });
            },
            60000);
        QList<Reply> out;
        for (QNetworkReply *r : std::as_const(replies)) {
            Reply o;
            o.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            o.body = r->readAll();
            o.json = QJsonDocument::fromJson(o.body).object();
            out.append(o);
            r->deleteLater();
        }
        return out;
    }

    QJsonObject searchAccount()
    {
        return f().post(u"/api/v1/judicial/search"_qs, {{u"accountNumber"_qs, m_account}}, m_judicial).json;
    }

    qint64 countSql(const QString &sql)
    {
        auto conn = f().database().connection();
        server::Query q(*conn, sql);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    void relogin()
    {
        m_teller = f().login(u"teller1"_qs);
        m_judicial = f().login(u"judicial1"_qs);
    }

    Reply judicialPost(const QString &path, const QJsonObject &body)
    {
        return f().post(path, body, m_judicial, ServerFixture::newKey());
    }

    // What the server shows of the account: the difference to the model, empty when none.
    QString compare(const finance::AccountHolds &model)
    {
        const Reply r =
            f().post(u"/api/v1/judicial/search"_qs, {{u"accountNumber"_qs, m_account}}, m_judicial);
        if (r.status != 200)
            return u"search: "_qs + QString::fromUtf8(r.body.left(200));
        const QJsonObject a = r.json.value(u"account"_qs).toObject();
        QStringList diff;
        const auto check = [&](const char *what, qint64 server, qint64 expected) {
            if (server != expected)
                diff << QStringLiteral("%1 %2 (model %3)").arg(QLatin1String(what)).arg(server).arg(expected);
        };
        check("balance", a.value(u"balanceFen"_qs).toInteger(), model.balance());
        check("held", a.value(u"heldFen"_qs).toInteger(), model.held());
        check("available", a.value(u"availableFen"_qs).toInteger(), model.available());
        if (a.value(u"availableFen"_qs).toInteger() < 0 ||
            a.value(u"heldFen"_qs).toInteger() > a.value(u"balanceFen"_qs).toInteger())
            diff << u"balance - held < 0"_qs;
        const QJsonValue active = r.json.value(u"active"_qs);
        const auto modelActive = model.activeFreeze();
        const QString activeId =
            active.isObject() ? active.toObject().value(u"holdId"_qs).toString() : QString();
        if (activeId != (modelActive ? QString::number(modelActive->id) : QString()))
            diff << u"active "_qs + activeId;
        QStringList queue, expectedQueue;
        QString lastRegistered;
        int position = 0;
        for (const QJsonValue &v : r.json.value(u"queue"_qs).toArray()) {
            const QJsonObject o = v.toObject();
            queue << o.value(u"holdId"_qs).toString();
            if (o.value(u"state"_qs).toString() != u"waiting")
                diff << u"queued but "_qs + o.value(u"state"_qs).toString();
            if (o.value(u"queuePosition"_qs).toInt() != ++position)
                diff << u"queue position"_qs;
            const QString registered = o.value(u"registeredAt"_qs).toString();
            if (registered < lastRegistered)
                diff << u"queue not in registration order"_qs;
            lastRegistered = registered;
        }
        for (const finance::Hold &h : model.waitingQueue())
            expectedQueue << QString::number(h.id);
        if (queue != expectedQueue)
            diff << u"queue "_qs + queue.join(u',') + u" (model "_qs + expectedQueue.join(u',') + u')';
        QHash<QString, QString> states;
        for (const char *list : {"queue", "history"}) {
            for (const QJsonValue &v : r.json.value(QLatin1String(list)).toArray())
                states.insert(v.toObject().value(u"holdId"_qs).toString(),
                              v.toObject().value(u"state"_qs).toString());
        }
        if (active.isObject())
            states.insert(activeId, active.toObject().value(u"state"_qs).toString());
        int activeCount = 0;
        for (const QString &s : std::as_const(states))
            activeCount += s == u"active";
        if (activeCount > 1)
            diff << u"two active freezes"_qs;
        for (const finance::Hold &h : model.holds()) {
            if (!h.isJudicial())
                continue;
            const QString s = states.value(QString::number(h.id));
            if (s != stateCode(h.state))
                diff << QStringLiteral("freeze %1 %2 (model %3)").arg(h.id).arg(s, stateCode(h.state));
        }
        return diff.join(u"; "_qs);
    }

private slots:
    void randomInterleavings()
    {
        const quint32 seed = qEnvironmentVariableIsSet("HPF_RACE_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("HPF_RACE_SEED"))
                                 : 20261204u;
        const int steps = qEnvironmentVariableIsSet("HPF_RACE_STEPS")
                              ? qEnvironmentVariableIntValue("HPF_RACE_STEPS")
                              : 1000;
        qInfo("seed %u, %d steps (HPF_RACE_SEED / HPF_RACE_STEPS)", seed, steps);
        QLoggingCategory::setFilterRules(u"hpf.server.judicial.info=false\nhpf.server.ledger.info=false"_qs);
        QRandomGenerator rng(seed);
        fund(21);
        finance::AccountHolds model(m_balance, today());
        const finance::FreezeLimits &limits = f().server().context().policy.freezeLimits();
        QElapsedTimer timer;
        timer.start();
        QMap<QString, int> tally; // "freeze ok", "deduct refused"…
        for (int step = 1; step <= steps; ++step) {
            f().clock().advanceSeconds(1); // registration times strictly increase
            if (step % 500 == 0)
                relogin(); // access tokens live 15 minutes of the clock
            const int dice = rng.bounded(100);
            QList<finance::Hold> open;
            for (const finance::Hold &h : model.holds())
                if (h.isJudicial() && h.isOpen())
                    open.append(h);
            const auto pick = [&]() -> std::optional<finance::Hold> {
                if (open.isEmpty())
                    return std::nullopt;
                return open.at(rng.bounded(int(open.size())));
            };
            Reply r;
            Result<finance::HoldEvents> expected = finance::HoldEvents{};
            QString op;
            if (dice < 8) { // expiry: days pass
                op = u"expiry"_qs;
                f().clock().advanceDays(rng.bounded(1, 25));
                model.advanceTo(today());
                r.status = 200;
                relogin();
            } else {
                model.advanceTo(today()); // what every server operation does first
                if (dice < 35 || open.isEmpty()) {
                    op = u"freeze"_qs;
                    const bool whole = rng.bounded(8) == 0;
                    const qint64 amount = whole ? 0 : rng.bounded(1, int(qMax<qint64>(2, m_balance / 2)));
                    const QDate end = today().addDays(rng.bounded(0, 60));
                    r = judicialPost(kFreezes, f().freezeRequest(m_account, amount, step, end));
                    finance::FreezeRequest fr;
                    fr.id = r.json.value(u"freeze"_qs).toObject().value(u"holdId"_qs).toString().toLongLong();
                    fr.wholeBalance = whole;
                    fr.amount = amount;
                    fr.court = u"京0105"_qs;
                    fr.caseNumber = QString::number(step);
                    fr.documentNumber = QString::number(step);
                    fr.registeredAt = f().clock().now();
                    fr.startDate = today();
                    fr.endDate = end;
                    if (r.status == 201)
                        expected = model.registerFreeze(fr, limits);
                } else if (dice < 45) {
                    op = u"renew"_qs;
                    const finance::Hold h = *pick();
                    QJsonObject body = f().courtRequest(u"renew"_qs, m_account, QString::number(h.id), step);
                    const QDate newEnd = h.endDate.addDays(rng.bounded(-3, 40));
                    body.insert(u"newEndDate"_qs, newEnd.toString(Qt::ISODate));
                    r = judicialPost(kFreezes + u'/' + QString::number(h.id) + u"/renew"_qs, body);
                    expected = newEnd < today()
                                   ? Result<finance::HoldEvents>(makeError(u"judicial.end_in_past"_qs, {}))
                                   : model.renewFreeze(h.id, newEnd, limits);
                } else if (dice < 62) {
                    op = u"unfreeze"_qs;
                    const finance::Hold h = *pick();
                    QJsonObject body =
                        f().courtRequest(u"unfreeze"_qs, m_account, QString::number(h.id), step);
                    const bool part = h.kind == finance::HoldKind::JudicialAmount && rng.bounded(2) == 0;
                    const qint64 amount =
                        part ? rng.bounded(1, int(qMax<qint64>(2, h.remainingAmount() + 1))) : 0;
                    body.insert(u"amountFen"_qs, amount);
                    r = judicialPost(kFreezes + u'/' + QString::number(h.id) + u"/unfreeze"_qs, body);
                    expected = amount > 0 ? model.releaseFreezePart(h.id, amount) : model.releaseFreeze(h.id);
                } else if (dice < 80) {
                    op = u"deduct"_qs;
                    const finance::Hold h = *pick();
                    QJsonObject body = f().courtRequest(u"deduct"_qs, m_account, QString::number(h.id), step);
                    const qint64 cap =
                        qMax<qint64>(2, qMin(model.balance(), h.kind == finance::HoldKind::JudicialAmount
                                                                  ? h.remainingAmount()
                                                                  : model.balance()) +
                                            2);
                    const qint64 amount = rng.bounded(1, int(qMin<qint64>(cap, 1 << 30)));
                    body.insert(u"amountFen"_qs, amount);
                    r = judicialPost(kFreezes + u'/' + QString::number(h.id) + u"/deduct"_qs, body);
                    expected = model.deduct(h.id, amount, true);
                } else {
                    op = u"withdrawal"_qs;
                    const qint64 amount = rng.bounded(1, int(qMax<qint64>(2, model.balance() / 3 + 2)));
                    r = f().post(ServerFixture::withdrawalPath(),
                                 ServerFixture::withdrawalBody(m_account, amount,
                                                               f().clock().now().toLocalTime().date()),
                                 m_teller, ServerFixture::newKey());
                    expected = model.debit(amount);
                }
            }
            const QString where = QStringLiteral("seed %1 step %2 %3: ").arg(seed).arg(step).arg(op);
            QVERIFY2(r.status > 0 && r.status < 500, qPrintable(where + QString::fromUtf8(r.body.left(300))));
            const bool serverOk = r.status < 300;
            QVERIFY2(serverOk == expected.ok(),
                     qPrintable(where + u"server "_qs + QString::number(r.status) + u' ' + r.code() +
                                u", model "_qs + (expected.ok() ? u"ok"_qs : expected.error().code)));
            tally[op + (serverOk ? u" ok"_qs : u" refused"_qs)]++;
            const QString diff = compare(model);
            QVERIFY2(diff.isEmpty(), qPrintable(where + diff));
        }
        QStringList summary;
        for (auto it = tally.cbegin(); it != tally.cend(); ++it)
            summary << it.key() + u' ' + QString::number(it.value());
        qInfo("%d steps in %lld ms: %s", steps, timer.elapsed(), qPrintable(summary.join(u", "_qs)));
    }

    // Several freezes and withdrawals on one account at once (over several connections): the
    // losers get a business error, never a 5xx; one freeze is active, the rest wait in order.
    void concurrentFreezesAndWithdrawals()
    {
        fund(22);
        for (int round = 0; round < 5; ++round) {
            QList<Call> calls;
            for (int i = 0; i < 6; ++i) {
                if (i % 2 == 0)
                    calls.append({"POST",
                                  kFreezes,
                                  f().freezeRequest(m_account, m_balance / 4, 100 * round + i),
                                  {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                                  {}});
                else
                    calls.append({"POST",
                                  ServerFixture::withdrawalPath(),
                                  ServerFixture::withdrawalBody(m_account, m_balance / 5,
                                                                f().clock().now().toLocalTime().date()),
                                  {{"Idempotency-Key", ServerFixture::newKey().toLatin1()}},
                                  {}});
            }
            // freezes as judicial1, withdrawals as teller1: two batches sent at the same time
            QList<Call> freezes, withdrawals;
            for (const Call &c : calls)
                (c.path == kFreezes ? freezes : withdrawals).append(c);
            const QList<Reply> fr = f().parallel(freezes, m_judicial);
            const QList<Reply> wr = f().parallel(withdrawals, m_teller);
            for (const Reply &r : fr + wr)
                QVERIFY2(r.status < 500, r.body.constData());
            const Reply s =
                f().post(u"/api/v1/judicial/search"_qs, {{u"accountNumber"_qs, m_account}}, m_judicial);
            QCOMPARE(s.status, 200);
            QVERIFY(s.json.value(u"active"_qs).isObject());
            const QJsonObject a = s.json.value(u"account"_qs).toObject();
            QVERIFY(a.value(u"availableFen"_qs).toInteger() >= 0);
            QVERIFY(a.value(u"heldFen"_qs).toInteger() <= a.value(u"balanceFen"_qs).toInteger());
            QString last;
            for (const QJsonValue &v : s.json.value(u"queue"_qs).toArray()) {
                QVERIFY(v.toObject().value(u"registeredAt"_qs).toString() >= last);
                last = v.toObject().value(u"registeredAt"_qs).toString();
            }
            QCOMPARE(f().ledgerInvariantViolation(), QString());
        }
    }

    // Two instances on one database: two courts freeze the same account at the same moment (one
    // active, one waiting), a freeze races a withdrawal; losers get a business error, never a 5xx.
    void twoInstancesRace()
    {
        fund(23);
        auto second = startSecond();
        QVERIFY(second);
        int registered = 0;
        for (int round = 0; round < 10; ++round) {
            const QList<Reply> freezes = racePosts(
                {{kFreezes, f().freezeRequest(m_account, m_balance / 50, 1000 + 2 * round), m_judicial},
                 {kFreezes, f().freezeRequest(m_account, m_balance / 50, 1001 + 2 * round), m_judicial}},
                second->port);
            for (const Reply &r : freezes)
                QVERIFY2(r.status == 201, r.body.constData());
            registered += 2;
            const QJsonObject found = searchAccount();
            QVERIFY(found.value(u"active"_qs).isObject());
            QCOMPARE(found.value(u"queue"_qs).toArray().size(), registered - 1);
            const QList<Reply> mixed =
                racePosts({{kFreezes, f().freezeRequest(m_account, m_balance / 50, 5000 + round), m_judicial},
                           {ServerFixture::withdrawalPath(),
                            ServerFixture::withdrawalBody(m_account, m_balance / 40,
                                                          f().clock().now().toLocalTime().date()),
                            m_teller}},
                          second->port);
            for (const Reply &r : mixed)
                QVERIFY2(r.status == 201 || r.status == 422, r.body.constData());
            registered += mixed.at(0).status == 201;
            const QJsonObject a = searchAccount().value(u"account"_qs).toObject();
            QVERIFY(a.value(u"availableFen"_qs).toInteger() >= 0);
            QCOMPARE(f().ledgerInvariantViolation(), QString());
        }
        second->server->waitForIdle();
    }

    // T9 (reliability.md) across two instances: the clock passes the active freeze's end, then
    // both instances register a freeze on the account at the same moment (every operation applies
    // expiry first), and in every other round an unfreeze of the ending freeze races them. The
    // freeze ends exactly once (expired; or released when the unfreeze got there first), audited
    // once, and the next freeze takes effect exactly once.
    void expiryOnceAcrossInstances()
    {
        auto second = startSecond();
        QVERIFY(second);
        for (int round = 0; round < 4; ++round) {
            fund(30 + round);
            const QString first = f().registerFreeze(m_account, 1000, 3000 + 10 * round, today().addDays(3));
            QVERIFY(!first.isEmpty());
            const QString next = f().registerFreeze(m_account, 2000, 3001 + 10 * round, today().addDays(60));
            QVERIFY(!next.isEmpty());
            f().clock().advanceDays(4);
            relogin();
            QList<std::tuple<QString, QJsonObject, QString>> calls;
            for (int i = 0; i < 4; ++i)
                calls.append(
                    {kFreezes, f().freezeRequest(m_account, 500, 3002 + 10 * round + i), m_judicial});
            if (round % 2 == 1)
                calls.append({kFreezes + u'/' + first + u"/unfreeze"_qs,
                              f().courtRequest(u"unfreeze"_qs, m_account, first, 3000 + 10 * round),
                              m_judicial});
            const QList<Reply> replies = racePosts(calls, second->port);
            for (const Reply &r : replies)
                QVERIFY2(r.status == 200 || r.status == 201 || r.status == 422, r.body.constData());
            const auto events = [&](const QString &hold, const char *event) {
                return countSql(
                    u"SELECT COUNT(*) FROM audit_log WHERE operation = 'judicial.hold_event' AND object = 'hold:"_qs +
                    hold + u"' AND after_state LIKE '%\"event\":\""_qs + QLatin1String(event) + u"\"%'"_qs);
            };
            QCOMPARE(events(first, "expired") + events(first, "released"), 1);
            QCOMPARE(events(next, "activated"), 1);
            QCOMPARE(searchAccount().value(u"active"_qs).toObject().value(u"holdId"_qs).toString(), next);
            QCOMPARE(f().ledgerInvariantViolation(), QString());
        }
        second->server->waitForIdle();
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerJudicialRaces(b); });
}

#include "tst_server_judicialraces.moc"
