// models/api/withdrawals and models/api/changes: every withdrawal and change response (the check,
// the withdrawal, its refusal's rules, standing instructions, change results and history) becomes a
// typed value or api.contract naming the JSON path. Data-driven over good answers, missing members,
// wrong types and ugly values (negative money, an available balance above the balance, eligible
// disagreeing with the rules, a closing amount that is not balance + interest, a closed account with
// money left, month 2026-13, an unknown shared source); plus the request builders (paths, bodies,
// full-width digits normalised, unset evidence not sent, numbers never in a URL).
#include "api/changes.h"
#include "api/withdrawals.h"

#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::client;

namespace {

const QByteArray kReceipt =
    R"({"serial":"YW2026120500000011","business":"withdrawal","businessLabel":"提取",
    "center":{"name":"兰州住房公积金管理中心"},"branch":{"name":"城关管理部"},"teller":{"username":"teller1","name":"王芳"},
    "at":"2026-12-05T08:00:00+08:00","lines":[{"label":"提取类型","value":"购买自住住房"}],
    "amounts":[{"label":"提取金额","text":"1,000.00","fen":100000}]})";

const QByteArray kCheck =
    R"({"accountNumber":"620100000001","type":"retirement","typeName":"离休退休","reason":"03",
    "closesAccount":true,"account":{"state":"01","stateLabel":"正常","balanceFen":1000000,
    "availableFen":1000000,"restricted":false},
    "rules":[{"rule":"account_state","passed":true,"code":"","field":""},
    {"rule":"age","passed":true,"code":"","field":""}],
    "eligible":true,"maxAmountFen":1001234,"interestFen":1234,"closingAmountFen":1001234,
    "grantAboveFen":5000000,
    "materials":[{"code":"application","name":"提取申请表","nameEn":"Application","required":true,"minPages":1,
    "satisfiedBy":null},{"code":"property_certificate","name":"不动产权证书","nameEn":"Property certificate",
    "required":true,"minPages":1,"satisfiedBy":{"answerId":"17","source":"property"}}],
    "sharedAnswers":[{"id":"17","source":"property","provider":"training","found":true,
    "summary":"名下住房 1 套（兰州市城关区…）","fetchedAt":"2026-12-05T08:00:00+08:00"}]})";

const QByteArray kPayee =
    R"({"bankCode":"102","bankName":"工商银行","accountMasked":"6222****1234","name":"张三"})";

QByteArray withdrawalJson()
{
    return R"({"serial":"YW2026120500000011","type":"purchase","typeName":"购买自住住房","reason":"01",
    "accountNumber":"620100000001","principalFen":100000,"interestFen":0,"amountFen":100000,
    "balanceFen":900000,"availableFen":900000,"closed":false,"closeReason":"","valueDate":"2026-12-05",
    "payee":)" +
           kPayee +
           R"(,"materials":[{"code":"application","satisfiedBy":null},{"code":"property_certificate",
    "satisfiedBy":"17"}],"receipt":)" +
           kReceipt + "}";
}

const QByteArray kInstructionHead =
    R"({"id":"5","accountNumber":"620100000001","status":"active","statusReason":"","frequency":"monthly",
    "amountFen":150000,"startMonth":"2026-12","endMonth":null,"nextDue":"2027-01-05",
    "payee":{"bankCode":"102","bankName":"工商银行","accountMasked":"6222****1234","name":"张三"},
    "createdAt":"2026-12-05T08:00:00+08:00")";
const QByteArray kInstruction = kInstructionHead + R"(,
    "payments":[{"dueOn":"2026-12-05","serial":"YW2026120500000012","amountFen":150000,"outcome":"paid",
    "reason":"","at":"2026-12-05T08:00:00+08:00"},{"dueOn":"2027-01-05","serial":null,"amountFen":0,
    "outcome":"skipped","reason":"余额不足","at":"2027-01-05T08:00:00+08:00"}]})";

const QByteArray kChange =
    R"({"serial":"YW2026120500000013","unitAccount":"62010001",)"
    R"("changes":[{"field":"name","before":"兰州甲公司","after":"兰州甲有限公司"}],"receipt":)" +
    kReceipt + "}";

