#include "domain/money.h"
#include "finance/holds.h"

#include <QTest>

using namespace hpf;
using namespace hpf::finance;

namespace {

qint64 fen(const char *text)
{
    return money::parse(QString::fromLatin1(text)).value();
}

const FreezeLimits kLimits{36, 12};
const QDate kDay0(2025, 1, 10);

QDateTime at(int minutes)
{
    return QDateTime(kDay0, QTime(9, 0)).addSecs(qint64(minutes) * 60);
}

FreezeRequest freeze(qint64 id, const char *amount, QDate end, int registeredMinute = 0, bool whole = false)
{
    FreezeRequest r;
    r.id = id;
    r.wholeBalance = whole;
    r.amount = whole ? 0 : fen(amount);
    r.court = u"兰州市城关区人民法院"_qs;
    r.caseNumber = QStringLiteral("(2025)甘0102执%1号").arg(id);
    r.documentNumber = QStringLiteral("协执字第%1号").arg(id);
    r.registeredAt = at(registeredMinute);
    r.startDate = kDay0;
    r.endDate = end;
    return r;
}

QList<HoldEventType> types(const HoldEvents &events)
{
    QList<HoldEventType> out;
    for (const HoldEvent &e : events)
        out.append(e.type);
    return out;
}

} // namespace

class TestHolds : public QObject
{
    Q_OBJECT

private slots:
    void amountFreeze();
    void wholeBalanceFreeze();
    void queueOrder();
    void expiryT9();
    void expiryIsDeterministic();
    void registerErrors_data();
    void registerErrors();
    void renew();
    void release();
    void releasePart_data();
    void releasePart();
    void deduct();
    void securityHolds();
    void debitAndCredit();
    void restore();
};

void TestHolds::amountFreeze()
{
    AccountHolds a(fen("10000.00"), kDay0);
    const Result<HoldEvents> e = a.registerFreeze(freeze(1, "3000.00", QDate(2025, 12, 31)), kLimits);
    QVERIFY(e.ok());
    QCOMPARE(types(*e), (QList<HoldEventType>{HoldEventType::Registered, HoldEventType::Activated}));
    QCOMPARE(e->last().amount, fen("3000.00"));
    QCOMPARE(a.held(), fen("3000.00"));
    QCOMPARE(a.available(), fen("7000.00"));
    QCOMPARE(a.activeFreeze()->activatedOn, kDay0);
    // The court's end date is stored as given.
    QCOMPARE(a.hold(1)->endDate, QDate(2025, 12, 31));
    // An amount above the balance holds the whole balance, never more.
    QVERIFY(a.debit(fen("7000.00")).ok());
    QCOMPARE(a.held(), fen("3000.00"));
    QVERIFY(a.registerFreeze(freeze(2, "99999.00", QDate(2025, 12, 31), 5), kLimits).ok());
    QCOMPARE(a.waitingQueue().size(), 1);
    QVERIFY(a.releaseFreeze(1).ok());
    QCOMPARE(a.held(), fen("3000.00"));
    QCOMPARE(a.available(), qint64(0));
}

void TestHolds::wholeBalanceFreeze()
{
    AccountHolds a(fen("5000.00"), kDay0);
    QVERIFY(a.registerFreeze(freeze(1, nullptr, QDate(2025, 12, 31), 0, true), kLimits).ok());
    QCOMPARE(a.hold(1)->kind, HoldKind::JudicialWholeBalance);
    QCOMPARE(a.available(), qint64(0));
    QVERIFY(a.credit(fen("800.00")).ok());
    QCOMPARE(a.held(), fen("5800.00"));
    QCOMPARE(a.available(), qint64(0));
    QCOMPARE(a.canDebit(1).error().code, u"hold.insufficient_available"_qs);
}

