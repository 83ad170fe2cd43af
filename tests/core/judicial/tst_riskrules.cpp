#include "finance/policy.h"
#include "judicial/riskrules.h"
#include "testsupport.h"

#include <QTest>
#include <functional>

using namespace hpf;
using namespace hpf::judicial;

// The fraud-risk rules on a 扣划 (core/judicial/riskrules.h): each flag on and off, the thresholds
// at their boundaries, addresses and units compared loosely but never on empty values.
namespace {

using Mutate = std::function<void(RiskFacts &, finance::JudicialRiskRules &)>;

// Facts that raise no flag under the default rules.
RiskFacts clean()
{
    RiskFacts f;
    f.caseCause = u"民间借贷纠纷"_qs;
    f.documentKind = DocumentKind::Judgment;
    f.filedOn = QDate(2026, 6, 1);
    f.eligibleSince = QDate(2020, 1, 1);
    f.earlierDeductionsForCreditor = 0;
    f.creditor = {u"王五"_qs, u"110105199001011234"_qs, u"北京市海淀区中关村大街1号"_qs, u"甲公司"_qs};
    f.debtorAddress = u"北京市朝阳区建国路1号"_qs;
    f.debtorUnitName = u"乙公司"_qs;
    return f;
}

QStringList codes(const QList<RiskFlag> &flags)
{
    QStringList out;
    for (const RiskFlag &f : flags) {
        out.append(f.code);
        if (f.reason.isEmpty())
            out.append(u"(no reason)"_qs);
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Mutate)

class TestRiskRules : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void flags_data();
    void flags();
};

void TestRiskRules::defaults()
{
    const finance::JudicialRiskRules rules = finance::Policy::defaults().value().judicial().risk;
    QVERIFY(rules.privateLendingCauses.contains(u"民间借贷纠纷"_qs));
    QCOMPARE(evaluateRisk(clean(), rules), QList<RiskFlag>());
}

void TestRiskRules::flags_data()
{
    QTest::addColumn<Mutate>("mutate");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, Mutate m, QStringList expected) {
        QTest::newRow(name) << m << expected;
    };
    const QString settled = u"risk.settled_not_judged"_qs;
    const QString soon = u"risk.filed_soon_after_eligible"_qs;
    const QString repeat = u"risk.repeat_creditor"_qs;
    const QString address = u"risk.shared_address"_qs;
    const QString unit = u"risk.shared_unit"_qs;
    using F = RiskFacts;
    using R = finance::JudicialRiskRules;

    row("clean", [](F &, R &) {}, {});

    // settled, not judged
    row("mediation", [](F &f, R &) { f.documentKind = DocumentKind::Mediation; }, {settled});
    row("payment order", [](F &f, R &) { f.documentKind = DocumentKind::PaymentOrder; }, {settled});
    row("other document", [](F &f, R &) { f.documentKind = DocumentKind::Other; }, {});
    row("mediation, not private lending",
        [](F &f, R &) {
            f.documentKind = DocumentKind::Mediation;
            f.caseCause = u"离婚纠纷"_qs;
        },
        {});
    row("mediation, cause padded",
        [](F &f, R &) {
            f.documentKind = DocumentKind::Mediation;
            f.caseCause = u" 民间借贷纠纷 "_qs;
        },
        {settled});
    row("mediation, cause empty",
        [](F &f, R &) {
            f.documentKind = DocumentKind::Mediation;
            f.caseCause.clear();
        },
        {});
    row("mediation, no private-lending causes configured",
        [](F &f, R &r) {
            f.documentKind = DocumentKind::Mediation;
            r.privateLendingCauses.clear();
        },
        {});
    row("mediation, policy settles only payment orders",
        [](F &f, R &r) {
            f.documentKind = DocumentKind::Mediation;
            r.settledDocumentKinds = {u"payment_order"_qs};
        },
        {});

    // filed soon after the member could withdraw (default 180 days, inclusive)
    row("filed the day eligible", [](F &f, R &) { f.filedOn = f.eligibleSince; }, {soon});
    row("filed 180 days after", [](F &f, R &) { f.filedOn = f.eligibleSince.addDays(180); }, {soon});
    row("filed 181 days after", [](F &f, R &) { f.filedOn = f.eligibleSince.addDays(181); }, {});
    row("filed before eligible", [](F &f, R &) { f.filedOn = f.eligibleSince.addDays(-1); }, {});
    row("filed date unknown",
        [](F &f, R &) {
            f.eligibleSince = f.filedOn;
            f.filedOn = {};
        },
        {});
    row("never eligible", [](F &f, R &) { f.eligibleSince = {}; }, {});
    row("rule disabled",
        [](F &f, R &r) {
            f.filedOn = f.eligibleSince;
            r.filedWithinDaysOfEligibility = 0;
        },
        {});
    row("rule one day, filed next day",
        [](F &f, R &r) {
            f.filedOn = f.eligibleSince.addDays(1);
            r.filedWithinDaysOfEligibility = 1;
        },
        {soon});