Error decode(const QString &type, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{u"test.bad_json"_qs, parseError.errorString(), QString::fromUtf8(json)};
    auto errorOf = [](const auto &result) { return result.ok() ? Error{} : result.error(); };
    if (type == u"Check")
        return errorOf(api::WithdrawalCheck::fromJson(o));
    if (type == u"Withdrawal")
        return errorOf(api::Withdrawal::fromJson(o));
    if (type == u"Refusal")
        return errorOf(api::WithdrawalRefusal::fromJson(o));
    if (type == u"Instruction")
        return errorOf(api::InstructionAnswer::fromJson(o));
    if (type == u"Instructions")
        return errorOf(api::InstructionList::fromJson(o));
    if (type == u"Change")
        return errorOf(api::ChangeResult::fromJson(o));
    if (type == u"History")
        return errorOf(api::UnitChangeHistory::fromJson(o));
    return Error{u"unknown type"_qs, type, {}};
}

template<typename T>
T decoded(const QByteArray &json)
{
    const auto result = T::fromJson(QJsonDocument::fromJson(json).object());
    if (!result.ok())
        qWarning("decode failed at %s: %s", qPrintable(result.error().field),
                 qPrintable(result.error().detail));
    return result.ok() ? result.value() : T{};
}

QByteArray bodyOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestWithdrawalApi : public QObject
{
    Q_OBJECT
private slots:
    void readers_data();
    void readers();
    void checkValues();
    void withdrawalValues();
    void instructionValues();
    void changeValues();
    void builders_data();
    void builders();
    void normaliseDigits_data();
    void normaliseDigits();
    void numbersNeverInUrls();
};