void TestHolds::queueOrder()
{
    AccountHolds a(fen("10000.00"), kDay0);
    QVERIFY(a.registerFreeze(freeze(1, "100.00", QDate(2025, 12, 31), 0), kLimits).ok());
    // Registered out of order: 4 at minute 30, 3 at minute 20, 2 and 5 both at minute 10 (tie by id).
    const Result<HoldEvents> queued = a.registerFreeze(freeze(4, "400.00", QDate(2025, 12, 31), 30), kLimits);
    QVERIFY(queued.ok());
    QCOMPARE(types(*queued), (QList<HoldEventType>{HoldEventType::Registered, HoldEventType::Queued}));
    QVERIFY(a.registerFreeze(freeze(3, "300.00", QDate(2025, 12, 31), 20), kLimits).ok());
    QVERIFY(a.registerFreeze(freeze(5, "500.00", QDate(2025, 12, 31), 10), kLimits).ok());
    QVERIFY(a.registerFreeze(freeze(2, "200.00", QDate(2025, 12, 31), 10), kLimits).ok());
    QList<qint64> ids;
    for (const Hold &h : a.waitingQueue())
        ids.append(h.id);
    QCOMPARE(ids, (QList<qint64>{2, 5, 3, 4}));
    // Waiting freezes hold nothing.
    QCOMPARE(a.held(), fen("100.00"));
    // Each release promotes the head (第二十六条).
    for (const qint64 next : {2, 5, 3, 4}) {
        const qint64 current = a.activeFreeze()->id;
        const Result<HoldEvents> e = a.releaseFreeze(current);
        QVERIFY(e.ok());
        QCOMPARE(types(*e), (QList<HoldEventType>{HoldEventType::Released, HoldEventType::Activated}));
        QCOMPARE(e->last().holdId, next);
        QCOMPARE(a.activeFreeze()->id, next);
        QCOMPARE(a.held(), fen("100.00") * next);
    }
    QVERIFY(a.waitingQueue().isEmpty());
}

void TestHolds::expiryT9()
{
    // reliability.md T9: a freeze with an end date; advance an injected clock past it: released
    // exactly once, the next waiting freeze takes effect.
    ManualClock clock(QDateTime(kDay0, QTime(9, 0)));
    AccountHolds a(fen("10000.00"), clock.today());
    QVERIFY(a.registerFreeze(freeze(1, "1000.00", QDate(2025, 3, 31), 0), kLimits).ok());
    QVERIFY(a.registerFreeze(freeze(2, "2000.00", QDate(2026, 3, 31), 1), kLimits).ok());
    QVERIFY(a.registerFreeze(freeze(3, "3000.00", QDate(2025, 2, 28), 2), kLimits).ok()); // lapses waiting

    // The waiting freeze 3 lapses the day after its own end date; the end date of 1 is still frozen.
    clock.set(QDateTime(QDate(2025, 3, 31), QTime(23, 59)));
    QCOMPARE(a.advance(clock), (HoldEvents{{HoldEventType::Lapsed, 3, 0, QDate(2025, 3, 1)}}));
    QCOMPARE(a.activeFreeze()->id, qint64(1));
    QCOMPARE(a.held(), fen("1000.00"));

    clock.set(QDateTime(QDate(2025, 4, 10), QTime(8, 0)));
    const HoldEvents events = a.advance(clock);
    QCOMPARE(events, (HoldEvents{{HoldEventType::Expired, 1, fen("1000.00"), QDate(2025, 4, 1)},
                                 {HoldEventType::Activated, 2, fen("2000.00"), QDate(2025, 4, 1)}}));
    QCOMPARE(a.hold(1)->state, HoldState::Expired);
    QCOMPARE(a.hold(1)->endedOn, QDate(2025, 4, 1));
    QCOMPARE(a.hold(2)->activatedOn, QDate(2025, 4, 1));
    QCOMPARE(a.held(), fen("2000.00"));
    // Exactly once: advancing again, to the same or an earlier day, changes nothing.
    QVERIFY(a.advance(clock).isEmpty());
    QVERIFY(a.advanceTo(QDate(2025, 4, 5)).isEmpty());
    clock.advanceDays(1);
    QVERIFY(a.advance(clock).isEmpty());
    QCOMPARE(a.today(), QDate(2025, 4, 11));
    // An expired freeze cannot be released, renewed or deducted.
    QCOMPARE(a.releaseFreeze(1).error().code, u"hold.already_ended"_qs);
    QCOMPARE(a.renewFreeze(1, QDate(2025, 9, 1), kLimits).error().code, u"hold.already_ended"_qs);
    QCOMPARE(a.deduct(1, 100).error().code, u"hold.already_ended"_qs);
}

