// Random interleavings of every hold operation (reliability.md T4/T9 at model scale): 1000 seeded
// sequences, invariants checked after every step.
#include "domain/money.h"
#include "finance/holds.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

using namespace hpf;
using namespace hpf::finance;

namespace {

const FreezeLimits kLimits{36, 12};

struct Tally
{
    qint64 credits = 0;
    qint64 debits = 0;
    qint64 deducted = 0;
    QHash<qint64, int> endings;     // judicial and security end events per hold
    QHash<qint64, int> activations; // Activated events per hold
};

bool isEnding(HoldEventType t)
{
    return t == HoldEventType::Released || t == HoldEventType::Expired || t == HoldEventType::Lapsed ||
           t == HoldEventType::FullyDeducted || t == HoldEventType::SecurityReleased;
}

} // namespace

class TestHoldsProperty : public QObject
{
    Q_OBJECT

private slots:
    void sameDayExpiryAndLapse();
    void randomInterleavings();

private:
    void check(const AccountHolds &a, const Tally &t, qint64 opening, const QList<Hold> &before);
};

void TestHoldsProperty::sameDayExpiryAndLapse()
{
    // The active freeze and the head of the queue end on the same day: the waiting one lapses, it
    // never becomes active, and the next one takes over.
    const QDate d0(2025, 1, 10);
    AccountHolds a(100000, d0);
    const auto req = [&](qint64 id, QDate end) {
        FreezeRequest r{
            id, false, 1000, u"court"_qs, u"case"_qs, u"doc"_qs, QDateTime(d0, QTime(9, 0)).addSecs(id),
            d0, end};
        return a.registerFreeze(r, kLimits).ok();
    };
    QVERIFY(req(1, QDate(2025, 3, 31)));
    QVERIFY(req(2, QDate(2025, 3, 31)));
    QVERIFY(req(3, QDate(2025, 9, 30)));
    const HoldEvents e = a.advanceTo(QDate(2025, 4, 1));
    QCOMPARE(e, (HoldEvents{{HoldEventType::Expired, 1, 1000, QDate(2025, 4, 1)},
                            {HoldEventType::Lapsed, 2, 0, QDate(2025, 4, 1)},
                            {HoldEventType::Activated, 3, 1000, QDate(2025, 4, 1)}}));
    QVERIFY(a.hold(2)->activatedOn.isNull());
}

void TestHoldsProperty::check(const AccountHolds &a, const Tally &t, qint64 opening,
                              const QList<Hold> &before)
{
    QVERIFY(a.balance() >= 0);
    QVERIFY(a.held() >= 0);
    QVERIFY(a.held() <= a.balance());
    QVERIFY(a.available() >= 0);
    QCOMPARE(a.available(), a.balance() - a.held());
    QCOMPARE(a.balance(), opening + t.credits - t.debits - t.deducted);

    int active = 0;
    for (const Hold &h : a.holds()) {
        if (h.isJudicial() && h.state == HoldState::Active) {
            ++active;
            QVERIFY(h.endDate >= a.today()); // never active past its end date
        }
        if (h.kind == HoldKind::JudicialAmount)
            QVERIFY(h.deducted <= h.amount);
        QVERIFY(t.endings.value(h.id) <= 1);
        QVERIFY(t.activations.value(h.id) <= 1);
        QCOMPARE(t.endings.value(h.id) == 1, !h.isOpen());
    }
    QVERIFY(active <= 1);
    const QList<Hold> queue = a.waitingQueue();
    if (!queue.isEmpty())
        QCOMPARE(active, 1);
    // Registration times only grow here, so the active freeze precedes everything waiting, and the
    // queue is in registration order.
    for (qsizetype i = 0; i < queue.size(); ++i) {
        QVERIFY(a.activeFreeze()->registeredAt < queue[i].registeredAt);
        if (i > 0)
            QVERIFY(queue[i - 1].registeredAt < queue[i].registeredAt);
    }
    // Ended holds never change again.
    for (const Hold &old : before) {
        if (!old.isOpen())
            QCOMPARE(a.hold(old.id).value(), old);
    }
}