void TestWithdrawalApi::readers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");  // empty: decodes
    QTest::addColumn<QString>("field"); // the path api.contract names
    const QString contract = u"api.contract"_qs;
    const QByteArray check = kCheck;

    QTest::newRow("check good") << u"Check"_qs << check << QString() << QString();
    QTest::newRow("check: account missing")
        << u"Check"_qs << QByteArray(check).replace(R"("account":)", R"("accountX":)") << contract
        << u"account"_qs;
    QTest::newRow("check: balance a string")
        << u"Check"_qs << QByteArray(check).replace(R"("balanceFen":1000000,)", R"("balanceFen":"10000.00",)")
        << contract << u"account.balanceFen"_qs;
    QTest::newRow("check: available above the balance")
        << u"Check"_qs << QByteArray(check).replace(R"("availableFen":1000000)", R"("availableFen":1000001)")
        << contract << u"account.availableFen"_qs;
    QTest::newRow("check: negative max")
        << u"Check"_qs << QByteArray(check).replace(R"("maxAmountFen":1001234)", R"("maxAmountFen":-1)")
        << contract << u"maxAmountFen"_qs;
    QTest::newRow("check: eligible with a refused rule")
        << u"Check"_qs
        << QByteArray(check).replace(R"({"rule":"age","passed":true,"code":"","field":""})",
                                     R"({"rule":"age","passed":false,"code":"withdrawal.age","field":""})")
        << contract << u"eligible"_qs;
    QTest::newRow("check: refused rule without its code")
        << u"Check"_qs
        << QByteArray(check)
               .replace(R"({"rule":"age","passed":true,"code":"","field":""})",
                        R"({"rule":"age","passed":false,"code":"","field":""})")
               .replace(R"("eligible":true)", R"("eligible":false)")
        << contract << u"rules[1].code"_qs;
    QTest::newRow("check: refused and not eligible")
        << u"Check"_qs
        << QByteArray(check)
               .replace(R"({"rule":"age","passed":true,"code":"","field":""})",
                        R"({"rule":"age","passed":false,"code":"withdrawal.not_eligible","field":""})")
               .replace(R"("eligible":true)", R"("eligible":false)")
        << QString() << QString();
    QTest::newRow("check: closing amount not balance + interest")
        << u"Check"_qs
        << QByteArray(check).replace(R"("closingAmountFen":1001234)", R"("closingAmountFen":1001235)")
        << contract << u"closingAmountFen"_qs;
    QTest::newRow("check: unknown shared source")
        << u"Check"_qs
        << QByteArray(check).replace(R"("source":"property","provider")", R"("source":"tax","provider")")
        << contract << u"sharedAnswers[0].source"_qs;
    QTest::newRow("check: satisfiedBy a string")
        << u"Check"_qs
        << QByteArray(check).replace(R"("satisfiedBy":{"answerId":"17","source":"property"})",
                                     R"("satisfiedBy":"17")")
        << contract << u"materials[1].satisfiedBy"_qs;
    QTest::newRow("check: fetchedAt not a time")
        << u"Check"_qs
        << QByteArray(check).replace(R"("fetchedAt":"2026-12-05T08:00:00+08:00")", R"("fetchedAt":"today")")
        << contract << u"sharedAnswers[0].fetchedAt"_qs;

    QTest::newRow("withdrawal good") << u"Withdrawal"_qs << withdrawalJson() << QString() << QString();
    QTest::newRow("withdrawal: amount not principal + interest")
        << u"Withdrawal"_qs << withdrawalJson().replace(R"("amountFen":100000,)", R"("amountFen":100001,)")
        << contract << u"amountFen"_qs;
    QTest::newRow("withdrawal: closed with money left")
        << u"Withdrawal"_qs
        << withdrawalJson().replace(R"("closed":false,"closeReason":"")",
                                    R"("closed":true,"closeReason":"01")")
        << contract << u"closeReason"_qs;
    QTest::newRow("withdrawal: payee account missing")
        << u"Withdrawal"_qs << withdrawalJson().replace(R"("accountMasked":"6222****1234",)", "") << contract
        << u"payee.accountMasked"_qs;
    QTest::newRow("withdrawal: value date 2026-02-30")
        << u"Withdrawal"_qs
        << withdrawalJson().replace(R"("valueDate":"2026-12-05")", R"("valueDate":"2026-02-30")") << contract
        << u"valueDate"_qs;
    QTest::newRow("withdrawal: receipt missing")
        << u"Withdrawal"_qs << withdrawalJson().replace(R"(,"receipt":)", R"(,"receiptX":)") << contract
        << u"receipt"_qs;

    const QByteArray refusal = R"({"code":"withdrawal.not_eligible","field":"evidence.eventDate","rules":[
        {"rule":"event_age","passed":false,"code":"withdrawal.event_age","field":"evidence.eventDate"}]})";
    QTest::newRow("refusal good") << u"Refusal"_qs << refusal << QString() << QString();
    QTest::newRow("refusal: another problem")
        << u"Refusal"_qs << QByteArray(R"({"code":"account.frozen","field":"accountNumber"})") << contract
        << u"rules"_qs;

    const QByteArray instruction = R"({"instruction":)" + kInstruction + R"(,"receipt":)" + kReceipt + "}";
    QTest::newRow("instruction good") << u"Instruction"_qs << instruction << QString() << QString();
    QTest::newRow("instruction without receipt (GET)")
        << u"Instruction"_qs << QByteArray(R"({"instruction":)" + kInstruction + "}") << QString()
        << QString();
    QTest::newRow("instruction: month 2026-13")
        << u"Instruction"_qs
        << QByteArray(instruction).replace(R"("startMonth":"2026-12")", R"("startMonth":"2026-13")")
        << contract << u"instruction.startMonth"_qs;
    QTest::newRow("instruction: unknown status")
        << u"Instruction"_qs
        << QByteArray(instruction).replace(R"("status":"active")", R"("status":"paused")") << contract
        << u"instruction.status"_qs;
    QTest::newRow("instruction: yearly")
        << u"Instruction"_qs
        << QByteArray(instruction).replace(R"("frequency":"monthly")", R"("frequency":"yearly")") << contract
        << u"instruction.frequency"_qs;
    QTest::newRow("instruction: paid without serial")
        << u"Instruction"_qs
        << QByteArray(instruction).replace(R"("serial":"YW2026120500000012")", R"("serial":null)") << contract
        << u"instruction.payments[0].serial"_qs;
    QTest::newRow("instruction: negative amount")
        << u"Instruction"_qs
        << QByteArray(instruction)
               .replace(R"("amountFen":150000,"startMonth")", R"("amountFen":-1,"startMonth")")
        << contract << u"instruction.amountFen"_qs;
    QTest::newRow("instructions good")
        << u"Instructions"_qs << QByteArray(R"({"items":[)" + kInstruction + "]}") << QString() << QString();
    QTest::newRow("instructions: items missing")
        << u"Instructions"_qs << QByteArray(R"({"list":[]})") << contract << u"items"_qs;

    QTest::newRow("unit change good") << u"Change"_qs << kChange << QString() << QString();
    QTest::newRow("person change good")
        << u"Change"_qs
        << QByteArray(kChange).replace(R"("unitAccount":"62010001")", R"("accountNumber":"620100000001")")
        << QString() << QString();
    QTest::newRow("change: no subject")
        << u"Change"_qs << QByteArray(kChange).replace(R"("unitAccount":"62010001",)", "") << contract
        << u"accountNumber"_qs;
    QTest::newRow("change: nothing changed")
        << u"Change"_qs
        << QByteArray(kChange).replace(R"([{"field":"name","before":"兰州甲公司","after":"兰州甲有限公司"}])",
                                       "[]")
        << contract << u"changes"_qs;
    QTest::newRow("change: field missing")
        << u"Change"_qs << QByteArray(kChange).replace(R"("field":"name",)", "") << contract
        << u"changes[0].field"_qs;
    QTest::newRow("history good")
        << u"History"_qs
        << QByteArray(
               R"({"items":[{"serial":"YW1","at":"2026-12-05T08:00:00+08:00","fields":["name","bank"],)"
               R"("operator":"teller1"}]})")
        << QString() << QString();
    QTest::newRow("history: fields not strings")
        << u"History"_qs
        << QByteArray(R"({"items":[{"serial":"YW1","at":"2026-12-05T08:00:00+08:00","fields":[1],)"
                      R"("operator":"teller1"}]})")
        << contract << u"items[0].fields"_qs;
}