void TestHolds::expiryIsDeterministic()
{
    // Day-by-day advancing and one jump give the same events and the same state.
    const auto build = [] {
        AccountHolds a(fen("50000.00"), kDay0);
        for (int i = 1; i <= 6; ++i) {
            const QDate end = kDay0.addDays(20 * i + (i % 2 ? 45 : -5));
            if (!a.registerFreeze(freeze(i, "1000.00", end, 7 - i), kLimits).ok())
                qFatal("register failed");
        }
        return a;
    };
    AccountHolds stepwise = build();
    AccountHolds jump = build();
    HoldEvents stepEvents;
    for (QDate d = kDay0.addDays(1); d <= kDay0.addDays(200); d = d.addDays(1))
        stepEvents += stepwise.advanceTo(d);
    const HoldEvents jumpEvents = jump.advanceTo(kDay0.addDays(200));
    QCOMPARE(jumpEvents, stepEvents);
    QCOMPARE(jump.holds(), stepwise.holds());
    QVERIFY(!jumpEvents.isEmpty());
    for (const Hold &h : jump.holds())
        QVERIFY(!h.isOpen());
}

void TestHolds::registerErrors_data()
{
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("field");

    QTest::newRow("id 0") << 0 << u"hold.id_invalid"_qs << u"id"_qs;
    QTest::newRow("duplicate id") << 1 << u"hold.duplicate_id"_qs << u"id"_qs;
    QTest::newRow("amount 0") << 2 << u"hold.amount_invalid"_qs << u"amount"_qs;
    QTest::newRow("amount negative") << 3 << u"hold.amount_invalid"_qs << u"amount"_qs;
    QTest::newRow("no court") << 4 << u"hold.missing_field"_qs << u"court"_qs;
    QTest::newRow("blank case number") << 5 << u"hold.missing_field"_qs << u"caseNumber"_qs;
    QTest::newRow("no document") << 6 << u"hold.missing_field"_qs << u"documentNumber"_qs;
    QTest::newRow("no registration time") << 7 << u"hold.missing_field"_qs << u"registeredAt"_qs;
    QTest::newRow("end before start") << 8 << u"hold.period_invalid"_qs << u"endDate"_qs;
    QTest::newRow("no end date") << 9 << u"hold.period_invalid"_qs << u"endDate"_qs;
    QTest::newRow("37 months") << 10 << u"hold.period_too_long"_qs << u"endDate"_qs;
    QTest::newRow("ended before today") << 11 << u"hold.already_ended"_qs << u"endDate"_qs;
    QTest::newRow("amount too large") << 12 << u"hold.amount_invalid"_qs << u"amount"_qs;
}

void TestHolds::registerErrors()
{
    QFETCH(int, breakage);
    QFETCH(QString, errorCode);
    QFETCH(QString, field);

    AccountHolds a(fen("1000.00"), kDay0);
    QVERIFY(a.registerFreeze(freeze(1, "10.00", QDate(2025, 12, 31)), kLimits).ok());
    FreezeRequest r = freeze(2, "10.00", QDate(2025, 12, 31), 1);
    switch (breakage) {
    case 0:
        r.id = 0;
        break;
    case 1:
        r.id = 1;
        break;
    case 2:
        r.amount = 0;
        break;
    case 3:
        r.amount = -5;
        break;
    case 4:
        r.court.clear();
        break;
    case 5:
        r.caseNumber = u"  "_qs;
        break;
    case 6:
        r.documentNumber.clear();
        break;
    case 7:
        r.registeredAt = QDateTime();
        break;
    case 8:
        r.endDate = r.startDate.addDays(-1);
        break;
    case 9:
        r.endDate = QDate();
        break;
    case 10:
        r.endDate = r.startDate.addMonths(36).addDays(1);
        break;
    case 11:
        r.startDate = kDay0.addYears(-1);
        r.endDate = kDay0.addDays(-1);
        break;
    case 12:
        r.amount = money::kMaximumFen + 1;
        break;
    }
    const HoldEvents before = {};
    const QList<Hold> holdsBefore = a.holds();
    const Result<HoldEvents> e = a.registerFreeze(r, kLimits);
    QVERIFY(!e.ok());
    QCOMPARE(e.error().code, errorCode);
    QCOMPARE(e.error().field, field);
    QCOMPARE(a.holds(), holdsBefore); // a refusal changes nothing
    // The boundary itself is accepted: exactly 36 months.
    FreezeRequest ok = freeze(9, "10.00", kDay0.addMonths(36), 2);
    QVERIFY(a.registerFreeze(ok, kLimits).ok());
}

