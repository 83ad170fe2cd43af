// models/api/loansigning: every 面签 answer (the contract's data, the session, a signed contract, a
// verification) becomes a typed value or api.contract naming the JSON path. Data-driven over good
// answers, missing members, wrong types and ugly values (a signer who is not a party, a step with
// the wrong document, a digest that is not SM3, a PDF whose bytes are not its digest, a verdict
// without its reason); plus the request builders (paths, bodies, identities and strokes only in
// bodies, the strokes as their compact JSON text).
//
// The target is tst_loansigningapi, not tst_loansigning: tests/ui has the desk's tst_loansigning.
#include "api/loansigning.h"
#include "crypto/sm3.h"

#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::client;

namespace {

const QByteArray kContract =
    R"({"serial":"YW2026120500000021","status":"approved","amountFen":50000000,
    "amountUpper":"人民币伍拾万元整","rate":"2.85","termMonths":360,"method":"equal_installment",
    "firstPaymentFen":206788,"property":{"address":"兰州市城关区1号","priceFen":100000000,
    "purchaseContract":"GF-2026-1"},"bankCode":"102","bankName":"工商银行",
    "parties":[{"position":0,"role":"borrower","documentType":"01","documentNumber":"620102199001011234",
    "name":"张三"},{"position":1,"role":"spouse","documentType":"01","documentNumber":"62010219910202122X",
    "name":"李四"}],
    "documents":[{"document":"loan","contractNumber":"JKYW2026120500000021","signers":[0,1]},
    {"document":"mortgage","contractNumber":"DYYW2026120500000021","signers":[0,1]}]})";

const QByteArray kSm3a = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const QByteArray kSm3b = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

const QByteArray kSession =
    R"({"session":7,"status":"open","startedAt":"2026-12-05T08:00:00.000Z","steps":[
    {"position":0,"kind":"identity","sm3":")" +
    kSm3a + R"("},
    {"position":0,"kind":"photo","sm3":")" +
    kSm3b + R"("},
    {"position":0,"kind":"signature","document":"loan","sm3":")" +
    kSm3a + R"("}],
    "signedDocuments":[{"document":"loan","contractNumber":"JKYW2026120500000021"}]})";

const QByteArray kPdf = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n";

QByteArray signedJson(const QByteArray &pdf = kPdf, const QByteArray &sm3Of = kPdf)
{
    return R"({"document":"loan","contractNumber":"JKYW2026120500000021","signedAt":"2026-12-05T08:10:00Z",
    "pdfSm3":")" +
           crypto::sm3(sm3Of).toHex() + R"(","pdf":")" + pdf.toBase64() + R"(","status":"approved"})";
}

const QByteArray kValid =
    R"({"valid":true,"reason":null,"contractNumber":"JKYW2026120500000021",
    "signedAt":"2026-12-05T08:10:00Z","registered":true})";
const QByteArray kChanged =
    R"({"valid":false,"reason":"contract.changed","contractNumber":"JKYW2026120500000021",
    "signedAt":"2026-12-05T08:10:00Z","registered":false})";
const QByteArray kUnsigned =
    R"({"valid":false,"reason":"contract.no_signature","contractNumber":null,"signedAt":null,"registered":false})";

Error decode(const QString &type, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{u"test.bad_json"_qs, parseError.errorString(), QString::fromUtf8(json)};
    auto errorOf = [](const auto &result) { return result.ok() ? Error{} : result.error(); };
    if (type == u"Contract")
        return errorOf(api::LoanContract::fromJson(o));
    if (type == u"Session")
        return errorOf(api::SigningSession::fromJson(o));
    if (type == u"Signed")
        return errorOf(api::SignedContract::fromJson(o));
    if (type == u"Verify")
        return errorOf(api::ContractVerification::fromJson(o));
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

QByteArray replaced(QByteArray json, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("test data: %s not found", from.constData());
    return json.replace(at, from.size(), to);
}

} // namespace

class TestLoanSigningApi : public QObject
{
    Q_OBJECT
private slots:
    void readers_data();
    void readers();
    void values();
    void builders();
    void identitiesNeverInUrls();
};

