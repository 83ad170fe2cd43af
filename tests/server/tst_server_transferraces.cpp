// Reliability test T5 (docs reliability.md, issue 16): rounds of random in-city transfers and merges
// sent at once over several connections (the dispatcher's worker threads run them concurrently),
// some rounds aiming two requests at the same account, with reads of accounts among them. After
// every round, in one read of the database: the sum of all balances equals the starting sum plus
// the interest credited (journal 09 rows), no available balance is negative, and of the requests
// on one account at most one moved it. No 5xx. The order comes from a printed seed (HPF_RACE_SEED
// overrides it). Bounded to about 25 seconds per backend. SQLite and PostgreSQL.
#include "platform/store/sql.h"
#include "server.h"
#include "suitebase.h"
#include "transferhelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace hpf;
using namespace hpf::test;

namespace {

constexpr int kUnits = 4;
constexpr int kPeople = 16;
constexpr int kDuplicates = 16; // every person also has a migrated 15-digit record (一人多户)
constexpr int kParallel = 4;    // requests per round, sent at once
constexpr qint64 kBudgetMs = 25000;

struct Live
{
    QString account;
    int person = 0;
    int unit = 0;
};

} // namespace

class TestServerTransferRaces : public ServerSuite
{
    Q_OBJECT
public:
    using ServerSuite::ServerSuite;

protected:
    // The grant (柜面授权) of a merge is tested in tst_server_transfer; here each step is one request.
    server::ServerOptions options() const override
    {
        server::ServerOptions o;
        o.grantRequired.remove(u"transfers.merge"_qs);
        return o;
    }

private:
    struct Totals
    {
        qint64 balances = 0;
        qint64 interest = 0;
        qint64 minAvailable = 0;
        qint64 live = 0;
    };