void TestHolds::renew()
{
    AccountHolds a(fen("1000.00"), kDay0);
    QVERIFY(a.registerFreeze(freeze(1, "10.00", QDate(2025, 6, 30)), kLimits).ok());
    QVERIFY(a.registerFreeze(freeze(2, "10.00", QDate(2025, 3, 31), 1), kLimits).ok());
    QVERIFY(a.placeSecurity(3, fen("1.00"), at(2)).ok());

    const Result<HoldEvents> e = a.renewFreeze(1, QDate(2026, 6, 30), kLimits);
    QVERIFY(e.ok());
    QCOMPARE(*e, (HoldEvents{{HoldEventType::Renewed, 1, 0, kDay0}}));
    QCOMPARE(a.hold(1)->endDate, QDate(2026, 6, 30));
    QCOMPARE(a.hold(1)->renewals, 1);
    // A waiting freeze may be renewed too (courts renew 轮候 freezes).
    QVERIFY(a.renewFreeze(2, QDate(2025, 12, 31), kLimits).ok());

    QCOMPARE(a.renewFreeze(1, QDate(2026, 6, 30), kLimits).error().code, u"hold.renew_not_later"_qs);
    QCOMPARE(a.renewFreeze(1, QDate(2026, 1, 1), kLimits).error().code, u"hold.renew_not_later"_qs);
    QCOMPARE(a.renewFreeze(1, QDate(), kLimits).error().code, u"hold.renew_not_later"_qs);
    QCOMPARE(a.renewFreeze(1, QDate(2029, 7, 1), kLimits).error().code, u"hold.renew_too_long"_qs);
    QVERIFY(a.renewFreeze(1, QDate(2029, 6, 30), kLimits).ok()); // exactly 36 more months
    QCOMPARE(a.renewFreeze(99, QDate(2029, 6, 30), kLimits).error().code, u"hold.not_found"_qs);
    QCOMPARE(a.renewFreeze(3, QDate(2029, 6, 30), kLimits).error().code, u"hold.not_judicial"_qs);

    // Renewed before expiry: advancing past the old end dates expires nothing.
    QVERIFY(a.advanceTo(QDate(2025, 12, 31)).isEmpty());
    QCOMPARE(a.activeFreeze()->id, qint64(1));
}

void TestHolds::release()
{
    AccountHolds a(fen("1000.00"), kDay0);
    QVERIFY(a.registerFreeze(freeze(1, "100.00", QDate(2025, 12, 31)), kLimits).ok());
    QVERIFY(a.registerFreeze(freeze(2, "200.00", QDate(2025, 12, 31), 1), kLimits).ok());
    QVERIFY(a.registerFreeze(freeze(3, "300.00", QDate(2025, 12, 31), 2), kLimits).ok());
    // Withdrawing a waiting freeze takes it out of the queue without touching the active one.
    const Result<HoldEvents> w = a.releaseFreeze(2);
    QVERIFY(w.ok());
    QCOMPARE(types(*w), (QList<HoldEventType>{HoldEventType::Released}));
    QCOMPARE(a.activeFreeze()->id, qint64(1));
    // Releasing the active one promotes 3.
    const Result<HoldEvents> r = a.releaseFreeze(1);
    QVERIFY(r.ok());
    QCOMPARE(*r, (HoldEvents{{HoldEventType::Released, 1, fen("100.00"), kDay0},
                             {HoldEventType::Activated, 3, fen("300.00"), kDay0}}));
    QCOMPARE(a.releaseFreeze(1).error().code, u"hold.already_ended"_qs);
    QCOMPARE(a.releaseFreeze(42).error().code, u"hold.not_found"_qs);
    QVERIFY(a.releaseFreeze(3).ok());
    QVERIFY(!a.activeFreeze().has_value());
    QCOMPARE(a.held(), qint64(0));
}