void TestWithdrawalApi::readers()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Error e = decode(type, json);
    QCOMPARE(e.code, code);
    QCOMPARE(e.field, field);
}

void TestWithdrawalApi::checkValues()
{
    const auto c = decoded<api::WithdrawalCheck>(kCheck);
    QCOMPARE(c.type, u"retirement"_qs);
    QVERIFY(c.closesAccount);
    QVERIFY(c.eligible);
    QVERIFY(!c.firstRefusal());
    QCOMPARE(c.closingAmountFen, 1001234);
    QCOMPARE(c.materials.size(), 2);
    QVERIFY(!c.materials.at(0).satisfiedBy);
    QCOMPARE(c.materials.at(1).satisfiedBy->answerId, u"17"_qs);
    QCOMPARE(c.sharedAnswers.first().summary, u"名下住房 1 套（兰州市城关区…）"_qs);
    // The threshold: above it, not at it.
    QVERIFY(!c.needsGrant(5000000));
    QVERIFY(c.needsGrant(5000001));
    api::WithdrawalCheck none = c;
    none.grantAboveFen = 0;
    QVERIFY(!none.needsGrant(999999999));

    const auto refused = decoded<api::WithdrawalCheck>(
        QByteArray(kCheck)
            .replace(
                R"({"rule":"age","passed":true,"code":"","field":""})",
                R"({"rule":"age","passed":false,"code":"withdrawal.not_eligible","field":"evidence.eventDate"})")
            .replace(R"("eligible":true)", R"("eligible":false)"));
    QVERIFY(refused.firstRefusal());
    QCOMPARE(refused.firstRefusal()->rule, u"age"_qs);
    QCOMPARE(refused.firstRefusal()->field, u"evidence.eventDate"_qs);
}

void TestWithdrawalApi::withdrawalValues()
{
    const auto w = decoded<api::Withdrawal>(withdrawalJson());
    QCOMPARE(w.serial, u"YW2026120500000011"_qs);
    QCOMPARE(w.payee.accountMasked, u"6222****1234"_qs);
    QCOMPARE(w.satisfiedMaterials(), QStringList{u"property_certificate"_qs});
    QCOMPARE(w.valueDate, QDate(2026, 12, 5));
    QCOMPARE(w.receipt.amounts.first().fen, 100000);
}

void TestWithdrawalApi::instructionValues()
{
    const auto a = decoded<api::InstructionAnswer>(R"({"instruction":)" + kInstruction + "}");
    QVERIFY(!a.receipt);
    QCOMPARE(a.instruction.id, u"5"_qs);
    QVERIFY(a.instruction.endMonth.isEmpty());
    QCOMPARE(a.instruction.nextDue, std::optional<QDate>(QDate(2027, 1, 5)));
    QCOMPARE(a.instruction.payments.size(), 2);
    QVERIFY(a.instruction.payments.at(1).serial.isEmpty());
    QCOMPARE(a.instruction.payments.at(1).outcome, u"skipped"_qs);
    // A list item comes without payments: not a contract failure.
    const QByteArray noPayments = kInstructionHead + "}";
    const auto list = decoded<api::InstructionList>(R"({"items":[)" + noPayments + "]}");
    QCOMPARE(list.items.size(), 1);
    QVERIFY(list.items.first().payments.isEmpty());
}

