// models/api/judicial: every judicial response (contract routes 1–11) becomes a typed value or
// api.contract naming the JSON path. Data-driven over recorded good answers, missing members,
// wrong types, null where an object is allowed and nested court requests; plus the request builders
// (paths per request type, the body is judicial::toJson, account numbers never in a URL).
#include "api/judicial.h"
#include "judicial/request.h"

#include <QJsonDocument>
#include <QTest>

using namespace hpf;
using namespace hpf::client;

namespace {

const QByteArray kFreeze =
    R"({"holdId":"41","serial":"YW2026120400000041","state":"active","wholeBalance":false,"amountFen":300000,
    "deductedFen":0,"heldFen":250000,"shortfallFen":50000,"courtCode":"京0105","courtName":"北京市朝阳区人民法院",
    "caseNumber":"（2026）京0105执1234号","noticeNumber":"（2026）京0105执1234号之一","startDate":"2026-12-04",
    "endDate":"2029-12-03","registeredAt":"2026-12-04T08:00:00Z","activatedOn":"2026-12-04","endedOn":null,
    "renewals":0,"queuePosition":0})";

const QByteArray kWaiting =
    R"({"holdId":42,"serial":"YW2026120400000042","state":"waiting","wholeBalance":true,"amountFen":0,
    "deductedFen":0,"heldFen":0,"shortfallFen":0,"courtCode":"甘0102","courtName":"兰州市城关区人民法院",
    "caseNumber":"（2026）甘0102执7号","noticeNumber":"n2","startDate":"2026-12-04","endDate":"2027-12-03",
    "registeredAt":"2026-12-04T09:00:00Z","activatedOn":null,"endedOn":null,"renewals":0,"queuePosition":1})";

const QByteArray kReceipt =
    R"({"number":"YW2026120400000041","centerName":"北京住房公积金管理中心","branchName":"朝阳管理部",
    "action":"freeze","courtName":"北京市朝阳区人民法院","caseNumber":"（2026）京0105执1234号",
    "noticeNumber":"（2026）京0105执1234号之一","accountNumber":"110000000001","personName":"张三",
    "requestedFen":300000,"achievedFen":250000,"shortfallFen":50000,"state":"active","startDate":"2026-12-04",
    "endDate":"2029-12-03","queuePosition":0,"notes":["shortfall"],"at":"2026-12-04T08:00:00Z",
    "teller":"judicial1","supervisor":"supervisor1"})";

QByteArray outcomeJson()
{
    return R"({"request":{"id":"17","serial":"YW2026120400000041","type":"freeze","channel":"counter",
        "status":"done"},"freeze":)" +
           kFreeze + R"(,"promoted":null,"account":{"balanceFen":250000,"heldFen":250000,"availableFen":0},
        "riskFlags":[],"receipt":)" +
           kReceipt + "}";
}

QByteArray requestJson()
{
    judicial::Request r;
    r.type = judicial::RequestType::Freeze;
    r.accountNumber = u"110000000001"_qs;
    r.courtCode = u"京0105"_qs;
    r.caseNumber = u"（2026）京0105执1234号"_qs;
    r.ruling = {u"（2026）京0105执1234号"_qs, QDate(2026, 12, 1)};
    r.notice = {u"（2026）京0105执1234号之一"_qs, QDate(2026, 12, 2)};
    r.officers = {{u"李明"_qs, u"W1"_qs, u"D1"_qs}, {u"王强"_qs, u"W2"_qs, u"D2"_qs}};
    r.amountFen = 300000;
    r.startDate = QDate(2026, 12, 4);
    r.endDate = QDate(2029, 12, 3);
    return QJsonDocument(judicial::toJson(r)).toJson(QJsonDocument::Compact);
}

Error decode(const QString &type, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{u"test.bad_json"_qs, parseError.errorString(), QString::fromUtf8(json)};
    auto errorOf = [](const auto &result) { return result.ok() ? Error{} : result.error(); };
    if (type == u"Courts")
        return errorOf(api::JudicialCourts::fromJson(o));
    if (type == u"Freeze")
        return errorOf(api::JudicialFreeze::fromJson(o));
    if (type == u"Search")
        return errorOf(api::JudicialAccountFreezes::fromJson(o));
    if (type == u"Outcome")
        return errorOf(api::JudicialOutcome::fromJson(o));
    if (type == u"Expiring")
        return errorOf(api::JudicialExpiring::fromJson(o));
    if (type == u"Record")
        return errorOf(api::JudicialRequestRecord::fromJson(o));
    if (type == u"Inbox")
        return errorOf(api::JudicialInbox::fromJson(o));
    if (type == u"Rejected")
        return errorOf(api::JudicialRejected::fromJson(o));
    return Error{u"unknown type"_qs, type, {}};
}

} // namespace