void TestHolds::releasePart_data()
{
    QTest::addColumn<bool>("whole");
    QTest::addColumn<qint64>("deductFirst");
    QTest::addColumn<qint64>("part");
    QTest::addColumn<QString>("error");
    QTest::addColumn<qint64>("heldAfter"); // judicial held after; -1 when refused
    QTest::addColumn<bool>("promoted");
    QTest::newRow("part of an amount")
        << false << qint64(0) << fen("1000.00") << QString() << fen("2000.00") << false;
    QTest::newRow("one fen") << false << qint64(0) << qint64(1) << QString() << fen("2999.99") << false;
    QTest::newRow("all that remains = whole release")
        << false << qint64(0) << fen("3000.00") << QString() << fen("4000.00") << true;
    QTest::newRow("all that remains after a deduction")
        << false << fen("500.00") << fen("2500.00") << QString() << fen("4000.00") << true;
    QTest::newRow("above what remains after a deduction")
        << false << fen("500.00") << fen("2500.01") << u"hold.unfreeze_exceeds_frozen"_qs << qint64(-1)
        << false;
    QTest::newRow("above the amount")
        << false << qint64(0) << fen("3000.01") << u"hold.unfreeze_exceeds_frozen"_qs << qint64(-1) << false;
    QTest::newRow("zero") << false << qint64(0) << qint64(0) << u"hold.amount_invalid"_qs << qint64(-1)
                          << false;
    QTest::newRow("negative") << false << qint64(0) << qint64(-5) << u"hold.amount_invalid"_qs << qint64(-1)
                              << false;
    QTest::newRow("whole balance freeze")
        << true << qint64(0) << fen("100.00") << u"hold.unfreeze_whole_balance"_qs << qint64(-1) << false;
}

void TestHolds::releasePart()
{
    QFETCH(bool, whole);
    QFETCH(qint64, deductFirst);
    QFETCH(qint64, part);
    QFETCH(QString, error);
    QFETCH(qint64, heldAfter);
    QFETCH(bool, promoted);
    AccountHolds a(fen("10000.00"), kDay0);
    QVERIFY(a.registerFreeze(freeze(1, "3000.00", QDate(2025, 12, 31), 0, whole), kLimits).ok());
    QVERIFY(a.registerFreeze(freeze(2, "4000.00", QDate(2025, 12, 31), 5), kLimits).ok());
    if (deductFirst > 0)
        QVERIFY(a.deduct(1, deductFirst).ok());
    const AccountHolds before = a;
    const Result<HoldEvents> e = a.releaseFreezePart(1, part);
    if (!error.isEmpty()) {
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, error);
        QCOMPARE(a.holds(), before.holds()); // nothing changed
        return;
    }
    QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().code));
    QCOMPARE(a.judicialHeld(), heldAfter);
    QCOMPARE(a.activeFreeze()->id, promoted ? 2 : 1);
    if (promoted) {
        QCOMPARE(types(*e), (QList<HoldEventType>{HoldEventType::Released, HoldEventType::Activated}));
        QCOMPARE(a.hold(1)->state, HoldState::Released);
    } else {
        QCOMPARE(*e, (HoldEvents{{HoldEventType::PartReleased, 1, part, kDay0}}));
        QCOMPARE(a.hold(1)->state, HoldState::Active);
    }
}