void TestWithdrawalApi::changeValues()
{
    const auto c = decoded<api::ChangeResult>(kChange);
    QCOMPARE(c.subject, u"62010001"_qs);
    QCOMPARE(c.changes.first().after, u"兰州甲有限公司"_qs);
}

void TestWithdrawalApi::builders_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("purchase, full-width payee account")
        << 0 << u"/api/v1/withdrawals"_qs
        << QByteArray(
               R"({"accountNumber":"620100000001","amountFen":100000,"evidence":{"contractNumber":"GF-2026-1",)"
               R"("eventDate":"2026-11-01","priceFen":100000000,"propertyAddress":"兰州市城关区1号"},)"
               R"("payee":{"accountNumber":"6222020200001234","bankCode":"102","name":"张三"},)"
               R"("sharedAnswerIds":["17"],"type":"purchase"})");
    QTest::newRow("closure without amount, no evidence, memo")
        << 1 << u"/api/v1/withdrawals"_qs
        << QByteArray(
               R"({"accountNumber":"620100000001","memo":"退休","payee":{"accountNumber":"6222020200001234",)"
               R"("bankCode":"102","name":"张三"},"type":"retirement"})");
    QTest::newRow("death with heir")
        << 2 << u"/api/v1/withdrawals"_qs
        << QByteArray(
               R"({"accountNumber":"620100000001","evidence":{"eventDate":"2026-10-01","heir":{)"
               R"("documentNumber":"62010219900101123X","documentType":"01","name":"张四","relation":"子女"}},)"
               R"("payee":{"accountNumber":"6222020200001234","bankCode":"102","name":"张四"},"type":"death"})");
    QTest::newRow("instruction")
        << 3 << u"/api/v1/withdrawals/instructions"_qs
        << QByteArray(R"({"accountNumber":"620100000001","amountFen":150000,"endMonth":"2027-11",)"
                      R"("evidence":{"monthlyRentFen":200000},"frequency":"monthly",)"
                      R"("payee":{"accountNumber":"6222020200001234","bankCode":"102","name":"张三"},)"
                      R"("startMonth":"2026-12"})");
    QTest::newRow("end instruction") << 4 << u"/api/v1/withdrawals/instructions/5/end"_qs
                                     << QByteArray(R"({"reason":"租约到期"})");
    QTest::newRow("an id that tries to leave its segment")
        << 5 << u"/api/v1/withdrawals/instructions/..%2Fx/end"_qs << QByteArray(R"({"reason":"x"})");
    QTest::newRow("unit change")
        << 6 << u"/api/v1/units/62010001/changes"_qs
        << QByteArray(
               R"({"bank":{"account":"6222020200009999","code":"102","name":"工行城关支行"},)"
               R"("contact":{"mobile":"13800000000","name":"李四"},"reason":"更名","remittanceDay":15})");
    QTest::newRow("person change")
        << 7 << u"/api/v1/persons/changes"_qs
        << QByteArray(
               R"({"accountNumber":"620100000001","mobile":"13900000000","name":"张三丰","reason":"改名"})");
}

