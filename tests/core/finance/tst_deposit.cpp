#include "domain/money.h"
#include "finance/deposit.h"

#include <QRandomGenerator>
#include <QTest>

using namespace hpf;
using namespace hpf::finance;

namespace {

qint64 fen(const char *text)
{
    return money::parse(QString::fromLatin1(text)).value();
}

Rate pct(const char *text)
{
    return parsePercent(QString::fromLatin1(text)).value();
}

DepositPolicy demoPolicy(RoundingRule unit, RoundingRule personal, OutOfRangeBase outOfRange)
{
    DepositPolicy p;
    p.effectiveFrom = QDate(2024, 7, 1);
    p.unitRatio = RatioRange{pct("5"), pct("12")};
    p.personalRatio = RatioRange{pct("5"), pct("12")};
    p.base = BaseRange{fen("2020.00"), fen("25866.00"), outOfRange};
    p.unitRounding = unit;
    p.personalRounding = personal;
    return p;
}

} // namespace

Q_DECLARE_METATYPE(hpf::finance::Precision)
Q_DECLARE_METATYPE(hpf::RoundingMode)

class TestDeposit : public QObject
{
    Q_OBJECT

private slots:
    void referenceFigure();
    void applyRatio_data();
    void applyRatio();
    void roundingProperties();
    void clamp_data();
    void clamp();
    void ratioRange_data();
    void ratioRange();
    void withPolicyByDate();
    void flexible_data();
    void flexible();
};

void TestDeposit::referenceFigure()
{
    // domain.md §3: 8,888.88 × 7% → 622.22 (fen, half-up) / 622 (yuan).
    const RoundingRule byFen{Precision::Fen, RoundingMode::HalfUp};
    const RoundingRule byYuan{Precision::Yuan, RoundingMode::HalfUp};
    const Result<MonthlyDeposit> d = computeMonthlyDeposit(demoPolicy(byFen, byYuan, OutOfRangeBase::Clamp),
                                                           fen("8888.88"), pct("7"), pct("7"));
    QVERIFY(d.ok());
    QCOMPARE(d->base, fen("8888.88"));
    QCOMPARE(d->clamp, BaseClamp::None);
    QCOMPARE(d->unitAmount, fen("622.22"));
    QCOMPARE(d->personalAmount, fen("622.00"));
    QCOMPARE(d->total, fen("1244.22"));
}

void TestDeposit::applyRatio_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("ratio");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<QString>("expected");

    // 100.10 × 5% = 5.005 exactly: a half at the fen.
    QTest::newRow("half at fen, half-up")
        << u"100.10"_qs << u"5"_qs << Precision::Fen << RoundingMode::HalfUp << u"5.01"_qs;
    QTest::newRow("half at fen, half-even")
        << u"100.10"_qs << u"5"_qs << Precision::Fen << RoundingMode::HalfEven << u"5.00"_qs;
    QTest::newRow("half at fen, down")
        << u"100.10"_qs << u"5"_qs << Precision::Fen << RoundingMode::Down << u"5.00"_qs;
    QTest::newRow("half at fen, up") << u"100.10"_qs << u"5"_qs << Precision::Fen << RoundingMode::Up
                                     << u"5.01"_qs;
    // 100.30 × 5% = 5.015: half-even goes to the even fen 5.02.
    QTest::newRow("half-even to even")
        << u"100.30"_qs << u"5"_qs << Precision::Fen << RoundingMode::HalfEven << u"5.02"_qs;
    // 1,001.00 × 5% = 50.05: a half at the jiao.
    QTest::newRow("half at jiao, half-up")
        << u"1001.00"_qs << u"5"_qs << Precision::Jiao << RoundingMode::HalfUp << u"50.10"_qs;
    QTest::newRow("half at jiao, half-even")
        << u"1001.00"_qs << u"5"_qs << Precision::Jiao << RoundingMode::HalfEven << u"50.00"_qs;
    QTest::newRow("jiao, down") << u"1001.00"_qs << u"5"_qs << Precision::Jiao << RoundingMode::Down
                                << u"50.00"_qs;
    // 10,010.00 × 5% = 500.50: a half at the yuan.
    QTest::newRow("half at yuan, half-up")
        << u"10010.00"_qs << u"5"_qs << Precision::Yuan << RoundingMode::HalfUp << u"501.00"_qs;
    QTest::newRow("half at yuan, half-even")
        << u"10010.00"_qs << u"5"_qs << Precision::Yuan << RoundingMode::HalfEven << u"500.00"_qs;
    QTest::newRow("yuan, up by a hair")
        << u"10000.02"_qs << u"5"_qs << Precision::Yuan << RoundingMode::Up << u"501.00"_qs;
    QTest::newRow("yuan, exact stays")
        << u"10000.00"_qs << u"5"_qs << Precision::Yuan << RoundingMode::Up << u"500.00"_qs;
    QTest::newRow("zero ratio") << u"5000.00"_qs << u"0"_qs << Precision::Fen << RoundingMode::Up
                                << u"0.00"_qs;
    QTest::newRow("zero base") << u"0"_qs << u"12"_qs << Precision::Yuan << RoundingMode::Up << u"0.00"_qs;
    QTest::newRow("four-decimal ratio")
        << u"10000.00"_qs << u"7.5125"_qs << Precision::Fen << RoundingMode::HalfUp << u"751.25"_qs;
    QTest::newRow("maximum base") << u"9,999,999,999.99"_qs << u"12"_qs << Precision::Fen
                                  << RoundingMode::HalfUp << u"1,200,000,000.00"_qs;
}