void TestHolds::deduct()
{
    AccountHolds a(fen("1000.00"), kDay0);
    QVERIFY(a.registerFreeze(freeze(1, "300.00", QDate(2025, 12, 31)), kLimits).ok());
    QVERIFY(a.registerFreeze(freeze(2, nullptr, QDate(2025, 12, 31), 1, true), kLimits).ok());

    QCOMPARE(a.deduct(2, fen("1.00")).error().code, u"hold.not_active"_qs);
    QCOMPARE(a.deduct(1, 0).error().code, u"hold.amount_invalid"_qs);
    QCOMPARE(a.deduct(1, -1).error().code, u"hold.amount_invalid"_qs);
    QCOMPARE(a.deduct(1, fen("1.00"), false).error().code, u"hold.no_withdrawal_condition"_qs);
    QCOMPARE(a.deduct(1, fen("300.01")).error().code, u"hold.deduct_exceeds_frozen"_qs);

    const Result<HoldEvents> part = a.deduct(1, fen("100.00"));
    QVERIFY(part.ok());
    QCOMPARE(*part, (HoldEvents{{HoldEventType::Deducted, 1, fen("100.00"), kDay0}}));
    QCOMPARE(a.balance(), fen("900.00"));
    QCOMPARE(a.hold(1)->remainingAmount(), fen("200.00"));
    QCOMPARE(a.held(), fen("200.00"));

    // Deducting the rest ends the freeze and promotes the whole-balance one.
    const Result<HoldEvents> rest = a.deduct(1, fen("200.00"));
    QVERIFY(rest.ok());
    QCOMPARE(types(*rest), (QList<HoldEventType>{HoldEventType::Deducted, HoldEventType::FullyDeducted,
                                                 HoldEventType::Activated}));
    QCOMPARE(a.hold(1)->state, HoldState::Deducted);
    QCOMPARE(a.balance(), fen("700.00"));
    QCOMPARE(a.held(), fen("700.00"));

    // The whole-balance freeze is capped by the balance.
    QCOMPARE(a.deduct(2, fen("700.01")).error().code, u"hold.deduct_exceeds_balance"_qs);
    QVERIFY(a.deduct(2, fen("700.00")).ok());
    QCOMPARE(a.balance(), qint64(0));
    QCOMPARE(a.activeFreeze()->id, qint64(2)); // still covers later credits
    QVERIFY(a.credit(fen("50.00")).ok());
    QCOMPARE(a.available(), qint64(0));

    // An amount freeze larger than the balance: capped by the balance.
    AccountHolds b(fen("100.00"), kDay0);
    QVERIFY(b.registerFreeze(freeze(1, "500.00", QDate(2025, 12, 31)), kLimits).ok());
    QCOMPARE(b.deduct(1, fen("100.01")).error().code, u"hold.deduct_exceeds_balance"_qs);
    QVERIFY(b.deduct(1, fen("100.00")).ok());
    QCOMPARE(b.hold(1)->state, HoldState::Active); // 400.00 still frozen for later credits
    QVERIFY(b.credit(fen("1000.00")).ok());
    QCOMPARE(b.held(), fen("400.00"));
}

void TestHolds::securityHolds()
{
    AccountHolds a(fen("1000.00"), kDay0);
    QVERIFY(a.placeSecurity(10, fen("300.00"), at(0)).ok());
    QVERIFY(a.placeSecurity(11, fen("200.00"), at(1)).ok()); // stackable
    QCOMPARE(a.securityHeld(), fen("500.00"));
    QCOMPARE(a.available(), fen("500.00"));
    QCOMPARE(a.placeSecurity(12, fen("500.01"), at(2)).error().code, u"hold.insufficient_available"_qs);
    QCOMPARE(a.placeSecurity(11, fen("1.00"), at(2)).error().code, u"hold.duplicate_id"_qs);
    QCOMPARE(a.placeSecurity(0, fen("1.00"), at(2)).error().code, u"hold.id_invalid"_qs);
    QCOMPARE(a.placeSecurity(12, 0, at(2)).error().code, u"hold.amount_invalid"_qs);

    // Independent of judicial freezes: a whole-balance freeze and its release leave them alone.
    QVERIFY(a.registerFreeze(freeze(1, nullptr, QDate(2025, 12, 31), 0, true), kLimits).ok());
    QCOMPARE(a.held(), fen("1000.00"));
    QCOMPARE(a.releaseSecurity(1).error().code, u"hold.not_security"_qs);
    QCOMPARE(a.releaseFreeze(10).error().code, u"hold.not_judicial"_qs);
    QVERIFY(a.releaseFreeze(1).ok());
    QCOMPARE(a.held(), fen("500.00"));

    const Result<HoldEvents> e = a.releaseSecurity(10);
    QVERIFY(e.ok());
    QCOMPARE(*e, (HoldEvents{{HoldEventType::SecurityReleased, 10, fen("300.00"), kDay0}}));
    QCOMPARE(a.releaseSecurity(10).error().code, u"hold.already_ended"_qs);
    QCOMPARE(a.releaseSecurity(77).error().code, u"hold.not_found"_qs);
    QCOMPARE(a.available(), fen("800.00"));
}