class TestJudicialApi : public QObject
{
    Q_OBJECT
private slots:
    void readers_data();
    void readers();
    void searchValues();
    void outcomeValues();
    void inboxCarriesTheRequest();
    void builders_data();
    void builders();
    void readsNeverPutTheAccountInTheUrl();
};

void TestJudicialApi::readers_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");  // empty: decodes
    QTest::addColumn<QString>("field"); // the path api.contract names

    const QByteArray courts =
        R"({"courts":[{"code":"京0105","name":"北京市朝阳区人民法院","nameEn":"Chaoyang District People's Court"},
        {"code":"甘01","name":"兰州市中级人民法院","nameEn":"Lanzhou Intermediate People's Court"}],"expiringDays":30,
        "unfreezeGrounds":["debt_paid","guarantee","withdrawn","case_closed","other"]})";
    QTest::newRow("courts good") << u"Courts"_qs << courts << QString() << QString();
    QTest::newRow("courts: code missing")
        << u"Courts"_qs << QByteArray(courts).replace(R"("code":"甘01",)", "") << u"api.contract"_qs
        << u"courts[1].code"_qs;
    QTest::newRow("courts: expiringDays a string")
        << u"Courts"_qs << QByteArray(courts).replace(R"("expiringDays":30)", R"("expiringDays":"30")")
        << u"api.contract"_qs << u"expiringDays"_qs;
    QTest::newRow("courts: expiringDays zero")
        << u"Courts"_qs << QByteArray(courts).replace(R"("expiringDays":30)", R"("expiringDays":0)")
        << u"api.contract"_qs << u"expiringDays"_qs;
    QTest::newRow("courts: court not an object")
        << u"Courts"_qs << QByteArray(R"({"courts":["京0105"],"expiringDays":30})") << u"api.contract"_qs
        << u"courts[0]"_qs;

    QTest::newRow("freeze good") << u"Freeze"_qs << kFreeze << QString() << QString();
    QTest::newRow("freeze waiting, numeric hold id, null dates")
        << u"Freeze"_qs << kWaiting << QString() << QString();
    QTest::newRow("freeze: state missing")
        << u"Freeze"_qs << QByteArray(kFreeze).replace(R"("state":"active",)", "") << u"api.contract"_qs
        << u"state"_qs;
    QTest::newRow("freeze: amount a string")
        << u"Freeze"_qs << QByteArray(kFreeze).replace(R"("amountFen":300000)", R"("amountFen":"3000.00")")
        << u"api.contract"_qs << u"amountFen"_qs;
    QTest::newRow("freeze: end date not a date")
        << u"Freeze"_qs
        << QByteArray(kFreeze).replace(R"("endDate":"2029-12-03")", R"("endDate":"2029-13-03")")
        << u"api.contract"_qs << u"endDate"_qs;
    QTest::newRow("freeze: negative hold id")
        << u"Freeze"_qs << QByteArray(kFreeze).replace(R"("holdId":"41")", R"("holdId":-1)")
        << u"api.contract"_qs << u"holdId"_qs;
    QTest::newRow("freeze: court name too long")
        << u"Freeze"_qs << QByteArray(kFreeze).replace("北京市朝阳区人民法院", QByteArray(5000, 'x'))
        << u"api.contract"_qs << u"courtName"_qs;

    const QByteArray search = R"({"account":{"accountNumber":"110000000001","personName":"张三",
        "idNumberMasked":"1101**********1234","state":"01","balanceFen":250000,"heldFen":250000,"availableFen":0},
        "active":)" + kFreeze +
                              R"(,"queue":[)" + kWaiting + R"(],"history":[]})";
    QTest::newRow("search good") << u"Search"_qs << search << QString() << QString();
    QTest::newRow("search: nothing frozen")
        << u"Search"_qs
        << QByteArray(R"({"account":{"accountNumber":"1","personName":"x","idNumberMasked":"x","state":"01",
        "balanceFen":0,"heldFen":0,"availableFen":0},"active":null,"queue":[],"history":[]})")
        << QString() << QString();
    QTest::newRow("search: active missing")
        << u"Search"_qs
        << QByteArray(R"({"account":{"accountNumber":"1","personName":"x","idNumberMasked":"x","state":"01",
        "balanceFen":0,"heldFen":0,"availableFen":0},"queue":[],"history":[]})")
        << u"api.contract"_qs << u"active"_qs;
    QTest::newRow("search: active a string")
        << u"Search"_qs
        << QByteArray(R"({"account":{"accountNumber":"1","personName":"x","idNumberMasked":"x","state":"01",
        "balanceFen":0,"heldFen":0,"availableFen":0},"active":"yes","queue":[],"history":[]})")
        << u"api.contract"_qs << u"active"_qs;
    QTest::newRow("search: queued freeze without state")
        << u"Search"_qs << QByteArray(search).replace(R"("state":"waiting",)", "") << u"api.contract"_qs
        << u"queue[0].state"_qs;
    QTest::newRow("search: available missing")
        << u"Search"_qs << QByteArray(search).replace(R"(,"availableFen":0})", "}") << u"api.contract"_qs
        << u"account.availableFen"_qs;

    QTest::newRow("outcome good") << u"Outcome"_qs << outcomeJson() << QString() << QString();
    QTest::newRow("outcome promoted and risk flags")
        << u"Outcome"_qs
        << outcomeJson()
               .replace(R"("promoted":null)", QByteArray("\"promoted\":" + kWaiting))
               .replace(
                   R"("riskFlags":[])",
                   R"("riskFlags":[{"code":"risk.shared_address","reason":"creditor address is the debtor's"}])")
        << QString() << QString();
    QTest::newRow("outcome whole balance: requestedFen null")
        << u"Outcome"_qs << outcomeJson().replace(R"("requestedFen":300000)", R"("requestedFen":null)")
        << QString() << QString();
    QTest::newRow("outcome: receipt missing its number")
        << u"Outcome"_qs << outcomeJson().replace(R"("number":"YW2026120400000041",)", "")
        << u"api.contract"_qs << u"receipt.number"_qs;
    QTest::newRow("outcome: receipt time not a time")
        << u"Outcome"_qs << outcomeJson().replace(R"("at":"2026-12-04T08:00:00Z")", R"("at":"now")")
        << u"api.contract"_qs << u"receipt.at"_qs;
    QTest::newRow("outcome: request serial missing")
        << u"Outcome"_qs << outcomeJson().replace(R"("serial":"YW2026120400000041","type")", R"("type")")
        << u"api.contract"_qs << u"request.serial"_qs;
    QTest::newRow("outcome: risk flag without code")
        << u"Outcome"_qs << outcomeJson().replace(R"("riskFlags":[])", R"("riskFlags":[{"reason":"x"}])")
        << u"api.contract"_qs << u"riskFlags[0].code"_qs;
    QTest::newRow("outcome: promoted a number")
        << u"Outcome"_qs << outcomeJson().replace(R"("promoted":null)", R"("promoted":1)")
        << u"api.contract"_qs << u"promoted"_qs;

    const QByteArray expiring = R"({"days":30,"items":[{"holdId":"41","accountNumber":"110000000001",
        "personName":"张三","courtName":"北京市朝阳区人民法院","caseNumber":"（2026）京0105执1234号",
        "endDate":"2026-12-20","daysLeft":16,"state":"active"}]})";
    QTest::newRow("expiring good") << u"Expiring"_qs << expiring << QString() << QString();
    QTest::newRow("expiring empty") << u"Expiring"_qs << QByteArray(R"({"days":7,"items":[]})") << QString()
                                    << QString();
    QTest::newRow("expiring: daysLeft missing")
        << u"Expiring"_qs << QByteArray(expiring).replace(R"("daysLeft":16,)", "") << u"api.contract"_qs
        << u"items[0].daysLeft"_qs;

    const QByteArray record = R"({"request":)" + requestJson() + R"(,"outcome":)" + outcomeJson() +
                              R"(,"channel":"counter","status":"done","receivedAt":"2026-12-04T08:00:00Z"})";
    QTest::newRow("record good") << u"Record"_qs << record << QString() << QString();
    QTest::newRow("record pending, no outcome")
        << u"Record"_qs
        << QByteArray(
               R"({"request":)" + requestJson() +
               R"(,"outcome":null,"channel":"online","status":"pending","receivedAt":"2026-12-04T08:00:00Z"})")
        << QString() << QString();
    QTest::newRow("record: request with an unknown field")
        << u"Record"_qs << QByteArray(record).replace(R"({"accountNumber")", R"({"extra":1,"accountNumber")")
        << u"api.contract"_qs << u"request.extra"_qs;
    QTest::newRow("record: officer's card a number")
        << u"Record"_qs << QByteArray(record).replace(R"("dutyCard":"D2")", R"("dutyCard":2)")
        << u"api.contract"_qs << u"request.officers[1].dutyCard"_qs;

    const QByteArray inbox = R"({"items":[{"id":"9","receivedAt":"2026-12-04T07:00:00Z","type":"freeze",
        "courtName":"北京市朝阳区人民法院","caseNumber":"（2026）京0105执1234号","request":)" +
                             requestJson() + "}]}";
    QTest::newRow("inbox good") << u"Inbox"_qs << inbox << QString() << QString();
    QTest::newRow("inbox: request missing")
        << u"Inbox"_qs
        << QByteArray(R"({"items":[{"id":"9","receivedAt":"2026-12-04T07:00:00Z","type":"freeze",
        "courtName":"c","caseNumber":"n"}]})")
        << u"api.contract"_qs << u"items[0].request"_qs;
    QTest::newRow("inbox: bad date in the request")
        << u"Inbox"_qs
        << QByteArray(inbox).replace(R"("startDate":"2026-12-04")", R"("startDate":"2026-02-30")")
        << u"api.contract"_qs << u"items[0].request.startDate"_qs;

    QTest::newRow("rejected good") << u"Rejected"_qs << QByteArray(R"({"id":9,"status":"rejected"})")
                                   << QString() << QString();
    QTest::newRow("rejected: status missing")
        << u"Rejected"_qs << QByteArray(R"({"id":"9"})") << u"api.contract"_qs << u"status"_qs;
}