void TestDeposit::applyRatio()
{
    QFETCH(QString, base);
    QFETCH(QString, ratio);
    QFETCH(Precision, precision);
    QFETCH(RoundingMode, mode);
    QFETCH(QString, expected);
    const qint64 result = finance::applyRatio(money::parse(base).value(), parsePercent(ratio).value(),
                                              RoundingRule{precision, mode});
    QCOMPARE(money::format(result), expected);
}

void TestDeposit::roundingProperties()
{
    // Against the exact product base × ppm / 10^6: the result is a multiple of the unit, within one
    // unit of the exact value on the side the mode promises, within half a unit for the half modes.
    QRandomGenerator rng(7);
    const Precision precisions[] = {Precision::Fen, Precision::Jiao, Precision::Yuan};
    const RoundingMode modes[] = {RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::Down,
                                  RoundingMode::Up};
    for (int i = 0; i < 20000; ++i) {
        const qint64 base = qint64(rng.bounded(Q_INT64_C(100000000)));
        const Rate ratio{qint64(rng.bounded(200001))};
        const Precision precision = precisions[rng.bounded(3)];
        const RoundingMode mode = modes[rng.bounded(4)];
        const qint64 unit = precisionFen(precision);
        const qint64 r = finance::applyRatio(base, ratio, RoundingRule{precision, mode});
        QCOMPARE(r % unit, qint64(0));
        // Compare r × 10^6 with the exact base × ppm (both exact integers).
        const Int128 exact = Int128(base) * ratio.ppm;
        const Int128 scaled = Int128(r) * Rate::kScale;
        const Int128 step = Int128(unit) * Rate::kScale;
        const Int128 diff = scaled - exact;
        switch (mode) {
        case RoundingMode::Down:
            QVERIFY(diff <= 0 && -diff < step);
            break;
        case RoundingMode::Up:
            QVERIFY(diff >= 0 && diff < step);
            break;
        case RoundingMode::HalfUp:
            QVERIFY(2 * diff <= step && 2 * diff > -step);
            break;
        case RoundingMode::HalfEven:
            QVERIFY(2 * diff <= step && 2 * diff >= -step);
            if (2 * diff == step || 2 * diff == -step)
                QCOMPARE((r / unit) % 2, qint64(0));
            break;
        }
    }
}