void TestLoanSigningApi::readers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // the path api.contract names; empty: decodes
    const QString C = u"Contract"_qs, S = u"Session"_qs, P = u"Signed"_qs, V = u"Verify"_qs;

    QTest::newRow("contract good") << C << kContract << QString();
    QTest::newRow("contract: serial missing")
        << C << replaced(kContract, R"("serial")", R"("serialX")") << u"serial"_qs;
    QTest::newRow("contract: status accepted")
        << C << replaced(kContract, R"("status":"approved")", R"("status":"accepted")") << u"status"_qs;
    QTest::newRow("contract: amount a string")
        << C << replaced(kContract, R"("amountFen":50000000)", R"("amountFen":"500000.00")")
        << u"amountFen"_qs;
    QTest::newRow("contract: amount negative")
        << C << replaced(kContract, R"("amountFen":50000000)", R"("amountFen":-1)") << u"amountFen"_qs;
    QTest::newRow("contract: amount zero")
        << C << replaced(kContract, R"("amountFen":50000000)", R"("amountFen":0)") << u"amountFen"_qs;
    QTest::newRow("contract: 大写 empty")
        << C << replaced(kContract, "人民币伍拾万元整", " ") << u"amountUpper"_qs;
    QTest::newRow("contract: term 0")
        << C << replaced(kContract, R"("termMonths":360)", R"("termMonths":0)") << u"termMonths"_qs;
    QTest::newRow("contract: unknown method")
        << C << replaced(kContract, "equal_installment", "balloon") << u"method"_qs;
    QTest::newRow("contract: property address missing")
        << C << replaced(kContract, R"("address")", R"("addr")") << u"property.address"_qs;
    QTest::newRow("contract: price negative")
        << C << replaced(kContract, R"("priceFen":100000000)", R"("priceFen":-5)") << u"property.priceFen"_qs;
    QTest::newRow("contract: unknown role")
        << C << replaced(kContract, R"("role":"spouse")", R"("role":"uncle")") << u"parties[1].role"_qs;
    QTest::newRow("contract: position out of range")
        << C << replaced(kContract, R"("position":1,)", R"("position":10,)") << u"parties[1].position"_qs;
    QTest::newRow("contract: position twice")
        << C << replaced(kContract, R"("position":1,)", R"("position":0,)") << u"parties[1].position"_qs;
    QTest::newRow("contract: empty name")
        << C << replaced(kContract, R"("name":"李四")", R"("name":"")") << u"parties[1].name"_qs;
    QTest::newRow("contract: borrower not first")
        << C << replaced(kContract, R"("role":"borrower")", R"("role":"guarantor")") << u"parties"_qs;
    QTest::newRow("contract: signer not a party")
        << C << replaced(kContract, R"("signers":[0,1]})", R"("signers":[0,4]})")
        << u"documents[0].signers"_qs;
    QTest::newRow("contract: signer twice")
        << C << replaced(kContract, R"("signers":[0,1]})", R"("signers":[1,1]})")
        << u"documents[0].signers"_qs;
    QTest::newRow("contract: signer a string")
        << C << replaced(kContract, R"("signers":[0,1]})", R"("signers":["0"]})")
        << u"documents[0].signers"_qs;
    QTest::newRow("contract: nobody signs")
        << C << replaced(kContract, R"("signers":[0,1]})", R"("signers":[]})") << u"documents[0].signers"_qs;
    QTest::newRow("contract: unknown document")
        << C << replaced(kContract, R"("document":"mortgage")", R"("document":"lease")")
        << u"documents[1].document"_qs;
    QTest::newRow("contract: document twice")
        << C << replaced(kContract, R"("document":"mortgage")", R"("document":"loan")")
        << u"documents[1].document"_qs;
    QTest::newRow("contract: no documents")
        << C << kContract.left(kContract.indexOf(R"("documents":[)")) + R"("documents":[]})"
        << u"documents"_qs;

    QTest::newRow("session good") << S << kSession << QString();
    QTest::newRow("session: id zero")
        << S << replaced(kSession, R"("session":7)", R"("session":0)") << u"session"_qs;
    QTest::newRow("session: unknown status")
        << S << replaced(kSession, R"("status":"open")", R"("status":"paused")") << u"status"_qs;
    QTest::newRow("session: start not a time")
        << S << replaced(kSession, "2026-12-05T08:00:00.000Z", "yesterday") << u"startedAt"_qs;
    QTest::newRow("session: unknown kind")
        << S << replaced(kSession, R"("kind":"photo")", R"("kind":"video")") << u"steps[1].kind"_qs;
    QTest::newRow("session: signature without document")
        << S << replaced(kSession, R"("document":"loan","sm3")", R"("sm3")") << u"steps[2].document"_qs;
    QTest::newRow("session: identity with a document")
        << S << replaced(kSession, R"("kind":"identity",)", R"("kind":"identity","document":"loan",)")
        << u"steps[0].document"_qs;
    QTest::newRow("session: digest upper case")
        << S << replaced(kSession, kSm3b, kSm3b.toUpper()) << u"steps[1].sm3"_qs;
    QTest::newRow("session: digest short")
        << S << replaced(kSession, kSm3b, kSm3b.left(63)) << u"steps[1].sm3"_qs;
    QTest::newRow("session: signed document unknown")
        << S
        << replaced(kSession, R"({"document":"loan","contractNumber")", R"({"document":"x","contractNumber")")
        << u"signedDocuments[0].document"_qs;
    QTest::newRow("session: steps missing")
        << S << replaced(kSession, R"("steps":)", R"("stepz":)") << u"steps"_qs;

    QTest::newRow("signed good") << P << signedJson() << QString();
    QTest::newRow("signed: pdf not its digest") << P << signedJson(kPdf, kPdf + "x") << u"pdf"_qs;
    QTest::newRow("signed: pdf not base64")
        << P << replaced(signedJson(), kPdf.toBase64(), "%%%not base64%%%") << u"pdf"_qs;
    QTest::newRow("signed: pdf empty") << P << replaced(signedJson(), kPdf.toBase64(), "") << u"pdf"_qs;
    QTest::newRow("signed: pdf a number")
        << P << replaced(signedJson(), '"' + kPdf.toBase64() + '"', "12") << u"pdf"_qs;
    QTest::newRow("signed: unknown document")
        << P << replaced(signedJson(), R"("document":"loan")", R"("document":"deed")") << u"document"_qs;
    QTest::newRow("signed: time missing")
        << P << replaced(signedJson(), R"("signedAt")", R"("signedOn")") << u"signedAt"_qs;

    QTest::newRow("verify valid") << V << kValid << QString();
    QTest::newRow("verify changed") << V << kChanged << QString();
    QTest::newRow("verify unsigned") << V << kUnsigned << QString();
    QTest::newRow("verify: valid with a reason")
        << V << replaced(kValid, R"("reason":null)", R"("reason":"contract.changed")") << u"reason"_qs;
    QTest::newRow("verify: refused without a reason")
        << V << replaced(kChanged, R"("reason":"contract.changed")", R"("reason":null)") << u"reason"_qs;
    QTest::newRow("verify: reason not a contract code")
        << V << replaced(kChanged, "contract.changed", "bad") << u"reason"_qs;
    QTest::newRow("verify: valid without number")
        << V << replaced(kValid, R"("JKYW2026120500000021")", "null") << u"contractNumber"_qs;
    QTest::newRow("verify: registered but changed")
        << V << replaced(kChanged, R"("registered":false)", R"("registered":true)") << u"registered"_qs;
    QTest::newRow("verify: valid a string")
        << V << replaced(kValid, R"("valid":true)", R"("valid":"true")") << u"valid"_qs;
}