void TestWithdrawalApi::builders()
{
    QFETCH(int, which);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QString s = u"提取"_qs;
    const api::PayeeInput payee{u"102"_qs, u"６２２２ ０２０２ ００００ １２３４"_qs, u" 张三 "_qs};
    ops::Request r;
    switch (which) {
    case 0: {
        api::WithdrawalApplication a{u"620100000001"_qs,  u"purchase"_qs, 100000, {},
                                     {u"17"_qs, u" "_qs}, payee,          {}};
        a.evidence.eventDate = QDate(2026, 11, 1);
        a.evidence.contractNumber = u" GF-2026-1 "_qs;
        a.evidence.priceFen = 100000000;
        a.evidence.propertyAddress = u"兰州市城关区1号"_qs;
        a.evidence.loanBank = u"  "_qs; // blank: not sent
        r = api::withdrawals::create(a, s);
        break;
    }
    case 1:
        r = api::withdrawals::create(
            {u" 620100000001 "_qs, u"retirement"_qs, std::nullopt, {}, {}, payee, u" 退休 "_qs}, s);
        break;
    case 2: {
        api::WithdrawalApplication a{u"620100000001"_qs,
                                     u"death"_qs,
                                     std::nullopt,
                                     {},
                                     {},
                                     {u"102"_qs, u"6222020200001234"_qs, u"张四"_qs},
                                     {}};
        a.evidence.eventDate = QDate(2026, 10, 1);
        a.evidence.heir = api::WithdrawalHeir{u"张四"_qs, {}, u"62010219900101123x"_qs, u"子女"_qs};
        r = api::withdrawals::create(a, s);
        break;
    }
    case 3: {
        api::InstructionApplication a{
            u"620100000001"_qs, u"monthly"_qs, 150000, u"2026-12"_qs, u"2027-11"_qs, {}, {}, payee};
        a.evidence.monthlyRentFen = 200000;
        r = api::withdrawals::instruct(a, s);
        break;
    }
    case 4:
        r = api::withdrawals::endInstruction(u" 5 "_qs, u" 租约到期 "_qs, s);
        break;
    case 5:
        r = api::withdrawals::endInstruction(u"../x"_qs, u"x"_qs, s);
        break;
    case 6: {
        api::UnitChangeInput in;
        in.unitAccount = u"62010001"_qs;
        in.contact = api::UnitContact{u"李四"_qs, u"１３８００００００００"_qs};
        in.bank = api::UnitBank{u"102"_qs, u"工行城关支行"_qs, u"6222 0202 0000 9999"_qs};
        in.remittanceDay = 15;
        in.reason = u" 更名 "_qs;
        QVERIFY(!in.isEmpty());
        r = api::changes::unitChange(in, s);
        break;
    }
    case 7:
        r = api::changes::personChange({u"620100000001"_qs, u"张三丰"_qs, u"139 0000 0000"_qs, u"改名"_qs},
                                       s);
        break;
    }
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, path);
    QCOMPARE(bodyOf(r.body), body);
    QCOMPARE(r.summary, s);
}

void TestWithdrawalApi::normaliseDigits_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << u"6222020200001234"_qs << u"6222020200001234"_qs;
    QTest::newRow("full-width with ideographic spaces") << u"６２２２　０２０２"_qs << u"62220202"_qs;
    QTest::newRow("spaces and tabs") << u" 6222 0202\t1 "_qs << u"622202021"_qs;
    QTest::newRow("full-width X") << u"６２０１０２１９９００１０１１２３Ｘ"_qs << u"62010219900101123X"_qs;
    QTest::newRow("empty") << QString() << QString();
}

void TestWithdrawalApi::normaliseDigits()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(api::withdrawals::normaliseDigits(in), out);
}

void TestWithdrawalApi::numbersNeverInUrls()
{
    api::WithdrawalCheckQuery q{u" 620100000001 "_qs, u"purchase"_qs, 100000, {}, true};
    const ApiRequest check = api::withdrawals::checkRequest(q);
    QCOMPARE(check.method, QByteArray("POST"));
    QVERIFY(check.readOnly);
    QCOMPARE(check.path, u"/api/v1/withdrawals/check"_qs);
    QCOMPARE(
        bodyOf(check.body),
        QByteArray(
            R"({"accountNumber":"620100000001","amountFen":100000,"queryShared":true,"type":"purchase"})"));
    q.queryShared = false;
    q.amountFen.reset();
    QCOMPARE(bodyOf(api::withdrawals::checkRequest(q).body),
             QByteArray(R"({"accountNumber":"620100000001","type":"purchase"})"));
    const ApiRequest list = api::withdrawals::instructionsRequest(u"620100000001"_qs);
    QVERIFY(list.readOnly);
    QCOMPARE(list.path, u"/api/v1/withdrawals/instructions/search"_qs);
    QVERIFY(!list.path.contains(u"620100000001"_qs));
    const ops::Request person =
        api::changes::personChange({u"620100000001"_qs, std::nullopt, u"13900000000"_qs, u"r"_qs}, u"x"_qs);
    QVERIFY(!person.path.contains(u"620100000001"_qs));
    QVERIFY(!bodyOf(person.body).contains("\"name\""));
}

QTEST_GUILESS_MAIN(TestWithdrawalApi)
#include "tst_withdrawalapi.moc"