void TestJudicialApi::readers()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Error e = decode(type, json);
    QVERIFY2(e.code != u"test.bad_json", qPrintable(e.field));
    QCOMPARE(e.code, code);
    QCOMPARE(e.field, field);
}

void TestJudicialApi::searchValues()
{
    const QByteArray json = R"({"account":{"accountNumber":"110000000001","personName":"张三",
        "idNumberMasked":"1101**********1234","state":"01","balanceFen":250000,"heldFen":250000,"availableFen":0},
        "active":)" + kFreeze +
                            R"(,"queue":[)" + kWaiting + R"(],"history":[]})";
    const auto s = api::JudicialAccountFreezes::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(s.ok());
    QCOMPARE(s->account.availableFen, 0);
    QVERIFY(s->active);
    QCOMPARE(s->active->holdId, u"41"_qs);
    QCOMPARE(s->active->shortfallFen, 50000);
    QCOMPARE(s->active->endDate, QDate(2029, 12, 3));
    QVERIFY(s->active->isOpen());
    QCOMPARE(s->queue.size(), 1);
    QCOMPARE(s->queue.first().holdId, u"42"_qs); // a number on the wire, text in the client
    QVERIFY(s->queue.first().wholeBalance);
    QCOMPARE(s->queue.first().queuePosition, 1);
    QVERIFY(!s->queue.first().activatedOn.isValid());
}