void TestLoanSigningApi::readers()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const Error e = decode(type, json);
    if (field.isEmpty()) {
        QVERIFY2(e.code.isEmpty(), qPrintable(e.code + u' ' + e.field + u' ' + e.detail));
        return;
    }
    QCOMPARE(e.code, u"api.contract"_qs);
    QCOMPARE(e.field, field);
}

void TestLoanSigningApi::values()
{
    const auto c = decoded<api::LoanContract>(kContract);
    QCOMPARE(c.amountFen, 50000000);
    QCOMPARE(c.amountUpper, u"人民币伍拾万元整"_qs);
    QCOMPARE(c.propertyAddress, u"兰州市城关区1号"_qs);
    QCOMPARE(c.parties.size(), 2);
    QVERIFY(c.party(1));
    QCOMPARE(c.party(1)->documentNumber, u"62010219910202122X"_qs);
    QVERIFY(!c.party(2));
    QVERIFY(c.document(u"mortgage"_qs));
    QCOMPARE(c.document(u"mortgage"_qs)->contractNumber, u"DYYW2026120500000021"_qs);
    QCOMPARE(c.document(u"loan"_qs)->signers, (QList<int>{0, 1}));

    const auto s = decoded<api::SigningSession>(kSession);
    QCOMPARE(s.session, 7);
    QVERIFY(s.hasStep(0, u"identity"_qs));
    QVERIFY(s.hasStep(0, u"signature"_qs, u"loan"_qs));
    QVERIFY(!s.hasStep(0, u"signature"_qs, u"mortgage"_qs));
    QVERIFY(!s.hasStep(1, u"identity"_qs));
    QVERIFY(s.isSigned(u"loan"_qs));
    QVERIFY(!s.isSigned(u"mortgage"_qs));

    const auto p = decoded<api::SignedContract>(signedJson());
    QCOMPARE(p.pdf, kPdf);
    QCOMPARE(p.signedAt, QDateTime(QDate(2026, 12, 5), QTime(8, 10), Qt::UTC));

    const auto v = decoded<api::ContractVerification>(kUnsigned);
    QVERIFY(!v.valid);
    QCOMPARE(v.reason, u"contract.no_signature"_qs);
    QVERIFY(!v.signedAt.isValid());
    QVERIFY(v.contractNumber.isEmpty());
}

