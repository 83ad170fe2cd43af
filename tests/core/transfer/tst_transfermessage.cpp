#include "crypto/signedjson.h"
#include "crypto/sm2.h"
#include "testsupport.h"
#include "transfer/message.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace hpf;
using namespace hpf::transfer;

// The cross-city transfer messages (core/transfer/message.h): envelope and reply readers naming
// the bad field, the platform body rules per message type, signatures (shared with the court
// channel, crypto/signedjson.h), letter numbers and amounts.
namespace {

using Mutate = std::function<void(QJsonObject &)>;

const QString kLetter = u"6201002612040001"_qs;
const QString kId = u"62010219900101002X"_qs; // a valid citizen number ending in X

QJsonObject applyBody()
{
    return {{u"ConNum"_qs, kLetter},
            {u"TxFunc"_qs, u"0"_qs},
            {u"TranOutUnitNo"_qs, u"110100"_qs},
            {u"TranCenName"_qs, u"北京住房公积金管理中心"_qs},
            {u"TranRefAcctNo"_qs, u"6222000011112222"_qs},
            {u"TranRefAcctName"_qs, u"兰州住房公积金管理中心"_qs},
            {u"TranBank"_qs, u"中国建设银行兰州分行"_qs},
            {u"TrenCenInfo"_qs, u"0931-1234567"_qs},
            {u"GenDate"_qs, u"20261204"_qs},
            {u"EmpName"_qs, u"张三"_qs},
            {u"DocType"_qs, u"01"_qs},
            {u"IdNum"_qs, kId},
            {u"SocUnitName"_qs, u"北京某某科技有限公司"_qs},
            {u"SocRefAcctNo"_qs, u"110100000123"_qs}};
}

QJsonObject transferOutBody()
{
    return {
        {u"ConNum"_qs, kLetter},           {u"TxFunc"_qs, u"0"_qs},          {u"TranRstCode"_qs, u"0"_qs},
        {u"EmpName"_qs, u"张三"_qs},       {u"DocType"_qs, u"01"_qs},        {u"IdNum"_qs, kId},
        {u"OrAcctAmt"_qs, u"12000.00"_qs}, {u"Yinter"_qs, u"34.50"_qs},      {u"TranAmt"_qs, u"12034.50"_qs},
        {u"OAcctDate"_qs, u"201907"_qs},   {u"PayEndDate"_qs, u"202611"_qs}, {u"SixMconFlag"_qs, u"1"_qs},
        {u"LoanNum"_qs, u"0"_qs},          {u"LoanEndFlag"_qs, u"2"_qs},     {u"FrLoanFlag"_qs, u"2"_qs}};
}

Message message(MessageType type, QJsonObject body)
{
    Message m;
    m.type = type;
    m.messageId = u"0f8fad5b-d9cb-469f-a165-70867728950e"_qs;
    m.sender = u"620100"_qs;
    m.receiver = u"110100"_qs;
    m.sentAt = QDateTime(QDate(2026, 12, 4), QTime(9, 30, 0, 125), Qt::UTC);
    m.letterNumber = type == MessageType::CenterLookup ? QString() : kLetter;
    m.body = std::move(body);
    return m;
}

QJsonObject envelope()
{
    return toJson(message(MessageType::Apply, applyBody()));
}

Mutate set(const char *key, QJsonValue value)
{
    return [key, value](QJsonObject &o) { o.insert(QLatin1String(key), value); };
}

Mutate drop(const char *key)
{
    return [key](QJsonObject &o) { o.remove(QLatin1String(key)); };
}

crypto::Sm2Key newKey()
{
    auto k = crypto::Sm2Key::generate();
    if (!k)
        qFatal("SM2 key generation failed");
    return std::move(k).value();
}

} // namespace

class TestTransferMessage : public QObject
{
    Q_OBJECT

private slots:
    void typeCodesRoundTrip()
    {
        for (int i = 0; i <= int(MessageType::CenterLookup); ++i) {
            const auto t = MessageType(i);
            QCOMPARE(typeFromCode(typeCode(t)), std::optional<MessageType>(t));
        }
        QCOMPARE(typeCode(MessageType::Apply), u"BDC901"_qs);
        QCOMPARE(typeCode(MessageType::CenterLookup), u"BDC909"_qs);
        QVERIFY(!typeFromCode(u"BDC907"));
        QVERIFY(!typeFromCode(u"bdc901"));
    }