void TestJudicialApi::outcomeValues()
{
    const QByteArray json =
        outcomeJson()
            .replace(R"("promoted":null)", QByteArray("\"promoted\":" + kWaiting))
            .replace(R"("requestedFen":300000)", R"("requestedFen":null)")
            .replace(R"("riskFlags":[])", R"("riskFlags":[{"code":"risk.repeat_creditor"}])");
    const auto o = api::JudicialOutcome::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().field));
    QCOMPARE(o->serial, u"YW2026120400000041"_qs);
    QCOMPARE(o->requestId, u"17"_qs);
    QCOMPARE(o->freeze.state, u"active"_qs);
    QVERIFY(o->promoted);
    QCOMPARE(o->promoted->caseNumber, u"（2026）甘0102执7号"_qs);
    QCOMPARE(o->riskFlags.size(), 1);
    QCOMPARE(o->riskFlags.first().code, u"risk.repeat_creditor"_qs);
    QVERIFY(!o->receipt.requestedFen); // the whole balance
    QCOMPARE(o->receipt.achievedFen, 250000);
    QCOMPARE(o->receipt.notes, QStringList{u"shortfall"_qs});
    QCOMPARE(o->receipt.supervisor, u"supervisor1"_qs);
    QCOMPARE(o->receipt.at, QDateTime(QDate(2026, 12, 4), QTime(8, 0), Qt::UTC));
}