    // repeat creditor (default: the 2nd deduction)
    row("first deduction", [](F &f, R &) { f.earlierDeductionsForCreditor = 0; }, {});
    row("second deduction", [](F &f, R &) { f.earlierDeductionsForCreditor = 1; }, {repeat});
    row("tenth deduction", [](F &f, R &) { f.earlierDeductionsForCreditor = 9; }, {repeat});
    row("rule 3, second",
        [](F &f, R &r) {
            f.earlierDeductionsForCreditor = 1;
            r.sameCreditorDeductions = 3;
        },
        {});
    row("rule 3, third",
        [](F &f, R &r) {
            f.earlierDeductionsForCreditor = 2;
            r.sameCreditorDeductions = 3;
        },
        {repeat});
    row("rule 1, first", [](F &, R &r) { r.sameCreditorDeductions = 1; }, {repeat});
    row("rule disabled",
        [](F &f, R &r) {
            f.earlierDeductionsForCreditor = 5;
            r.sameCreditorDeductions = 0;
        },
        {});

    // shared address / unit
    row("same address", [](F &f, R &) { f.creditor.address = f.debtorAddress; }, {address});
    row("same address full-width and spaced",
        [](F &f, R &) { f.creditor.address = u"北京市朝阳区 建国路１号"_qs; }, {address});
    row("same address with punctuation",
        [](F &f, R &) { f.creditor.address = u"北京市，朝阳区·建国路1号。"_qs; }, {address});
    row("same address full-width latin",
        [](F &f, R &) {
            f.debtorAddress = u"Room 3B, No.1 Road"_qs;
            f.creditor.address = u"ＲＯＯＭ　３ｂ　ＮＯ１ｒｏａｄ"_qs;
        },
        {address});
    row("different address", [](F &f, R &) { f.creditor.address = u"北京市朝阳区建国路2号"_qs; }, {});
    row("both addresses empty",
        [](F &f, R &) {
            f.creditor.address.clear();
            f.debtorAddress.clear();
        },
        {});
    row("both addresses only spaces",
        [](F &f, R &) {
            f.creditor.address = u"  \u3000 "_qs;
            f.debtorAddress = u" "_qs;
        },
        {});
    row("both addresses only punctuation",
        [](F &f, R &) {
            f.creditor.address = u"——"_qs;
            f.debtorAddress = u"-"_qs;
        },
        {});
    row("creditor address empty", [](F &f, R &) { f.creditor.address.clear(); }, {});
    row("same unit", [](F &f, R &) { f.creditor.unitName = u"乙公司"_qs; }, {unit});
    row("same unit full-width brackets",
        [](F &f, R &) {
            f.debtorUnitName = u"甲(北京)科技有限公司"_qs;
            f.creditor.unitName = u"甲（北京）科技有限公司"_qs;
        },
        {unit});
    row("both units empty",
        [](F &f, R &) {
            f.creditor.unitName.clear();
            f.debtorUnitName.clear();
        },
        {});
    row("shared rules disabled",
        [](F &f, R &r) {
            f.creditor.address = f.debtorAddress;
            f.creditor.unitName = f.debtorUnitName;
            r.sharedAddressOrUnit = false;
        },
        {});

    // all at once, in the documented order
    row("every flag",
        [](F &f, R &) {
            f.documentKind = DocumentKind::PaymentOrder;
            f.filedOn = f.eligibleSince.addDays(30);
            f.earlierDeductionsForCreditor = 1;
            f.creditor.address = f.debtorAddress;
            f.creditor.unitName = f.debtorUnitName;
        },
        {settled, soon, repeat, address, unit});
}

void TestRiskRules::flags()
{
    QFETCH(Mutate, mutate);
    QFETCH(QStringList, expected);
    RiskFacts facts = clean();
    finance::JudicialRiskRules rules = finance::Policy::defaults().value().judicial().risk;
    mutate(facts, rules);
    QCOMPARE(codes(evaluateRisk(facts, rules)), expected);
}

QTEST_GUILESS_MAIN(TestRiskRules)
#include "tst_riskrules.moc"