void TestDeposit::clamp_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("outOfRange");
    QTest::addColumn<QString>("clampedBase");
    QTest::addColumn<int>("clamp");
    QTest::addColumn<QString>("errorCode");

    const int clampMode = int(OutOfRangeBase::Clamp);
    const int refuse = int(OutOfRangeBase::Refuse);
    QTest::newRow("inside") << u"8888.88"_qs << clampMode << u"8,888.88"_qs << int(BaseClamp::None)
                            << QString();
    QTest::newRow("at floor") << u"2020.00"_qs << clampMode << u"2,020.00"_qs << int(BaseClamp::None)
                              << QString();
    QTest::newRow("at ceiling") << u"25866.00"_qs << refuse << u"25,866.00"_qs << int(BaseClamp::None)
                                << QString();
    QTest::newRow("below floor") << u"1500.00"_qs << clampMode << u"2,020.00"_qs
                                 << int(BaseClamp::RaisedToFloor) << QString();
    QTest::newRow("a fen below") << u"2019.99"_qs << clampMode << u"2,020.00"_qs
                                 << int(BaseClamp::RaisedToFloor) << QString();
    QTest::newRow("above ceiling") << u"99999.00"_qs << clampMode << u"25,866.00"_qs
                                   << int(BaseClamp::LoweredToCeiling) << QString();
    QTest::newRow("refused below") << u"2019.99"_qs << refuse << QString() << 0 << u"deposit.base_range"_qs;
    QTest::newRow("refused above") << u"25866.01"_qs << refuse << QString() << 0 << u"deposit.base_range"_qs;
    QTest::newRow("zero") << u"0"_qs << clampMode << QString() << 0 << u"deposit.base_invalid"_qs;
    QTest::newRow("negative") << u"-100.00"_qs << clampMode << QString() << 0 << u"deposit.base_invalid"_qs;
}

void TestDeposit::clamp()
{
    QFETCH(QString, base);
    QFETCH(int, outOfRange);
    QFETCH(QString, clampedBase);
    QFETCH(int, clamp);
    QFETCH(QString, errorCode);

    const RoundingRule r{Precision::Fen, RoundingMode::HalfUp};
    const DepositPolicy policy = demoPolicy(r, r, static_cast<OutOfRangeBase>(outOfRange));
    const qint64 baseFen = money::parse(base, u"base"_qs, money::ParseOptions{true}).value();
    const Result<MonthlyDeposit> d = computeMonthlyDeposit(policy, baseFen, pct("12"), pct("12"));
    if (!errorCode.isEmpty()) {
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, errorCode);
        QCOMPARE(d.error().field, u"base"_qs);
        return;
    }
    QVERIFY(d.ok());
    QCOMPARE(d->requestedBase, baseFen);
    QCOMPARE(money::format(d->base), clampedBase);
    QCOMPARE(int(d->clamp), clamp);
    QCOMPARE(d->wasClamped(), clamp != int(BaseClamp::None));
    // Amounts follow the clamped base, not the requested one.
    QCOMPARE(d->unitAmount, finance::applyRatio(d->base, pct("12"), r));
    QCOMPARE(d->total, d->unitAmount + d->personalAmount);
}

void TestDeposit::ratioRange_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("personal");
    QTest::addColumn<QString>("errorField");

    QTest::newRow("both at min") << u"5"_qs << u"5"_qs << QString();
    QTest::newRow("both at max") << u"12"_qs << u"12"_qs << QString();
    QTest::newRow("different sides") << u"12"_qs << u"8"_qs << QString();
    QTest::newRow("unit below") << u"4.9999"_qs << u"5"_qs << u"unitRatio"_qs;
    QTest::newRow("unit above") << u"12.0001"_qs << u"12"_qs << u"unitRatio"_qs;
    QTest::newRow("personal above") << u"12"_qs << u"13"_qs << u"personalRatio"_qs;
    QTest::newRow("personal zero") << u"5"_qs << u"0"_qs << u"personalRatio"_qs;
}