void TestJudicialApi::inboxCarriesTheRequest()
{
    const QByteArray json = R"({"items":[{"id":"9","receivedAt":"2026-12-04T07:00:00Z","type":"freeze",
        "courtName":"北京市朝阳区人民法院","caseNumber":"（2026）京0105执1234号","request":)" +
                            requestJson() + "}]}";
    const auto inbox = api::JudicialInbox::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(inbox.ok());
    QCOMPARE(inbox->items.size(), 1);
    const judicial::Request &r = inbox->items.first().request;
    QCOMPARE(r.officers.size(), 2);
    QCOMPARE(r.officers.at(1).dutyCard, u"D2"_qs);
    QCOMPARE(r.amountFen, 300000);
    QCOMPARE(r.endDate, QDate(2029, 12, 3));
}

void TestJudicialApi::builders_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("holdId");
    QTest::addColumn<QString>("path");
    QTest::newRow("freeze") << int(judicial::RequestType::Freeze) << qint64(0)
                            << u"/api/v1/judicial/freezes"_qs;
    QTest::newRow("renew") << int(judicial::RequestType::Renew) << qint64(41)
                           << u"/api/v1/judicial/freezes/41/renew"_qs;
    QTest::newRow("unfreeze") << int(judicial::RequestType::Unfreeze) << qint64(7)
                              << u"/api/v1/judicial/freezes/7/unfreeze"_qs;
    QTest::newRow("deduct") << int(judicial::RequestType::Deduct) << qint64(9007199254740991)
                            << u"/api/v1/judicial/freezes/9007199254740991/deduct"_qs;
}

void TestJudicialApi::builders()
{
    QFETCH(int, type);
    QFETCH(qint64, holdId);
    QFETCH(QString, path);
    judicial::Request r;
    r.type = judicial::RequestType(type);
    r.accountNumber = u"110000000001"_qs;
    r.holdId = holdId;
    r.courtCode = u"京0105"_qs;
    const ops::Request op = api::judicial::submit(r, u"司法协助"_qs);
    QCOMPARE(op.method, QByteArray("POST"));
    QCOMPARE(op.path, path);
    QCOMPARE(op.body, judicial::toJson(r)); // exactly the shared record
    QVERIFY(!op.path.contains(r.accountNumber));
    QVERIFY(!op.summary.contains(r.accountNumber));

    const ops::Request handle = api::judicial::handle(u"9"_qs, u"x"_qs);
    QCOMPARE(handle.path, u"/api/v1/judicial/inbox/9/handle"_qs);
    const ops::Request reject = api::judicial::reject(u"9"_qs, u"  not ours  "_qs, u"x"_qs);
    QCOMPARE(reject.path, u"/api/v1/judicial/inbox/9/reject"_qs);
    QCOMPARE(reject.body.value(u"reason").toString(), u"not ours"_qs);
    // An id that is not a plain number cannot leave its path segment.
    QCOMPARE(api::judicial::handle(u"9/../x"_qs, u"x"_qs).path.count(u'/'), handle.path.count(u'/'));
}

void TestJudicialApi::readsNeverPutTheAccountInTheUrl()
{
    const ApiRequest search = api::judicial::searchRequest(u" 110000000001 "_qs);
    QCOMPARE(search.method, QByteArray("POST"));
    QVERIFY(search.readOnly);
    QCOMPARE(search.path, u"/api/v1/judicial/search"_qs);
    QCOMPARE(search.body.value(u"accountNumber").toString(), u"110000000001"_qs);
}

QTEST_MAIN(TestJudicialApi)
#include "tst_judicialapi.moc"