void TestHoldsProperty::randomInterleavings()
{
    int refusals = 0;
    int promotions = 0;
    for (quint32 seed = 1; seed <= 1000; ++seed) {
        QRandomGenerator rng(seed);
        QDate today(2025, 1, 1);
        const qint64 opening = qint64(rng.bounded(2000000));
        AccountHolds a(opening, today);
        Tally t;
        qint64 nextId = 1;
        int minute = 0;
        for (int step = 0; step < 60; ++step) {
            const QList<Hold> before = a.holds();
            const qint64 balanceBefore = a.balance();
            const qint64 availableBefore = a.available();
            const qint64 someId = 1 + qint64(rng.bounded(quint32(nextId + 1)));
            const qint64 amount = qint64(rng.bounded(1200000)) - 100000;
            Result<HoldEvents> r = HoldEvents{};
            switch (rng.bounded(10)) {
            case 0:
            case 1: {
                const bool whole = rng.bounded(4) == 0;
                FreezeRequest req{nextId++,
                                  whole,
                                  whole ? 0 : amount,
                                  u"court"_qs,
                                  u"case"_qs,
                                  u"doc"_qs,
                                  QDateTime(QDate(2025, 1, 1), QTime(0, 0)).addSecs(60 * ++minute),
                                  today.addDays(-int(rng.bounded(30))),
                                  today.addDays(int(rng.bounded(400)) - 10)};
                r = a.registerFreeze(req, kLimits);
                break;
            }
            case 2:
                r = a.renewFreeze(someId, today.addDays(int(rng.bounded(1200))), kLimits);
                break;
            case 3:
                r = a.releaseFreeze(someId);
                break;
            case 4:
                r = a.deduct(someId, amount, rng.bounded(10) != 0);
                break;
            case 5:
                r = a.placeSecurity(nextId++, amount, QDateTime(today, QTime(12, 0)));
                break;
            case 6:
                r = a.releaseSecurity(someId);
                break;
            case 7:
                r = a.debit(amount);
                QCOMPARE(r.ok(), amount > 0 && amount <= availableBefore);
                break;
            case 8:
                r = a.credit(amount);
                break;
            default: {
                today = today.addDays(int(rng.bounded(60)));
                r = a.advanceTo(today);
                QCOMPARE(a.today(), today);
                break;
            }
            }
            if (!r.ok()) {
                ++refusals;
                QVERIFY(r.error().code.startsWith(u"hold."_qs));
                QCOMPARE(a.holds(), before);
                QCOMPARE(a.balance(), balanceBefore);
                continue;
            }
            for (const HoldEvent &e : *r) {
                switch (e.type) {
                case HoldEventType::Credited:
                    t.credits += e.amount;
                    break;
                case HoldEventType::Debited:
                    t.debits += e.amount;
                    break;
                case HoldEventType::Deducted:
                    t.deducted += e.amount;
                    break;
                case HoldEventType::Activated:
                    ++t.activations[e.holdId];
                    promotions += e.on != a.hold(e.holdId)->registeredAt.date() ? 1 : 0;
                    break;
                case HoldEventType::Expired:
                case HoldEventType::Lapsed:
                    QCOMPARE(e.on, a.hold(e.holdId)->endDate.addDays(1));
                    break;
                default:
                    break;
                }
                if (isEnding(e.type))
                    ++t.endings[e.holdId];
            }
            check(a, t, opening, before);
            if (QTest::currentTestFailed()) {
                qWarning("seed %u step %d", seed, step);
                return;
            }
        }
    }
    // The sequences exercise both paths.
    QVERIFY(refusals > 1000);
    QVERIFY(promotions > 100);
}

QTEST_GUILESS_MAIN(TestHoldsProperty)
#include "tst_holdsproperty.moc"