    // One consistent read (a single statement: one snapshot on either backend).
    Totals totals()
    {
        Totals t;
        auto conn = f().database().connection();
        if (!conn)
            return t;
        server::Query q(*conn,
                        u"SELECT (SELECT COALESCE(SUM(balance_fen), 0) FROM accounts), "
                        "(SELECT COALESCE(SUM(amount_fen), 0) FROM journal WHERE business_type = '09'), "
                        "(SELECT COALESCE(MIN(balance_fen - held_fen), 0) FROM accounts), "
                        "(SELECT COUNT(*) FROM accounts WHERE state NOT IN ('03', '04', '05'))"_qs);
        if (!q.exec() || !q.next())
            return t;
        return {q.int64(0), q.int64(1), q.int64(2), q.int64(3)};
    }

private slots:
    void randomTransfersAndMergesKeepTheSum()
    {
        const quint32 seed = qEnvironmentVariableIsSet("HPF_RACE_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("HPF_RACE_SEED"))
                                 : quint32(20250716);
        qInfo("T5 seed %u (HPF_RACE_SEED)", seed);
        QRandomGenerator rng(seed);
        QString teller = f().login(u"teller1"_qs);
        QStringList units;
        for (int u = 0; u < kUnits; ++u) {
            units << f().createUnit(teller, u + 1);
            QVERIFY(!units.constLast().isEmpty());
        }
        // People born before 2000: every one has a 15-digit form.
        QList<int> people;
        for (int i = 10; people.size() < kPeople; ++i) {
            if (server::demoIdentityNumber(i).mid(6, 2) == u"19")
                people << i;
        }
        QList<Live> live;
        for (int p = 0; p < kPeople; ++p) {
            const int person = people.at(p);
            live.append({f().openAccount(teller, units.at(p % kUnits), person, 400000 + p * 25000), person,
                         p % kUnits});
            QVERIFY(!live.constLast().account.isEmpty());
        }
        for (const QString &unit : std::as_const(units))
            QCOMPARE(f().postRemittance(teller, unit, u"2025-07"_qs, ServerFixture::newKey()).status, 201);
        for (int d = 0; d < kDuplicates; ++d) {
            const int unit = (d + 1) % kUnits;
            const QString legacy = legacyDuplicate(f(), people.at(d), units.at(unit), 10000 + d * 3333);
            QVERIFY(!legacy.isEmpty());
            live.append({legacy, people.at(d), unit});
        }
        f().clock().advanceDays(20); // interest to date is owed on every account
        teller = f().login(u"teller1"_qs);
        const Totals start = totals();
        QVERIFY(start.balances > 0);
        QCOMPARE(start.interest, 0);

        QElapsedTimer timer;
        timer.start();
        int rounds = 0;
        int moved = 0;
        int merged = 0;
        int refused = 0;
        while (timer.elapsed() < kBudgetMs && rounds < 600 && live.size() > 2) {
            ++rounds;
            QList<Call> calls;
            QList<int> targets; // index into `live` of each call's source, -1 for reads
            QList<int> keeps;   // merges: index of the kept account
            const bool collide = rng.bounded(3) == 0;
            for (int c = 0; c < kParallel; ++c) {
                const int source = collide && c > 0 ? targets.value(0, 0) : int(rng.bounded(live.size()));
                if (source < 0 || rng.bounded(5) == 0) {
                    calls.append({"GET",
                                  u"/api/v1/accounts/"_qs + live.at(rng.bounded(live.size())).account,
                                  {},
                                  {},
                                  {}});
                    targets << -1;
                    keeps << -1;
                    continue;
                }
                int keep = -1;
                for (int i = 0; i < live.size(); ++i) {
                    if (i != source && live.at(i).person == live.at(source).person)
                        keep = i;
                }
                QList<QPair<QByteArray, QByteArray>> headers{
                    {"Idempotency-Key", ServerFixture::newKey().toLatin1()}};
                if (keep >= 0 && rng.bounded(2) == 0) {
                    calls.append({"POST",
                                  u"/api/v1/transfers/merges"_qs,
                                  {{u"keepAccount"_qs, live.at(keep).account},
                                   {u"mergeAccount"_qs, live.at(source).account}},
                                  headers,
                                  {}});
                    keeps << keep;
                } else {
                    const int to = (live.at(source).unit + 1 + int(rng.bounded(kUnits - 1))) % kUnits;
                    calls.append({"POST",
                                  u"/api/v1/transfers/in-city"_qs,
                                  {{u"accountNumber"_qs, live.at(source).account},
                                   {u"toUnitAccount"_qs, units.at(to)}},
                                  headers,
                                  {}});
                    keeps << -1;
                }
                targets << source;
            }
            const QList<Reply> replies = f().parallel(calls, teller);
            QCOMPARE(replies.size(), calls.size());
            QHash<QString, int> successes; // source account → 201s
            QList<int> gone;
            QList<Live> added;
            for (int c = 0; c < replies.size(); ++c) {
                const Reply &r = replies.at(c);
                QVERIFY2(r.status < 500, r.body.constData());
                if (targets.at(c) < 0) {
                    QVERIFY2(r.status == 200, r.body.constData());
                    continue;
                }
                const Live &src = live.at(targets.at(c));
                if (r.status != 201) {
                    // Another request of the round got there first, or the kept account went.
                    QVERIFY2(r.status == 422 || r.status == 404, r.body.constData());
                    QVERIFY2(QStringList({u"transfer.source_closed"_qs, u"account.closed"_qs,
                                          u"transfer.same_unit"_qs})
                                 .contains(r.code()),
                             r.body.constData());
                    ++refused;
                    continue;
                }
                ++successes[src.account];
                QCOMPARE(r.json.value(u"amountFen"_qs).toInteger(),
                         r.json.value(u"principalFen"_qs).toInteger() +
                             r.json.value(u"interestFen"_qs).toInteger());
                QCOMPARE(r.json.value(u"from"_qs).toObject().value(u"balanceFen"_qs).toInteger(), 0);
                gone << targets.at(c);
                if (r.json.value(u"kind"_qs).toString() == u"in_city") {
                    const QJsonObject to = r.json.value(u"to"_qs).toObject();
                    added.append({to.value(u"accountNumber"_qs).toString(), src.person,
                                  int(units.indexOf(to.value(u"unitAccount"_qs).toString()))});
                    ++moved;
                } else {
                    ++merged;
                }
            }
            for (auto it = successes.cbegin(); it != successes.cend(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(u"moved twice: "_qs + it.key()));
            std::sort(gone.begin(), gone.end(), std::greater<int>());
            gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
            for (int i : std::as_const(gone))
                live.removeAt(i);
            live += added;

            const Totals now = totals();
            QCOMPARE(now.balances, start.balances + now.interest);
            QVERIFY2(now.minAvailable >= 0, "a negative available balance");
            QCOMPARE(now.live, qint64(live.size()));
        }
        qInfo("T5: %d rounds, %d moved, %d merged, %d refused in %lld ms", rounds, moved, merged, refused,
              timer.elapsed());
        QVERIFY(moved > 0 && merged > 0);
        QVERIFY(totals().interest > 0);
        const QString v = f().ledgerInvariantViolation();
        QVERIFY2(v.isEmpty(), qPrintable(v));
    }
};

int main(int argc, char **argv)
{
    return runForBackends(argc, argv, [](Backend b) { return new TestServerTransferRaces(b); });
}

#include "tst_server_transferraces.moc"