void TestDeposit::ratioRange()
{
    QFETCH(QString, unit);
    QFETCH(QString, personal);
    QFETCH(QString, errorField);

    const RoundingRule r{Precision::Fen, RoundingMode::HalfUp};
    const Result<MonthlyDeposit> d =
        computeMonthlyDeposit(demoPolicy(r, r, OutOfRangeBase::Clamp), fen("5000.00"),
                              parsePercent(unit).value(), parsePercent(personal).value());
    if (errorField.isEmpty()) {
        QVERIFY(d.ok());
        QCOMPARE(d->unitRatio, parsePercent(unit).value());
        return;
    }
    QVERIFY(!d.ok());
    QCOMPARE(d.error().code, u"deposit.ratio_range"_qs);
    QCOMPARE(d.error().field, errorField);
}

void TestDeposit::withPolicyByDate()
{
    const Result<Policy> policy = Policy::defaults();
    QVERIFY(policy.ok());
    // The default rows: 2023-07-01 floor 1,820.00 and 2024-07-01 floor 2,020.00 — a 1,900.00 base is
    // inside the first year's range and raised in the second.
    const Result<MonthlyDeposit> before =
        computeMonthlyDeposit(*policy, QDate(2024, 6, 1), fen("1900.00"), pct("5"), pct("5"));
    const Result<MonthlyDeposit> after =
        computeMonthlyDeposit(*policy, QDate(2024, 7, 1), fen("1900.00"), pct("5"), pct("5"));
    QVERIFY(before.ok() && after.ok());
    QCOMPARE(before->clamp, BaseClamp::None);
    QCOMPARE(after->clamp, BaseClamp::RaisedToFloor);
    QCOMPARE(after->base, policy->depositAt(QDate(2024, 7, 1))->base.floor);

    const Result<MonthlyDeposit> tooEarly =
        computeMonthlyDeposit(*policy, QDate(2000, 1, 1), fen("5000.00"), pct("5"), pct("5"));
    QVERIFY(!tooEarly.ok());
    QCOMPARE(tooEarly.error().code, u"policy.not_in_effect"_qs);
}

void TestDeposit::flexible_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("ratio");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("errorField");

    // Default flexible row from 2024-07-01: 10%..24%, base 2,020.00..25,866.00 refused outside,
    // rounded to the yuan half-up. 8,888.88 × 14% = 1,244.4432 → 1,244.
    QTest::newRow("inside") << u"8888.88"_qs << u"14"_qs << u"1,244.00"_qs << QString() << QString();
    QTest::newRow("floor × min") << u"2020.00"_qs << u"10"_qs << u"202.00"_qs << QString() << QString();
    // 2,025.00 × 10% = 202.50 → half-up to 203.
    QTest::newRow("half yuan") << u"2025.00"_qs << u"10"_qs << u"203.00"_qs << QString() << QString();
    QTest::newRow("ratio below") << u"5000.00"_qs << u"9.99"_qs << QString() << u"deposit.ratio_range"_qs
                                 << u"ratio"_qs;
    QTest::newRow("ratio above") << u"5000.00"_qs << u"24.01"_qs << QString() << u"deposit.ratio_range"_qs
                                 << u"ratio"_qs;
    QTest::newRow("base refused") << u"2000.00"_qs << u"12"_qs << QString() << u"deposit.base_range"_qs
                                  << u"base"_qs;
    QTest::newRow("base zero") << u"0"_qs << u"12"_qs << QString() << u"deposit.base_invalid"_qs
                               << u"base"_qs;
}

void TestDeposit::flexible()
{
    QFETCH(QString, base);
    QFETCH(QString, ratio);
    QFETCH(QString, amount);
    QFETCH(QString, errorCode);
    QFETCH(QString, errorField);

    const Result<Policy> policy = Policy::defaults();
    QVERIFY(policy.ok());
    const Result<FlexibleDeposit> d = computeFlexibleDeposit(
        *policy, QDate(2025, 1, 1), money::parse(base).value(), parsePercent(ratio).value());
    if (!errorCode.isEmpty()) {
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, errorCode);
        QCOMPARE(d.error().field, errorField);
        return;
    }
    QVERIFY(d.ok());
    QCOMPARE(money::format(d->amount), amount);
    QCOMPARE(d->clamp, BaseClamp::None);
}

QTEST_GUILESS_MAIN(TestDeposit)
#include "tst_deposit.moc"