void TestHolds::debitAndCredit()
{
    AccountHolds a(fen("1000.00"), kDay0);
    QVERIFY(a.registerFreeze(freeze(1, "600.00", QDate(2025, 12, 31)), kLimits).ok());
    QVERIFY(a.canDebit(fen("400.00")).ok());
    QCOMPARE(a.canDebit(fen("400.01")).error().code, u"hold.insufficient_available"_qs);
    QCOMPARE(a.canDebit(fen("400.01")).error().field, u"amount"_qs);
    QCOMPARE(a.canDebit(0).error().code, u"hold.amount_invalid"_qs);
    QCOMPARE(a.debit(fen("400.01")).error().code, u"hold.insufficient_available"_qs);
    QCOMPARE(a.balance(), fen("1000.00"));
    QVERIFY(a.debit(fen("400.00")).ok());
    QCOMPARE(a.available(), qint64(0));
    QCOMPARE(a.credit(0).error().code, u"hold.amount_invalid"_qs);
    QCOMPARE(a.credit(-1).error().code, u"hold.amount_invalid"_qs);
    QCOMPARE(a.credit(money::kMaximumFen).error().code, u"hold.amount_invalid"_qs);
    const Result<HoldEvents> c = a.credit(fen("50.00"));
    QVERIFY(c.ok());
    QCOMPARE(*c, (HoldEvents{{HoldEventType::Credited, 0, fen("50.00"), kDay0}}));
    QCOMPARE(a.available(), fen("50.00"));
}

void TestHolds::restore()
{
    AccountHolds a(fen("1000.00"), kDay0);
    QVERIFY(a.registerFreeze(freeze(1, "100.00", QDate(2025, 12, 31)), kLimits).ok());
    QVERIFY(a.registerFreeze(freeze(2, "200.00", QDate(2025, 12, 31), 1), kLimits).ok());
    QVERIFY(a.placeSecurity(3, fen("50.00"), at(2)).ok());

    const Result<AccountHolds> copy = AccountHolds::restore(a.balance(), a.today(), a.holds());
    QVERIFY(copy.ok());
    QCOMPARE(copy->holds(), a.holds());
    QCOMPARE(copy->available(), a.available());

    QList<Hold> twoActive = a.holds();
    twoActive[1].state = HoldState::Active;
    QCOMPARE(AccountHolds::restore(a.balance(), a.today(), twoActive).error().code, u"hold.inconsistent"_qs);
    QList<Hold> headless = a.holds();
    headless[0].state = HoldState::Released;
    QCOMPARE(AccountHolds::restore(a.balance(), a.today(), headless).error().field, u"state"_qs);
    QList<Hold> duplicate = a.holds();
    duplicate[2].id = 1;
    QCOMPARE(AccountHolds::restore(a.balance(), a.today(), duplicate).error().field, u"id"_qs);
    QCOMPARE(AccountHolds::restore(-1, a.today(), a.holds()).error().field, u"balance"_qs);
    QList<Hold> overDeducted = a.holds();
    overDeducted[0].deducted = fen("100.01");
    QCOMPARE(AccountHolds::restore(a.balance(), a.today(), overDeducted).error().field, u"amount"_qs);
}

QTEST_GUILESS_MAIN(TestHolds)
#include "tst_holds.moc"