    void messageRoundTrip()
    {
        const Message m = message(MessageType::Apply, applyBody());
        const QJsonObject o = toJson(m);
        QCOMPARE(o.value(u"sentAt"_qs).toString(), u"2026-12-04T09:30:00.125Z"_qs);
        auto back = readMessage(o);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().field));
        QCOMPARE(back->type, m.type);
        QCOMPARE(back->messageId, m.messageId);
        QCOMPARE(back->sender, m.sender);
        QCOMPARE(back->receiver, m.receiver);
        QCOMPARE(back->sentAt, m.sentAt);
        QCOMPARE(back->letterNumber, m.letterNumber);
        QCOMPARE(back->body, m.body);
        QVERIFY(validateBody(*back));
        // A center lookup has no letter number.
        const QJsonObject lookup = toJson(message(MessageType::CenterLookup, {}));
        QVERIFY(!lookup.contains(u"letterNumber"_qs));
        QVERIFY(readMessage(lookup));
        QVERIFY(validateBody(*readMessage(lookup)));
    }

    void envelopeRefusals_data()
    {
        QTest::addColumn<Mutate>("mutate");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown field") << set("extra", 1) << u"extra"_qs;
        for (const char *key :
             {"msgType", "messageId", "sender", "receiver", "sentAt", "letterNumber", "body"}) {
            QTest::addRow("%s missing", key) << drop(key) << QString::fromLatin1(key);
            QTest::addRow("%s a number", key) << set(key, 7) << QString::fromLatin1(key);
            QTest::addRow("%s null", key) << set(key, QJsonValue::Null) << QString::fromLatin1(key);
        }
        QTest::newRow("unknown msgType") << set("msgType", u"BDC907"_qs) << u"msgType"_qs;
        QTest::newRow("msgType lower case") << set("msgType", u"bdc901"_qs) << u"msgType"_qs;
        QTest::newRow("messageId upper case")
            << set("messageId", u"0F8FAD5B-D9CB-469F-A165-70867728950E"_qs) << u"messageId"_qs;
        QTest::newRow("messageId braces")
            << set("messageId", u"{0f8fad5b-d9cb-469f-a165-70867728950e}"_qs) << u"messageId"_qs;
        QTest::newRow("messageId not a uuid") << set("messageId", u"hello"_qs) << u"messageId"_qs;
        QTest::newRow("sender 5 digits") << set("sender", u"62010"_qs) << u"sender"_qs;
        QTest::newRow("sender full-width") << set("sender", u"６２０１００"_qs) << u"sender"_qs;
        QTest::newRow("receiver letters") << set("receiver", u"11010A"_qs) << u"receiver"_qs;
        QTest::newRow("sentAt with offset") << set("sentAt", u"2026-12-04T17:30:00+08:00"_qs) << u"sentAt"_qs;
        QTest::newRow("sentAt local") << set("sentAt", u"2026-12-04T09:30:00"_qs) << u"sentAt"_qs;
        QTest::newRow("sentAt nonsense") << set("sentAt", u"yesterday Z"_qs) << u"sentAt"_qs;
        QTest::newRow("letter 15 digits") << set("letterNumber", u"620100261204001"_qs) << u"letterNumber"_qs;
        QTest::newRow("letter bad date") << set("letterNumber", u"6201002613400001"_qs) << u"letterNumber"_qs;
        QTest::newRow("letter sequence 0")
            << set("letterNumber", u"6201002612040000"_qs) << u"letterNumber"_qs;
        QTest::newRow("body an array") << set("body", QJsonArray{}) << u"body"_qs;
        QTest::newRow("kid a number") << set("kid", 5) << u"kid"_qs;
    }

    void envelopeRefusals()
    {
        QFETCH(Mutate, mutate);
        QFETCH(QString, field);
        QJsonObject o = envelope();
        mutate(o);
        auto m = readMessage(o);
        QVERIFY(!m);
        QCOMPARE(m.error().code, u"transfer.message_invalid"_qs);
        QCOMPARE(m.error().field, field);
    }

    void replyRoundTripAndRefusals_data()
    {
        QTest::addColumn<Mutate>("mutate");
        QTest::addColumn<QString>("field"); // empty: readable
        QTest::newRow("as written") << Mutate([](QJsonObject &) {}) << QString();
        QTest::newRow("refused with code") << Mutate([](QJsonObject &o) {
            o.insert(u"result"_qs, u"refused"_qs);
            o.insert(u"code"_qs, u"transfer.cancel_too_late"_qs);
        }) << QString();
        QTest::newRow("refused without code") << set("result", u"refused"_qs) << u"code"_qs;
        QTest::newRow("refused, code not a code") << Mutate([](QJsonObject &o) {
            o.insert(u"result"_qs, u"refused"_qs);
            o.insert(u"code"_qs, u"Bad Code"_qs);
        }) << u"code"_qs;
        QTest::newRow("ok with code") << set("code", u"transfer.state"_qs) << u"code"_qs;
        QTest::newRow("result unknown") << set("result", u"maybe"_qs) << u"result"_qs;
        QTest::newRow("inReplyTo missing") << drop("inReplyTo") << u"inReplyTo"_qs;
        QTest::newRow("sender bad") << set("sender", u"x"_qs) << u"sender"_qs;
        QTest::newRow("receiver missing") << drop("receiver") << u"receiver"_qs;
        QTest::newRow("sentAt missing") << drop("sentAt") << u"sentAt"_qs;
        QTest::newRow("body missing") << drop("body") << u"body"_qs;
        QTest::newRow("unknown field") << set("letterNumber", kLetter) << u"letterNumber"_qs;
    }

    void replyRoundTripAndRefusals()
    {
        QFETCH(Mutate, mutate);
        QFETCH(QString, field);
        Reply r;
        r.inReplyTo = u"0f8fad5b-d9cb-469f-a165-70867728950e"_qs;
        r.sender = u"110100"_qs;
        r.receiver = u"620100"_qs;
        r.sentAt = QDateTime(QDate(2026, 12, 4), QTime(9, 30, 1), Qt::UTC);
        r.body = {{u"UnitNo"_qs, u"110100"_qs}};
        QJsonObject o = toJson(r);
        mutate(o);
        auto back = readReply(o);
        if (field.isEmpty()) {
            QVERIFY(back);
            QCOMPARE(back->inReplyTo, r.inReplyTo);
            QCOMPARE(back->sentAt, r.sentAt);
            QCOMPARE(back->ok, o.value(u"result"_qs) == u"ok"_qs);
            QCOMPARE(back->code, o.value(u"code"_qs).toString());
            QCOMPARE(back->body, r.body);
            return;
        }
        QVERIFY(!back);
        QCOMPARE(back.error().code, u"transfer.message_invalid"_qs);
        QCOMPARE(back.error().field, field);
    }

    void bodyRules_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field"); // empty: valid
        const auto with = [](QJsonObject o, const char *key, QJsonValue v) {
            if (v.isUndefined())
                o.remove(QLatin1String(key));
            else
                o.insert(QLatin1String(key), v);
            return o;
        };
        const int apply = int(MessageType::Apply);
        const int out = int(MessageType::TransferOut);
        const QJsonObject a = applyBody();
        const QJsonObject t = transferOutBody();
        QTest::newRow("901 valid") << apply << a << QString();
        QTest::newRow("901 with phone") << apply << with(a, "ContPhone", u"13800000000"_qs) << QString();
        QTest::newRow("901 foreign field ignored") << apply << with(a, "Extra", u"x"_qs) << QString();
        for (const char *key : {"ConNum", "TxFunc", "TranOutUnitNo", "TranCenName", "TranRefAcctNo",
                                "TranRefAcctName", "TranBank", "TrenCenInfo", "GenDate", "EmpName", "DocType",
                                "IdNum", "SocUnitName", "SocRefAcctNo"}) {
            QTest::addRow("901 %s missing", key)
                << apply << with(a, key, QJsonValue::Undefined) << u"body."_qs + QLatin1String(key);
            QTest::addRow("901 %s a number", key)
                << apply << with(a, key, 1) << u"body."_qs + QLatin1String(key);
        }
        QTest::newRow("901 ConNum another letter")
            << apply << with(a, "ConNum", u"6201002612040002"_qs) << u"body.ConNum"_qs;
        QTest::newRow("901 TxFunc 1") << apply << with(a, "TxFunc", u"1"_qs) << u"body.TxFunc"_qs;
        QTest::newRow("901 TxFunc 2") << apply << with(a, "TxFunc", u"2"_qs) << u"body.TxFunc"_qs;
        QTest::newRow("901 center 7 digits")
            << apply << with(a, "TranOutUnitNo", u"1101000"_qs) << u"body.TranOutUnitNo"_qs;
        QTest::newRow("901 GenDate Feb 30")
            << apply << with(a, "GenDate", u"20260230"_qs) << u"body.GenDate"_qs;
        QTest::newRow("901 GenDate dashes")
            << apply << with(a, "GenDate", u"2026-12-04"_qs) << u"body.GenDate"_qs;
        QTest::newRow("901 empty name") << apply << with(a, "EmpName", u""_qs) << u"body.EmpName"_qs;
        QTest::newRow("901 blank name") << apply << with(a, "EmpName", u"  "_qs) << u"body.EmpName"_qs;
        QTest::newRow("901 name with newline")
            << apply << with(a, "EmpName", u"张\n三"_qs) << u"body.EmpName"_qs;
        QTest::newRow("901 old account 21 chars")
            << apply << with(a, "SocRefAcctNo", QString(21, u'1')) << u"body.SocRefAcctNo"_qs;
        QTest::newRow("901 DocType 05") << apply << with(a, "DocType", u"05"_qs) << u"body.DocType"_qs;
        QTest::newRow("901 IdNum lower-case x")
            << apply << with(a, "IdNum", u"62010219900101002x"_qs) << u"body.IdNum"_qs;
        QTest::newRow("901 IdNum full-width digits")
            << apply << with(a, "IdNum", u"１１０１０５１９９００１０１１２３２"_qs) << u"body.IdNum"_qs;
        QTest::newRow("901 IdNum with space")
            << apply << with(a, "IdNum", u"110105 199001011232"_qs) << u"body.IdNum"_qs;
        QTest::newRow("901 IdNum bad check digit")
            << apply << with(a, "IdNum", u"110105199001011233"_qs) << u"body.IdNum"_qs;
        QTest::newRow("901 IdNum 15 digits")
            << apply << with(a, "IdNum", u"110105900101123"_qs) << u"body.IdNum"_qs;
        QTest::newRow("901 IdNum born after sending")
            << apply << with(a, "IdNum", u"110105202712310014"_qs) << u"body.IdNum"_qs;
        QTest::newRow("901 passport format only")
            << apply << with(with(a, "DocType", u"03"_qs), "IdNum", u"E12345678"_qs) << QString();

        QTest::newRow("903 valid") << int(MessageType::Cancel) << QJsonObject{{u"ConNum"_qs, kLetter}}
                                   << QString();
        QTest::newRow("903 oversized Reason")
            << int(MessageType::Cancel)
            << QJsonObject{{u"ConNum"_qs, kLetter}, {u"Reason"_qs, QString(201, u'因')}} << u"body.Reason"_qs;
        QTest::newRow("904 valid") << int(MessageType::Progress) << QJsonObject{{u"ConNum"_qs, kLetter}}
                                   << QString();
        QTest::newRow("904 without ConNum")
            << int(MessageType::Progress) << QJsonObject{} << u"body.ConNum"_qs;

        QTest::newRow("905 valid") << out << t << QString();
        for (const char *key :
             {"TxFunc", "TranRstCode", "EmpName", "DocType", "IdNum", "OrAcctAmt", "Yinter", "TranAmt",
              "OAcctDate", "PayEndDate", "SixMconFlag", "LoanNum", "LoanEndFlag", "FrLoanFlag"})
            QTest::addRow("905 %s missing", key)
                << out << with(t, key, QJsonValue::Undefined) << u"body."_qs + QLatin1String(key);
        QTest::newRow("905 amount 12.5") << out << with(t, "Yinter", u"12.5"_qs) << u"body.Yinter"_qs;
        QTest::newRow("905 amount a number") << out << with(t, "Yinter", 34.5) << u"body.Yinter"_qs;
        QTest::newRow("905 amount negative") << out << with(t, "Yinter", u"-1.00"_qs) << u"body.Yinter"_qs;
        QTest::newRow("905 amount leading zero")
            << out << with(t, "Yinter", u"034.50"_qs) << u"body.Yinter"_qs;
        QTest::newRow("905 amount full-width")
            << out << with(t, "Yinter", u"３４.５０"_qs) << u"body.Yinter"_qs;
        QTest::newRow("905 TranAmt not the sum")
            << out << with(t, "TranAmt", u"12034.51"_qs) << u"body.TranAmt"_qs;
        QTest::newRow("905 month 202613")
            << out << with(t, "PayEndDate", u"202613"_qs) << u"body.PayEndDate"_qs;
        QTest::newRow("905 month 202600")
            << out << with(t, "OAcctDate", u"202600"_qs) << u"body.OAcctDate"_qs;
        QTest::newRow("905 paid before opened")
            << out << with(t, "PayEndDate", u"201906"_qs) << u"body.PayEndDate"_qs;
        QTest::newRow("905 flag 0") << out << with(t, "SixMconFlag", u"0"_qs) << u"body.SixMconFlag"_qs;
        QTest::newRow("905 flag Y") << out << with(t, "LoanEndFlag", u"Y"_qs) << u"body.LoanEndFlag"_qs;
        QTest::newRow("905 LoanNum 4 digits") << out << with(t, "LoanNum", u"1000"_qs) << u"body.LoanNum"_qs;
        QTest::newRow("905 TxFunc 2") << out << with(t, "TxFunc", u"2"_qs) << u"body.TxFunc"_qs;
        QTest::newRow("905 TranRstCode 2")
            << out << with(t, "TranRstCode", u"2"_qs) << u"body.TranRstCode"_qs;
        const QJsonObject refused{{u"ConNum"_qs, kLetter},
                                  {u"TxFunc"_qs, u"0"_qs},
                                  {u"TranRstCode"_qs, u"1"_qs},
                                  {u"StatusCode"_qs, u"13"_qs},
                                  {u"Reason"_qs, u"账户已冻结"_qs}};
        QTest::newRow("905 refused") << out << refused << QString();
        QTest::newRow("905 refused without reason")
            << out << with(refused, "Reason", QJsonValue::Undefined) << u"body.Reason"_qs;
        QTest::newRow("905 refused status 06")
            << out << with(refused, "StatusCode", u"06"_qs) << u"body.StatusCode"_qs;
        QTest::newRow("905 oversized Reason")
            << out << with(refused, "Reason", QString(201, u'x')) << u"body.Reason"_qs;
        QTest::newRow("905 Reason of 200")
            << out << with(refused, "Reason", QString(200, u'因')) << QString();

        const int confirm = int(MessageType::Confirm);
        const QJsonObject done{{u"ConNum"_qs, kLetter}, {u"TxFunc"_qs, u"2"_qs}};
        QTest::newRow("906 completion") << confirm << done << QString();
        QTest::newRow("906 negotiation without reason")
            << confirm << with(done, "TxFunc", u"1"_qs) << u"body.Reason"_qs;
        QTest::newRow("906 negotiation")
            << confirm << with(with(done, "TxFunc", u"1"_qs), "Reason", u"新账户已销户"_qs) << QString();
        QTest::newRow("906 TxFunc 0") << confirm << with(done, "TxFunc", u"0"_qs) << u"body.TxFunc"_qs;

        const int lookup = int(MessageType::CenterLookup);
        QTest::newRow("909 empty") << lookup << QJsonObject{} << QString();
        QTest::newRow("909 UnitNo") << lookup << QJsonObject{{u"UnitNo"_qs, u"110100"_qs}} << QString();
        QTest::newRow("909 UnitNo bad")
            << lookup << QJsonObject{{u"UnitNo"_qs, u"1101"_qs}} << u"body.UnitNo"_qs;

        const int batch = int(MessageType::BatchApply);
        QJsonObject b = applyBody();
        QJsonObject person;
        for (const char *key : {"EmpName", "DocType", "IdNum", "SocUnitName", "SocRefAcctNo"}) {
            person.insert(QLatin1String(key), b.value(QLatin1String(key)));
            b.remove(QLatin1String(key));
        }
        QJsonObject badPerson = person;
        badPerson.insert(u"IdNum"_qs, u"110105199001011233"_qs);
        QTest::newRow("902 valid") << batch << with(b, "Items", QJsonArray{person, person}) << QString();
        QTest::newRow("902 no items") << batch << b << u"body.Items"_qs;
        QTest::newRow("902 empty items") << batch << with(b, "Items", QJsonArray{}) << u"body.Items"_qs;
        QTest::newRow("902 item not an object")
            << batch << with(b, "Items", QJsonArray{person, 3}) << u"body.Items[1]"_qs;
        QTest::newRow("902 bad IdNum in row 1")
            << batch << with(b, "Items", QJsonArray{person, badPerson}) << u"body.Items[1].IdNum"_qs;
        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i)
            tooMany.append(person);
        QTest::newRow("902 501 items") << batch << with(b, "Items", tooMany) << u"body.Items"_qs;
    }

    void bodyRules()
    {
        QFETCH(int, type);
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const Status s = validateBody(message(MessageType(type), body));
        if (field.isEmpty()) {
            QVERIFY2(s, qPrintable(s ? QString() : s.error().field + u": "_qs + s.error().detail));
            return;
        }
        QVERIFY(!s);
        QCOMPARE(s.error().code, u"transfer.message_invalid"_qs);
        QCOMPARE(s.error().field, field);
    }

    void signatureRoundTripAndTampering_data()
    {
        QTest::addColumn<Mutate>("tamper");
        QTest::newRow("sender") << set("sender", u"620200"_qs);
        QTest::newRow("body field") << Mutate([](QJsonObject &o) {
            QJsonObject body = o.value(u"body"_qs).toObject();
            body.insert(u"IdNum"_qs, u"110105199001011232"_qs);
            o.insert(u"body"_qs, body);
        });
        QTest::newRow("added field") << set("kid", u"abc"_qs);
        QTest::newRow("signature removed") << drop("signature");
        QTest::newRow("signature not base64") << set("signature", u"!!!"_qs);
        QTest::newRow("signature oversized") << set("signature", QString(400, u'A'));
    }

    void signatureRoundTripAndTampering()
    {
        QFETCH(Mutate, tamper);
        static const crypto::Sm2Key key = newKey();
        static const crypto::Sm2Key other = newKey();
        auto signedObject = sign(envelope(), key);
        QVERIFY(signedObject);
        QVERIFY(verify(*signedObject, key));
        QVERIFY(!verify(*signedObject, other));
        // Readers accept the signed form; the court channel's format is the very same.
        QVERIFY(readMessage(*signedObject));
        QCOMPARE(canonicalBytes(*signedObject), crypto::canonicalBytes(envelope()));
        QVERIFY(crypto::verifyJson(*signedObject, key));
        QJsonObject tampered = *signedObject;
        tamper(tampered);
        QVERIFY(!verify(tampered, key));
    }

    void canonicalBytesAreSortedCompact()
    {
        const QJsonObject o{{u"b"_qs, 1}, {u"a"_qs, u"x y"_qs}, {u"signature"_qs, u"zz"_qs}};
        QCOMPARE(canonicalBytes(o), QByteArray(R"({"a":"x y","b":1})"));
    }

    void letterNumbers_data()
    {
        QTest::addColumn<QString>("center");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("first of the day")
            << u"620100"_qs << QDate(2026, 12, 4) << 1 << u"6201002612040001"_qs;
        QTest::newRow("last of the day")
            << u"110100"_qs << QDate(2027, 1, 31) << 9999 << u"1101002701319999"_qs;
        QTest::newRow("sequence 0") << u"620100"_qs << QDate(2026, 12, 4) << 0 << QString();
        QTest::newRow("sequence 10000") << u"620100"_qs << QDate(2026, 12, 4) << 10000 << QString();
        QTest::newRow("center 5 digits") << u"62010"_qs << QDate(2026, 12, 4) << 1 << QString();
        QTest::newRow("center full-width") << u"６２０１００"_qs << QDate(2026, 12, 4) << 1 << QString();
        QTest::newRow("invalid date") << u"620100"_qs << QDate() << 1 << QString();
        QTest::newRow("year 2100") << u"620100"_qs << QDate(2100, 1, 1) << 1 << QString();
    }

    void letterNumbers()
    {
        QFETCH(QString, center);
        QFETCH(QDate, date);
        QFETCH(int, sequence);
        QFETCH(QString, expected);
        const QString letter = letterNumber(center, date, sequence);
        QCOMPARE(letter, expected);
        if (!expected.isEmpty())
            QVERIFY(transfer::isLetterNumber(letter));
    }

    void isLetterNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << u"6201002612040001"_qs << true;
        QTest::newRow("leap day") << u"6201002802290001"_qs << true;
        QTest::newRow("not a leap year") << u"6201002702290001"_qs << false;
        QTest::newRow("month 13") << u"6201002613010001"_qs << false;
        QTest::newRow("sequence 0000") << u"6201002612040000"_qs << false;
        QTest::newRow("17 digits") << u"62010026120400011"_qs << false;
        QTest::newRow("full-width") << u"６２０１００２６１２０４０００１"_qs << false;
        QTest::newRow("letters") << u"62010026120400A1"_qs << false;
        QTest::newRow("empty") << QString() << false;
    }

    void isLetterNumber()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(transfer::isLetterNumber(text), valid);
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen"); // -1: refused
        QTest::newRow("1234.50") << u"1234.50"_qs << qint64(123450);
        QTest::newRow("0.00") << u"0.00"_qs << qint64(0);
        QTest::newRow("0.07") << u"0.07"_qs << qint64(7);
        QTest::newRow("13 digits") << u"9999999999999.99"_qs << qint64(999999999999999);
        QTest::newRow("14 digits") << u"10000000000000.00"_qs << qint64(-1);
        QTest::newRow("12.5") << u"12.5"_qs << qint64(-1);
        QTest::newRow("12") << u"12"_qs << qint64(-1);
        QTest::newRow("12.505") << u"12.505"_qs << qint64(-1);
        QTest::newRow("leading zero") << u"01.00"_qs << qint64(-1);
        QTest::newRow("negative") << u"-1.00"_qs << qint64(-1);
        QTest::newRow("plus") << u"+1.00"_qs << qint64(-1);
        QTest::newRow("comma") << u"1,234.50"_qs << qint64(-1);
        QTest::newRow("space") << u" 1.00"_qs << qint64(-1);
        QTest::newRow("full-width") << u"１.００"_qs << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        auto parsed = parseAmount(text, u"body.TranAmt"_qs);
        if (fen < 0) {
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code, u"transfer.message_invalid"_qs);
            QCOMPARE(parsed.error().field, u"body.TranAmt"_qs);
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(*parsed, fen);
        QCOMPARE(transfer::amountText(fen), text);
    }

    void amountText_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << u"0.00"_qs;
        QTest::newRow("5") << qint64(5) << u"0.05"_qs;
        QTest::newRow("100") << qint64(100) << u"1.00"_qs;
        QTest::newRow("123450") << qint64(123450) << u"1234.50"_qs;
        QTest::newRow("-150") << qint64(-150) << u"-1.50"_qs;
    }

    void amountText()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(transfer::amountText(fen), text);
    }
};

QTEST_GUILESS_MAIN(TestTransferMessage)
#include "tst_transfermessage.moc"