void TestLoanSigningApi::builders()
{
    const QString serial = u" YW2026120500000021 "_qs;
    const auto start = api::loansigning::start(serial, u"面签"_qs);
    QCOMPARE(start.method, QByteArray("POST"));
    QCOMPARE(start.path, u"/api/v1/loans/applications/YW2026120500000021/signing"_qs);
    QVERIFY(start.body.isEmpty()); // the route refuses any member

    const auto id =
        api::loansigning::identityStep(serial, 1, u" 62010219910202122X "_qs, u"李四 "_qs, u"x"_qs);
    QCOMPARE(id.path, u"/api/v1/loans/applications/YW2026120500000021/signing/steps"_qs);
    QCOMPARE(
        QJsonDocument(id.body).toJson(QJsonDocument::Compact),
        QByteArray(
            R"({"card":{"documentNumber":"62010219910202122X","name":"李四"},"kind":"identity","position":1})"));

    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(20, 'p');
    const auto photo = api::loansigning::photoStep(serial, 0, png, u"x"_qs);
    QCOMPARE(photo.body.value(u"kind"_qs).toString(), u"photo"_qs);
    QCOMPARE(QByteArray::fromBase64(photo.body.value(u"photo"_qs).toString().toLatin1()), png);
    QCOMPARE(photo.body.size(), 3);

    signing::SignatureStrokes strokes;
    strokes.width = 600;
    strokes.height = 200;
    strokes.strokes.append({signing::PenSource::Tablet, {{10.5, 20.25, 0, 0.5}, {30, 40, 16, 0.75}}});
    const auto sig = api::loansigning::signatureStep(serial, 1, u"mortgage"_qs, strokes, u"x"_qs);
    QCOMPARE(sig.body.value(u"document"_qs).toString(), u"mortgage"_qs);
    QCOMPARE(sig.body.value(u"position"_qs).toInt(), 1);
    // The strokes as text: the server refuses fractions in a body's numbers and digests these bytes.
    QVERIFY(sig.body.value(u"strokes"_qs).isString());
    QCOMPARE(sig.body.value(u"strokes"_qs).toString().toUtf8(), signing::toJsonBytes(strokes));
    const auto back = signing::fromJsonBytes(sig.body.value(u"strokes"_qs).toString().toUtf8());
    QVERIFY(back.ok());
    QCOMPARE(back.value(), strokes);

    const auto contract = api::loansigning::signContract(serial, u"loan"_qs, kPdf, u"x"_qs);
    QCOMPARE(contract.path, u"/api/v1/loans/applications/YW2026120500000021/signing/contracts"_qs);
    QCOMPARE(QByteArray::fromBase64(contract.body.value(u"pdf"_qs).toString().toLatin1()), kPdf);
    QVERIFY(contract.timeoutMs >= 30000);

    const auto verify = api::loansigning::verifyRequest(kPdf);
    QCOMPARE(verify.path, u"/api/v1/loans/contracts/verify"_qs);
    QCOMPARE(verify.method, QByteArray("POST"));

    // A serial with a slash cannot reach another route.
    QVERIFY(!api::loansigning::start(u"A/../B"_qs, {}).path.contains(u"/../"_qs));
    QVERIFY(api::loansigning::isDocument(u"loan"_qs));
    QVERIFY(!api::loansigning::isDocument(u"Loan"_qs));
    QVERIFY(!api::loansigning::isDocument(QString()));
}

void TestLoanSigningApi::identitiesNeverInUrls()
{
    const QString number = u"62010219910202122X"_qs;
    const QList<QString> paths{
        api::loansigning::identityStep(u"S1"_qs, 0, number, u"李四"_qs, {}).path,
        api::loansigning::contractRequest(u"S1"_qs).path,
        api::loansigning::verifyRequest(kPdf).path,
    };
    for (const QString &p : paths) {
        QVERIFY2(!p.contains(number), qPrintable(p));
        QVERIFY2(!p.contains(u"李四"_qs), qPrintable(p));
    }
}

QTEST_GUILESS_MAIN(TestLoanSigningApi)
#include "tst_loansigningapi.moc"
